"""A project through every stage, each with its approver; a skipped stage refused, nothing changed."""

from __future__ import annotations

from datetime import date

import pytest

from wulian_desk.core.errors import ValidationError
from wulian_desk.services.parties import projects


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
    from wulian_desk.services.parties import projects as svc

    agency_id = svc.create_agency(ctx, name="眉县阳光社会工作服务中心").ids[0]
    assert svc.agencies(ctx) == {"眉县阳光社会工作服务中心": agency_id}


def _contracted(ctx):
    project = projects.create_project(ctx, name="社区治理项目", needs="议事协商", budget_fen=5_000_000).ids[0]
    projects.move_project(ctx, project, "published")
    projects.set_agreement(ctx, project, agency_name="眉县启航社会工作服务中心", contract_fen=4_000_000,
                           period_from=date(2025, 3, 1), period_to=date(2025, 12, 31))
    indicator = projects.add_indicator(ctx, project, name="服务人次", target=300, unit="人次").ids[1]
    projects.move_project(ctx, project, "contracted")
    return project, indicator


def _state(ctx, project):
    view = projects.view_project(ctx, project)
    return (view.project.model_dump(exclude={"counter", "updated_at"}), [i.model_dump() for i in view.indicators],
            [s.model_dump() for s in view.spending], view.stages, projects.agencies(ctx))


def test_each_part_is_written_only_at_its_stage_and_a_refusal_changes_nothing(ctx):
    needs = projects.create_project(ctx, name="空巢老人陪伴项目", needs="陪伴").ids[0]
    before = _state(ctx, needs)
    with pytest.raises(ValidationError, match="项目支出只能在“签订协议”“开展服务”“中期督导”阶段填写或修改") as err:
        projects.add_spending(ctx, needs, amount_fen=100, spent_on=date(2025, 6, 1), purpose="物资")
    assert err.value.field == "spending"
    with pytest.raises(ValidationError, match="评估报告、评分和验收结论只能在“中期督导”阶段"):
        projects.update_project(ctx, needs, report="报告", score=90)
    assert _state(ctx, needs) == before

    project, indicator = _contracted(ctx)
    before = _state(ctx, project)
    for refused in (
        lambda: projects.set_agreement(ctx, project, agency_name="另一家机构", contract_fen=1, period_from=None,
                                       period_to=None),
        lambda: projects.add_indicator(ctx, project, name="满意度", target=90),
        lambda: projects.update_indicator(ctx, indicator, name="服务人次", target=10),
        lambda: projects.update_project(ctx, project, budget_fen=1),
        lambda: projects.measure_indicator(ctx, indicator, 120),  # measured once the service runs
    ):
        with pytest.raises(ValidationError, match="项目现处于“签订协议”阶段"):
            refused()
    assert _state(ctx, project) == before and "另一家机构" not in projects.agencies(ctx)


def test_spending_stays_within_the_agreed_amount(ctx):
    project, _ = _contracted(ctx)
    projects.add_spending(ctx, project, amount_fen=3_000_000, spent_on=date(2025, 6, 1), purpose="人员经费")
    with pytest.raises(ValidationError, match="已支出 30,000.00 元，再支出 10,000.01 元将超过协议金额 40,000.00 元") as err:
        projects.add_spending(ctx, project, amount_fen=1_000_001, spent_on=date(2025, 7, 1), purpose="活动物资")
    assert err.value.field == "amount_fen"
    for bad, field in ((dict(amount_fen=0), "amount_fen"), (dict(spent_on=date(2999, 1, 1)), "spent_on"),
                       (dict(purpose=" "), "purpose")):
        kwargs = dict(amount_fen=100, spent_on=date(2025, 7, 1), purpose="物资") | bad
        with pytest.raises(ValidationError) as err:
            projects.add_spending(ctx, project, **kwargs)
        assert err.value.field == field
    projects.add_spending(ctx, project, amount_fen=1_000_000, spent_on=date(2025, 7, 1), purpose="活动物资")
    assert projects.projects_by_id(ctx, [project])[project].spent_fen == 4_000_000


def test_indicators_are_measured_against_their_targets(ctx):
    project, indicator = _contracted(ctx)
    projects.move_project(ctx, project, "service")
    for bad in (-1, "很多", float("nan"), True):
        with pytest.raises(ValidationError, match="实测值"):
            projects.measure_indicator(ctx, indicator, bad)
    projects.measure_indicator(ctx, indicator, 320)
    [measured] = projects.view_project(ctx, project).indicators
    assert measured.actual == 320 and projects.indicator_met(measured) is True
    row = projects.projects_by_id(ctx, [project])[project]
    assert (row.indicators, row.indicators_met) == (1, 1)
    with pytest.raises(ValidationError, match="目标值须大于 0"):
        projects.add_indicator(ctx, projects.create_project(ctx, name="新项目").ids[0], name="人次", target=0)


def test_the_agreement_picks_a_known_agency_or_registers_one_only_with_the_right(ctx):
    from dataclasses import replace

    from wulian_desk.core.errors import PermissionDenied

    known = projects.create_agency(ctx, name="眉县阳光社会工作服务中心").ids[0]
    project = projects.create_project(ctx, name="困境儿童关爱项目", needs="课后陪伴").ids[0]
    changes = projects.set_agreement(ctx, project, agency_name="眉县阳光社会工作服务中心", contract_fen=100,
                                     period_from=None, period_to=None)
    assert changes.kinds == {"project"} and projects.view_project(ctx, project).project.agency_id == known
    worker = replace(ctx, role="worker")  # may edit projects, may not add agencies
    with pytest.raises(PermissionDenied):
        projects.set_agreement(worker, project, agency_name="新机构", contract_fen=100, period_from=None, period_to=None)
    assert list(projects.agencies(ctx)) == ["眉县阳光社会工作服务中心"]
    assert projects.view_project(ctx, project).project.agency_id == known


def test_the_project_page_names_approvers_and_documents_per_stage(ctx):
    project, _ = _contracted(ctx)
    projects.attach_documents(ctx, project, ["服务协议（盖章）.pdf", " ", "服务协议（盖章）.pdf"])
    with pytest.raises(ValidationError, match="请填写附件名称"):
        projects.attach_documents(ctx, project, [" "])
    view = projects.view_project(ctx, project)
    assert [s.to_stage for s in view.stages] == ["needs", "published", "contracted"]
    assert {s.approver for s in view.stages} == {"王站长"}
    assert view.stages[-1].documents == ("服务协议（盖章）.pdf",)
    assert view.agency_name == "眉县启航社会工作服务中心" and view.editable == {"spending"}
    assert projects.project_ids(ctx, search="启航") == [project] and projects.project_ids(ctx, stage="needs") == []
