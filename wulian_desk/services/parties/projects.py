"""Government-purchased service projects (政府购买服务项目) and the service agencies that take them:
each stage reached is recorded with its date, approver and documents; no stage is skipped; the
agreement, indicators, spending and evaluation are written only at the stages that allow them
(core/projects.py), and spending stays within the agreed amount."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from datetime import date

from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import (
    Agency,
    OrgUnit,
    Project,
    ProjectEvent,
    ProjectIndicator,
    ProjectSpending,
)
from wulian_desk.core.projects import (
    EDITABLE,
    FIELD_GROUPS,
    ORDER,
    STAGES,
    ProjectFacts,
    check_edit,
    check_move,
    check_period,
    check_spending,
)
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.services.casework.names import pinyin_key
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.ordering import order_ids
from wulian_desk.storage.queries import projects as queries
from wulian_desk.storage.queries.common import get_live, require_unit

# A missing indicator has always been reported by its class name in English; kept so.
_INDICATOR = translate("services.parties.projects", "绩效指标")


def agencies(ctx: Context) -> dict[str, str]:
    """Service agencies by name -> id, to pick one for a project's agreement."""
    ctx.require("project", "view")
    with ctx.reading() as session:
        rows = queries.agency_names(session)
    return dict(sorted(rows))


def _agency(ctx: Context, *, name: str, org_unit_id: str | None, credit_code: str = "", contact: str = "",
            phone: str = "") -> Agency:
    return Agency(name=clean_text(name, field="name", label=translate("services.parties.projects", "机构名称"), max_len=80, required=True),
                  credit_code=clean_text(credit_code, field="credit_code", label=translate("services.parties.projects", "统一社会信用代码"), max_len=18,
                                         required=False),
                  contact=clean_text(contact, field="contact", label=translate("services.parties.projects", "联系人"), max_len=40, required=False),
                  phone=clean_text(phone, field="phone", label=translate("services.parties.projects", "联系电话"), max_len=20, required=False),
                  org_unit_id=org_unit_id or ctx.station_id)


def create_agency(ctx: Context, *, name: str, org_unit_id: str | None = None, credit_code: str = "",
                  contact: str = "", phone: str = "") -> Changes:
    """A 社会工作服务机构, stationed in a station or room."""
    ctx.require("staff", "create")
    row = _agency(ctx, name=name, org_unit_id=org_unit_id, credit_code=credit_code, contact=contact, phone=phone)
    with ctx.writing() as session:
        require_unit(session, row.org_unit_id, of=translate("services.parties.projects", "承接机构"))
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "create", "agency", row.id)
    return Changes.of("agency", row.id)


def set_agreement(ctx: Context, project_id: str, *, agency_name: str, contract_fen: int, period_from: date | None,
                  period_to: date | None) -> Changes:
    """The terms of 签订协议 as a whole: the agency by name (a name not known yet registers the agency,
    which takes the right to add agencies), the amount and the period. All or nothing."""
    ctx.require("project", "edit")
    if isinstance(contract_fen, bool) or not isinstance(contract_fen, int) or contract_fen < 0:
        raise ValidationError(translate("services.parties.projects", "金额须为非负整数（以分计）。"), field="contract_fen")
    check_period(period_from, period_to, today=date.today())
    name = clean_text(agency_name, field="agency_id", label=translate("services.parties.projects", "承接机构"), max_len=80, required=False)
    kinds = {"project"}
    with ctx.writing() as session:
        row = get_live(session, Project, project_id)
        check_edit(row.stage, "agreement")
        agency_id = None
        if name:
            agency_id = queries.agency_id_named(session, name)
            if agency_id is None:
                ctx.require("staff", "create")
                agency = ctx.stamp(session, _agency(ctx, name=name, org_unit_id=None))
                session.add(agency)
                ctx.audit(session, "create", "agency", agency.id)
                agency_id, kinds = agency.id, {"project", "agency"}
        row.sqlmodel_update({"agency_id": agency_id, "contract_fen": contract_fen, "period_from": period_from,
                             "period_to": period_to})
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "project", project_id, fields=["agency_id", "contract_fen", "period_from", "period_to"])
    return Changes(frozenset(kinds), (project_id,) + ((agency_id,) if agency_id else ()))


def _event_day(on: date | None) -> date:
    """The day a stage was reached: today unless given, and never a day still to come."""
    return check_date(on or date.today(), DateKind.HAPPENED, today=date.today(), field="on",
                      label=translate("services.parties.projects", "阶段日期"))


