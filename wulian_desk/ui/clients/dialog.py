"""Add or edit a client: the record's fields and, for a new client, the consent given at intake.
A refused save says which consent is missing; a likely duplicate is asked about before saving.
Gender starts unchosen: the user picks it, or a whole ID number gives it (and the birth date)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.consent import CLIENT_CATEGORIES
from wulian_desk.core.errors import WulianError
from wulian_desk.services.casework import clients
from wulian_desk.services.context import Changes
from wulian_desk.ui import message
from wulian_desk.ui.clients.consent import ConsentFields, check_grid
from wulian_desk.ui.clients.household import HouseholdEditor
from wulian_desk.ui.facilities.units import fill_unit_combo, load_units
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.i18n import error_text
from wulian_desk.ui.widgets.id_number import IdDerivation, gender_combo, id_number_edit
from wulian_desk.ui.widgets.record_dialog import RecordDialog


class ClientDialog(RecordDialog):
    def __init__(self, ctx, *, view=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientDialog")
        self.setWindowTitle(self.tr("编辑服务对象") if view else self.tr("新增服务对象"))
        self.ctx = ctx
        self.record = view  # a full ClientView when editing
        self.asked: tuple[ClientInput, ConsentInput | None] | None = None  # what the last save sent
        self.name = QLineEdit(view.name if view else "")
        self.gender = gender_combo(view.gender if view is not None else None)
        self.birth_date = DateEdit(view.birth_date if view else None)
        self.id_number = id_number_edit(view.id_number if view else "")
        self.derivation = IdDerivation(self.id_number, self.gender, self.birth_date)
        self.phone = QLineEdit(view.phone if view else "")
        self.unit = QComboBox()
        fill_unit_combo(self.unit, load_units(ctx), with_all=False, current=view.org_unit_id if view else None)
        self.address = QLineEdit(view.address if view else "")
        categories, self.categories = check_grid(CLIENT_CATEGORIES, set(view.categories) if view else set(), "categoryBoxes")
        self.household = HouseholdEditor(view.household if view else [])
        self.health_notes = QPlainTextEdit(view.health_notes if view else "")
        self.health_notes.setTabChangesFocus(True)
        self.health_notes.setFixedHeight(self.fontMetrics().height() * 3)
        self.add_field("name", self.tr("姓名"), self.name)
        self.add_field("gender", self.tr("性别"), self.gender)
        self.add_field("birth_date", self.tr("出生日期"), self.birth_date)
        self.add_field("id_number", self.tr("身份证号码"), self.id_number)
        self.add_field("phone", self.tr("电话"), self.phone)
        self.add_field("org_unit_id", self.tr("所在社区（村）"), self.unit)
        self.add_field("address", self.tr("住址"), self.address)
        self.add_field("categories", self.tr("类别"), categories)
        self.add_field("household", self.tr("家庭成员"), self.household)
        self.add_field("health_notes", self.tr("健康与特殊情况"), self.health_notes)
        self.consent_box = None
        if view is None:
            self.consent_box = QGroupBox(self.tr("已取得知情同意（同意书）"))
            self.consent_box.setCheckable(True)
            self.consent_box.setChecked(False)
            self.consent = ConsentFields()
            QVBoxLayout(self.consent_box).addWidget(self.consent)
            self.add_field("consent", self.tr("知情同意"), self.consent_box)
        self.finish_layout()

    def data(self) -> ClientInput:
        return ClientInput(
            name=self.name.text(), gender=self.gender.currentData() or "", org_unit_id=self.unit.currentData() or "",
            birth_date=self.birth_date.date_value("birth_date", self.tr("出生日期")),
            id_number=self.id_number.text().strip() or None, phone=self.phone.text(), address=self.address.text(),
            categories=[code for code, box in self.categories.items() if box.isChecked()],
            household=self.household.value(), health_notes=self.health_notes.toPlainText(),
        )

    def draft_key(self) -> str | None:
        # One draft per client edited, and one for a new client.
        return f"clientDialog:{self.record.id if self.record is not None else 'new'}"

    def prepare(self) -> Callable[[], Changes]:
        data = self.data()
        consent = self.consent.value() if self.consent_box is not None and self.consent_box.isChecked() else None
        self.asked = (data, consent)
        return self._writer(data, consent, confirm_duplicate=False)

    def retry(self, err: WulianError) -> Callable[[], Changes] | None:
        """A likely duplicate: saved anyway only if the user says so."""
        if not isinstance(err, clients.DuplicateClientWarning):
            return None
        if not message.confirm(self, error_text(err) + "\n" + self.tr("仍然保存吗？")):
            return None
        return self._writer(*self.asked, confirm_duplicate=True)

    def _writer(self, data: ClientInput, consent: ConsentInput | None, *,
                confirm_duplicate: bool) -> Callable[[], Changes]:
        ctx = self.ctx
        if self.record is None:
            return lambda: clients.create_client(ctx, data, consent=consent, confirm_duplicate=confirm_duplicate)
        record_id = self.record.id
        return lambda: clients.update_client(ctx, record_id, data, confirm_duplicate=confirm_duplicate)
