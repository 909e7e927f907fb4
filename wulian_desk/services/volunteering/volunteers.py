"""Volunteers (社区志愿者) and their teams, training, awards and evaluations: registration with
consent, one volunteer per ID number, masked numbers in lists, and the list pages with totals.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from wulian_desk.core.dates import DateKind, check_date, check_optional_date
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.masking import mask_id_number, mask_phone
from wulian_desk.core.models import (
    TeamMember,
    Volunteer,
    VolunteerAward,
    VolunteerEvaluation,
    VolunteerTeam,
    VolunteerTraining,
)
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import Text, translate
from wulian_desk.core.volunteers import RATINGS, VolunteerInput, check_volunteer_fields, star_label
from wulian_desk.services.casework.names import name_initials, pinyin_key
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.ordering import order_ids
from wulian_desk.services.sync import person_secret
from wulian_desk.services.volunteering import service_hours
from wulian_desk.storage.queries import volunteering as queries
from wulian_desk.storage.queries.common import get_live, require_unit

if TYPE_CHECKING:
    from sqlmodel import Session


class DuplicateVolunteerError(ValidationError):
    def __init__(self, name: str) -> None:
        super().__init__(translate("services.volunteering.volunteers", "这个身份证件号码已登记为志愿者（{name}），不能重复登记。").format(name=name), field="id_number")


def volunteer_fields(data: VolunteerInput) -> dict:
    """The stored columns of a checked input (also used by the roster import)."""
    return {
        "name": data.name, "name_initials": name_initials(data.name), "gender": data.gender,
        "birth_date": data.birth_date, "id_type": data.id_type, "id_number": data.id_number,
        "residence_area": data.residence_area, "phone": data.phone, "skills": data.skills,
        "service_categories": json.dumps(data.service_categories), "org_unit_id": data.org_unit_id,
        "consent_on": data.consent_on, "national_number": data.national_number,
    }


def _by_id_number(session: Session, id_number: str, *, exclude_id: str | None = None) -> Volunteer | None:
    return queries.volunteer_by_id_number(session, id_number, exclude_id=exclude_id)


def _live(session: Session, model, row_id: str, what: Text):
    return get_live(session, model, row_id, noun=what)


def _check_unit(session: Session, org_unit_id: str) -> None:
    require_unit(session, org_unit_id, refusal=translate("services.volunteering.volunteers", "请选择所属站点或社区。"))


def create_volunteer(ctx: Context, data: VolunteerInput, *, team_ids: tuple[str, ...] = ()) -> Changes:
    ctx.require("volunteer", "create")
    data = check_volunteer_fields(data, today=date.today())
    with ctx.writing() as session:
        _check_unit(session, data.org_unit_id)
        if existing := _by_id_number(session, data.id_number):
            raise DuplicateVolunteerError(existing.name)
        row = Volunteer(**volunteer_fields(data))
        row.person_key = person_secret.keyer(ctx, session)(data.id_type, data.id_number)
        row = ctx.stamp(session, row)
        session.add(row)
        session.flush()
        for team_id in team_ids:
            _live(session, VolunteerTeam, team_id, translate("services.volunteering.volunteers", "志愿服务队"))
            session.add(ctx.stamp(session, TeamMember(team_id=team_id, volunteer_id=row.id, joined_on=date.today())))
        ctx.audit(session, "create", "volunteer", row.id)
    return Changes.of("volunteer", row.id)


def update_volunteer(ctx: Context, volunteer_id: str, data: VolunteerInput) -> Changes:
    ctx.require("volunteer", "edit")
    data = check_volunteer_fields(data, today=date.today())
    with ctx.writing() as session:
        row = _live(session, Volunteer, volunteer_id, translate("services.volunteering.volunteers", "志愿者"))
        _check_unit(session, data.org_unit_id)
        if existing := _by_id_number(session, data.id_number, exclude_id=volunteer_id):
            raise DuplicateVolunteerError(existing.name)
        row.sqlmodel_update(volunteer_fields(data))
        row.person_key = person_secret.keyer(ctx, session)(data.id_type, data.id_number)
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "volunteer", volunteer_id)
    return Changes.of("volunteer", volunteer_id)


def resolve_volunteer(ctx: Context, reference: str) -> str:
    """A volunteer's record id from the id or an ID number."""
    ctx.require("volunteer", "view")
    ref = reference.strip()
    with ctx.reading() as session:
        row = session.get(Volunteer, ref) or _by_id_number(session, ref.upper())
    if row is None or row.deleted:
        raise NotFoundError(translate("services.volunteering.volunteers", "找不到志愿者 {reference}。").format(reference=reference))
    return row.id


