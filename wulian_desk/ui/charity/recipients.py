"""Who receives money or goods: a client, an activity or a project, found by typing part of the
name. Only kinds this user may see are offered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from wulian_desk.core.charity import RECIPIENT_KINDS
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.ui.i18n import vocab_label

SHOWN = 200  # a choice to pick from; narrow the search for more


def recipients(ctx, kind: str, search: str = "") -> list[tuple[str, str]]:
    """(id, text) of the first clients, activities or projects that match `search`."""
    term = search.strip()
    if kind == "client":
        from wulian_desk.services.casework import clients

        ids = clients.client_ids(ctx, search=term)[:SHOWN]
        rows = clients.clients_by_id(ctx, ids)
        return [(i, f"{rows[i].name}（{rows[i].unit_name}）") for i in ids if i in rows]
    if kind == "activity":
        from wulian_desk.services.volunteering import activities

        ids = activities.activity_ids(ctx)[:2000]
        rows = activities.activities_by_id(ctx, ids)
        found = [(i, f"{rows[i].activity_number} {rows[i].title}") for i in ids if i in rows]
        return [pair for pair in found if term in pair[1]][:SHOWN]
    from wulian_desk.services.parties import projects

    ids = projects.project_ids(ctx, search=term)[:SHOWN]
    rows = projects.projects_by_id(ctx, ids)
    return [(i, rows[i].name) for i in ids if i in rows]


class RecipientFields:
    """Adds the recipient rows to a RecordDialog: the kind, a search box and the matches."""

    def add_recipient_fields(self) -> None:
        self.recipient_kind = QComboBox()
        for code in RECIPIENT_KINDS:
            if self.ctx.may(code, "view"):
                self.recipient_kind.addItem(vocab_label(RECIPIENT_KINDS, code), code)
        self.recipient_search = QLineEdit()
        self.recipient_search.setPlaceholderText(QCoreApplication.translate("Recipients", "输入姓名或名称查找"))
        self.recipient = QComboBox()
        self.recipient_kind.currentIndexChanged.connect(self.load_recipients)
        self.recipient_search.textChanged.connect(self.load_recipients)
        self.add_field("recipient_kind", QCoreApplication.translate("Recipients", "受助方类别"), self.recipient_kind)
        self.add_field("recipient_search", QCoreApplication.translate("Recipients", "查找受助方"), self.recipient_search)
        self.add_field("recipient_id", QCoreApplication.translate("Recipients", "受助方"), self.recipient)
        self.load_recipients()

    def load_recipients(self, *_args) -> None:
        kind = self.recipient_kind.currentData()
        self.recipient.clear()
        for record_id, text in (recipients(self.ctx, kind, self.recipient_search.text()) if kind else []):
            self.recipient.addItem(text, record_id)

    def choose_recipient(self, kind: str, record_id: str) -> None:
        self.recipient_kind.setCurrentIndex(max(0, self.recipient_kind.findData(kind)))
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(record_id)))

    def recipient_choice(self) -> dict:
        if self.recipient.currentData() is None:
            raise ValidationError(translate("ui.charity.recipients", "请选择受助方。"), field="recipient_id")
        return {"recipient_kind": self.recipient_kind.currentData(), "recipient_id": self.recipient.currentData()}
