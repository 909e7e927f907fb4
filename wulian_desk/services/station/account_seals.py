"""Who may log in as what: account rows sealed with the station's accounts key, checked at every
login and by `check` (how the key is held: storage/keyslots.py; what a seal covers:
storage/account_seals.py).

The accounts key belongs to the roles that manage accounts (station heads, county
administrators) and the recovery code. A worker who edits the database with their own password
can change their row, but cannot seal it: the changed row no longer logs in.
"""

from __future__ import annotations

from wulian_desk.core.errors import AccountDisabledError, PermissionDenied
from wulian_desk.core.models import Account
from wulian_desk.core.permissions import allowed
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import ROLES
from wulian_desk.services.context import Context
from wulian_desk.storage import account_seals, journal_anchor
from wulian_desk.storage.queries import station as queries


def holds_key(role: str) -> bool:
    """Whether this role is given the accounts key: the roles that manage accounts."""
    return allowed(role, "account", "edit")


def seal(ctx: Context, account: Account) -> Account:
    """Sign the row as it now stands, inside the caller's write (after its last change)."""
    if ctx.store.accounts_private is None:
        raise PermissionDenied(
            translate("services.station.account_seals", "本账号还没有取得本站的账号签名密钥，暂时不能修改账号。请另一位站长登录一次（登录时会把密钥交给你），或用恢复码登录后再操作。"),
        )
    return account_seals.seal(ctx.store.accounts_private, account)


def seal_new(ctx: Context, row: dict) -> str:
    """The seal for an account row about to be written in bulk (the demo's staff)."""
    account = Account(id=row["id"], owner=ctx.station_id, username=row["username"], role=row["role"],
                      disabled=row.get("disabled", False), deleted=row.get("deleted", False),
                      display_name=row.get("display_name", ""))
    return seal(ctx, account).seal


def refuse_unsealed(ctx: Context, account: Account) -> None:
    """At login: an account whose row does not carry a valid seal may not log in. Before the
    station has an accounts key (set up by an older version, no head logged in since) there is
    nothing to check against."""
    key = ctx.store.slots.accounts_key
    if not key or account_seals.holds(key, account):
        return
    raise AccountDisabledError(
        translate("services.station.account_seals", "账号 {username} 的记录（角色、状态）与站长的签名不符：它在程序之外被改动过，不能登录。请站长运行“检查”（check）查看，并在“账号”中重新设定这个账号。").format(username=account.username),
    )


def after_login(ctx: Context) -> None:
    """For a role that manages accounts: make the accounts key if the station has none yet
    (sealing the accounts as they are), and hand it to the other heads whose slots lack it."""
    if not holds_key(ctx.role):
        ctx.store.accounts_private = None  # a demoted head's old grant opens nothing
        return
    if not ctx.store.slots.accounts_key:
        _start(ctx)
        return
    if ctx.store.accounts_private is None:
        return
    with ctx.reading() as session:
        keyholders = {a.id for a in _own_accounts(ctx, session)
                      if holds_key(a.role) and not a.disabled and not a.deleted
                      and account_seals.holds(ctx.store.slots.accounts_key, a)}
    slots = ctx.store.slots.slots
    if any(s.kind == "account" and s.account_id in keyholders and s.box_public and not s.grant for s in slots) \
            or any(s.kind == "recovery" and s.box_public and not s.grant for s in slots):
        try:
            ctx.store.grant_accounts_key(account_ids=keyholders, recovery=True)
        except OSError:
            pass  # a read-only folder: handed over at a later login


def _start(ctx: Context) -> None:
    with ctx.reading() as session:
        already_sealed = any(a.seal for a in _own_accounts(ctx, session))
    if already_sealed:
        return  # sealed rows but no key in keyslots.json: that file was changed; `check` says so
    try:
        if not ctx.store.start_accounts_key():
            return
    except OSError:
        return
    with ctx.writing() as session:
        rows = _own_accounts(ctx, session)
        for account in rows:
            session.add(seal(ctx, account))
        ctx.audit(session, "accounts_key_created", "station", ctx.station_id, sealed=len(rows))


def problems(ctx: Context, session) -> tuple[bool, str]:
    """What `check` says of the account seals."""
    key = ctx.store.slots.accounts_key
    accounts = _own_accounts(ctx, session)
    if not key:
        if any(a.seal for a in accounts):
            return False, "账号记录带有签名，但密钥槽文件中没有账号签名公钥：密钥槽文件在程序之外被改动过"
        return True, "账号签名尚未建立（站长下次登录时建立）"
    found = []
    pinned = journal_anchor.pinned_accounts_key(ctx.store)
    if pinned and pinned != key:
        found.append("密钥槽文件中的账号签名公钥与本地锚点记录的不同：账号签名密钥在程序之外被更换过")
    for account in accounts:
        if not account_seals.holds(key, account):
            role = ROLES[account.role].zh if account.role in ROLES else account.role
            found.append(f"账号 {account.username}（{role}{'，已停用' if account.disabled else ''}）"
                         "的记录与站长签名不符：角色或状态在程序之外被改动过")
    if found:
        return False, "；".join(found[:5]) + (f"；另有 {len(found) - 5} 处" if len(found) > 5 else "")
    return True, f"{len(accounts)} 个账号的记录与站长签名一致"


def _own_accounts(ctx: Context, session) -> list[Account]:
    """This station's own accounts (a county also holds its stations', sealed by their heads)."""
    return queries.accounts_of(session, station_id=ctx.station_id, include_deleted=True)