@dataclass(frozen=True)
class VolunteerView:
    volunteer: Volunteer  # id_number and phone already masked unless `full`
    teams: list[str]
    trainings: list[VolunteerTraining]
    awards: list[VolunteerAward]
    evaluations: list[VolunteerEvaluation]
    yearly: list[tuple[int, int, int]]
    full: bool


def view_volunteer(ctx: Context, volunteer_id: str, *, full: bool = False) -> VolunteerView:
    """One volunteer with everything kept about them; journaled, full numbers only if allowed."""
    ctx.require("volunteer", "view")
    if full:
        ctx.require("volunteer", "full_copy")
    with ctx.reading() as session:
        row = _live(session, Volunteer, volunteer_id, translate("services.volunteering.volunteers", "志愿者"))

        def of(model, order):
            return queries.records_of_volunteer(session, model, volunteer_id, order)

        teams = queries.team_names_of(session, volunteer_id)
        trainings, awards = of(VolunteerTraining, VolunteerTraining.held_on), of(VolunteerAward, VolunteerAward.awarded_on)
        evaluations = of(VolunteerEvaluation, VolunteerEvaluation.evaluated_on)
    shown = Volunteer(**row.model_dump())
    if not full:
        shown.id_number, shown.phone = mask_id_number(row.id_number), mask_phone(row.phone)
    ctx.audit_now("full_copy" if full else "view", "volunteer", volunteer_id)
    return VolunteerView(shown, sorted(teams), trainings, awards, evaluations,
                         service_hours.yearly_totals(ctx, volunteer_id), full)


@dataclass(frozen=True)
class VolunteerRow:
    """What the volunteers list shows: numbers masked, with the totals."""

    id: str
    name: str
    gender: str
    id_number: str
    phone: str
    residence_area: str
    skills: str
    total_minutes: int
    year_minutes: int
    records: int
    stars: int
    star_label: str


# What the volunteers list sorts by; "name" is the stored pinyin initials' order, the SQL's own.
VOLUNTEER_SORTS = {
    "name": lambda r: pinyin_key(r.name), "gender": lambda r: r.gender,
    "residence_area": lambda r: pinyin_key(r.residence_area), "year_minutes": lambda r: r.year_minutes,
    "total_minutes": lambda r: r.total_minutes, "stars": lambda r: r.stars,
}


def volunteer_ids(ctx: Context, *, search: str = "", team_id: str | None = None, sort: str | None = None,
                  descending: bool = False) -> list[str]:
    """Live volunteers in name order (pinyin initials), or in the order of `sort`; a search
    matches name, initials or ID number."""
    ctx.require("volunteer", "view")
    with ctx.reading() as session:
        ids = queries.volunteer_ids(session, search=search.strip(), team_id=team_id)
    if sort == "name":  # the stored initials give the order without reading any rows
        return ids[::-1] if descending else ids
    return order_ids(ids, lambda wanted: volunteers_by_id(ctx, wanted), VOLUNTEER_SORTS, sort, descending)


def volunteers_by_id(ctx: Context, ids: list[str], *, year: int | None = None) -> dict[str, VolunteerRow]:
    """One page of the list: the rows and their totals, two indexed queries in one session (plain
    columns, not ORM objects: a list page is read often and needs no identity map)."""
    ctx.require("volunteer", "view")
    if not ids:
        return {}
    with ctx.reading() as session:
        rows = queries.volunteer_list_rows(session, ids)
        totals = service_hours.totals_in(session, [r[0] for r in rows], year=year or date.today().year,
                                         star_hours=service_hours.star_hours(ctx, session))
    out = {}
    for volunteer_id, name, gender, id_number, phone, area, skills in rows:
        t = totals[volunteer_id]
        out[volunteer_id] = VolunteerRow(volunteer_id, name, gender, mask_id_number(id_number), mask_phone(phone), area,
                                         skills, t.total_minutes, t.year_minutes, t.records, t.stars, star_label(t.stars))
    return out


# -- teams, training, awards, evaluations -----------------------------------------------------


