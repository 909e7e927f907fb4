"""Community social organisations (社区社会组织): register, edit, link to activities, yearly
evaluation, and the list with leaders' phones masked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.masking import mask_phone
from wulian_desk.core.models import (
    Activity,
    Organisation,
    OrganisationActivity,
    OrganisationEvaluation,
    OrgUnit,
)
from wulian_desk.core.organisations import (
    EVALUATION_RESULTS,
    OrganisationInput,
    check_organisation_fields,
)
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.services.casework.names import pinyin_key
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.ordering import order_ids
from wulian_desk.storage.queries import organisations as queries
from wulian_desk.storage.queries.common import get_live, require_unit

# What the refusal names when an organisation's community is missing.
_OF_ORGANISATION = translate("services.parties.organisations", "组织")


def create_organisation(ctx: Context, data: OrganisationInput) -> Changes:
    ctx.require("organisation", "create")
    fields = check_organisation_fields(data, today=date.today())
    with ctx.writing() as session:
        require_unit(session, fields["org_unit_id"], of=_OF_ORGANISATION)
        row = ctx.stamp(session, Organisation(**fields))
        session.add(row)
        ctx.audit(session, "create", "organisation", row.id)
    return Changes.of("organisation", row.id)


def update_organisation(ctx: Context, organisation_id: str, data: OrganisationInput) -> Changes:
    ctx.require("organisation", "edit")
    fields = check_organisation_fields(data, today=date.today())
    with ctx.writing() as session:
        row = get_live(session, Organisation, organisation_id)
        require_unit(session, fields["org_unit_id"], of=_OF_ORGANISATION)
        row.sqlmodel_update(fields)
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "organisation", organisation_id)
    return Changes.of("organisation", organisation_id)


def link_activities(ctx: Context, organisation_id: str, activity_ids: list[str]) -> Changes:
    """Record that the organisation took part in these activities (once each)."""
    ctx.require("organisation", "edit")
    with ctx.writing() as session:
        get_live(session, Organisation, organisation_id)
        already = queries.linked_activity_ids(session, organisation_id)
        for activity_id in dict.fromkeys(activity_ids):
            get_live(session, Activity, activity_id)
            if activity_id not in already:
                session.add(ctx.stamp(session, OrganisationActivity(organisation_id=organisation_id,
                                                                    activity_id=activity_id)))
        ctx.audit(session, "edit", "organisation", organisation_id, activities=len(activity_ids))
    return Changes(frozenset({"organisation", "activity"}), (organisation_id, *activity_ids))


def evaluate(ctx: Context, organisation_id: str, *, year: int, result: str, evaluated_on: date,
             comments: str = "") -> Changes:
    """评估评议 of one year: one per organisation and year."""
    ctx.require("organisation", "edit")
    if result not in EVALUATION_RESULTS:
        raise ValidationError(translate("services.parties.organisations", "请选择评议结果。"), field="result")
    check_date(evaluated_on, DateKind.HAPPENED, today=date.today(), field="evaluated_on",
               label=translate("services.parties.organisations", "评议日期"))
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= evaluated_on.year:
        raise ValidationError(
            translate("services.parties.organisations", "评议年度应在 2000 到评议日期所在的 {year} 年之间（填的是 {year2}）。").format(year=evaluated_on.year, year2=year), field="year")
    comments = clean_text(comments, field="comments", label=translate("services.parties.organisations", "评议意见"), max_len=1000, required=False)
    with ctx.writing() as session:
        get_live(session, Organisation, organisation_id)
        if queries.evaluated_in(session, organisation_id, year=year):
            raise ValidationError(translate("services.parties.organisations", "{year} 年度的评估评议已记录。").format(year=year), field="year")
        row = ctx.stamp(session, OrganisationEvaluation(
            organisation_id=organisation_id, year=year, result=result, comments=comments,
            evaluated_on=evaluated_on, evaluated_by=ctx.account_id or ""))
        session.add(row)
        ctx.audit(session, "create", "organisation_evaluation", row.id, organisation=organisation_id)
    return Changes(frozenset({"organisation"}), (organisation_id, row.id))


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    unit_name: str
    org_type: str
    status: str
    registration_number: str
    filed_on: date | None
    leader: str
    phone: str  # masked
    members: int
    brand_organisation: bool
    brand_project: str
    federation_member: bool
    activities: int
    last_evaluation: str


# What the organisations list sorts by (names by pinyin); without a sort, by community and name.
ORGANISATION_SORTS = {
    "name": lambda r: pinyin_key(r.name), "unit": lambda r: pinyin_key(r.unit_name), "org_type": lambda r: r.org_type,
    "status": lambda r: r.status, "leader": lambda r: pinyin_key(r.leader), "members": lambda r: r.members,
    "last_evaluation": lambda r: r.last_evaluation,
}


def organisation_ids(ctx: Context, *, org_unit_id: str | None = None, search: str = "", sort: str | None = None,
                     descending: bool = False) -> list[str]:
    ctx.require("organisation", "view")
    with ctx.reading() as session:
        ids = queries.organisation_ids(session, org_unit_id=org_unit_id, search=search.strip())
    return order_ids(ids, lambda wanted: organisations_by_id(ctx, wanted), ORGANISATION_SORTS, sort, descending)


def organisations_by_id(ctx: Context, ids: list[str]) -> dict[str, OrganisationRow]:
    ctx.require("organisation", "view")
    if not ids:
        return {}
    with ctx.reading() as session:
        rows = queries.organisations_with_units(session, ids)
        links = queries.activity_links(session, ids)
        evaluations = queries.evaluations_of(session, ids)
    last = {e.organisation_id: f"{e.year} {EVALUATION_RESULTS[e.result].zh}" for e in evaluations}
    return {o.id: OrganisationRow(
        o.id, o.name, unit, o.org_type, o.status, o.registration_number, o.filed_on, o.leader, mask_phone(o.phone),
        o.members, o.brand_organisation, o.brand_project, o.federation_member, links.count(o.id), last.get(o.id, ""))
        for o, unit in rows}


@dataclass(frozen=True)
class OrganisationView:
    organisation: Organisation  # phone masked
    unit_name: str
    activities: list[Activity]
    evaluations: list[OrganisationEvaluation]


def view_organisation(ctx: Context, organisation_id: str) -> OrganisationView:
    ctx.require("organisation", "view")
    with ctx.reading() as session:
        row = get_live(session, Organisation, organisation_id)
        unit = session.get(OrgUnit, row.org_unit_id)
        acts = queries.activities_of(session, organisation_id)
        evals = queries.evaluations_of(session, [organisation_id])
    shown = Organisation(**row.model_dump())
    shown.phone = mask_phone(row.phone)
    return OrganisationView(shown, unit.name if unit else "", acts, evals)


def print_ledger(ctx: Context, org_unit_id: str | None, out: Path) -> Path:
    """The 台账 of one community (or, for the station itself or None, of every community), as PDF."""
    ctx.require("organisation", "print")
    from wulian_desk.core.organisations import ORG_TYPES, STATUSES
    from wulian_desk.reports.organisation_ledger import write_ledger
    from wulian_desk.services.station.station import station_info

    scope = None if org_unit_id in (None, ctx.station_id) else org_unit_id
    ids = organisation_ids(ctx, org_unit_id=scope)
    rows = organisations_by_id(ctx, ids)
    by_unit: dict[str, list] = {}
    for i in ids:
        r = rows[i]
        status = f"{STATUSES[r.status].zh} {r.registration_number or r.filed_on or ''}".strip()
        by_unit.setdefault(r.unit_name, []).append([
            r.name, ORG_TYPES[r.org_type].zh, status, r.leader, r.phone, r.members,
            "品牌组织" if r.brand_organisation else (r.brand_project or ""), "是" if r.federation_member else "",
            r.last_evaluation])
    path = write_ledger(out, list(by_unit.items()), station_name=station_info(ctx).name, printed_at=datetime.now())
    ctx.audit_now("print", "organisation", org_unit_id or ctx.station_id, organisations=len(ids))
    return path
