"""Staff accounts: who may log in, with which role. The station head creates, disables and
resets accounts; each account's key slot follows its password (DESIGN.md, key slots)."""

from __future__ import annotations

from dataclasses import dataclass

from wulian_desk.core.account_names import clean_display_name
from wulian_desk.core.errors import (
    AccountDisabledError,
    LockedOutError,
    NotFoundError,
    ValidationError,
    WrongPassphraseError,
)
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Account, OrgUnit
from wulian_desk.core.texts import join, translate
from wulian_desk.core.vocab import ROLES
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.station import account_seals
from wulian_desk.services.station.account_seals import holds_key
from wulian_desk.services.station.station import check_username
from wulian_desk.storage.keyslots import check_password_rules
from wulian_desk.storage.queries import station as queries
from wulian_desk.storage.queries.common import find_live, get_live


@dataclass(frozen=True)
class AccountRow:
    id: str
    username: str
    display_name: str
    role: str
    disabled: bool


def _row(a: Account) -> AccountRow:
    return AccountRow(a.id, a.username, a.display_name, a.role, a.disabled)


def list_accounts(ctx: Context) -> list[AccountRow]:
    ctx.require("account", "view")
    with ctx.reading() as session:
        # This station's own accounts: a county also holds the stations' (names for its views).
        accounts = queries.accounts_of(session, station_id=ctx.station_id)
    return [_row(a) for a in sorted(accounts, key=lambda a: a.username)]


def staff_names(ctx: Context) -> dict[str, str]:
    """Display names of the station's staff, for any logged-in user: who worked on a case or
    approved a plan is part of the record, not account administration."""
    with ctx.reading() as session:
        accounts = queries.all_accounts(session, include_deleted=False)
    return {a.id: a.display_name or a.username for a in accounts}


def supervisors(ctx: Context) -> list[AccountRow]:
    """Active supervisors, for choosing who supervises a case."""
    with ctx.reading() as session:
        rows = queries.active_with_role(session, station_id=ctx.station_id, role="supervisor")
    return [_row(a) for a in sorted(rows, key=lambda a: a.display_name)]


def find_account(ctx: Context, username: str) -> AccountRow:
    with ctx.reading() as session:
        account = _by_username(session, username, ctx.station_id)
    if account is None:
        raise NotFoundError(translate("services.station.accounts", "没有用户名为 {username} 的账号。").format(username=username))
    return _row(account)


def _by_username(session, username: str, owner: str) -> Account | None:
    return queries.account_by_username(session, username, station_id=owner)


def _check_role(session, ctx: Context, role: str) -> None:
    if role not in ROLES:
        raise ValidationError(
            translate("services.station.accounts", "未知角色：{role}（可选：{choices}）。").format(role=role, choices=join([translate("services.station.accounts", "{code} {label}").format(code=c.code, label=c.text)
                                            for c in ROLES.values()])),
            field="role",
        )
    if role == "county_admin" and session.get(OrgUnit, ctx.station_id).tier != "county":
        raise ValidationError(
            translate("services.station.accounts", "总站管理员角色只能在县级总站设置。"), field="role"
        )


def _other_live_heads(session, account: Account) -> int:
    """Other usable head accounts of the same station (a county holds its stations' too)."""
    heads = queries.active_with_role(session, station_id=account.owner, role="head")
    return sum(1 for a in heads if a.id != account.id)


def create_account(ctx: Context, *, username: str, display_name: str, role: str, password: str) -> Changes:
    ctx.require("account", "create")
    username = check_username(username)
    display_name = clean_display_name(display_name, username=username)
    check_password_rules(password)
    account_id = new_id()
    with ctx.reading() as session:
        _check_role(session, ctx, role)
        _check_free(session, ctx, username)
    slot = ctx.store.seal_account_slot(account_id=account_id, username=username, password=password,
                                       head=holds_key(role))
    with ctx.writing() as session:
        _check_free(session, ctx, username)  # again, inside the write: another window may have taken it
        account = ctx.stamp(session, Account(id=account_id, username=username, display_name=display_name,
                                             role=role))
        session.add(account_seals.seal(ctx, account))
        ctx.audit(session, "account_create", "account", account.id, role=role)
    # The slot follows the committed row, never precedes it: a slot whose row never committed
    # would open the station for an account that does not exist. If writing it fails, the new
    # account is taken back so nothing half-made remains.
    try:
        ctx.store.put_account_slots([slot])
    except BaseException:
        _take_back(ctx, account.id)
        raise
    return Changes.of("account", account.id)


