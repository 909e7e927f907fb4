import pytest

from wulian_desk.core.errors import Cancelled, ValidationError
from wulian_desk.core.tasks import Progress
from wulian_desk.services import demo
from wulian_desk.services.facilities import facilities
from wulian_desk.services.reports import catalog
from wulian_desk.services.station import maintenance


def snapshot(ctx):
    ids = facilities.asset_ids(ctx, sort="asset_tag")
    rows = facilities.assets_by_id(ctx, ids)
    return [(rows[i].asset_tag, rows[i].name, rows[i].value_fen, rows[i].room_name) for i in ids]


def test_demo_is_deterministic_and_sound(demo_ctx, ctx):
    demo.fill_demo(ctx, scale=1)
    assert snapshot(ctx) == snapshot(demo_ctx)
    counts = catalog.record_counts(ctx)
    assert counts["assets"]["live"] == 200
    assert counts["units"]["live"] == 8
    assert counts["clients"]["live"] == 1000
    assert 100 < counts["cases"]["live"] < 300
    assert all(r.ok for r in maintenance.check_station(ctx))
    # Some units miss a minimum on purpose, so the compliance view has something to show.
    assert any(not u.met for u in facilities.compliance(ctx))


def test_demo_clients_and_cases_are_valid_records(demo_ctx):
    from datetime import date

    from wulian_desk.core.clients import ClientInput, check_client_fields
    from wulian_desk.core.consent import ConsentState, missing_consents
    from wulian_desk.services.casework import cases, clients

    ids = clients.client_ids(demo_ctx)[:200]
    for client_id in ids:
        view = clients.view_client(demo_ctx, client_id, full=True)
        check_client_fields(ClientInput(name=view.name, gender=view.gender, org_unit_id=view.org_unit_id,
                                        birth_date=view.birth_date, id_number=view.id_number, phone=view.phone,
                                        categories=view.categories), today=date.today())
        state = view.consent
        assert isinstance(state, ConsentState)
        assert not missing_consents(categories=view.categories, health_notes="", birth_date=view.birth_date,
                                    consent=state, today=date.today())
    stages = {row.stage for row in cases.cases_by_id(demo_ctx, cases.case_ids(demo_ctx)).values()}
    assert {"intake", "service", "closed"} <= stages
    assert cases.case_ids(demo_ctx, search="智能手机")


def test_demo_staff_log_in_with_the_given_password(ctx, station_dir):
    from wulian_desk.services.casework import cases
    from wulian_desk.services.station import station

    demo.fill_demo(ctx, scale=1, staff_password="staff-pass-2026")
    worker = station.open_station(station_dir, passphrase="staff-pass-2026", username="liwei")
    try:
        mine = cases.case_ids(worker)
        assert mine and set(mine) < set(cases.case_ids(ctx))  # a worker sees only their own cases
    finally:
        worker.close()


def test_demo_only_fills_an_empty_station(demo_ctx):
    with pytest.raises(ValidationError, match="空站点"):
        demo.fill_demo(demo_ctx, scale=1)


def test_demo_scales(ctx):
    demo.fill_demo(ctx, scale=10)
    assert catalog.record_counts(ctx)["assets"]["live"] == 2000


def test_cancelled_demo_writes_nothing(ctx):
    progress = Progress(lambda done, total, text: progress.cancel() if done else None)
    with pytest.raises(Cancelled):
        demo.fill_demo(ctx, scale=10, progress=progress)
    counts = catalog.record_counts(ctx)
    assert counts["assets"]["live"] == 0 and counts["rooms"]["live"] == 0


def test_demo_scale_bounds(ctx):
    with pytest.raises(ValidationError):
        demo.fill_demo(ctx, scale=0)


def test_demo_parties_are_sound(demo_ctx):
    from wulian_desk.services.parties import charity
    from wulian_desk.services.reports import targets

    counts = catalog.record_counts(demo_ctx)
    assert counts["organisations"]["live"] > 0 and counts["projects"]["live"] == 6
    assert all(f.balance_fen >= 0 for f in charity.funds(demo_ctx))
    results = [targets.as_dict(r) for r in targets.dashboard(demo_ctx, 2026)]
    assert results and any(not r["met"] for r in results)  # the demo shows a target missed
