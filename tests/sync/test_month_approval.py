"""A station submits a month, the county returns it with a reason, the station fixes and
resubmits, the county approves; then the month is locked at the station (adding, editing or
deleting a record dated in it is refused), except the record a correction request names.
`reporting` shows each state on both sides; a bundle written within a month is not its report."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from wulian_desk.core.activities import ActivityInput
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import Activity, Volunteer
from wulian_desk.core.rollup import Month, parse_month
from wulian_desk.services.reports import approval, reporting
from wulian_desk.services.sync import corrections, sync
from wulian_desk.services.volunteering import activities, service_hours


def last_month() -> Month:
    first = date.today().replace(day=1) - timedelta(days=1)
    return parse_month(first.strftime("%Y-%m"))


def carry(source, target, tmp_path, name):
    stick = tmp_path / name
    stick.mkdir()
    results = sync.import_bundles(target.ctx, [r.path for r in sync.export_all(source.ctx, stick)])
    # The county writes one bundle per station; each station takes its own.
    mine = [r for r in results if r.reason != "wrong_recipient"]
    assert mine and all(r.status == "imported" for r in mine), [r.message for r in results]


def activity(ctx, day: datetime, title="邻里互助茶话会") -> ActivityInput:
    return ActivityInput(title=title, activity_type="culture_sports", org_unit_id=ctx.station_id, starts_at=day,
                         ends_at=day + timedelta(hours=2), organiser="博望街道社工站", person_in_charge="王站长",
                         place="社区广场")


def county_state(county, station_id, month):
    [row] = [s for s in reporting.reporting(county.ctx, month.code).stations if s.station_id == station_id]
    return row


def at(month: Month, day: int, hour: int = 3) -> datetime:
    return datetime.combine(month.end.replace(day=day), datetime.min.time(), UTC).replace(hour=hour)


def test_submit_return_resubmit_approve_lock_and_correct(county, station_a, tmp_path):
    month, sid = last_month(), station_a.ctx.station_id
    inside = datetime.combine(month.start.replace(day=10), datetime.min.time()).replace(hour=9)
    first = activities.create_activity(station_a.ctx, activity(station_a.ctx, inside)).ids[0]
    second = activities.create_activity(station_a.ctx, activity(station_a.ctx, inside, "读书会")).ids[0]

    # A month not ended yet cannot be submitted.
    with pytest.raises(ValidationError, match="还没有结束"):
        approval.submit(station_a.ctx, date.today().strftime("%Y-%m"))
    carry(station_a, county, tmp_path, "up0")
    row = county_state(county, sid, month)
    assert row.state == "not submitted" and not row.on_time
    with pytest.raises(ValidationError, match="尚未报送"):
        approval.approve(county.ctx, station=sid, month=month)

    approval.submit(station_a.ctx, month, note="本月活动 2 场", now=at(month, 2))
    with pytest.raises(ValidationError, match="等待上级审核"):
        approval.submit(station_a.ctx, month, now=at(month, 3))
    carry(station_a, county, tmp_path, "up1")
    row = county_state(county, sid, month)
    assert (row.state, row.on_time, row.reported) == ("submitted", True, True)

    # Returned with a reason: the county names the station by its code.
    with pytest.raises(ValidationError, match="退回原因"):
        approval.return_month(county.ctx, station="610722001", month=month, reason=" ")
    with pytest.raises(NotFoundError):
        approval.return_month(county.ctx, station="999999", month=month, reason="x")
    approval.return_month(county.ctx, station="610722001", month=month, reason="活动人数未填")
    assert county_state(county, sid, month).state == "returned"
    carry(county, station_a, tmp_path, "down1")
    own = reporting.reporting(station_a.ctx, month.code).own
    assert own.state.state == "returned" and own.state.decision.reason == "活动人数未填"

    # Fixed (not locked while returned) and resubmitted, late this time.
    activities.set_headcount(station_a.ctx, first, 12)
    approval.submit(station_a.ctx, month, now=at(month, 9))
    carry(station_a, county, tmp_path, "up2")
    row = county_state(county, sid, month)
    assert (row.state, row.on_time) == ("submitted", False)

    approval.approve(county.ctx, station=sid, month=month)
    assert county_state(county, sid, month).state == "approved"
    with pytest.raises(ValidationError, match="已审核通过"):
        approval.approve(county.ctx, station=sid, month=month)
    carry(county, station_a, tmp_path, "down2")
    assert reporting.reporting(station_a.ctx, month.code).own.state.state == "approved"

    # Locked at the station: add, edit, delete, and hours dated in the month (the bulk path).
    ctx = station_a.ctx
    for attempt in (lambda: activities.create_activity(ctx, activity(ctx, inside, "新活动")),
                    lambda: activities.update_activity(ctx, first, activity(ctx, inside, "改名")),
                    lambda: activities.set_headcount(ctx, second, 3),
                    lambda: _delete(ctx, second),
                    lambda: service_hours.record_service(ctx, _volunteer(ctx), served_on=month.start.replace(day=12),
                                                         hours=2, content="探访")):
        with pytest.raises(ValidationError, match="审核通过并锁定") as err:
            attempt()
        assert "更正请求" in str(err.value)
    # Nor can a record be moved out of the month, or submitted again.
    outside = datetime.combine(date.today(), datetime.min.time()).replace(hour=9)
    with pytest.raises(ValidationError, match="锁定"):
        activities.update_activity(ctx, first, activity(ctx, outside))
    with pytest.raises(ValidationError, match="已由上级审核通过"):
        approval.submit(ctx, month)
    activities.create_activity(ctx, activity(ctx, outside, "本月活动"))  # another month: free

    # A correction request unlocks exactly the record it names.
    corrections.request(county.ctx, station_id=sid, record_table="activity", record_id=first, message="名称有误")
    carry(county, station_a, tmp_path, "down3")
    activities.update_activity(ctx, first, activity(ctx, inside, "重阳茶话会"))
    with pytest.raises(ValidationError, match="锁定"):
        activities.update_activity(ctx, second, activity(ctx, inside, "改名"))
    [request] = corrections.list_requests(ctx, open_only=True)
    corrections.answer(ctx, request.id, status="corrected", text="已改")
    with pytest.raises(ValidationError, match="锁定"):  # answered: locked again
        activities.update_activity(ctx, first, activity(ctx, inside, "又改"))


def _delete(ctx, activity_id):
    with ctx.writing() as session:
        row = session.get(Activity, activity_id)
        row.deleted = True
        session.add(ctx.stamp(session, row))


def _volunteer(ctx):
    with ctx.reading() as session:
        return session.exec(Volunteer.__table__.select().limit(1)).first()[0]


def test_reopen_unlocks_and_asks_for_a_new_submission(county, station_a, tmp_path):
    month, sid = last_month(), station_a.ctx.station_id
    inside = datetime.combine(month.start.replace(day=10), datetime.min.time()).replace(hour=9)
    made = activities.create_activity(station_a.ctx, activity(station_a.ctx, inside)).ids[0]
    approval.submit(station_a.ctx, month, now=at(month, 1))
    carry(station_a, county, tmp_path, "up")
    with pytest.raises(ValidationError, match="尚未审核通过"):
        approval.reopen(county.ctx, station=sid, month=month, reason="更正人数")
    approval.approve(county.ctx, station=sid, month=month)
    approval.reopen(county.ctx, station=sid, month=month, reason="更正人数")
    assert county_state(county, sid, month).state == "returned"
    carry(county, station_a, tmp_path, "down")
    activities.set_headcount(station_a.ctx, made, 5)  # unlocked again
    journal = [e.action for e in _journal(county.ctx)]
    assert {"month_approve", "month_reopen"} <= set(journal)


def _journal(ctx):
    from wulian_desk.services.station import audit_log

    return audit_log.journal(ctx)


def test_a_bundle_written_within_the_month_is_not_its_report(county, station_a, station_b, tmp_path):
    this_month = date.today().strftime("%Y-%m")
    carry(station_a, county, tmp_path, "up")
    status = reporting.reporting(county.ctx, this_month)
    row = next(s for s in status.stations if s.station_id == station_a.ctx.station_id)
    assert row.received and row.state == "not submitted" and not row.on_time and not row.reported
    assert status.timeliness == 0.0 and status.reporting_rate == 0.0
    # Decisions go only to the station they name.
    month = last_month()
    approval.submit(station_a.ctx, month, now=at(month, 1))
    carry(station_a, county, tmp_path, "up2")
    approval.approve(county.ctx, station=station_a.ctx.station_id, month=month)
    carry(county, station_b, tmp_path, "down-b")
    assert reporting.reporting(station_b.ctx, month.code).own.state.state == "not submitted"