def create_project(ctx: Context, *, name: str, needs: str = "", budget_fen: int = 0, org_unit_id: str | None = None,
                   on: date | None = None) -> Changes:
    """A project at 需求评估, with the needs gathered from the communities."""
    ctx.require("project", "create")
    if isinstance(budget_fen, bool) or not isinstance(budget_fen, int) or budget_fen < 0:
        raise ValidationError(translate("services.parties.projects", "预算须为非负整数（以分计）。"), field="budget_fen")
    row = Project(name=clean_text(name, field="name", label=translate("services.parties.projects", "项目名称"), max_len=80, required=True),
                  needs=clean_text(needs, field="needs", label=translate("services.parties.projects", "服务需求"), max_len=4000, required=False),
                  budget_fen=budget_fen, org_unit_id=org_unit_id or ctx.station_id, stage=ORDER[0])
    on = _event_day(on)
    with ctx.writing() as session:
        require_unit(session, row.org_unit_id, of=translate("services.parties.projects", "项目"))
        session.add(ctx.stamp(session, row))
        session.add(ctx.stamp(session, ProjectEvent(project_id=row.id, to_stage=ORDER[0], on=on,
                                                    approved_by=ctx.account_id or "")))
        ctx.audit(session, "create", "project", row.id)
    return Changes.of("project", row.id)


def update_project(ctx: Context, project_id: str, **fields) -> Changes:
    """The project's name, needs and budget, its agreement (agency_id, contract_fen, period_from,
    period_to) and its evaluation (report, score, accepted), each only at the stages that allow it."""
    ctx.require("project", "edit")
    if unknown := set(fields) - set(FIELD_GROUPS):
        raise ValidationError(translate("services.parties.projects", "不能修改：{join}").format(join=', '.join(sorted(unknown))), field=sorted(unknown)[0])
    for key in ("contract_fen", "budget_fen"):
        if key in fields and (isinstance(fields[key], bool) or not isinstance(fields[key], int) or fields[key] < 0):
            raise ValidationError(translate("services.parties.projects", "金额须为非负整数（以分计）。"), field=key)
    if fields.get("score") is not None and not 0 <= _number(fields["score"], "score", "评分") <= 100:
        raise ValidationError(translate("services.parties.projects", "评分须在 0 到 100 之间。"), field="score")
    check_period(fields.get("period_from"), fields.get("period_to"), today=date.today())
    if "name" in fields:
        fields["name"] = clean_text(fields["name"], field="name", label=translate("services.parties.projects", "项目名称"), max_len=80, required=True)
    for key, label in (("needs", "服务需求"), ("report", "评估报告")):
        if key in fields:
            fields[key] = clean_text(fields[key], field=key, label=label, max_len=4000, required=False)
    with ctx.writing() as session:
        row = get_live(session, Project, project_id)
        for group in dict.fromkeys(FIELD_GROUPS[key] for key in fields):
            check_edit(row.stage, group)
        if fields.get("agency_id"):
            get_live(session, Agency, fields["agency_id"])
        row.sqlmodel_update(fields)
        if row.period_from and row.period_to and row.period_to < row.period_from:
            raise ValidationError(translate("services.parties.projects", "服务期限的结束日期早于开始日期。"), field="period_to")
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "project", project_id, fields=sorted(fields))
    return Changes.of("project", project_id)


def _number(value, field: str, label: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number):
        raise ValidationError(translate("services.parties.projects", "{label}须为数字。").format(label=label, field=field), field=field)
    return number


def _indicator_fields(name: str, target, unit: str) -> dict:
    target = _number(target, "target", "目标值")
    if target <= 0:
        raise ValidationError(translate("services.parties.projects", "目标值须大于 0。"), field="target")
    return {"name": clean_text(name, field="name", label=translate("services.parties.projects", "指标名称"), max_len=80, required=True), "target": target,
            "unit": clean_text(unit, field="unit", label=translate("services.parties.projects", "单位"), max_len=12, required=False)}


def add_indicator(ctx: Context, project_id: str, *, name: str, target: float, unit: str = "") -> Changes:
    """A performance indicator of the agreement, before it is signed."""
    ctx.require("project", "edit")
    return _add(ctx, project_id, "agreement", ProjectIndicator(project_id=project_id, **_indicator_fields(name, target, unit)))


def update_indicator(ctx: Context, indicator_id: str, *, name: str, target: float, unit: str = "") -> Changes:
    ctx.require("project", "edit")
    fields = _indicator_fields(name, target, unit)
    with ctx.writing() as session:
        row = get_live(session, ProjectIndicator, indicator_id, noun=_INDICATOR)
        check_edit(get_live(session, Project, row.project_id).stage, "agreement")
        row.sqlmodel_update(fields)
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "project_indicator", indicator_id)
    return Changes(frozenset({"project"}), (row.project_id, indicator_id))


