"""志愿服务证明: the certificates held here, and what is done with them: issue one (choose the
volunteer and the period), reprint one as issued, verify a code someone brings, revoke one this
station issued (站长 and administrators). The list loads in the task runner."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.services.volunteering import (
    certificate_codes,
    certificate_list,
    certificates,
    volunteers,
)
from wulian_desk.ui import message
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.i18n import error_text
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner, runner_of
from wulian_desk.ui.volunteers.page import ask_certificate_path, ask_text, verification_text
from wulian_desk.ui.widgets.fitted_table import FittedTable
from wulian_desk.ui.widgets.record_dialog import RecordDialog

SHOWN_VOLUNTEERS = 50
IdRole = Qt.ItemDataRole.UserRole


class IssueCertificateDialog(RecordDialog):
    """Who the certificate is for and the period it covers; only asks (the page issues it)."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueCertificateDialog")
        self.setWindowTitle(self.tr("出具志愿服务记录证明"))
        self.ok_button.setText(self.tr("选择保存位置…"))
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母或身份证号"))
        self.search.textChanged.connect(self.find)
        self.found = QListWidget()
        self.period_from = DateEdit()
        self.period_to = DateEdit(date.today())
        self.add_field("search", self.tr("查找志愿者"), self.search)
        self.add_field("volunteer_id", self.tr("志愿者"), self.found)
        self.add_field("period_from", self.tr("起始日期（空：首次服务起）"), self.period_from)
        self.add_field("period_to", self.tr("截止日期"), self.period_to)
        self.finish_layout()
        self.volunteer_id: str | None = None
        self.volunteer_name = ""
        self.period: tuple[date | None, date | None] = (None, None)
        self.generation = 0
        self.searching = False
        self.find("")

    def draft_key(self) -> str | None:
        return None  # a choice, nothing typed worth keeping

    def find(self, text: str) -> None:
        """The volunteers matching `text`, read in the task runner; an older answer is dropped."""
        self.generation += 1
        generation, ctx, text = self.generation, self.ctx, text.strip()

        def read(_progress):
            ids = volunteers.volunteer_ids(ctx, search=text)[:SHOWN_VOLUNTEERS]
            rows = volunteers.volunteers_by_id(ctx, ids)
            return [(i, f"{rows[i].name}  {rows[i].id_number}") for i in ids if i in rows]

        self.searching = True
        runner_of(self).run(read, on_done=lambda found: self._found(generation, found), parent=self)

    def _found(self, generation: int, found: list[tuple[str, str]]) -> None:
        if generation != self.generation:
            return
        self.searching = False
        self.found.clear()
        for volunteer_id, line in found:
            item = QListWidgetItem(line)
            item.setData(IdRole, volunteer_id)
            self.found.addItem(item)
        if self.found.count() == 1:
            self.found.setCurrentRow(0)

    def prepare(self) -> None:
        item = self.found.currentItem()
        if item is None:
            raise ValidationError(translate("ui.certificates_page", "请选择要出具证明的志愿者。"), field="volunteer_id")
        self.volunteer_id = item.data(IdRole)
        self.volunteer_name = item.text().split("  ")[0]
        self.period = (self.period_from.date_value("period_from", "起始日期"),
                       self.period_to.date_value("period_to", "截止日期"))


