"""密钥与登记: this computer's public keys and the fingerprint people read out on the phone; a
station's enrolment request and the county's reply; at the county, accepting a station's request;
the private key backup for the county's safe, after an explicit confirmation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import WulianError
from wulian_desk.core.vocab import TIERS
from wulian_desk.services.context import Changes
from wulian_desk.services.sync import enrolment, sync
from wulian_desk.ui import message
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.sync import files
from wulian_desk.ui.sync.transfer import note
from wulian_desk.ui.widgets.record_dialog import RecordDialog

PEER_KINDS = frozenset({"sync_peer", "county_document"})


def selectable(text: str = "", name: str = "", *, big: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if big:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        label.setFont(font)
    return label


class FingerprintDialog(RecordDialog):
    """The shape of both enrolment steps: what the file says, and the fingerprint heard on the phone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(self.tr("例如 ABCD-EFGH-…，大小写和分隔符不限"))
        self.ok_button.setText(self.tr("核对并登记"))

    def draft_key(self) -> None:
        return None

    def saved(self, peer) -> Changes:
        self.peer = peer
        return Changes(PEER_KINDS, (peer.id,))


class AcceptDialog(FingerprintDialog):
    """At the county: register the station whose request this is, and write the reply for it."""

    def __init__(self, ctx, request, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptRequestDialog")
        self.setWindowTitle(self.tr("接受登记申请"))
        self.ctx = ctx
        self.request = request
        self.path = Path(path)
        self.peer = None
        self.out = self.path.with_name(f"enrol-reply-{request.device_id[-8:]}.wer")
        own = request.station_id == ctx.station_id
        self.form.addRow(self.tr("申请站点"), selectable(request.station_name, "requestStation"))
        if own:
            self.form.addRow(note(self.tr("这是本站另一台电脑的申请：登记后两台电脑互相交换本站的全部记录。")))
        self.form.addRow(self.tr("层级"), QLabel(vocab_label(TIERS, request.tier)))
        self.form.addRow(self.tr("区划代码"), QLabel(request.division_code or "—"))
        self.form.addRow(self.tr("文件中的指纹"), selectable(request.fingerprint, "requestFingerprint", big=True))
        self.form.addRow(note(self.tr("请打电话给申请的一方，请对方读出其电脑上“密钥与登记”中显示的指纹，"
                                      "把听到的指纹输入下面。与文件中的指纹一致才能登记。")))
        self.add_field("fingerprint", self.tr("电话中听到的指纹"), self.fingerprint)
        self.out_label = selectable(str(self.out), "replyPath")
        choose = QPushButton(self.tr("另存为…"))
        choose.setObjectName("chooseReply")
        choose.clicked.connect(self.choose_out)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.out_label, 1)
        row.addWidget(choose)
        self.add_field("out", self.tr("回执保存到"), where)
        self.finish_layout()

    def choose_out(self) -> None:
        out = files.ask_save(self, self.tr("保存登记回执"), self.out, files.enrolment_filter())
        if out is not None:
            self.out = out
            self.out_label.setText(str(out))

    def prepare(self) -> Callable[[], object]:
        ctx, path, out, fingerprint = self.ctx, self.path, self.out, self.fingerprint.text()
        return lambda: enrolment.accept_request(ctx, path, out, fingerprint=fingerprint)