def measure_indicator(ctx: Context, indicator_id: str, actual: float) -> Changes:
    """What was measured of an indicator, while the service runs."""
    ctx.require("project", "edit")
    actual = _number(actual, "actual", "实测值")
    if actual < 0:
        raise ValidationError(translate("services.parties.projects", "实测值不能为负数。"), field="actual")
    with ctx.writing() as session:
        row = get_live(session, ProjectIndicator, indicator_id, noun=_INDICATOR)
        check_edit(get_live(session, Project, row.project_id).stage, "measures")
        row.actual = actual
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "project_indicator", indicator_id)
    return Changes(frozenset({"project"}), (row.project_id, indicator_id))


def add_spending(ctx: Context, project_id: str, *, amount_fen: int, spent_on: date, purpose: str) -> Changes:
    """Money spent under the agreement; the total stays within the agreed amount."""
    ctx.require("project", "edit")
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise ValidationError(translate("services.parties.projects", "支出金额须为正数。"), field="amount_fen")
    check_date(spent_on, DateKind.HAPPENED, today=date.today(), field="spent_on")
    purpose = clean_text(purpose, field="purpose", label=translate("services.parties.projects", "用途"), max_len=200, required=True)
    with ctx.writing() as session:
        project = get_live(session, Project, project_id)
        check_edit(project.stage, "spending")
        check_spending(contract_fen=project.contract_fen, spent_fen=queries.spent_fen(session, project_id), amount_fen=amount_fen)
        row = ctx.stamp(session, ProjectSpending(project_id=project_id, amount_fen=amount_fen, spent_on=spent_on,
                                                 purpose=purpose))
        session.add(row)
        ctx.audit(session, "create", "project_spending", row.id, project=project_id, fen=amount_fen)
    return Changes(frozenset({"project"}), (project_id, row.id))


def _add(ctx: Context, project_id: str, group: str, row) -> Changes:
    with ctx.writing() as session:
        check_edit(get_live(session, Project, project_id).stage, group)
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "create", row.__tablename__, row.id, project=project_id)
    return Changes(frozenset({"project"}), (project_id, row.id))


def _documents(documents: tuple[str, ...] | list[str]) -> list[str]:
    names = list(dict.fromkeys(d.strip() for d in documents if d and d.strip()))
    if any(len(n) > 120 for n in names):
        raise ValidationError(translate("services.parties.projects", "附件名称不能超过 120 个字。"), field="documents")
    return names


def attach_documents(ctx: Context, project_id: str, documents: tuple[str, ...] | list[str]) -> Changes:
    """Add documents (file names) to the stage the project is at now, e.g. the signed agreement
    that arrives after the move."""
    ctx.require("project", "edit")
    names = _documents(documents)
    if not names:
        raise ValidationError(translate("services.parties.projects", "请填写附件名称。"), field="documents")
    with ctx.writing() as session:
        project = get_live(session, Project, project_id)
        event = queries.stage_event(session, project_id, project.stage)
        if event is None:
            raise NotFoundError(translate("services.parties.projects", "找不到当前阶段的记录。"))
        held = json.loads(event.documents or "[]")
        event.documents = json.dumps(held + [n for n in names if n not in held], ensure_ascii=False)
        session.add(ctx.stamp(session, event))
        ctx.audit(session, "edit", "project_event", event.id, project=project_id, documents=len(names))
    return Changes(frozenset({"project"}), (project_id, event.id))


def move_project(ctx: Context, project_id: str, target: str, *, on: date | None = None,
                 documents: tuple[str, ...] = (), note: str = "") -> Changes:
    """Move to the next stage; the approver is the current user, the documents are file names."""
    ctx.require("project", "approve")
    on = _event_day(on)
    with ctx.writing() as session:
        row = get_live(session, Project, project_id)
        indicators = queries.indicator_count(session, project_id)
        check_move(ProjectFacts(row.stage, bool(row.needs.strip()), row.agency_id, row.contract_fen,
                                bool(row.period_from and row.period_to), indicators, bool(row.report.strip()),
                                row.score), target)
        event = ctx.stamp(session, ProjectEvent(
            project_id=project_id, from_stage=row.stage, to_stage=target, on=on,
            approved_by=ctx.account_id or "", note=clean_text(note, field="note", label=translate("services.parties.projects", "说明"), max_len=1000, required=False),
            documents=json.dumps(_documents(documents), ensure_ascii=False)))
        row.stage = target
        session.add(ctx.stamp(session, row))
        session.add(event)
        ctx.audit(session, "approve", "project", project_id, stage=target)
    return Changes(frozenset({"project"}), (project_id, event.id))