def create_team(ctx: Context, *, name: str, leader: str = "", description: str = "",
                founded_on: date | None = None, org_unit_id: str | None = None) -> Changes:
    ctx.require("volunteer", "create")
    name = clean_text(name, field="name", label=translate("services.volunteering.volunteers", "服务队名称"), max_len=60, required=True)
    check_optional_date(founded_on, DateKind.ESTABLISHED, today=date.today(), field="founded_on")
    with ctx.writing() as session:
        unit = org_unit_id or ctx.station_id
        _check_unit(session, unit)
        team = ctx.stamp(session, VolunteerTeam(
            name=name, org_unit_id=unit, leader=clean_text(leader, field="leader", label=translate("services.volunteering.volunteers", "队长"), max_len=40, required=False),
            description=clean_text(description, field="description", label=translate("services.volunteering.volunteers", "简介"), max_len=500, required=False),
            founded_on=founded_on))
        session.add(team)
        ctx.audit(session, "create", "volunteer_team", team.id)
    return Changes.of("volunteer_team", team.id)


def teams(ctx: Context) -> list[VolunteerTeam]:
    ctx.require("volunteer", "view")
    with ctx.reading() as session:
        return queries.live_teams(session)


def join_team(ctx: Context, team_id: str, volunteer_ids: list[str], *, joined_on: date | None = None) -> Changes:
    ctx.require("volunteer", "edit")
    joined_on = _not_future(joined_on or date.today(), "joined_on")
    with ctx.writing() as session:
        _live(session, VolunteerTeam, team_id, translate("services.volunteering.volunteers", "志愿服务队"))
        already = queries.team_member_ids(session, team_id)
        for volunteer_id in dict.fromkeys(volunteer_ids):
            _live(session, Volunteer, volunteer_id, translate("services.volunteering.volunteers", "志愿者"))
            if volunteer_id not in already:
                session.add(ctx.stamp(session, TeamMember(team_id=team_id, volunteer_id=volunteer_id,
                                                          joined_on=joined_on)))
        ctx.audit(session, "edit", "volunteer_team", team_id, joined=len(volunteer_ids))
    return Changes(frozenset({"volunteer_team", "volunteer"}), (team_id, *volunteer_ids))


def _add(ctx: Context, volunteer_id: str, row) -> Changes:
    ctx.require("volunteer", "edit")
    with ctx.writing() as session:
        _live(session, Volunteer, volunteer_id, translate("services.volunteering.volunteers", "志愿者"))
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "create", row.__tablename__, row.id, volunteer=volunteer_id)
    return Changes(frozenset({row.__tablename__, "volunteer"}), (row.id, volunteer_id))


def _not_future(day: date, field: str) -> date:
    return check_date(day, DateKind.HAPPENED, today=date.today(), field=field)


def add_training(ctx: Context, volunteer_id: str, *, name: str, hours: float, organiser: str, held_on: date,
                 content: str = "") -> Changes:
    """培训: 名称, 内容, 学时, 举办单位, 日期."""
    if isinstance(hours, bool) or not isinstance(hours, int | float) or not 0 < hours <= 500:
        raise ValidationError(translate("services.volunteering.volunteers", "培训学时须大于 0。"), field="hours")
    return _add(ctx, volunteer_id, VolunteerTraining(
        volunteer_id=volunteer_id, name=clean_text(name, field="name", label=translate("services.volunteering.volunteers", "培训名称"), max_len=80, required=True),
        content=clean_text(content, field="content", label=translate("services.volunteering.volunteers", "培训内容"), max_len=500, required=False), hours=float(hours),
        organiser=clean_text(organiser, field="organiser", label=translate("services.volunteering.volunteers", "举办单位"), max_len=80, required=True),
        held_on=_not_future(held_on, "held_on")))


def add_award(ctx: Context, volunteer_id: str, *, name: str, awarded_on: date, awarded_by: str) -> Changes:
    """表彰奖励: 名称, 日期, 授予单位."""
    return _add(ctx, volunteer_id, VolunteerAward(
        volunteer_id=volunteer_id, name=clean_text(name, field="name", label=translate("services.volunteering.volunteers", "奖励名称"), max_len=80, required=True),
        awarded_on=_not_future(awarded_on, "awarded_on"),
        awarded_by=clean_text(awarded_by, field="awarded_by", label=translate("services.volunteering.volunteers", "授予单位"), max_len=80, required=True)))


def add_evaluation(ctx: Context, volunteer_id: str, *, rating: str, evaluated_on: date, comments: str = "") -> Changes:
    """服务质量评价, with the date and who evaluated."""
    if rating not in RATINGS:
        raise ValidationError(translate("services.volunteering.volunteers", "请选择评价等级。"), field="rating")
    return _add(ctx, volunteer_id, VolunteerEvaluation(
        volunteer_id=volunteer_id, rating=rating, evaluated_on=_not_future(evaluated_on, "evaluated_on"),
        comments=clean_text(comments, field="comments", label=translate("services.volunteering.volunteers", "评价意见"), max_len=500, required=False),
        evaluated_by=ctx.account_id or ""))
