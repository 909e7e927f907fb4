"""The station itself: set-up, unlocking, its org units and its settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wulian_desk.core.account_names import clean_display_name, clean_username
from wulian_desk.core.errors import AccountDisabledError, NotFoundError, ValidationError
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Account, OrgUnit
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import AREA_KINDS, TIERS
from wulian_desk.paths import data_folder
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.station import account_seals
from wulian_desk.storage import device_secret
from wulian_desk.storage.keyslots import check_password_rules
from wulian_desk.storage.queries import station as queries
from wulian_desk.storage.queries.common import find_live
from wulian_desk.storage.store import Store, is_initialised


@dataclass(frozen=True)
class SetupResult:
    context: Context
    recovery_code: str
    keyring_available: bool
    # Where the files of a half-made station (an interrupted earlier set-up) were moved.
    half_made_set_aside: Path | None = None


@dataclass(frozen=True)
class StationInfo:
    id: str
    name: str
    tier: str
    division_code: str | None
    area_kind: str | None
    device_id: str
    data_dir: Path


def check_station_fields(*, name: str, tier: str, code: str | None, area_kind: str | None) -> dict:
    name = clean_text(name, field="name", label=translate("services.station.station", "站点名称"), max_len=80, required=True)
    if tier not in TIERS:
        raise ValidationError(
            translate("services.station.station", "未知的站点层级：{tier}（可选 county、township、community）。").format(tier=tier),
            field="tier",
        )
    code = (code or "").strip() or None
    if code is not None and not (code.isdigit() and len(code) in (6, 9, 12)):
        raise ValidationError(
            translate("services.station.station", "行政区划代码应为 6、9 或 12 位数字。"),
            field="division_code",
        )
    if area_kind is not None and area_kind not in AREA_KINDS:
        raise ValidationError(translate("services.station.station", "城乡类型只能是 urban 或 rural。"), field="area_kind")
    return {"name": name, "tier": tier, "division_code": code, "area_kind": area_kind}


def check_username(username: str) -> str:
    return clean_username(username)


def setup_station(
    folder: Path,
    *,
    name: str,
    tier: str,
    admin_username: str,
    admin_password: str,
    admin_display_name: str = "",
    division_code: str | None = None,
    area_kind: str | None = None,
) -> SetupResult:
    """First run: the encrypted database, the station's org unit and its first account (站长)."""
    fields = check_station_fields(name=name, tier=tier, code=division_code, area_kind=area_kind)
    username = check_username(admin_username)
    display = clean_display_name(admin_display_name, username=username)
    check_password_rules(admin_password)
    station_id, account_id = new_id(), new_id()

    def first_rows(store: Store) -> None:
        ctx = Context(store, account_id=account_id, username=username, display_name=display, role="head")
        with ctx.writing() as session:
            session.add(ctx.stamp(session, OrgUnit(id=station_id, owner=station_id, **fields)))
            head = ctx.stamp(session, Account(id=account_id, username=username, display_name=display, role="head"))
            session.add(account_seals.seal(ctx, head))
            ctx.audit(session, "station_setup", "station", station_id, tier=tier)

    store, recovery_code = Store.create(
        folder, station_id=station_id, account_id=account_id, username=username, password=admin_password,
        fill=first_rows,
    )
    ctx = Context(store, account_id=account_id, username=username, display_name=display, role="head")
    shared = data_folder()
    if shared.source == "machine" and Path(folder).expanduser().resolve() == shared.path.resolve():
        # Set up in the folder the installer named for every user of this PC: every user needs the
        # device secret, not only the one whose keyring made it (Windows; elsewhere passwords alone).
        device_secret.share_with_machine(store.slots.install_id)
    return SetupResult(ctx, recovery_code, device_secret.available(), store.set_aside_from)


def open_station(folder: Path, *, passphrase: str, username: str | None = None) -> Context:
    """Unlock the station; the context names the account, or none for the recovery code."""
    store, account_id = Store.open(folder, passphrase=passphrase, username=username)
    ctx = Context(store, account_id=account_id)
    try:
        remove_stray_slots(ctx)
        if account_id is not None:
            account = account_that_may_log_in(ctx, account_id)
            ctx.username, ctx.display_name, ctx.role = account.username, account.display_name, account.role
        else:
            ctx.username = ctx.display_name = "恢复码"
            ctx.role = "head"
        journal_login(ctx)
        account_seals.after_login(ctx)
    except BaseException:
        ctx.close()
        raise
    from wulian_desk.services.casework.forms import (
        adopt_county_forms,  # forms need the station open
    )

    adopt_county_forms(ctx)
    return ctx


