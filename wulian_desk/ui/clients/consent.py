"""Consent inputs (date, what it covers, sensitive kinds, guardian) and the record-consent dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLineEdit, QWidget

from wulian_desk.core.clients import ConsentInput
from wulian_desk.core.consent import CONSENT_SCOPES, SENSITIVE_KINDS
from wulian_desk.services.casework import clients
from wulian_desk.services.context import Changes
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.widgets.record_dialog import RecordDialog


def check_grid(vocab: dict, checked: set[str], name: str, columns: int = 3) -> tuple[QWidget, dict[str, QCheckBox]]:
    """Check boxes in up to `columns` columns: fewer when the labels are long (English), so the
    grid stays about 36 characters wide and a dialog fits a small screen."""
    holder = QWidget()
    holder.setObjectName(name)
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    boxes = {}
    for code in vocab:
        box = QCheckBox(vocab_label(vocab, code))
        box.setChecked(code in checked)
        boxes[code] = box
    widest = max((box.sizeHint().width() for box in boxes.values()), default=1)
    budget = holder.fontMetrics().horizontalAdvance("中") * 36
    columns = max(1, min(columns, budget // max(widest, 1)))
    for number, box in enumerate(boxes.values()):
        grid.addWidget(box, number // columns, number % columns)
    return holder, boxes


class ConsentFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given_on = DateEdit(date.today())
        scopes, self.scopes = check_grid(CONSENT_SCOPES, {"service"}, "scopes")
        sensitive, self.sensitive = check_grid(SENSITIVE_KINDS, set(), "sensitive")
        self.guardian_name = QLineEdit()
        self.guardian_relation = QLineEdit()
        self.guardian_relation.setPlaceholderText(self.tr("如：母亲、祖父"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("同意日期"), self.given_on)
        form.addRow(self.tr("同意的用途"), scopes)
        form.addRow(self.tr("单独同意的敏感信息"), sensitive)
        form.addRow(self.tr("监护人姓名"), self.guardian_name)
        form.addRow(self.tr("与服务对象关系"), self.guardian_relation)

    def value(self) -> ConsentInput:
        given = self.given_on.date_value("given_on", self.tr("同意日期")) or date.today()
        return ConsentInput(
            given_on=given,
            scopes=[code for code, box in self.scopes.items() if box.isChecked()],
            sensitive=[code for code, box in self.sensitive.items() if box.isChecked()],
            guardian_name=self.guardian_name.text(),
            guardian_relation=self.guardian_relation.text(),
        )


class ConsentDialog(RecordDialog):
    def __init__(self, ctx, client_id: str, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("登记知情同意：%1").replace("%1", client_name))
        self.ctx = ctx
        self.client_id = client_id
        self.fields = ConsentFields()
        self.add_field("consent", self.tr("同意书"), self.fields)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, client_id, consent = self.ctx, self.client_id, self.fields.value()
        return lambda: clients.record_consent(ctx, client_id, consent)
