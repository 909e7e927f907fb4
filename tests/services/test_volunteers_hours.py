"""Service hours: late records flagged, whole activities recorded in one go, corrections that keep
the earlier value, and totals per year and overall."""

from datetime import date, datetime, timedelta

import pytest
from sqlmodel import select

from tests.services.test_volunteers import add_volunteer
from wulian_desk.core.activities import ActivityInput
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.models import ServiceRecord
from wulian_desk.services.volunteering import activities, service_hours, volunteers

TODAY = date.today()


def another(ctx, n, name):
    return add_volunteer(ctx, name=name, gender="male", id_number=make_id_number("610326", date(1960, 1, 2), n, "male"))


def make_activity(ctx, day: date, *, planned_hours=2.0, title="独居老人探访") -> str:
    start = datetime.combine(day, datetime.min.time()).replace(hour=9)
    return activities.create_activity(ctx, ActivityInput(
        title=title, activity_type="neighbour_watch", org_unit_id=ctx.station_id, starts_at=start,
        ends_at=start + timedelta(hours=2), organiser="首善街道社工站", person_in_charge="王站长", place="滨河社区",
        planned_hours=planned_hours)).ids[0]


def live_records(ctx):
    with ctx.reading() as session:
        return session.exec(select(ServiceRecord).where(ServiceRecord.superseded_by == None)).all()  # noqa: E711


def test_a_record_entered_late_is_kept_and_flagged(ctx):
    volunteer_id = add_volunteer(ctx)
    on_time = service_hours.record_service(ctx, volunteer_id, served_on=TODAY, hours=2, content="探访")
    late = service_hours.record_service(ctx, volunteer_id, served_on=TODAY - timedelta(days=21), hours=2, content="探访")
    assert on_time.warnings == ()
    assert len(late.warnings) == 1 and "工作日" in late.warnings[0] and "补录" in late.warnings[0]
    flags = {r.id: r.late for r in live_records(ctx)}
    assert flags == {on_time.ids[0]: False, late.ids[0]: True}


def test_a_record_needs_valid_hours_and_a_past_date(ctx):
    volunteer_id = add_volunteer(ctx)
    with pytest.raises(ValidationError, match="0.5 到 24"):
        service_hours.record_service(ctx, volunteer_id, served_on=TODAY, hours=25, content="探访")
    with pytest.raises(ValidationError, match="晚于今天"):
        service_hours.record_service(ctx, volunteer_id, served_on=TODAY + timedelta(days=1), hours=2, content="探访")
    assert live_records(ctx) == []


def test_hours_for_a_whole_activity_at_once(ctx):
    day = TODAY - timedelta(days=1)
    activity = make_activity(ctx, day, planned_hours=2.5)
    a, b, c = add_volunteer(ctx), another(ctx, 1, "李建国"), another(ctx, 2, "王德明")
    activities.add_volunteers(ctx, activity, [a, b, c])
    result = service_hours.record_activity_hours(ctx, activity, adjustments={b: 4, c: None})
    assert len(result.ids) == 2 and "activity" in result.kinds
    got = {r.volunteer_id: (r.minutes, r.served_on, r.activity_id, r.organiser, r.place) for r in live_records(ctx)}
    assert got == {a: (150, day, activity, "首善街道社工站", "滨河社区"), b: (240, day, activity, "首善街道社工站", "滨河社区")}
    with pytest.raises(ValidationError, match="已有这项活动的服务记录"):
        service_hours.record_activity_hours(ctx, activity)


def test_a_bad_adjustment_writes_nothing(ctx):
    activity = make_activity(ctx, TODAY)
    a, b = add_volunteer(ctx), another(ctx, 1, "李建国")
    activities.add_volunteers(ctx, activity, [a, b])
    with pytest.raises(ValidationError, match="0.5 到 24"):
        service_hours.record_activity_hours(ctx, activity, adjustments={b: 30})
    with pytest.raises(ValidationError, match="没有报名"):
        service_hours.record_activity_hours(ctx, activity, adjustments={"someone-else": 2})
    assert live_records(ctx) == []
    service_hours.record_activity_hours(ctx, activity, hours=1)
    assert sorted(r.minutes for r in live_records(ctx)) == [60, 60]