def account_that_may_log_in(ctx: Context, account_id: str) -> Account:
    """The account the password opened, if it may still log in. Its slot alone is not enough:
    a slot can outlive a disable (a copy of the slots file put back, a crash between the two
    writes), and the account row is what the station head changed, as the head sealed it."""
    with ctx.reading() as session:
        account = find_live(session, Account, account_id)
    if account is None or account.disabled:
        raise AccountDisabledError(
            translate("services.station.station", "该账号已停用或已不存在，不能登录。如需恢复使用，请找站长重设密码。"),
        )
    account_seals.refuse_unsealed(ctx, account)
    return account


def remove_stray_slots(ctx: Context) -> dict[str, str]:
    """Remove key slots whose account is gone (a set-up, demo or new account killed after its
    slot was written) and turn those of disabled accounts into disabled markers, journaling each
    as done by the app itself; returns them as {account id: reason}."""
    reasons: dict[str, str] = {}

    def stray(slot_kinds: dict[str, str]) -> dict[str, str]:
        reasons.clear()
        with ctx.reading() as session:
            rows = queries.accounts_by_id(session, list(slot_kinds))
        found = {}
        for account_id, kind in slot_kinds.items():
            account = rows.get(account_id)
            if account is None or account.deleted:
                found[account_id], reasons[account_id] = "", "no_account"
            elif account.disabled and kind == "account":
                found[account_id], reasons[account_id] = account.username, "account_disabled"
        return found

    try:
        ctx.store.remove_stray_slots(stray)
    except OSError:
        return {}  # a read-only folder: the account check at login still refuses these slots
    if reasons:
        app = Context(ctx.store, account_id=None, username="系统", display_name="系统")
        with app.writing() as session:
            for account_id, reason in sorted(reasons.items()):
                app.audit(session, "keyslot_removed", "account", account_id, reason=reason)
    return reasons


def journal_login(ctx: Context, action: str = "login") -> None:
    """Journal a login (or unlock), and the failed attempts since the last one."""
    failed, ctx.store.failed_logins = ctx.store.failed_logins, []
    with ctx.writing() as session:
        if failed:
            names = {
                ctx.store.slots.user_tag(a.username): a for a in queries.all_accounts(session)
            }
            for attempt in failed:
                account = names.get(attempt["tag"])
                ctx.audit(
                    session,
                    "login_failed",
                    "account",
                    account.id if account else attempt["tag"] if attempt["tag"] in ("recovery", "any-account") else "unknown",
                    at=datetime.fromtimestamp(attempt["at"], UTC).isoformat(),
                )
        ctx.audit(session, action, "account", ctx.account_id or "recovery")


def station_exists(folder: Path) -> bool:
    return is_initialised(folder)


def station_info(ctx: Context) -> StationInfo:
    with ctx.reading() as session:
        unit = session.get(OrgUnit, ctx.station_id)
    if unit is None:
        raise NotFoundError(translate("services.station.station", "找不到本站点的记录，数据库可能已损坏。"))
    return StationInfo(
        id=unit.id,
        name=unit.name,
        tier=unit.tier,
        division_code=unit.division_code,
        area_kind=unit.area_kind,
        device_id=ctx.store.device_id,
        data_dir=ctx.store.folder,
    )


def list_org_units(ctx: Context) -> list[OrgUnit]:
    """The station and the units under it, the station first, then by name."""
    with ctx.reading() as session:
        units = queries.live_units(session)
    return sorted(units, key=lambda u: (u.id != ctx.station_id, u.tier, u.name))


def add_org_unit(
    ctx: Context,
    *,
    name: str,
    tier: str,
    parent_id: str | None = None,
    division_code: str | None = None,
    area_kind: str | None = None,
) -> Changes:
    ctx.require("station", "edit")
    fields = check_station_fields(name=name, tier=tier, code=division_code, area_kind=area_kind)
    with ctx.writing() as session:
        parent_id = parent_id or ctx.station_id
        if session.get(OrgUnit, parent_id) is None:
            raise NotFoundError(translate("services.station.station", "上级站点不存在。"))
        unit = ctx.stamp(session, OrgUnit(parent_id=parent_id, **fields))
        session.add(unit)
        ctx.audit(session, "create", "org_unit", unit.id)
    return Changes.of("org_unit", unit.id)
