"""Group work: goals, members, sessions with plans and attendance, pre/post measures on the
`group_measure` form, and the outcome."""

import json
from datetime import date, timedelta

import pytest
from sqlmodel import select

from tests.services.test_activities import add_client
from wulian_desk.core.activities import GroupInput
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.models import FormRecord
from wulian_desk.services.casework import groups

ITEMS = ("q1_strengths", "q2_help_seeking", "q3_speak_up", "q4_cooperate", "q5_lonely", "q6_confidence",
         "q7_trusted_friends", "q8_community")


def group_input(ctx, **extra) -> GroupInput:
    fields = dict(name="银龄互助小组", org_unit_id=ctx.station_id, worker_id=ctx.account_id,
                  goals="增进空巢老人之间的互助", target_members="60 岁以上空巢老人", starts_on=date(2026, 9, 1),
                  planned_sessions=3)
    fields.update(extra)
    return GroupInput(**fields)


def answers(phase: str, answer: str) -> dict:
    return {"phase": phase, "measure_date": "2026-10-01", **{q: answer for q in ITEMS}}


def test_a_group_from_plan_to_outcome(ctx):
    group = groups.create_group(ctx, group_input(ctx)).ids[0]
    a, b = add_client(ctx), add_client(ctx, "赵敏")
    groups.add_members(ctx, group, [a, b, a])
    first = groups.add_group_session(ctx, group, held_on=date(2026, 9, 1), plan="破冰：认识彼此").ids[0]
    second = groups.add_group_session(ctx, group, held_on=date(2026, 9, 8), plan="分享互助经验").ids[0]
    groups.record_session(ctx, first, present=[a, b], notes="成员积极")
    groups.record_session(ctx, second, present=[a])
    groups.record_session(ctx, second, present=[a], notes="乙请假")  # recording again replaces, not adds
    sessions = groups.group_sessions(ctx, group)
    assert [(s.number, s.plan, att) for s, att in sessions] == [
        (1, "破冰：认识彼此", {a: True, b: True}), (2, "分享互助经验", {a: True, b: False})]
    assert sessions[1][0].notes == "乙请假"
    row = groups.groups_by_id(ctx, [group])[group]
    assert (row.status, row.members, row.sessions, row.planned_sessions) == ("running", 2, 2, 3)

    groups.fill_group_measure(ctx, group, a, answers("pre", "disagree"))
    groups.fill_group_measure(ctx, group, a, answers("post", "agree"))
    groups.fill_group_measure(ctx, group, b, answers("pre", "unsure"))
    outcome = groups.group_outcome(ctx, group)
    assert (outcome.sessions_held, outcome.attendance_rate, outcome.improved) == (2, 0.75, 1)
    assert (outcome.pre_mean, outcome.post_mean) == (21.0, 30.0)
    # Item 5 is scored in reverse: "disagree" everywhere is 7 x 2 + 4.
    assert [(m.member_code, m.attended, m.pre, m.post) for m in outcome.members] == [
        ("M01", 2, 18, 30), ("M02", 1, 24, None)]

    with pytest.raises(ValidationError, match="成效总结"):
        groups.set_group_status(ctx, group, "closed")
    groups.set_group_status(ctx, group, "closed", outcome_summary="成员孤独感下降，建立了互助关系。")
    row = groups.groups_by_id(ctx, [group])[group]
    assert row.status == "closed" and row.ends_on == date.today()
    with pytest.raises(ValidationError, match="已结束"):
        groups.add_group_session(ctx, group, held_on=date(2026, 9, 15), plan="x")


def test_measures_are_form_records_with_form_id_and_version(ctx):
    group = groups.create_group(ctx, group_input(ctx)).ids[0]
    member = add_client(ctx)
    groups.add_members(ctx, group, [member])
    groups.fill_group_measure(ctx, group, member, answers("pre", "agree"))
    with ctx.reading() as session:
        record = session.exec(select(FormRecord)).one()
    stored = json.loads(record.answers)
    assert (record.form_id, record.form_version, record.client_id, record.case_id) == ("group_measure", 1, member, None)
    assert stored["group_name"] == "银龄互助小组" and stored["member_code"] == "M01"  # the code, never the name
    assert json.loads(record.computed)["total"] == 30


def test_measures_are_checked_and_only_for_members(ctx):
    group = groups.create_group(ctx, group_input(ctx)).ids[0]
    member, stranger = add_client(ctx), add_client(ctx, "赵敏")
    groups.add_members(ctx, group, [member])
    with pytest.raises(ValidationError, match="成员"):
        groups.fill_group_measure(ctx, group, stranger, answers("pre", "agree"))
    with pytest.raises(ValidationError):
        groups.fill_group_measure(ctx, group, member, {"phase": "pre", "measure_date": "2026-10-01"})
    with pytest.raises(ValidationError, match="不是本小组成员"):
        session_id = groups.add_group_session(ctx, group, held_on=date(2026, 9, 1), plan="破冰").ids[0]
        groups.record_session(ctx, session_id, present=[stranger])
    assert groups.group_outcome(ctx, group).pre_mean is None


def test_attendance_waits_for_the_session(ctx):
    group = groups.create_group(ctx, group_input(ctx)).ids[0]
    later = groups.add_group_session(ctx, group, held_on=date.today() + timedelta(days=7), plan="下周活动").ids[0]
    with pytest.raises(ValidationError, match="还没有举行"):
        groups.record_session(ctx, later, present=[])


@pytest.mark.parametrize(
    ("extra", "words"),
    [({"name": ""}, "小组名称"), ({"goals": ""}, "小组目标"), ({"planned_sessions": 0}, "计划节数"),
     ({"ends_on": date(2026, 8, 1)}, "结束日期"), ({"worker_id": "nobody"}, "负责社工")],
)
def test_invalid_groups_are_refused(ctx, extra, words):
    with pytest.raises(ValidationError, match=words):
        groups.create_group(ctx, group_input(ctx, **extra))
    assert groups.group_ids(ctx) == []
