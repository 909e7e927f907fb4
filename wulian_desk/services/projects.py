"""Government-purchased service projects (政府购买服务项目) and the service agencies that take them:
each stage reached is recorded with its date, approver and documents; no stage is skipped."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func
from sqlmodel import select

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.facilities import clean_text
from wulian_desk.core.models import Agency, Project, ProjectEvent, ProjectIndicator, ProjectSpending
from wulian_desk.core.projects import ORDER, STAGES, ProjectFacts, check_move
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.organisations import check_community, live


def agencies(ctx: Context) -> dict[str, str]:
    """Service agencies by name -> id, to pick one for a project's agreement."""
    ctx.require("project", "view")
    with ctx.reading() as session:
        rows = session.exec(select(Agency.name, Agency.id).where(Agency.deleted == False)).all()  # noqa: E712
    return dict(sorted(rows))


def create_agency(ctx: Context, *, name: str, org_unit_id: str | None = None, credit_code: str = "",
                  contact: str = "", phone: str = "") -> Changes:
    """A 社会工作服务机构, stationed in a station or room."""
    ctx.require("staff", "create")
    row = Agency(name=clean_text(name, field="name", label="机构名称", max_len=80, required=True),
                 credit_code=clean_text(credit_code, field="credit_code", label="统一社会信用代码", max_len=18, required=False),
                 contact=clean_text(contact, field="contact", label="联系人", max_len=40, required=False),
                 phone=clean_text(phone, field="phone", label="联系电话", max_len=20, required=False),
                 org_unit_id=org_unit_id or ctx.station_id)
    with ctx.writing() as session:
        check_community(session, row.org_unit_id)
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "create", "agency", row.id)
    return Changes.of("agency", row.id)


def create_project(ctx: Context, *, name: str, needs: str = "", budget_fen: int = 0, org_unit_id: str | None = None,
                   on: date | None = None) -> Changes:
    """A project at 需求评估, with the needs gathered from the communities."""
    ctx.require("project", "create")
    if isinstance(budget_fen, bool) or not isinstance(budget_fen, int) or budget_fen < 0:
        raise ValidationError("预算须为非负整数（以分计）。", "Budget is whole fen.", field="budget_fen")
    row = Project(name=clean_text(name, field="name", label="项目名称", max_len=80, required=True),
                  needs=clean_text(needs, field="needs", label="服务需求", max_len=4000, required=False),
                  budget_fen=budget_fen, org_unit_id=org_unit_id or ctx.station_id, stage=ORDER[0])
    with ctx.writing() as session:
        check_community(session, row.org_unit_id)
        session.add(ctx.stamp(session, row))
        session.add(ctx.stamp(session, ProjectEvent(project_id=row.id, to_stage=ORDER[0], on=on or date.today(),
                                                    approved_by=ctx.account_id or "")))
        ctx.audit(session, "create", "project", row.id)
    return Changes.of("project", row.id)


def update_project(ctx: Context, project_id: str, **fields) -> Changes:
    """Agreement terms, report and score: agency_id, contract_fen, period_from, period_to, needs,
    report, score, accepted."""
    ctx.require("project", "edit")
    allowed = {"agency_id", "contract_fen", "period_from", "period_to", "needs", "report", "score", "accepted", "budget_fen"}
    if unknown := set(fields) - allowed:
        raise ValidationError(f"不能修改：{', '.join(sorted(unknown))}", "Unknown fields.", field=sorted(unknown)[0])
    for key in ("contract_fen", "budget_fen"):
        if key in fields and (isinstance(fields[key], bool) or not isinstance(fields[key], int) or fields[key] < 0):
            raise ValidationError("金额须为非负整数（以分计）。", "Amounts are whole fen.", field=key)
    if fields.get("score") is not None and not 0 <= float(fields["score"]) <= 100:
        raise ValidationError("评分须在 0 到 100 之间。", "Score is 0-100.", field="score")
    with ctx.writing() as session:
        row = live(session, Project, project_id, "项目")
        if fields.get("agency_id"):
            live(session, Agency, fields["agency_id"], "社会工作服务机构")
        row.sqlmodel_update(fields)
        if row.period_from and row.period_to and row.period_to < row.period_from:
            raise ValidationError("服务期限的结束日期早于开始日期。", "The period ends before it starts.", field="period_to")
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "project", project_id, fields=sorted(fields))
    return Changes.of("project", project_id)


