"""家庭成员 in the client dialog: one line per member (name, relation, birth year), added and
removed in place. The service checks what is typed (core.clients.check_household); a line left
wholly blank is not a member and is dropped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wulian_desk.core.clients import HOUSEHOLD_RELATIONS, MAX_HOUSEHOLD
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.signals import emit


def household_text(members: list[dict]) -> str:
    """"李建国（子女，1975 年生）；王芳（配偶）" for the client's record."""
    parts = []
    for member in members:
        about = vocab_label(HOUSEHOLD_RELATIONS, member.get("relation"))
        if member.get("birth_year"):
            about += QCoreApplication.translate("HouseholdEditor", "，%1 年生").replace("%1", str(member["birth_year"]))
        parts.append(f"{member.get('name', '')}（{about}）")
    return "；".join(parts)


class MemberLine(QWidget):
    remove_requested = Signal(QWidget)

    def __init__(self, member: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("member")
        member = member or {}
        self.name = QLineEdit(str(member.get("name") or ""))
        self.name.setObjectName("memberName")
        self.name.setPlaceholderText(self.tr("姓名"))
        self.name.setMaxLength(40)
        self.relation = QComboBox()
        self.relation.setObjectName("memberRelation")
        self.relation.addItem(self.tr("（关系）"), None)
        for code in HOUSEHOLD_RELATIONS:
            self.relation.addItem(vocab_label(HOUSEHOLD_RELATIONS, code), code)
        self.relation.setCurrentIndex(max(0, self.relation.findData(member.get("relation"))))
        self.birth_year = QLineEdit(str(member.get("birth_year") or ""))
        self.birth_year.setObjectName("memberBirthYear")
        self.birth_year.setPlaceholderText(self.tr("出生年份"))
        self.birth_year.setMaxLength(4)
        self.birth_year.setValidator(QIntValidator(0, 9999, self.birth_year))
        self.birth_year.setFixedWidth(self.fontMetrics().horizontalAdvance("出生年份") + 24)
        self.remove_button = QPushButton(self.tr("删除"))
        self.remove_button.setObjectName("removeMember")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: emit(self.remove_requested, self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 2)
        row.addWidget(self.relation, 2)
        row.addWidget(self.birth_year)
        row.addWidget(self.remove_button)

    def value(self) -> dict:
        return {"name": self.name.text().strip(), "relation": self.relation.currentData(),
                "birth_year": self.birth_year.text().strip() or None}

    def blank(self) -> bool:
        value = self.value()
        return not value["name"] and value["relation"] is None and value["birth_year"] is None


class HouseholdEditor(QWidget):
    def __init__(self, members: list[dict] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[MemberLine] = []
        self.lines_box = QVBoxLayout()
        self.lines_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("添加家庭成员"))
        self.add_button.setObjectName("addMember")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_member(focus=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.lines_box)
        layout.addLayout(buttons)
        for member in members:
            self.add_member(member)

    def add_member(self, member: dict | None = None, *, focus: bool = False) -> MemberLine:
        line = MemberLine(member, self)
        line.remove_requested.connect(self.remove_member)
        self.lines.append(line)
        self.lines_box.addWidget(line)
        self.add_button.setEnabled(len(self.lines) < MAX_HOUSEHOLD)
        if focus:
            line.name.setFocus()
        return line

    def remove_member(self, line: QWidget) -> None:
        if line in self.lines:
            self.lines.remove(line)
            self.lines_box.removeWidget(line)
            line.hide()
            line.deleteLater()
        self.add_button.setEnabled(len(self.lines) < MAX_HOUSEHOLD)

    def value(self) -> list[dict]:
        """The members as typed, wholly blank lines left out (the service checks the rest)."""
        return [line.value() for line in self.lines if not line.blank()]

    # The dialog's autosaved draft (ui/drafts.py) keeps the lines as typed, a blank one included.
    def draft_value(self) -> list[dict]:
        return [line.value() for line in self.lines]

    def set_draft_value(self, members) -> None:
        if not isinstance(members, list):
            return
        for line in list(self.lines):
            self.remove_member(line)
        for member in members[:MAX_HOUSEHOLD]:
            if isinstance(member, dict):
                self.add_member(member)