class CertificatesPage(QWidget):
    changed = Signal(object)  # Changes

    COLUMNS = (QT_TRANSLATE_NOOP("CertificatesPage", "编号"), QT_TRANSLATE_NOOP("CertificatesPage", "志愿者"),
               QT_TRANSLATE_NOOP("CertificatesPage", "证明期间"), QT_TRANSLATE_NOOP("CertificatesPage", "时长（小时）"),
               QT_TRANSLATE_NOOP("CertificatesPage", "记录数"), QT_TRANSLATE_NOOP("CertificatesPage", "出具日期"),
               QT_TRANSLATE_NOOP("CertificatesPage", "状态"))

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_certificates")
        self.ctx = ctx
        self.runner = runner
        self.rows: list[certificate_list.CertificateRow] = []
        title = QLabel(self.tr("志愿服务证明"))
        title.setObjectName("pageTitle")
        self.issue_button = self._button(self.tr("出具证明…"), "printCertificate", self.issue,
                                         ctx.may("volunteer", "print"))
        self.reprint_button = self._button(self.tr("补打选中的证明…"), "reprintButton", self.reprint,
                                           ctx.may("volunteer", "print"))
        self.verify_button = self._button(self.tr("核验验证码…"), "verifyButton", self.verify, True)
        self.revoke_button = self._button(self.tr("吊销选中的证明…"), "revokeButton", self.revoke,
                                          ctx.may("volunteer", "revoke"))
        self.revoke_button.setVisible(ctx.may("volunteer", "revoke"))  # only 站长 and administrators
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.reprint_button, self.verify_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.state = QLabel(self.tr("载入中…"))
        self.state.setObjectName("loadingNotice")
        self.table = FittedTable(0, len(self.COLUMNS))
        self.table.setObjectName("certificates")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("CertificatesPage", c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.result = QLabel()
        self.result.setObjectName("verification")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        self._selection_changed()
        self.refresh()

    def _button(self, text: str, name: str, slot, enabled: bool) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setEnabled(enabled)
        button.clicked.connect(slot)
        return button

    # -- the list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx
        self.state.setText(self.tr("载入中…"))
        self.state.show()
        self.runner.run(lambda _p: certificate_list.issued_certificates(ctx), on_done=self._loaded,
                        on_error=self._load_failed, parent=self)

    def _loaded(self, rows: list) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            status = (self.tr("已吊销（%1）").replace("%1", f"{row.revoked_on:%Y-%m-%d}") if row.revoked_on
                      else self.tr("有效"))
            cells = (row.number, row.volunteer_name,
                     f"{row.period_from:%Y-%m-%d} — {row.period_to:%Y-%m-%d}", row.hours, str(row.records),
                     f"{row.issued_on:%Y-%m-%d}", status)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.state.setText(self.tr("本站还没有出具过志愿服务证明。") if not rows
                           else self.tr("共 %1 份").replace("%1", str(len(rows))))
        self._selection_changed()

    def _load_failed(self, err) -> None:
        self.state.setText(error_text(err))

    def selected(self) -> certificate_list.CertificateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        own = row is not None and row.issued_here and row.revoked_on is None
        self.reprint_button.setEnabled(own and self.ctx.may("volunteer", "print"))
        self.revoke_button.setEnabled(own and self.ctx.may("volunteer", "revoke"))

    def apply_changes(self, changes) -> None:
        if changes.kinds & {"volunteer_certificate", "volunteer", "service_record"}:
            self.refresh()

    def drop_cache(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
        self.result.clear()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.rows and not self.table.rowCount():
            self.refresh()  # after a lock dropped the list

    # -- what is done with them ------------------------------------------------------------------

    def issue(self) -> None:
        dialog = IssueCertificateDialog(self.ctx, parent=self)
        if not dialog.exec():
            return
        out = ask_certificate_path(self, f"志愿服务记录证明-{dialog.volunteer_name}.pdf")
        if out is None:
            return
        ctx, volunteer_id, (start, end) = self.ctx, dialog.volunteer_id, dialog.period
        self.runner.write(lambda _p: certificates.issue_certificate(ctx, volunteer_id, out, period_from=start,
                                                                    period_to=end),
                          on_done=self._issued, label=self.tr("正在生成证明…"), parent=self)

    def _issued(self, issued) -> None:
        message.saved(self, self.tr("证明 %1 已保存到 %2（验证码 %3）").replace("%1", issued.number)
                      .replace("%2", str(issued.path)).replace("%3", issued.code), issued.path)
        emit(self.changed, issued.changes)

    def reprint(self) -> None:
        row = self.selected()
        if row is None:
            return
        out = ask_certificate_path(self, f"志愿服务记录证明-{row.number}.pdf")
        if out is None:
            return
        ctx, number = self.ctx, row.number
        self.runner.run(lambda _p: certificate_list.reprint_certificate(ctx, number, out),
                        on_done=lambda path: self._reprinted(number, path), label=self.tr("正在生成证明…"),
                        parent=self)

    def _reprinted(self, number: str, path: Path) -> None:
        message.saved(self, self.tr("证明 %1 已补打，保存到 %2").replace("%1", number).replace("%2", str(path)), path)

    def verify(self) -> None:
        code = ask_text(self, self.tr("核验志愿服务记录证明"), self.tr("验证码（证明上的编号与验证码）："))
        if not code or not code.strip():
            return
        ctx = self.ctx
        self.result.setText(self.tr("正在核验…"))
        # On the write lane: verifying is journaled.
        self.runner.write(lambda _p: certificates.verify_certificate(ctx, code),
                        on_done=lambda result: self.result.setText(verification_text(result)),
                        on_error=self._verify_failed, parent=self)

    def _verify_failed(self, err) -> None:
        self.result.setText(error_text(err))

    def revoke(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason = ask_text(self, self.tr("吊销志愿服务记录证明"),
                          self.tr("吊销证明 %1 的原因：").replace("%1", row.number))
        if reason is None:
            return
        ctx, number = self.ctx, row.number
        self.runner.write(lambda _p: certificate_codes.revoke_certificate(ctx, number, reason=reason),
                          on_done=self._revoked, on_error=lambda err: show_error(self, err),
                          label=self.tr("正在吊销…"), parent=self)

    def _revoked(self, changes) -> None:
        message.saved(self, self.tr("证明已吊销；下次导出数据包时告知县级总站。"))
        emit(self.changed, changes)
