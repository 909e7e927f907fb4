"""The account dialogs: a new account, a new password set by the head, a role change, and the
user's own password. Passwords are stretched with Argon2id (about half a second), so the save
runs in the task runner and the dialog waits with its input intact."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import ROLES
from wulian_desk.services.context import Changes
from wulian_desk.services.station import accounts
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.record_dialog import RecordDialog

MIN_PASSWORD_HINT = 8


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


def role_combo(roles: list[str], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for code in roles:
        combo.addItem(vocab_label(ROLES, code), code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def station_roles(ctx) -> list[str]:
    """The roles an account of this station can have (总站管理员 only at the county)."""
    from wulian_desk.services.station.station import station_info

    county = station_info(ctx).tier == "county"
    return [code for code in ROLES if code != "county_admin" or county]


class AccountDialog(RecordDialog):
    """An account dialog: the save runs on the task runner's write lane like every record
    dialog's (`prepare()` returns the call that saves); no drafts, as these hold passwords and
    little else worth keeping."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent, runner=runner)

    def draft_key(self) -> str | None:
        return None


def check_twice(first: QLineEdit, second: QLineEdit) -> str:
    if first.text() != second.text():
        raise ValidationError(translate("ui.accounts.dialogs", "两次输入的密码不一致。"), field="password2")
    return first.text()


class NewAccountDialog(AccountDialog):
    REQUIRED = frozenset({"username", "password", "password2"})

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("newAccountDialog")
        self.setWindowTitle(self.tr("新建账号"))
        self.ctx = ctx
        self.username = QLineEdit()
        self.username.setMaxLength(40)
        self.username.setPlaceholderText(self.tr("登录用，例如 lixiao；不能含空格"))
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(40)
        self.display_name.setPlaceholderText(self.tr("例如 李晓"))
        self.role = role_combo(station_roles(ctx), "worker")
        self.password = password_field(self.tr("至少 %1 个字符，混合字母、数字或符号").replace("%1", str(MIN_PASSWORD_HINT)))
        self.password2 = password_field()
        self.add_field("username", self.tr("用户名"), self.username)
        self.add_field("display_name", self.tr("姓名"), self.display_name)
        self.add_field("role", self.tr("角色"), self.role)
        self.add_field("password", self.tr("密码"), self.password)
        self.add_field("password2", self.tr("再次输入密码"), self.password2)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        if not self.username.text().strip():
            raise ValidationError(translate("ui.accounts.dialogs", "请填写用户名。"), field="username")
        password = check_twice(self.password, self.password2)
        ctx, username, name, role = self.ctx, self.username.text(), self.display_name.text(), self.role.currentData()
        return lambda: accounts.create_account(ctx, username=username, display_name=name, role=role,
                                               password=password)


class ResetPasswordDialog(AccountDialog):
    """The head gives an account a new password (which also brings a disabled account back)."""

    REQUIRED = frozenset({"password", "password2"})

    def __init__(self, ctx, runner: TaskRunner, row, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("重设密码"))
        self.ctx = ctx
        self.row = row
        intro = QLabel(self.tr("为 %1（%2）设置新密码。请当面把新密码告诉本人，并请其登录后修改。")
                       .replace("%1", row.display_name).replace("%2", row.username))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        if row.disabled:
            note = QLabel(self.tr("该账号已停用，重设密码后将重新启用。"))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.password = password_field()
        self.password2 = password_field()
        self.add_field("password", self.tr("新密码"), self.password)
        self.add_field("password2", self.tr("再次输入新密码"), self.password2)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        password = check_twice(self.password, self.password2)
        ctx, account_id = self.ctx, self.row.id
        return lambda: accounts.reset_password(ctx, account_id, new_password=password)


class RoleDialog(AccountDialog):
    def __init__(self, ctx, runner: TaskRunner, row, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("修改角色"))
        self.ctx = ctx
        self.row = row
        who = QLabel(self.tr("%1（%2）").replace("%1", row.display_name).replace("%2", row.username))
        self.form.addRow(self.tr("账号"), who)
        self.role = role_combo(station_roles(ctx), row.role)
        self.add_field("role", self.tr("新角色"), self.role)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, account_id, role = self.ctx, self.row.id, self.role.currentData()
        if role == self.row.role:
            raise ValidationError(translate("ui.accounts.dialogs", "角色没有变化。"), field="role")
        return lambda: accounts.set_role(ctx, account_id, role)


class OwnPasswordDialog(AccountDialog):
    """修改我的密码: any user, for their own account."""

    REQUIRED = frozenset({"old_password", "password", "password2"})

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("ownPasswordDialog")
        self.setWindowTitle(self.tr("修改我的密码"))
        self.ctx = ctx
        self.old_password = password_field()
        self.password = password_field(self.tr("至少 %1 个字符，混合字母、数字或符号").replace("%1", str(MIN_PASSWORD_HINT)))
        self.password2 = password_field()
        self.add_field("old_password", self.tr("原密码"), self.old_password)
        self.add_field("password", self.tr("新密码"), self.password)
        self.add_field("password2", self.tr("再次输入新密码"), self.password2)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        if not self.old_password.text():
            raise ValidationError(translate("ui.accounts.dialogs", "请输入原密码。"), field="old_password")
        password = check_twice(self.password, self.password2)
        ctx, old = self.ctx, self.old_password.text()
        return lambda: accounts.change_own_password(ctx, old_password=old, new_password=password)
