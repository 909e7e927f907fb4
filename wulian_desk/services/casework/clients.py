"""Clients (服务对象) and their consent: who may see them, what must be consented before it is kept,
how numbers are masked, and how a record is purged when it must go.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from wulian_desk.core.clients import ClientInput, ConsentInput, check_client_fields
from wulian_desk.core.consent import (
    CONSENT_SCOPES,
    NO_CONSENT,
    SENSITIVE_KINDS,
    ConsentState,
    missing_consents,
)
from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import NotFoundError, PermissionDenied, ValidationError, WulianError
from wulian_desk.core.masking import mask_id_number, mask_phone
from wulian_desk.core.models import Client, Consent, Erasure, OrgUnit
from wulian_desk.core.texts import join, translate
from wulian_desk.services.casework.names import name_initials
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.ordering import check_sort
from wulian_desk.services.station.settings import get_setting
from wulian_desk.services.sync import person_secret
from wulian_desk.storage import search as search_index
from wulian_desk.storage.erasure import erase_client, erase_drafts_of
from wulian_desk.storage.queries import cases as case_queries
from wulian_desk.storage.queries import clients as client_queries
from wulian_desk.storage.queries.common import find_live, get_live, require_unit

if TYPE_CHECKING:
    from sqlmodel import Session


class DuplicateClientWarning(WulianError):
    """Someone with this ID number, or this name and birth date, is already recorded."""

    exit_code = 15

    def __init__(self, matches: list[str]) -> None:
        super().__init__(
            translate("services.casework.clients", "已有相同身份证号码或相同姓名和出生日期的服务对象（{count} 人），请确认不是重复登记。").format(count=len(matches)),
        )
        self.matches = matches


class ConsentMissingError(ValidationError):
    def __init__(self, missing) -> None:
        super().__init__(
            translate("services.casework.clients", "缺少知情同意，不能保存：{missing}。请先登记同意书。").format(
                missing=join([m.text for m in missing])),
            field="consent",
        )
        self.missing = missing


@dataclass(frozen=True)
class ClientView:
    id: str
    name: str
    gender: str
    birth_date: date | None
    id_number: str  # masked unless a full copy was asked for and allowed
    phone: str
    org_unit_id: str
    unit_name: str
    address: str
    categories: list[str]
    household: list[dict]
    health_notes: str
    consent: ConsentState
    full: bool


# -- consent ------------------------------------------------------------------------------------


def _check_consent_input(consent: ConsentInput, today: date) -> None:
    check_date(consent.given_on, DateKind.HAPPENED, today=today, field="given_on")
    if not consent.scopes or any(s not in CONSENT_SCOPES for s in consent.scopes):
        raise ValidationError(translate("services.casework.clients", "请选择同意的用途。"), field="scopes")
    if any(k not in SENSITIVE_KINDS for k in consent.sensitive):
        raise ValidationError(translate("services.casework.clients", "未知的敏感信息类别。"), field="sensitive")
    if consent.guardian_name.strip() and not consent.guardian_relation.strip():
        raise ValidationError(translate("services.casework.clients", "请填写监护人与服务对象的关系。"), field="guardian_relation")


def _add_consent(ctx: Context, session: Session, client_id: str, consent: ConsentInput) -> Consent:
    row = ctx.stamp(
        session,
        Consent(
            client_id=client_id,
            given_on=consent.given_on,
            scopes=json.dumps(sorted(set(consent.scopes))),
            sensitive=json.dumps(sorted(set(consent.sensitive))),
            guardian_name=consent.guardian_name.strip(),
            guardian_relation=consent.guardian_relation.strip(),
        ),
    )
    session.add(row)
    ctx.audit(session, "create", "consent", row.id, client=client_id)
    return row


def _state_of(consent: ConsentInput) -> ConsentState:
    return ConsentState(consent.given_on, frozenset(consent.scopes), frozenset(consent.sensitive),
                        consent.guardian_name.strip(), None)


@dataclass(frozen=True)
class ConsentRow:
    id: str
    given_on: date
    scopes: list[str]
    sensitive: list[str]
    guardian_name: str
    guardian_relation: str
    withdrawn_on: date | None


def consent_history(ctx: Context, client_id: str) -> list[ConsentRow]:
    """Every consent the client gave, newest first."""
    ctx.require("consent", "view")
    with ctx.reading() as session:
        get_live(session, Client, client_id)
        rows = client_queries.consents_newest_first(session, client_id)
    return [
        ConsentRow(r.id, r.given_on, json.loads(r.scopes), json.loads(r.sensitive), r.guardian_name,
                   r.guardian_relation, r.withdrawn_on)
        for r in rows
    ]


def record_consent(ctx: Context, client_id: str, consent: ConsentInput) -> Changes:
    """A new consent for the client; it supersedes the one before."""
    ctx.require("consent", "create")
    _check_consent_input(consent, date.today())
    with ctx.writing() as session:
        get_live(session, Client, client_id)
        row = _add_consent(ctx, session, client_id, consent)
    return Changes(frozenset({"consent", "client"}), (client_id, row.id))


def withdraw_consent(ctx: Context, client_id: str, *, on: date | None = None) -> Changes:
    ctx.require("consent", "edit")
    on = check_date(on or date.today(), DateKind.HAPPENED, today=date.today(), field="withdrawn_on")
    with ctx.writing() as session:
        get_live(session, Client, client_id)
        current = next(iter(client_queries.consents_newest_first(session, client_id)), None)
        if current is None or current.withdrawn_on is not None:
            raise ValidationError(translate("services.casework.clients", "这位服务对象没有有效的同意可以撤回。"))
        if on < current.given_on:
            raise ValidationError(translate("services.casework.clients", "撤回日期不能早于同意日期。"),
                                  field="withdrawn_on")
        current.withdrawn_on = on
        session.add(ctx.stamp(session, current))
        ctx.audit(session, "edit", "consent", current.id, withdrawn=True, client=client_id)
    return Changes(frozenset({"consent", "client"}), (client_id,))


# -- clients --------------------------------------------------------------------------------------


def find_duplicates(ctx: Context, data: ClientInput, *, exclude_id: str | None = None) -> list[str]:
    with ctx.reading() as session:
        return client_queries.possible_duplicates(session, id_number=data.id_number, name=data.name,
                                                  birth_date=data.birth_date, exclude_id=exclude_id)


def _require_consents(data: ClientInput, state: ConsentState, today: date) -> None:
    missing = missing_consents(
        categories=data.categories, health_notes=data.health_notes, birth_date=data.birth_date,
        consent=state, today=today,
    )
    if missing:
        raise ConsentMissingError(missing)


def _fields(data: ClientInput) -> dict:
    return {
        "name": data.name, "gender": data.gender, "birth_date": data.birth_date, "id_number": data.id_number,
        "phone": data.phone, "org_unit_id": data.org_unit_id, "address": data.address,
        "categories": json.dumps(data.categories), "household": json.dumps(data.household, ensure_ascii=False),
        "health_notes": data.health_notes, "name_initials": name_initials(data.name),
    }


def create_client(
    ctx: Context, data: ClientInput, *, consent: ConsentInput | None = None, confirm_duplicate: bool = False
) -> Changes:
    """A new client, with the consent given at intake. Refused, saying which consent is missing,
    when the record holds sensitive information no consent covers."""
    ctx.require("client", "create")
    today = date.today()
    data = check_client_fields(data, today=today)
    if consent is not None:
        _check_consent_input(consent, today)
    _require_consents(data, _state_of(consent) if consent else NO_CONSENT, today)
    if not confirm_duplicate and (matches := find_duplicates(ctx, data)):
        raise DuplicateClientWarning(matches)
    with ctx.writing() as session:
        _live_unit(session, data.org_unit_id)
        client = Client(**_fields(data))
        client.person_key = person_secret.keyer(ctx, session)("resident_id", data.id_number)
        client = ctx.stamp(session, client)
        session.add(client)
        ctx.audit(session, "create", "client", client.id)
        if consent is not None:
            session.flush()
            _add_consent(ctx, session, client.id, consent)
    return Changes.of("client", client.id)


def _keep_masked_numbers(session: Session, client_id: str, data: ClientInput) -> ClientInput:
    """A number sent back as it was shown (masked, with '*') means "unchanged": a worker edits
    the rest of a record without ever seeing, or wiping, the full numbers."""
    current = get_live(session, Client, client_id)
    if data.id_number and "*" in data.id_number:
        data = replace(data, id_number=current.id_number)
    if data.phone and "*" in data.phone:
        data = replace(data, phone=current.phone)
    return data


def update_client(ctx: Context, client_id: str, data: ClientInput, *, confirm_duplicate: bool = False) -> Changes:
    ctx.require("client", "edit")
    today = date.today()
    with ctx.reading() as session:
        data = _keep_masked_numbers(session, client_id, data)
    data = check_client_fields(data, today=today)
    if not confirm_duplicate and (matches := find_duplicates(ctx, data, exclude_id=client_id)):
        raise DuplicateClientWarning(matches)
    with ctx.writing() as session:
        client = get_live(session, Client, client_id)
        _require_consents(data, client_queries.consent_state(session, client_id), today)
        _live_unit(session, data.org_unit_id)
        client.sqlmodel_update(_fields(data))
        client.person_key = person_secret.keyer(ctx, session)("resident_id", data.id_number)
        session.add(ctx.stamp(session, client))
        ctx.audit(session, "edit", "client", client_id)
    return Changes.of("client", client_id)


def view_client(ctx: Context, client_id: str, *, full: bool = False) -> ClientView:
    """One client, journaled as a view; full ID and phone numbers only for roles that may, and
    that full copy is journaled on its own."""
    ctx.require("client", "view")
    if full:
        ctx.require("client", "full_copy")
    with ctx.reading() as session:
        client = get_live(session, Client, client_id)
        unit = session.get(OrgUnit, client.org_unit_id)
        state = client_queries.consent_state(session, client_id)
    ctx.audit_now("full_copy" if full else "view", "client", client_id)
    return ClientView(
        id=client.id, name=client.name, gender=client.gender, birth_date=client.birth_date,
        id_number=(client.id_number or "") if full else mask_id_number(client.id_number),
        phone=client.phone if full else mask_phone(client.phone),
        org_unit_id=client.org_unit_id, unit_name=unit.name if unit else "", address=client.address,
        categories=json.loads(client.categories), household=json.loads(client.household),
        health_notes=client.health_notes, consent=state, full=full,
    )


def resolve_client(ctx: Context, reference: str) -> str:
    """A client's record id from the id or the client's ID number (the command line finds a
    client by either)."""
    ctx.require("client", "view")
    ref = (reference or "").strip()
    with ctx.reading() as session:
        row = find_live(session, Client, ref) or client_queries.live_client_by_id_number(session, ref.upper())
    if row is None:
        raise NotFoundError(translate("services.casework.clients", "找不到服务对象 {reference}。").format(reference=reference))
    return row.id


@dataclass(frozen=True)
class ClientRow:
    """What a list shows: numbers always masked."""

    id: str
    name: str
    gender: str
    birth_date: date | None
    id_number: str
    phone: str
    unit_name: str
    categories: list[str]


def client_ids(ctx: Context, *, search: str = "", org_unit_id: str | None = None, sort: str = "name",
               descending: bool = False) -> list[str]:
    """Every live client's id in the list's order (pinyin initials) or that of `sort` (name,
    birth_date, unit), filtered by a search (name, initials, ID or phone tail; at most
    storage.search.MAX_HITS) and a community."""
    ctx.require("client", "view")
    check_sort(sort, search_index.CLIENT_SORTS)
    with ctx.reading() as session:
        return search_index.client_list(session, search=search, org_unit_id=org_unit_id, sort=sort,
                                        descending=descending)


def client_page(ctx: Context, *, limit: int, search: str = "", org_unit_id: str | None = None, sort: str = "name",
                descending: bool = False) -> dict[str, ClientRow]:
    """The first `limit` rows of `client_ids(...)` with the same arguments, in that order: what a
    list paints while the whole id list is read in the background."""
    ctx.require("client", "view")
    check_sort(sort, search_index.CLIENT_SORTS)
    with ctx.reading() as session:
        if not search.strip() and sort == "name" and not descending:
            return _client_rows(search_index.first_client_rows(session, limit=limit, org_unit_id=org_unit_id))
        ids = search_index.client_list(session, search=search, org_unit_id=org_unit_id, limit=limit, sort=sort,
                                       descending=descending)
        rows = _client_rows(search_index.client_rows(session, ids))
    return {i: rows[i] for i in ids if i in rows}


def clients_by_id(ctx: Context, ids: list[str]) -> dict[str, ClientRow]:
    ctx.require("client", "view")
    if not ids:
        return {}
    with ctx.plain_reading() as conn:
        return _client_rows(search_index.client_rows(conn, ids))


_CATEGORIES: dict[str, tuple[str, ...]] = {}  # a station has a few dozen distinct category sets


def _client_rows(rows: list[tuple]) -> dict[str, ClientRow]:
    """List rows from storage.search.client_rows, numbers masked."""
    out = {}
    for record_id, name, gender, birth, id_number, phone, unit_name, categories in rows:
        codes = _CATEGORIES.get(categories)
        if codes is None:
            codes = tuple(json.loads(categories))
            if len(_CATEGORIES) < 4096:
                _CATEGORIES[categories] = codes
        out[record_id] = ClientRow(record_id, name, gender, date.fromisoformat(birth) if birth else None,
                                   mask_id_number(id_number), mask_phone(phone), unit_name, list(codes))
    return out


def purge_client(ctx: Context, client_id: str, *, today: date | None = None) -> Changes:
    """Erase a client whose consent was withdrawn, or whose cases all closed longer ago than the
    retention period (setting `retention_years`): the client, consents, cases with their history,
    forms, approvals, sessions and supervision, and drafts that mention them are deleted, not
    tombstoned. The journal keeps only that a purge happened."""
    ctx.require("client", "purge")
    years = int(get_setting(ctx, "retention_years"))
    today = today or date.today()
    with ctx.writing() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError(translate("services.casework.clients", "找不到该服务对象。"))
        if client.owner != ctx.station_id:
            raise PermissionDenied(translate("services.casework.clients", "这位服务对象属于另一个站点，只能由该站点清除。"))
        cases = case_queries.cases_of_client(session, client_id)
        withdrawn = client_queries.consent_state(session, client_id).withdrawn_on is not None
        expired = bool(cases) and all(
            c.stage in ("closed", "referred") and c.closed_on is not None
            and c.closed_on <= today.replace(year=today.year - years) for c in cases
        )
        if not (withdrawn or expired):
            raise PermissionDenied(
                translate("services.casework.clients", "只有撤回了同意、或全部个案结案已满 {years} 年的服务对象才能彻底清除。").format(years=years),
            )
        case_ids = erase_client(session, client_id)
        # The erasure travels in bundles: the county's copy and our other computers' go too.
        session.add(ctx.stamp(session, Erasure(subject_table="client", subject_id=client_id, erased_on=today)))
        erase_drafts_of(session, [client_id, *case_ids])
        ctx.audit(session, "purge", "client", client_id)
    return Changes(frozenset({"client", "case"}), (client_id, *case_ids))


def _live_unit(session: Session, org_unit_id: str) -> None:
    require_unit(session, org_unit_id, refusal=translate("services.casework.clients", "请选择所在社区（村）。"))
