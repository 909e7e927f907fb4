"""A gender choice that starts unchosen, and an ID number input that fills gender and birth date
as it is typed: what every dialog registering a person (client, volunteer) uses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QLineEdit

from wulian_desk.core.clients import GENDERS
from wulian_desk.core.identity import id_facts
from wulian_desk.ui.forms.date_edit import DateEdit


def gender_combo(current: str | None = None) -> QComboBox:
    """男/女 with nothing chosen unless `current` is given: a default would be a guess."""
    combo = QComboBox()
    combo.setPlaceholderText(QCoreApplication.translate("IdNumber", "请选择（或由身份证号码得出）"))
    for code, names in GENDERS.items():
        combo.addItem(str(names), code)
    combo.setCurrentIndex(combo.findData(current) if current else -1)
    return combo


def id_number_edit(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(18)
    edit.setPlaceholderText(QCoreApplication.translate("IdNumber", "18 位（或旧的 15 位），填后自动得出性别和出生日期"))
    return edit


class IdDerivation(QObject):
    """A whole valid number fills gender and birth date where they are blank or were filled by an
    earlier number; a value the user chose is left for the save to check against the number."""

    def __init__(self, id_number: QLineEdit, gender: QComboBox, birth_date: DateEdit | None = None) -> None:
        super().__init__(id_number)
        self.gender = gender
        self.birth_date = birth_date
        self.derived: dict[str, str] = {}
        id_number.textEdited.connect(self.derive)

    def derive(self, text: str) -> None:
        facts = id_facts(text)
        if facts is None:
            return
        born, gender = facts
        if self.gender.currentIndex() < 0 or self.gender.currentData() == self.derived.get("gender"):
            self.gender.setCurrentIndex(self.gender.findData(gender))
            self.derived["gender"] = gender
        if self.birth_date is None:
            return
        typed = self.birth_date.text_value()
        if typed is None or typed == self.derived.get("birth_date"):
            self.birth_date.set_value(born)
            self.derived["birth_date"] = born.isoformat()
