"""The demo station's volunteering is made of valid records the services read back."""

from sqlalchemy import func
from sqlmodel import col, select

from wulian_desk.core.identity import parse_id_number
from wulian_desk.core.models import ServiceRecord, Volunteer
from wulian_desk.services.casework import groups
from wulian_desk.services.reports import catalog
from wulian_desk.services.volunteering import activities, certificates, service_hours, volunteers


def test_demo_fills_volunteering_at_scale(demo_ctx):
    counts = catalog.record_counts(demo_ctx)
    assert counts["volunteers"]["live"] == 100 and counts["activities"]["live"] == 1000
    assert counts["groups"]["live"] == 5 and counts["teams"]["live"] == 4
    totals = service_hours.station_totals(demo_ctx)
    assert totals.volunteers == 100 and 9_900 <= totals.records <= 10_100
    with demo_ctx.reading() as session:
        late = session.exec(select(func.count()).where(ServiceRecord.late == True)).one()  # noqa: E712
        corrected = session.exec(select(ServiceRecord.id).where(col(ServiceRecord.superseded_by).is_not(None))).all()
        numbers = session.exec(select(Volunteer.id_number)).all()
    assert 0 < late < totals.records // 5
    assert corrected and len(service_hours.record_history(demo_ctx, corrected[0])) == 2
    assert all(parse_id_number(n) for n in numbers)


def test_demo_totals_agree_with_the_records(demo_ctx):
    ids = volunteers.volunteer_ids(demo_ctx)
    rows = volunteers.volunteers_by_id(demo_ctx, ids)
    assert sum(r.total_minutes for r in rows.values()) == service_hours.station_totals(demo_ctx).minutes
    busiest = max(rows.values(), key=lambda r: r.total_minutes)
    assert busiest.stars >= 1
    assert sum(m for _, m, _ in service_hours.yearly_totals(demo_ctx, busiest.id)) == busiest.total_minutes


def test_demo_activities_groups_and_a_certificate(demo_ctx, tmp_path):
    assert activities.unreported_major_events(demo_ctx)
    closed = groups.group_ids(demo_ctx, status="closed")
    assert closed
    outcome = groups.group_outcome(demo_ctx, closed[0])
    assert outcome.pre_mean is not None and outcome.post_mean is not None and outcome.sessions_held >= 6
    volunteer = volunteers.volunteer_ids(demo_ctx)[0]
    issued = certificates.issue_certificate(demo_ctx, volunteer, tmp_path / "c.pdf")
    assert certificates.verify_certificate(demo_ctx, issued.code).matches