# What the projects list sorts by (names by pinyin).
PROJECT_SORTS = {
    "name": lambda r: pinyin_key(r.name), "stage": lambda r: r.stage, "agency": lambda r: pinyin_key(r.agency),
    "budget": lambda r: r.budget_fen, "contract": lambda r: r.contract_fen, "spent": lambda r: r.spent_fen,
    "indicators": lambda r: r.indicators_met / r.indicators if r.indicators else None, "score": lambda r: r.score,
}


def project_ids(ctx: Context, *, stage: str | None = None, search: str = "", sort: str | None = None,
                descending: bool = False) -> list[str]:
    """Projects by name, or in the order of `sort`; `search` finds a part of the name or of the
    agency's name."""
    ctx.require("project", "view")
    with ctx.reading() as session:
        ids = queries.project_ids(session, stage=stage, search=search.strip())
    return order_ids(ids, lambda wanted: projects_by_id(ctx, wanted), PROJECT_SORTS, sort, descending)


@dataclass(frozen=True)
class ProjectRow:
    id: str
    name: str
    stage: str
    stage_label: str
    unit_name: str
    agency: str
    budget_fen: int
    contract_fen: int
    spent_fen: int
    period_from: date | None
    period_to: date | None
    indicators: int
    indicators_met: int
    score: float | None
    accepted: bool | None


def projects_by_id(ctx: Context, ids: list[str]) -> dict[str, ProjectRow]:
    ctx.require("project", "view")
    if not ids:
        return {}
    with ctx.reading() as session:
        rows = queries.projects_with_names(session, ids)
        spent = queries.spent_by_project(session, ids)
        indicators = queries.indicators_of(session, ids)
    counts: dict[str, list[int]] = {}
    for i in indicators:
        tally = counts.setdefault(i.project_id, [0, 0])
        tally[0] += 1
        tally[1] += indicator_met(i) is True
    return {p.id: ProjectRow(p.id, p.name, p.stage, STAGES[p.stage].zh, unit or "", agency or "", p.budget_fen,
                             p.contract_fen, spent.get(p.id, 0), p.period_from, p.period_to,
                             *counts.get(p.id, (0, 0)), p.score, p.accepted)
            for p, agency, unit in rows if not p.deleted}


def projects(ctx: Context) -> list[dict]:
    """Every live project as a dict, by name (for lists that take them all: pickers, the command line)."""
    ids = project_ids(ctx)
    rows = projects_by_id(ctx, ids)
    return [asdict(rows[i]) for i in ids if i in rows]


def indicator_met(indicator: ProjectIndicator) -> bool | None:
    """Reached its target, missed it, or not measured yet (None)."""
    return None if indicator.actual is None else indicator.actual >= indicator.target


@dataclass(frozen=True)
class StageRecord:
    """One stage reached: when, from where, who approved it (by name), the documents, the note."""

    id: str
    on: date
    from_stage: str | None
    to_stage: str
    approver: str
    documents: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class ProjectView:
    project: Project
    unit_name: str
    agency_name: str
    indicators: list[ProjectIndicator]
    spending: list[ProjectSpending]
    stages: list[StageRecord]
    spent_fen: int
    editable: frozenset[str]  # core.projects.EDIT_GROUPS that the stage allows


def view_project(ctx: Context, project_id: str) -> ProjectView:
    """One project with its agreement, indicators, spending and the stages it went through."""
    ctx.require("project", "view")
    with ctx.reading() as session:
        row = get_live(session, Project, project_id)
        unit = session.get(OrgUnit, row.org_unit_id)
        agency = session.get(Agency, row.agency_id) if row.agency_id else None
        indicators = queries.indicators_of(session, [project_id])
        spending = queries.spending_of(session, project_id)
        events = queries.stages_with_approvers(session, project_id)
    stages = [StageRecord(e.id, e.on, e.from_stage, e.to_stage, name or e.approved_by or "—",
                          tuple(json.loads(e.documents or "[]")), e.note) for e, name in events]
    return ProjectView(row, unit.name if unit else "", agency.name if agency else "", indicators, spending, stages,
                       sum(s.amount_fen for s in spending), EDITABLE[row.stage])


def history(ctx: Context, project_id: str) -> list[ProjectEvent]:
    ctx.require("project", "view")
    with ctx.reading() as session:
        get_live(session, Project, project_id)
        return queries.stages_of(session, project_id)