class ReplyDialog(FingerprintDialog):
    """At a station: the county's reply, after its fingerprint was read out on the phone."""

    def __init__(self, ctx, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReplyDialog")
        self.setWindowTitle(self.tr("导入登记回执"))
        self.ctx = ctx
        self.path = Path(path)
        self.peer = None
        self.form.addRow(self.tr("回执文件"), selectable(str(self.path), "replyFile"))
        self.form.addRow(note(self.tr("请打电话给发回执的一方（县级总站，或本站的另一台电脑），请对方读出其电脑上显示的指纹，"
                                      "把听到的指纹输入下面。与回执中的指纹一致才会登记。")))
        self.add_field("fingerprint", self.tr("电话中听到的指纹"), self.fingerprint)
        self.finish_layout()

    def prepare(self) -> Callable[[], object]:
        ctx, path, fingerprint = self.ctx, self.path, self.fingerprint.text()
        return lambda: enrolment.import_reply(ctx, path, fingerprint=fingerprint)


class KeysTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner, *, county: bool, device_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.county = county
        self.device_id = device_id
        self.info = None
        self.may_enrol = ctx.may("bundle", "enrol")
        self.may_backup = ctx.may("bundle", "keys_backup")
        self.station = selectable(name="keysStation")
        self.device = selectable(name="keysDevice")
        self.fingerprint = selectable(name="keysFingerprint", big=True)
        self.recipient = selectable(name="keysRecipient")
        self.pem = QPlainTextEdit()
        self.pem.setObjectName("keysPem")
        self.pem.setReadOnly(True)
        self.pem.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        keys_box = QGroupBox(self.tr("本机密钥"))
        form = QFormLayout(keys_box)
        form.addRow(self.tr("站点"), self.station)
        form.addRow(self.tr("设备编号"), self.device)
        form.addRow(self.tr("指纹"), self.fingerprint)
        form.addRow(self.tr("age 收件人"), self.recipient)
        form.addRow(self.tr("Ed25519 签名公钥"), self.pem)
        self.enrol_state = note("", "enrolState")
        self.request_button = self._button("writeRequest", self.tr("写出登记申请…"), self.write_request)
        self.reply_button = self._button("importReply", self.tr("导入登记回执…"), self.import_reply)
        self.accept_button = self._button("acceptRequest", self.tr("接受登记申请…"), self.accept_request)
        self.backup_button = self._button("backupKeys", self.tr("备份私钥…"), self.backup)
        self.status = note("", "keysStatus")
        enrol_box = QGroupBox(self.tr("登记"))
        column = QVBoxLayout(enrol_box)
        column.addWidget(self.enrol_state)
        if county:
            column.addWidget(note(self.tr("站点交来登记申请文件后：点“接受登记申请”打开它，打电话请站点读出其指纹并输入，"
                                          "核对一致后保存回执；把回执交给站点，并在电话中读出本总站的指纹，供站点导入回执时核对。"
                                          "总站的另一台电脑（从本站备份恢复而来）也这样写出申请，由这里接受。")))
        else:
            column.addWidget(note(self.tr("向县级总站登记：第一步，写出登记申请，用 U 盘交给总站，总站会打电话请您读出本机指纹；"
                                          "第二步，导入总站给的回执，输入电话中总站读出的指纹。"
                                          "本站的另一台电脑（从本站备份恢复而来）也这样写出申请，由这里接受。")))
        buttons = QHBoxLayout()
        order = (self.accept_button, self.request_button, self.reply_button) if county else \
            (self.request_button, self.reply_button, self.accept_button)
        for button in order:
            buttons.addWidget(button)
            if not self.may_enrol:
                button.hide()  # shown with its parent otherwise
        buttons.addStretch(1)
        column.addLayout(buttons)
        backup_box = QGroupBox(self.tr("私钥备份"))
        backup_column = QVBoxLayout(backup_box)
        backup_column.addWidget(note(self.tr("私钥在加密的数据库里。备份文件用于电脑损坏时恢复，只应交县级总站保险柜保管。")))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addStretch(1)
        backup_column.addLayout(backup_row)
        if not self.may_backup:
            backup_box.hide()  # shown with its parent otherwise
        layout = QVBoxLayout(self)
        layout.addWidget(keys_box)
        layout.addWidget(enrol_box)
        layout.addWidget(backup_box)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.ctx
        self.runner.run(lambda _p: (enrolment.keys_info(ctx), sync.list_peers(ctx)), on_done=self._show, parent=self)

    def _show(self, loaded) -> None:
        info, peers = loaded
        self.info = info
        self.station.setText(info.station_name)
        self.device.setText(info.device_id)
        self.fingerprint.setText(info.fingerprint)
        self.recipient.setText(info.age_recipient)
        self.pem.setPlainText(info.sign_pem.strip())
        if self.county:
            stations = [p for p in peers if p.relation == "station"]
            active = sum(1 for p in stations if p.status == "active")
            text = self.tr("已登记 %1 个站点的电脑（其中 %2 个在用）。").replace("%1", str(len(stations))) \
                .replace("%2", str(active))
        else:
            county = next((p for p in peers if p.relation == "county"), None)
            if county is None:
                text = self.tr("本站还没有登记到县级总站。")
            else:
                text = self.tr("本站已登记到 %1（总站指纹 %2）。").replace("%1", county.name) \
                    .replace("%2", county.fingerprint)
            rooms = sum(1 for p in peers if p.relation == "station" and p.status == "active")
            if rooms:  # a township: the community rooms enrolled with it
                text += self.tr("已登记 %1 台社区社工室的电脑，它们的数据经本站转报总站。").replace("%1", str(rooms))
        devices = sum(1 for p in peers if p.relation == "device" and p.status == "active")
        if devices:
            text += self.tr("另有 %1 台本站的其他电脑与本机交换数据。").replace("%1", str(devices))
        self.enrol_state.setText(text)

    def clear(self) -> None:
        for label in (self.station, self.device, self.fingerprint, self.recipient, self.enrol_state, self.status):
            label.clear()
        self.pem.clear()

    # -- the station's side ------------------------------------------------------------------

    def write_request(self) -> None:
        if not self.may_enrol:
            return
        suggested = files.start_folder() / f"enrol-request-{self.device_id[-8:]}.wer"
        out = files.ask_save(self, self.tr("保存登记申请"), suggested, files.enrolment_filter())
        if out is None:
            return
        ctx = self.ctx
        self.runner.run(lambda _p: (enrolment.write_request(ctx, out), enrolment.keys_info(ctx).fingerprint),
                        on_done=self._request_written, parent=self)

    def _request_written(self, done) -> None:
        path, fingerprint = done
        self.status.setText(self.tr("已写出登记申请：%1。请把它交给接受登记的一方（县级总站，或本站已登记的电脑）；"
                                    "对方会打电话请您读出本机指纹 %2。")
                            .replace("%1", str(path)).replace("%2", fingerprint))

    def import_reply(self) -> None:
        if not self.may_enrol:
            return
        path = files.ask_open_enrolment(self, self.tr("选择登记回执"), files.start_folder())
        if path is None:
            return
        dialog = ReplyDialog(self.ctx, path, parent=self)
        if dialog.exec() and dialog.peer is not None:
            if dialog.peer.relation == "county":
                text = self.tr("已登记到 %1。此后导出的数据包将发往该总站。")
            else:
                text = self.tr("已与 %1 的另一台电脑互相登记。此后两台电脑用数据包交换本站的全部记录。")
            self.status.setText(text.replace("%1", dialog.peer.name))
            self._changed(dialog.changes)

    # -- the county's side -------------------------------------------------------------------

    def accept_request(self) -> None:
        if not self.may_enrol:
            return
        path = files.ask_open_enrolment(self, self.tr("选择登记申请"), files.start_folder())
        if path is None:
            return
        try:
            request = enrolment.read_request(path)
        except WulianError as err:
            show_error(self, err)
            return
        dialog = AcceptDialog(self.ctx, request, path, parent=self)
        if dialog.exec() and dialog.peer is not None:
            mine = self.info.fingerprint if self.info is not None else ""
            if dialog.peer.relation == "device":
                text = self.tr("已登记本站的另一台电脑。请把回执 %2 拿到那台电脑上导入，导入时输入本机指纹：%3。")
            else:
                text = self.tr("已登记 %1。请把回执 %2 交给站点，并在电话中告诉站点本总站的指纹：%3。")
            self.status.setText(text.replace("%1", dialog.peer.name).replace("%2", str(dialog.out)).replace("%3", mine))
            self._changed(dialog.changes)

    # -- both --------------------------------------------------------------------------------

    def backup(self) -> None:
        if not self.may_backup:
            return
        text = self.tr("私钥备份文件可以解密发给本机的所有数据包，并以本站名义签名。它只应交县级总站保险柜保管，"
                       "不要留在 U 盘或这台电脑上。确定要写出私钥备份吗？")
        if not message.confirm(self, text, self.tr("备份私钥")):
            return
        suggested = files.start_folder() / f"keys-backup-{self.device_id[-8:]}.txt"
        out = files.ask_save(self, self.tr("保存私钥备份"), suggested, files.key_backup_filter())
        if out is None:
            return
        ctx = self.ctx
        self.runner.run(lambda _p: enrolment.backup_keys(ctx, out, confirmed=True), on_done=self._backed_up, parent=self)

    def _backed_up(self, path) -> None:
        self.status.setText(self.tr("已写出私钥备份：%1。请交县级总站保险柜保管，勿留在 U 盘或电脑上。").replace("%1", str(path)))

    def _changed(self, changes: Changes) -> None:
        emit(self.changed, changes)
        self.load()
