"""账号管理: the station's staff accounts (station head), with new account, disable, reset password,
change role and a new recovery code."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wulian_desk.core.vocab import ROLES
from wulian_desk.services.context import Changes
from wulian_desk.services.station import accounts
from wulian_desk.ui import message
from wulian_desk.ui.accounts.dialogs import NewAccountDialog, ResetPasswordDialog, RoleDialog
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.table import RecordTable

COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE = range(4)


def state_text(row) -> str:
    return QCoreApplication.translate("AccountsModel", "已停用" if row.disabled else "正常")


ACCOUNT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("AccountsModel", "用户名"), None, lambda a: a.username),
    Column(QT_TRANSLATE_NOOP("AccountsModel", "姓名"), None, lambda a: a.display_name, stretch=True),
    Column(QT_TRANSLATE_NOOP("AccountsModel", "角色"), None, lambda a: vocab_label(ROLES, a.role)),
    Column(QT_TRANSLATE_NOOP("AccountsModel", "状态"), None, state_text),
)
QT_TRANSLATE_NOOP("AccountsModel", "已停用")
QT_TRANSLATE_NOOP("AccountsModel", "正常")


def accounts_model(ctx, parent=None) -> LazyTableModel:
    # A station has a handful of accounts: one call gives the order, one the rows of a page.
    def rows_by_id(ids: list[str]) -> dict:
        wanted = set(ids)
        return {row.id: row for row in accounts.list_accounts(ctx) if row.id in wanted}

    return LazyTableModel(
        columns=ACCOUNT_COLUMNS,
        context="AccountsModel",
        sort_column=COL_USERNAME,  # list_accounts gives them by user name
        kind="account",
        list_ids=lambda **_query: [row.id for row in accounts.list_accounts(ctx)],
        fetch_rows=rows_by_id,
        parent=parent,
    )


class AccountsPage(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner: TaskRunner, station_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_accounts")
        self.ctx = ctx
        self.runner = runner
        self.station_name = station_name
        self.may_create = ctx.may("account", "create")
        self.may_edit = ctx.may("account", "edit")
        title = QLabel(self.tr("账号管理"))
        title.setObjectName("pageTitle")
        self.model = accounts_model(ctx, self)
        self.table = RecordTable()
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        self.new_button = self._button("newAccount", self.tr("新建账号"), self.new_account)
        self.disable_button = self._button("disableAccount", self.tr("停用"), self.disable_selected)
        self.reset_button = self._button("resetPassword", self.tr("重设密码"), self.reset_selected)
        self.role_button = self._button("changeRole", self.tr("修改角色"), self.change_role)
        self.recovery_button = self._button("regenerateRecovery", self.tr("重新生成恢复码"), self.regenerate_recovery)
        self.status = QLabel()
        self.status.setObjectName("accountsStatus")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.new_button, self.disable_button, self.reset_button, self.role_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.recovery_button)
        note = QLabel(self.tr("停用的账号不能再登录，它的记录和审计日志都保留；重设密码会重新启用它。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.status)
        if ctx.may("account", "view"):
            self.model.set_query()
        self._update_buttons()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def selected(self):
        rows = self.table.selected_rows()
        return self.model.row_data(rows[0]) if rows else None

    def select_id(self, account_id: str) -> None:
        row = self.model.row_of(account_id)
        if row is not None:
            self.table.selectRow(row)

    # -- actions -------------------------------------------------------------------------------

    def new_account(self) -> None:
        if not self.may_create:
            return
        dialog = NewAccountDialog(self.ctx, self.runner, parent=self)
        if dialog.exec() and dialog.changes is not None:
            self._done(dialog.changes, self.tr("已新建账号 %1。").replace("%1", dialog.username.text().strip()))

    def disable_selected(self) -> None:
        row = self.selected()
        if row is None or row.disabled or not self.may_edit:
            return
        text = self.tr("确定停用 %1（%2）的账号吗？停用后此人不能再登录；以后可以通过重设密码重新启用。")
        if not message.confirm(self, text.replace("%1", row.display_name).replace("%2", row.username)):
            return
        self.runner.write(lambda _p: accounts.disable_account(self.ctx, row.id), parent=self,
                          on_done=lambda changes: self._done(changes, self.tr("已停用 %1。").replace("%1", row.username)))

    def reset_selected(self) -> None:
        row = self.selected()
        if row is None or not self.may_edit:
            return
        dialog = ResetPasswordDialog(self.ctx, self.runner, row, parent=self)
        if dialog.exec() and dialog.changes is not None:
            self._done(dialog.changes, self.tr("已为 %1 设置新密码。").replace("%1", row.username))

    def change_role(self) -> None:
        row = self.selected()
        if row is None or not self.may_edit:
            return
        dialog = RoleDialog(self.ctx, self.runner, row, parent=self)
        if dialog.exec() and dialog.changes is not None:
            role = vocab_label(ROLES, dialog.role.currentData())
            self._done(dialog.changes, self.tr("%1 的角色已改为%2。").replace("%1", row.username).replace("%2", role))

    def regenerate_recovery(self) -> None:
        if not self.may_edit:
            return
        text = self.tr("生成新的恢复码后，旧的恢复码立即失效。新恢复码只显示一次，请准备好抄写或保存。确定继续吗？")
        if not message.confirm(self, text):
            return
        self.recovery_button.setEnabled(False)
        self.runner.write(lambda _p: accounts.regenerate_recovery_code(self.ctx), on_done=self._show_code,
                          on_error=self._recovery_failed, label=self.tr("正在生成恢复码…"), parent=self)

    def _show_code(self, code: str) -> None:
        from wulian_desk.ui.recovery_dialog import RecoveryCodeDialog

        self.recovery_button.setEnabled(self.may_edit)
        dialog = RecoveryCodeDialog(code, self.station_name, self.runner, parent=self)
        self.recovery_dialog = dialog
        dialog.exec()
        if dialog.confirmed.isChecked():
            self.status.clear()
            message.saved(self, self.tr("已生成新的恢复码，旧的恢复码已失效。"))
        else:  # the window locked while the code was shown: it is gone unseen
            self.status.setText(self.tr("新的恢复码在确认保存前被关闭了。如果没有抄下它，请重新生成。"))
        self.recovery_dialog = None

    def _recovery_failed(self, err) -> None:
        from wulian_desk.ui.errors import show_error

        self.recovery_button.setEnabled(self.may_edit)
        show_error(self, err)

    def _done(self, changes: Changes, text: str) -> None:
        self.status.clear()
        message.saved(self, text)  # the window's one notice, before its plain "已保存" could be
        emit(self.changed, changes)

    # -- refresh -------------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        if "account" not in changes.kinds:
            return
        self.model.apply_changes(changes.kinds, changes.ids)
        if changes.ids:
            self.select_id(changes.ids[0])
        self._update_buttons()

    def drop_cache(self) -> None:
        self.model.drop_cache()

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        self.new_button.setEnabled(self.may_create)
        self.disable_button.setEnabled(self.may_edit and row is not None and not row.disabled)
        self.reset_button.setEnabled(self.may_edit and row is not None)
        self.role_button.setEnabled(self.may_edit and row is not None)
        self.recovery_button.setEnabled(self.may_edit)