def test_corrections_keep_the_earlier_value(ctx):
    volunteer_id = add_volunteer(ctx)
    first = service_hours.record_service(ctx, volunteer_id, served_on=TODAY, hours=2, content="探访").ids[0]
    second = service_hours.correct_service_record(ctx, first, reason="实际服务 3 小时", hours=3).ids[0]
    third = service_hours.correct_service_record(ctx, second, reason="内容补充", content="探访并打扫卫生").ids[0]
    chain = service_hours.record_history(ctx, second)
    assert [(r.id, r.minutes, r.content) for r in chain] == [
        (first, 120, "探访"), (second, 180, "探访"), (third, 180, "探访并打扫卫生")]
    assert [r.correction_reason for r in chain] == ["", "实际服务 3 小时", "内容补充"]
    assert chain[0].superseded_by == second and chain[-1].superseded_by is None
    with pytest.raises(ValidationError, match="最新"):
        service_hours.correct_service_record(ctx, first, reason="再改", hours=5)
    assert service_hours.volunteer_totals(ctx, [volunteer_id])[volunteer_id].total_minutes == 180
    history = service_hours.service_records(ctx, volunteer_id, include_superseded=True)
    assert {r.id for r in history} == {first, second, third}
    assert [r.id for r in service_hours.service_records(ctx, volunteer_id)] == [third]
    with pytest.raises(ValidationError, match="更正原因"):
        service_hours.correct_service_record(ctx, third, reason=" ", hours=1)


def test_totals_per_year_overall_and_for_the_station(ctx):
    volunteer_id, other = add_volunteer(ctx), another(ctx, 1, "李建国")
    last_year = date(TODAY.year - 1, 6, 1)
    for day, hours in ((last_year, 10), (last_year + timedelta(days=1), 5.5), (TODAY, 2)):
        service_hours.record_service(ctx, volunteer_id, served_on=day, hours=hours, content="探访")
    service_hours.record_service(ctx, other, served_on=TODAY, hours=1, content="送餐")
    totals = service_hours.volunteer_totals(ctx, [volunteer_id, other, "nobody"])
    mine = totals[volunteer_id]
    assert (mine.total_minutes, mine.year_minutes, mine.records, mine.last_served) == (1050, 120, 3, TODAY)
    assert service_hours.volunteer_totals(ctx, [volunteer_id], year=TODAY.year - 1)[volunteer_id].year_minutes == 930
    assert totals["nobody"].total_minutes == 0
    assert service_hours.yearly_totals(ctx, volunteer_id) == [(TODAY.year - 1, 930, 2), (TODAY.year, 120, 1)]
    assert service_hours.station_totals(ctx) == service_hours.StationTotals(2, 1110, 4)
    assert service_hours.station_totals(ctx, year=TODAY.year - 1) == service_hours.StationTotals(1, 930, 2)


def test_star_levels_come_from_the_policy_profile(ctx, monkeypatch):
    volunteer_id = add_volunteer(ctx)
    for days in range(1, 6):
        service_hours.record_service(ctx, volunteer_id, served_on=TODAY - timedelta(days=days), hours=24, content="值守")
    assert service_hours.star_hours(ctx) == (100, 300, 600, 1000, 1500)  # resources/policies/meixian.toml
    assert volunteers.volunteers_by_id(ctx, [volunteer_id])[volunteer_id].stars == 1
    monkeypatch.setattr(service_hours, "star_hours", lambda ctx, session=None: (10, 50, 100, 150))
    assert volunteers.volunteers_by_id(ctx, [volunteer_id])[volunteer_id].stars == 3


def test_totals_read_the_partial_index(ctx):
    from sqlalchemy import text

    with ctx.reading() as session:
        plan = session.execute(text("EXPLAIN QUERY PLAN " + service_hours.TOTALS_SQL),
                               {"ids": "[]", "year_start": "2026-01-01", "year_end": "2027-01-01"}).all()
    assert any("COVERING INDEX ix_service_record_live" in row[-1] for row in plan), plan