def _check_free(session, ctx: Context, username: str) -> None:
    if _by_username(session, username, ctx.station_id) is not None:
        raise ValidationError(translate("services.station.accounts", "用户名 {username} 已被使用。").format(username=username), field="username")


def _take_back(ctx: Context, account_id: str) -> None:
    with ctx.writing() as session:
        account = session.get(Account, account_id)
        account.deleted = True
        account.disabled = True
        session.add(account_seals.seal(ctx, ctx.stamp(session, account)))
        ctx.audit(session, "account_create_undone", "account", account_id)


def disable_account(ctx: Context, account_id: str) -> Changes:
    ctx.require("account", "edit")
    with ctx.writing() as session:
        account = _live(session, account_id)
        if account.id == ctx.account_id:
            raise ValidationError(translate("services.station.accounts", "不能停用自己正在使用的账号。"))
        if account.role == "head" and not _other_live_heads(session, account):
            raise ValidationError(translate("services.station.accounts", "这是最后一个站长账号，不能停用。"))
        account.disabled = True
        session.add(account_seals.seal(ctx, ctx.stamp(session, account)))
        ctx.audit(session, "account_disable", "account", account.id)
    # After the commit: should this write not happen, the row says "disabled" and every login
    # checks the row (and removes the slot, grant and all).
    ctx.store.disable_account_slot(account_id=account.id, username=account.username)
    return Changes.of("account", account_id)


def reset_password(ctx: Context, account_id: str, *, new_password: str) -> Changes:
    """The head sets a new password (and so re-enables a disabled account)."""
    ctx.require("account", "edit")
    check_password_rules(new_password)
    with ctx.reading() as session:
        account = _live(session, account_id)
    slot = ctx.store.seal_account_slot(account_id=account.id, username=account.username, password=new_password,
                                       head=holds_key(account.role))
    with ctx.writing() as session:
        account = _live(session, account_id)
        account.disabled = False
        session.add(account_seals.seal(ctx, ctx.stamp(session, account)))
        ctx.audit(session, "account_password_reset", "account", account.id)
    ctx.store.put_account_slots([slot])
    return Changes.of("account", account_id)


def change_own_password(ctx: Context, *, old_password: str, new_password: str) -> Changes:
    """Any user, for their own account: the old password proves it is them."""
    if ctx.account_id is None:
        raise ValidationError(translate("services.station.accounts", "用恢复码登录时没有自己的账号，请由站长重设密码。"))
    try:
        opened = ctx.store.verify_password(username=ctx.username, password=old_password)
    except LockedOutError:
        raise
    except WrongPassphraseError:
        opened = None
    if opened != ctx.account_id:
        raise ValidationError(translate("services.station.accounts", "原密码不正确。"), field="old_password")
    check_password_rules(new_password)
    slot = ctx.store.seal_account_slot(account_id=ctx.account_id, username=ctx.username, password=new_password,
                                       head=holds_key(ctx.role))
    with ctx.writing() as session:
        account = find_live(session, Account, ctx.account_id)
        if account is None or account.disabled:
            raise AccountDisabledError(translate("services.station.accounts", "该账号已停用，不能修改密码。"))
        ctx.audit(session, "account_password_change", "account", ctx.account_id)
    ctx.store.put_account_slots([slot])
    return Changes.of("account", ctx.account_id)


def set_role(ctx: Context, account_id: str, role: str) -> Changes:
    ctx.require("account", "edit")
    with ctx.writing() as session:
        _check_role(session, ctx, role)
        account = _live(session, account_id)
        if account.role == "head" and role != "head" and not _other_live_heads(session, account):
            raise ValidationError(translate("services.station.accounts", "这是最后一个站长账号，不能改为其他角色。"))
        previous = account.role
        account.role = role
        session.add(account_seals.seal(ctx, ctx.stamp(session, account)))
        ctx.audit(session, "account_role", "account", account.id, before=previous, after=role)
    # The accounts key follows the role: a new head is granted it (their slot's box key needs no
    # password), a former head loses the grant.
    if holds_key(role) and not holds_key(previous):
        ctx.store.grant_accounts_key(account_ids={account_id})
    elif holds_key(previous) and not holds_key(role):
        ctx.store.withdraw_accounts_key(account_id)
    return Changes.of("account", account_id)


def regenerate_recovery_code(ctx: Context) -> str:
    """A new recovery code; the old one stops working at once. Shown once to the caller."""
    ctx.require("account", "edit")
    with ctx.writing() as session:
        ctx.audit(session, "recovery_code_regenerate", "station", ctx.station_id)
        return ctx.store.regenerate_recovery_code()


def _live(session, account_id: str) -> Account:
    return get_live(session, Account, account_id)
