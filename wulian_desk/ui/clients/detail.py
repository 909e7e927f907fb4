"""One client's record: fields, categories, consent history, and what can be done from here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.clients import GENDERS
from wulian_desk.core.consent import CLIENT_CATEGORIES, CONSENT_SCOPES, SENSITIVE_KINDS
from wulian_desk.services.casework import clients
from wulian_desk.ui import message
from wulian_desk.ui.clients.consent import ConsentDialog
from wulian_desk.ui.clients.dialog import ClientDialog
from wulian_desk.ui.clients.household import household_text
from wulian_desk.ui.i18n import listed, vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import runner_of
from wulian_desk.ui.widgets.fitted_table import FittedTable


def join_labels(vocab: dict, codes) -> str:
    return listed(vocab_label(vocab, c) for c in codes)


class ClientDetail(QWidget):
    changed = Signal(object)  # Changes
    back = Signal()
    open_case_requested = Signal(str)  # client id

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientDetail")
        self.ctx = ctx
        self.view = None
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in (
            ("gender", self.tr("性别")), ("birth_date", self.tr("出生日期")), ("id_number", self.tr("身份证号码")),
            ("phone", self.tr("电话")), ("unit", self.tr("所在社区（村）")), ("address", self.tr("住址")),
            ("categories", self.tr("类别")), ("household", self.tr("家庭成员")),
            ("health_notes", self.tr("健康与特殊情况")),
            ("consent", self.tr("当前同意")),
        ):
            label = QLabel()
            label.setObjectName(f"value_{key}")
            label.setWordWrap(True)
            self.values[key] = label
            form.addRow(caption, label)
        self.consents = FittedTable(0, 5)
        self.consents.setObjectName("consentHistory")
        self.consents.setHorizontalHeaderLabels([self.tr("同意日期"), self.tr("用途"), self.tr("敏感信息"),
                                                  self.tr("监护人"), self.tr("撤回日期")])
        self.consents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents.verticalHeader().hide()
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("返回列表"))
        self.edit_button = QPushButton(self.tr("编辑"))
        self.consent_button = QPushButton(self.tr("登记同意"))
        self.withdraw_button = QPushButton(self.tr("撤回同意"))
        self.full_button = QPushButton(self.tr("显示完整号码"))
        self.case_button = QPushButton(self.tr("为其开案"))
        for name, button, slot in (
            ("backButton", self.back_button, lambda: emit(self.back)),
            ("editButton", self.edit_button, self.edit),
            ("consentButton", self.consent_button, self.record_consent),
            ("withdrawButton", self.withdraw_button, self.withdraw_consent),
            ("fullButton", self.full_button, self.show_full),
            ("caseButton", self.case_button, lambda: emit(self.open_case_requested, self.view.id)),
        ):
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Editing writes the numbers back, so it needs them in full: only roles that may see them.
        full_copy = ctx.may("client", "full_copy")
        self.full_button.setVisible(full_copy)
        # Masked numbers sent back unchanged are kept by the service, so any editor may edit.
        self.edit_button.setVisible(ctx.may("client", "edit"))
        self.consent_button.setVisible(ctx.may("consent", "create"))
        self.withdraw_button.setVisible(ctx.may("consent", "edit"))
        self.case_button.setVisible(ctx.may("case", "create"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("知情同意记录")))
        layout.addWidget(self.consents, 1)

    def show_client(self, client_id: str, *, full: bool = False) -> None:
        self.view = clients.view_client(self.ctx, client_id, full=full)
        view = self.view
        self.title.setText(view.name)
        self.values["gender"].setText(str(GENDERS.get(view.gender, "")))
        self.values["birth_date"].setText(f"{view.birth_date:%Y-%m-%d}" if view.birth_date else "")
        self.values["id_number"].setText(view.id_number)
        self.values["phone"].setText(view.phone)
        self.values["unit"].setText(view.unit_name)
        self.values["address"].setText(view.address)
        self.values["categories"].setText(join_labels(CLIENT_CATEGORIES, view.categories))
        self.values["household"].setText(household_text(view.household) or "—")
        self.values["health_notes"].setText(view.health_notes)
        self.values["consent"].setText(self.consent_text(view.consent))
        self.full_button.setEnabled(not full)
        self.withdraw_button.setEnabled(view.consent.active)
        self._fill_history()

    def consent_text(self, state) -> str:
        if not state.active:
            return self.tr("无有效同意") if state.given_on is None else self.tr("已撤回")
        text = self.tr("%1 起：%2").replace("%1", f"{state.given_on:%Y-%m-%d}") \
            .replace("%2", join_labels(CONSENT_SCOPES, sorted(state.scopes)))
        if state.sensitive:
            text += self.tr("；单独同意：%1").replace("%1", join_labels(SENSITIVE_KINDS, sorted(state.sensitive)))
        return text

    def _fill_history(self) -> None:
        rows = clients.consent_history(self.ctx, self.view.id)
        self.consents.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (f"{row.given_on:%Y-%m-%d}", join_labels(CONSENT_SCOPES, row.scopes),
                     join_labels(SENSITIVE_KINDS, row.sensitive) or "—",
                     f"{row.guardian_name}（{row.guardian_relation}）" if row.guardian_name else "—",
                     f"{row.withdrawn_on:%Y-%m-%d}" if row.withdrawn_on else "—")
            for column, text in enumerate(cells):
                self.consents.setItem(number, column, QTableWidgetItem(text))

    # -- actions -------------------------------------------------------------------------------------

    def edit(self) -> None:
        # Roles that may see the numbers edit them in full; others see them masked, and the
        # service keeps a masked number sent back as it was.
        view = clients.view_client(self.ctx, self.view.id, full=self.ctx.may("client", "full_copy"))
        dialog = ClientDialog(self.ctx, view=view, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def record_consent(self) -> None:
        dialog = ConsentDialog(self.ctx, self.view.id, self.view.name, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def withdraw_consent(self) -> None:
        text = self.tr("确定撤回%1的知情同意吗？撤回后不能再为其保存敏感信息。").replace("%1", self.view.name)
        if not message.confirm(self, text):
            return
        ctx, client_id = self.ctx, self.view.id  # a refusal is shown as a message
        runner_of(self).write(lambda _p: clients.withdraw_consent(ctx, client_id), on_done=self._changed, parent=self)

    def show_full(self) -> None:
        self.show_client(self.view.id, full=True)  # the service journals the full copy

    def _changed(self, changes) -> None:
        self.show_client(self.view.id)
        emit(self.changed, changes)

    def clear(self) -> None:
        self.view = None
        self.title.clear()
        for label in self.values.values():
            label.clear()
        self.consents.setRowCount(0)
