"""导出 and 导入: bundles to a USB stick (after showing what will go up) and from one, each run in
the task runner with progress and cancel, each ending in a plain statement of what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import Cancelled, WulianError
from wulian_desk.services.context import Changes
from wulian_desk.services.sync import drives, sync
from wulian_desk.ui import message
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.i18n import error_text
from wulian_desk.ui.signals import emit
from wulian_desk.ui.sync import files, labels, outcomes
from wulian_desk.ui.sync.drive_picker import DrivePicker
from wulian_desk.ui.widgets.key_table import KeyTable

# What an import can change on other screens: every record kind, and sync's own.
SYNC_KINDS = frozenset({"sync_peer", "sync_conflict", "correction", "county_document"})


def note(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class ExportTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.peers: list = []
        self.results: list = []
        self.peer_combo = QComboBox()
        self.peer_combo.setObjectName("previewPeer")
        self.peer_combo.currentIndexChanged.connect(lambda _i: self.load_preview())
        self.preview = KeyTable([self.tr("记录类型"), self.tr("条数"), self.tr("留在本站、不上报的字段"),
                                 self.tr("改写后上报的字段")], "previewTable", widest=360, tip_over=30, wrap=True)
        self.preview_note = note("", "previewNote")
        self.picker = DrivePicker(self.tr("导出到："))
        self.export_button = QPushButton(self.tr("导出数据包"))
        self.export_button.setObjectName("exportBundles")
        self.export_button.clicked.connect(self.export)
        self.outcome = note("", "exportOutcome")
        bold = self.outcome.font()
        bold.setBold(True)
        self.outcome.setFont(bold)
        self.written = KeyTable([self.tr("文件"), self.tr("发往"), self.tr("包号"), self.tr("记录数"), self.tr("大小")],
                                "writtenTable", widest=360, tip_over=30)
        self.written.hide()
        preview_box = QGroupBox(self.tr("将要导出的内容"))
        column = QVBoxLayout(preview_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("发往：")))
        row.addWidget(self.peer_combo, 1)
        column.addLayout(row)
        column.addWidget(self.preview, 1)
        column.addWidget(self.preview_note)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("数据包只含对方还没有收到的记录，经过签名并加密，只有对方的电脑能打开。"
                                      "服务对象的身份以化名上报，文字记录留在本站；总站可以为督导放开部分字段。")))
        layout.addWidget(preview_box, 1)
        layout.addWidget(self.picker)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        layout.addWidget(self.written)

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.picker.refresh()  # a stick plugged in since this was last on screen

    def load(self) -> None:
        ctx = self.ctx
        self.runner.run(lambda _p: [p for p in sync.list_peers(ctx) if p.status == "active"],
                        on_done=self._peers_loaded, parent=self)

    def _peers_loaded(self, peers: list) -> None:
        current = self.peer_combo.currentData()
        self.peers = peers
        self.peer_combo.blockSignals(True)
        self.peer_combo.clear()
        for peer in peers:
            self.peer_combo.addItem(labels.tr(labels.PAIR).replace("%1", peer.name)
                                    .replace("%2", labels.relation(peer.relation)), peer.id)
        at = self.peer_combo.findData(current)
        self.peer_combo.setCurrentIndex(max(at, 0))
        self.peer_combo.blockSignals(False)
        self.export_button.setEnabled(bool(peers))
        if not peers:
            self.preview.fill([])
            self.preview_note.setText(self.tr("还没有登记的同步对象。站点请先在“密钥与登记”中向县级总站申请登记。"))
            return
        self.load_preview()

    def load_preview(self) -> None:
        peer_id = self.peer_combo.currentData()
        if not peer_id:
            return
        ctx = self.ctx
        self.runner.run(lambda _p: sync.preview(ctx, peer_id), on_done=self._show_preview,
                        label=self.tr("正在统计将要导出的内容…"), parent=self)

    def _show_preview(self, tables: dict[str, dict]) -> None:
        rows = []
        for name, info in sorted(tables.items(), key=lambda item: -item[1]["rows"]):
            stay, changed = labels.withheld_text(info["withheld"])
            rows.append((name, [labels.table(name), info["rows"], stay or "—", changed or "—"]))
        self.preview.fill(rows)
        total = sum(info["rows"] for info in tables.values())
        if total:
            self.preview_note.setText(self.tr("共 %1 条记录（新增、修改和删除）。").replace("%1", str(total)))
        else:
            self.preview_note.setText(self.tr("对方已经收到全部记录；导出的数据包只带确认信息。"))

    def clear(self) -> None:
        self.preview.fill([])
        self.written.fill([])
        self.written.hide()
        self.outcome.clear()
        self.preview_note.clear()

    # -- export ------------------------------------------------------------------------------

    def export(self) -> None:
        folder = self.picker.folder()
        if folder is None:
            message.warn(self, self.tr("请先插好 U 盘并重新查找，或选择一个文件夹。"))
            return
        ctx = self.ctx
        self.export_button.setEnabled(False)
        self.outcome.setText(self.tr("正在导出，请勿拔出 U 盘…"))
        self.written.hide()
        self.runner.write(lambda progress: sync.export_all(ctx, folder, progress=progress), on_done=self._exported,
                          on_error=self._failed, label=self.tr("正在导出数据包…"), parent=self)

    def _exported(self, results: list) -> None:
        self.results = results
        self.export_button.setEnabled(bool(self.peers))
        self.written.fill([(str(r.path), [r.path.name, r.peer_name, r.seq, r.records, _size(r.size)]) for r in results])
        self.written.show()
        folder = results[0].path.parent if results else self.picker.folder()
        self.outcome.setText(self.tr("已写入 %1 个数据包到 %2，并已读回校验无误。可以安全拔出 U 盘。")
                             .replace("%1", str(len(results))).replace("%2", str(folder)))
        emit(self.changed, Changes(frozenset({"sync_peer"})))  # the page reloads what this shows

    def _failed(self, err) -> None:
        self.export_button.setEnabled(bool(self.peers))
        self.outcome.setText(self.tr("没有导出完成：%1").replace("%1", error_text(err)))
        if not isinstance(err, Cancelled):
            show_error(self, err)


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(size // 1024, 1)} KB"


class ImportTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner, device_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.device_id = device_id
        self.results: list = []
        self.picker = DrivePicker(self.tr("从："))
        self.all_button = QPushButton(self.tr("导入 U 盘上的全部数据包"))
        self.all_button.setObjectName("importAll")
        self.all_button.clicked.connect(self.import_all)
        self.files_button = QPushButton(self.tr("选择数据包文件…"))
        self.files_button.setObjectName("importFiles")
        self.files_button.clicked.connect(self.choose_files)
        self.dry_run = QCheckBox(self.tr("只检查，不导入"))
        self.dry_run.setObjectName("dryRun")
        self.summary = note("", "importSummary")
        self.table = KeyTable([self.tr("文件"), self.tr("发送方"), self.tr("包号"), self.tr("结果"), self.tr("记录数"),
                               self.tr("冲突"), self.tr("缺少的包"), self.tr("说明")], "importResults",
                              widest=360, tip_over=30, wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.dry_run)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("导入前先检查签名、收件人和内容，全部无误才写入，并在写入前自动备份数据库。"
                                      "导入过的数据包再导入不会有任何变化；缺少的数据包会列出包号，补拷即可。")))
        layout.addWidget(self.picker)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.picker.refresh()  # a stick plugged in since this was last on screen

    def load(self) -> None:
        pass  # nothing to fetch until a stick is chosen

    def clear(self) -> None:
        self.table.fill([])
        self.summary.clear()

    def import_all(self) -> None:
        folder = self.picker.folder()
        if folder is None:
            message.warn(self, self.tr("请先插好 U 盘并重新查找，或选择一个文件夹。"))
            return
        try:
            scan = drives.find_bundles(folder, self.device_id)
        except WulianError as err:
            show_error(self, err)
            return
        if not scan.for_us:
            text = self.tr("在 %1 中没有找到发给本机的数据包（*.wlb）。").replace("%1", str(folder))
            if scan.for_others:
                text += self.tr("另有 %1 个是发给其他电脑的。").replace("%1", str(len(scan.for_others)))
            message.inform(self, text)
            return
        self.run(scan.for_us, skipped=len(scan.for_others))

    def offer(self, path: Path) -> None:
        """A bundle file opened from outside (double-clicked, or named on the command line): import
        it once the user says so; it is checked in full first, like every import."""
        if message.confirm(self, self.tr("导入数据包 %1？").replace("%1", path.name), self.tr("导入数据包")):
            self.run([path])

    def choose_files(self) -> None:
        paths = files.ask_bundles(self, self.picker.folder())
        if paths:
            self.run(paths)

    def run(self, paths: list[Path], *, skipped: int = 0) -> None:
        ctx, dry_run = self.ctx, self.dry_run.isChecked()
        for button in (self.all_button, self.files_button):
            button.setEnabled(False)
        self.summary.setText(self.tr("正在导入 %1 个数据包…").replace("%1", str(len(paths))))
        self.runner.write(lambda progress: sync.import_bundles(ctx, list(paths), dry_run=dry_run, progress=progress),
                          on_done=lambda results: self._imported(results, skipped), on_error=self._failed,
                          label=self.tr("正在导入数据包…"), parent=self)

    def _imported(self, results: list, skipped: int) -> None:
        self.results = results
        for button in (self.all_button, self.files_button):
            button.setEnabled(True)
        rows = []
        for number, r in enumerate(results):
            missing = labels.tr(labels.LIST_SEPARATOR).join(str(s) for s in r.missing[:20]) + ("…" if len(r.missing) > 20 else "")
            rows.append((number, [r.path.name, r.sender or "—", r.seq or "—", outcomes.state(r),
                                  r.records if r.status in ("imported", "checked") else "—", r.conflicts or "",
                                  missing, outcomes.message(r)]))
        self.table.fill(rows)
        counts = {status: sum(1 for r in results if r.status == status) for status in labels.IMPORT_STATES}
        parts = [self.tr("%1：%2 个").replace("%1", labels.import_state(status)).replace("%2", str(n))
                 for status, n in counts.items() if n]
        text = (self.tr("%1 个数据包：").replace("%1", str(len(results))) + labels.tr(labels.LIST_SEPARATOR).join(parts)
                + outcomes.tr(outcomes.END))
        if skipped:
            text += self.tr("另有 %1 个数据包是发给其他电脑的，已跳过。").replace("%1", str(skipped))
        conflicts = sum(r.conflicts for r in results)
        if conflicts:
            text += self.tr("有 %1 处冲突待处理，请到“冲突”中选择保留的版本。").replace("%1", str(conflicts))
        self.summary.setText(text)
        imported = [r for r in results if r.status == "imported"]
        if imported:
            kinds = set(SYNC_KINDS)
            for r in imported:
                kinds |= set(r.counts)
            emit(self.changed, Changes(frozenset(kinds)))

    def _failed(self, err) -> None:
        for button in (self.all_button, self.files_button):
            button.setEnabled(True)
        self.summary.setText(self.tr("没有导入：%1").replace("%1", error_text(err)))
        if not isinstance(err, Cancelled):
            show_error(self, err)
