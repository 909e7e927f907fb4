"""A project through every stage, each with its approver; a skipped stage refused, nothing changed."""

from __future__ import annotations

from datetime import date

import pytest

from wulian_desk.core.errors import ValidationError
from wulian_desk.services import projects


def test_a_project_walks_every_stage_and_records_who_approved(ctx):
    project = projects.create_project(ctx, name="困境儿童关爱项目", needs="课后陪伴、心理疏导", budget_fen=5_000_000).ids[0]
    projects.move_project(ctx, project, "published", documents=("需求调研报告.pdf",))
    agency = projects.create_agency(ctx, name="眉县启航社会工作服务中心").ids[0]
    projects.update_project(ctx, project, agency_id=agency, contract_fen=4_800_000, period_from=date(2025, 3, 1),
                            period_to=date(2025, 12, 31))
    indicator = projects.add_indicator(ctx, project, name="服务人次", target=300, unit="人次").ids[1]
    for stage in ("contracted", "service", "midterm"):
        projects.move_project(ctx, project, stage)
    projects.add_spending(ctx, project, amount_fen=1_200_000, spent_on=date(2025, 6, 1), purpose="活动物资")
    projects.measure_indicator(ctx, indicator, 320)
    projects.update_project(ctx, project, report="第三方评估报告", score=91.5, accepted=True)
    projects.move_project(ctx, project, "accepted", documents=("评估报告.pdf",))
    events = projects.history(ctx, project)
    assert [e.to_stage for e in events] == ["needs", "published", "contracted", "service", "midterm", "accepted"]
    assert all(e.approved_by == ctx.account_id for e in events)
    row = projects.projects(ctx)[0]
    assert row["stage_label"] == "评估验收" and row["spent_fen"] == 1_200_000


def test_a_skipped_stage_is_refused_and_changes_nothing(ctx):
    project = projects.create_project(ctx, name="空巢老人陪伴项目", needs="陪伴").ids[0]
    with pytest.raises(ValidationError, match="不能从“需求评估”跳到“签订协议”，下一阶段是“发布项目”"):
        projects.move_project(ctx, project, "contracted")
    assert projects.projects(ctx)[0]["stage"] == "needs" and len(projects.history(ctx, project)) == 1


def test_an_agreement_needs_its_agency_amount_and_indicators(ctx):
    project = projects.create_project(ctx, name="社区治理项目", needs="议事协商").ids[0]
    projects.move_project(ctx, project, "published")
    with pytest.raises(ValidationError, match="承接的社会工作服务机构"):
        projects.move_project(ctx, project, "contracted")


def test_agencies_are_listed_by_name_for_picking(ctx):
    from wulian_desk.services import projects as svc

    agency_id = svc.create_agency(ctx, name="眉县阳光社会工作服务中心").ids[0]
    assert svc.agencies(ctx) == {"眉县阳光社会工作服务中心": agency_id}