def add_indicator(ctx: Context, project_id: str, *, name: str, target: float, unit: str = "") -> Changes:
    ctx.require("project", "edit")
    return _add(ctx, project_id, ProjectIndicator(
        project_id=project_id, name=clean_text(name, field="name", label="指标名称", max_len=80, required=True),
        target=float(target), unit=clean_text(unit, field="unit", label="单位", max_len=12, required=False)))


def measure_indicator(ctx: Context, indicator_id: str, actual: float) -> Changes:
    ctx.require("project", "edit")
    with ctx.writing() as session:
        row = live(session, ProjectIndicator, indicator_id, "绩效指标")
        row.actual = float(actual)
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "project_indicator", indicator_id)
    return Changes(frozenset({"project"}), (row.project_id, indicator_id))


def add_spending(ctx: Context, project_id: str, *, amount_fen: int, spent_on: date, purpose: str) -> Changes:
    ctx.require("project", "edit")
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise ValidationError("支出金额须为正整数（以分计）。", "Spending is whole fen.", field="amount_fen")
    return _add(ctx, project_id, ProjectSpending(
        project_id=project_id, amount_fen=amount_fen, spent_on=spent_on,
        purpose=clean_text(purpose, field="purpose", label="用途", max_len=200, required=True)))


def _add(ctx: Context, project_id: str, row) -> Changes:
    with ctx.writing() as session:
        live(session, Project, project_id, "项目")
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "create", row.__tablename__, row.id, project=project_id)
    return Changes(frozenset({"project"}), (project_id, row.id))


def move_project(ctx: Context, project_id: str, target: str, *, on: date | None = None,
                 documents: tuple[str, ...] = (), note: str = "") -> Changes:
    """Move to the next stage; the approver is the current user, the documents are file names."""
    ctx.require("project", "approve")
    with ctx.writing() as session:
        row = live(session, Project, project_id, "项目")
        indicators = session.exec(select(func.count()).select_from(ProjectIndicator).where(
            ProjectIndicator.project_id == project_id, ProjectIndicator.deleted == False)).one()  # noqa: E712
        check_move(ProjectFacts(row.stage, bool(row.needs.strip()), row.agency_id, row.contract_fen,
                                bool(row.period_from and row.period_to), indicators, bool(row.report.strip()),
                                row.score), target)
        event = ctx.stamp(session, ProjectEvent(
            project_id=project_id, from_stage=row.stage, to_stage=target, on=on or date.today(),
            approved_by=ctx.account_id or "", note=clean_text(note, field="note", label="说明", max_len=1000, required=False),
            documents=json.dumps([d.strip() for d in documents if d.strip()], ensure_ascii=False)))
        row.stage = target
        session.add(ctx.stamp(session, row))
        session.add(event)
        ctx.audit(session, "approve", "project", project_id, stage=target)
    return Changes(frozenset({"project"}), (project_id, event.id))


def project_ids(ctx: Context, *, stage: str | None = None) -> list[str]:
    ctx.require("project", "view")
    query = select(Project.id).where(Project.deleted == False)  # noqa: E712
    if stage:
        query = query.where(Project.stage == stage)
    with ctx.reading() as session:
        return list(session.exec(query.order_by(Project.name, Project.id)).all())


def projects(ctx: Context) -> list[dict]:
    ctx.require("project", "view")
    with ctx.reading() as session:
        rows = session.exec(select(Project, Agency.name).outerjoin(Agency, Agency.id == Project.agency_id)
                            .where(Project.deleted == False).order_by(Project.name)).all()  # noqa: E712
        spent = dict(session.exec(select(ProjectSpending.project_id, func.sum(ProjectSpending.amount_fen))
                                  .where(ProjectSpending.deleted == False).group_by(ProjectSpending.project_id)).all())  # noqa: E712
    return [{"id": p.id, "name": p.name, "stage": p.stage, "stage_label": STAGES[p.stage].zh, "agency": agency or "",
             "budget_fen": p.budget_fen, "contract_fen": p.contract_fen, "spent_fen": spent.get(p.id, 0),
             "score": p.score, "accepted": p.accepted} for p, agency in rows]


def history(ctx: Context, project_id: str) -> list[ProjectEvent]:
    ctx.require("project", "view")
    with ctx.reading() as session:
        live(session, Project, project_id, "项目")
        return list(session.exec(select(ProjectEvent).where(ProjectEvent.project_id == project_id,
                                                            ProjectEvent.deleted == False)  # noqa: E712
                                 .order_by(ProjectEvent.counter)).all())
