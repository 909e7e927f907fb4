"""A case form and the client's (and case's) record in step, on screen: a new form is prefilled
from the record, and after a save that says otherwise the user is shown each difference (the
field, what the record holds, what the form says) and ticks which to write back. Both run on the task runner; the rules
are in services/casework/form_fill.py."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.forms import Field, FormDefinition
from wulian_desk.core.forms.mapping import (
    CLIENT_CONSENT,
    CLIENT_REFERRAL_CONSENT,
    TARGETS,
    Difference,
    mapped_fields,
)
from wulian_desk.services.casework import form_fill
from wulian_desk.services.context import Changes
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.i18n import pick
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.fitted_table import FittedTable
from wulian_desk.ui.widgets.windows import settle_window

# -- prefill ------------------------------------------------------------------------------------------


def prefill_form(dialog) -> None:
    """Fill a new form (a FormDialog on a case) from the record. What the user typed meanwhile
    wins, and a prefilled form is not a draft until the user changes something."""
    form = dialog.form
    if not mapped_fields(form):
        return
    ctx, case_id = dialog.ctx, dialog.case_id
    dialog.runner.run(lambda _p: form_fill.form_prefill(ctx, case_id, form.id),
                      on_done=lambda answers: _apply_prefill(dialog, answers), parent=dialog)


def _apply_prefill(dialog, answers: dict) -> None:
    if not answers or dialog.saving:
        return
    current = dialog.view.answers()
    merged = {**answers, **current} if dialog.dirty else {**current, **answers}
    dialog.shown = {k: merged[k] for k in answers if merged.get(k) == answers[k]}
    dialog.view.set_answers(merged)


# -- after the save ---------------------------------------------------------------------------------------


def offer_client_update(parent: QWidget, ctx, runner: TaskRunner, case_id: str, form: FormDefinition,
                        answers: dict, on_changed: Callable[[Changes], None]) -> None:
    """Ask whether to write back what the saved form says differently from the record."""
    if not any(TARGETS[f.fills].writes for f in mapped_fields(form)):
        return

    def ask(found: list[Difference]) -> None:
        if not found:
            return
        dialog = ClientUpdateDialog(found, form, parent)
        if not dialog.exec() or not dialog.chosen():
            return
        keys = dialog.chosen()
        runner.write(lambda _p: form_fill.update_from_form(ctx, case_id, form.id, answers, keys),
                     on_done=on_changed, on_error=lambda err: show_error(parent, err),
                     label=QCoreApplication.translate("ClientUpdate", "正在更新记录…"), parent=parent)

    runner.run(lambda _p: form_fill.form_differences(ctx, case_id, form.id, answers), on_done=ask,
               parent=parent)


def shown_value(field: Field | None, target: str, value: object) -> str:
    """A record's or a form's value as a person reads it: a choice by its option's words."""
    if target in (CLIENT_CONSENT, CLIENT_REFERRAL_CONSENT):
        if target == CLIENT_CONSENT:
            return QCoreApplication.translate("ClientUpdate", "已同意") if value is True \
                else QCoreApplication.translate("ClientUpdate", "无有效同意")
        return QCoreApplication.translate("ClientUpdate", "已同意转介") if value is True \
            else QCoreApplication.translate("ClientUpdate", "未同意转介")
    if value is None or value == "":
        return QCoreApplication.translate("ClientUpdate", "（未登记）")
    option = field.option(value) if field is not None else None
    if option is not None:
        return pick(option.zh, option.en)
    if isinstance(value, bool):
        return QCoreApplication.translate("ClientUpdate", "是") if value else QCoreApplication.translate("ClientUpdate", "否")
    return str(value)


class ClientUpdateDialog(QDialog):
    """Each difference on a row: a box (ticked) with the field, the record's value, the form's."""

    COLUMNS = 3

    def __init__(self, found: list[Difference], form: FormDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientUpdateDialog")
        self.setWindowTitle(self.tr("更新服务对象和个案记录"))
        self.found = found
        intro = QLabel(self.tr("表中填写的内容与服务对象（或个案）记录不同。勾选要写入记录的项"
                               "（写入时按登记时的规则检查，并记入审计日志）："))
        intro.setWordWrap(True)
        self.table = FittedTable(len(found), self.COLUMNS)
        self.table.setObjectName("differences")
        self.table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("记录中"), self.tr("表中填写")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, diff in enumerate(found):
            field = form.entry(diff.key)
            field = field if isinstance(field, Field) else None
            label = pick(diff.label_zh, diff.label_en)
            if diff.target.startswith("case."):
                label = self.tr("%1（个案）").replace("%1", label)
            name = QTableWidgetItem(label)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(shown_value(field, diff.target, diff.current)))
            self.table.setItem(row, 2, QTableWidgetItem(shown_value(field, diff.target, diff.proposed)))
        buttons = QDialogButtonBox()
        self.update_button = buttons.addButton(self.tr("更新记录"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.update_button.setObjectName("updateButton")
        self.skip_button = buttons.addButton(self.tr("不更新"), QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.setObjectName("skipButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        settle_window(self, QSize(520, 220))

    def set_checked(self, key: str, checked: bool) -> None:
        row = next(i for i, d in enumerate(self.found) if d.key == key)
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        """The form fields whose values are to be written to the record."""
        return [d.key for row, d in enumerate(self.found)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]
