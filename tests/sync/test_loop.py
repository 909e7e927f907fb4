"""The whole loop with two stations and a county: enrol, record, export, import, roll-up figures,
a correction request down and its answer up; importing twice is a no-op; any order gives the
same county database."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from tests.sync.helpers import copy_site, snapshot
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import PermissionDenied
from wulian_desk.services.casework import cases, clients
from wulian_desk.services.reports import reporting, rollup
from wulian_desk.services.sync import corrections, sync


def _stick(tmp_path, name="stick"):
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    return folder


def _count(ctx, table, owner):
    with ctx.reading() as session:
        return session.connection().exec_driver_sql(
            f"SELECT count(*) FROM {table} WHERE owner = ? AND NOT deleted", (owner,)).scalar_one()


def _new_client(ctx, name="赵秀兰"):
    data = ClientInput(name=name, gender="female", org_unit_id=ctx.station_id, birth_date=date(1948, 3, 9),
                       phone="13912345678", categories=("empty_nest",))
    return clients.create_client(ctx, data, consent=ConsentInput(given_on=date(2026, 11, 2))).ids[0]


def test_two_stations_report_to_the_county_and_answer_a_correction(county, station_a, station_b, tmp_path):
    stick = _stick(tmp_path)
    client = _new_client(station_a.ctx)
    case = cases.open_case(station_a.ctx, client_id=client, title="赵秀兰 独居照护").ids[0]
    up = sync.export_all(station_a.ctx, stick) + sync.export_all(station_b.ctx, stick)
    results = sync.import_bundles(county.ctx, [r.path for r in up])
    assert [r.status for r in results] == ["imported", "imported"], [r.message for r in results]

    # Roll-up: the county holds each station's records under its owner, counted as at the station.
    for site in (station_a, station_b):
        for table in ("client", "case_file", "service_session", "activity", "service_record", "organisation"):
            assert _count(county.ctx, table, site.ctx.station_id) == _count(site.ctx, table, site.ctx.station_id)
    month = date.today().strftime("%Y-%m")
    at_county = {s.station_id: s.figures for s in rollup.rollup(county.ctx, month).stations}
    for site in (station_a, station_b):
        [own] = rollup.rollup(site.ctx, month).stations
        assert at_county[site.ctx.station_id].as_dict() == own.figures.as_dict()
    pdf, _ = rollup.write_monthly(county.ctx, month, tmp_path / "county-month.pdf")
    xlsx, _ = rollup.write_monthly(county.ctx, month, tmp_path / "county-month.xlsx")
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    status = reporting.reporting(county.ctx, month)
    # Both bundles arrived, but a bundle is not a month's report: nothing was submitted yet.
    assert all(s.received and s.state == "not submitted" for s in status.stations)
    assert status.reporting_rate == 0.0 and status.timeliness == 0.0
    assert {s.name for s in status.stations} == {"博望街道社会工作服务站", "龙头镇社会工作服务站"}

    # What went up is pseudonymised; notes stayed at the station.
    with county.ctx.reading() as session:
        conn = session.connection()
        name, phone, born = conn.exec_driver_sql("SELECT name, phone, birth_date FROM client WHERE id = ?", (client,)).one()
        title = conn.exec_driver_sql("SELECT title FROM case_file WHERE id = ?", (case,)).scalar_one()
        notes = conn.exec_driver_sql("SELECT count(*) FROM service_session WHERE content != ''").scalar_one()
    assert name.startswith("服务对象-") and phone == "" and born == "1948-01-01" and title == "" and notes == 0

    # The county cannot edit a station's record; it asks for a correction, which goes down.
    with pytest.raises(PermissionDenied):
        clients.withdraw_consent(county.ctx, client)
    # It picks the case from station A's cases as it holds them (number; the title stayed behind).
    number = cases.view_case(station_a.ctx, case).case.case_number
    choices = corrections.record_choices(county.ctx, station_id=station_a.ctx.station_id, record_table="case_file",
                                         text=number)
    assert choices == [(case, f"{number} ")]
    assert case not in dict(corrections.record_choices(county.ctx, station_id=station_b.ctx.station_id,
                                                       record_table="case_file"))  # each station's own only
    corrections.request(county.ctx, station_id=station_a.ctx.station_id, record_table="case_file", record_id=case,
                        message="风险等级与评估不符，请核对。")
    down = sync.export_all(county.ctx, stick)
    assert {r.peer_name for r in down} == {"博望街道社会工作服务站", "龙头镇社会工作服务站"}
    for site in (station_a, station_b):
        mine = [r.path for r in down if r.peer_id == site.ctx.store.device_id]
        assert [r.status for r in sync.import_bundles(site.ctx, mine)] == ["imported"]
    [req] = corrections.list_requests(station_a.ctx, open_only=True)
    assert req.record_id == case and req.message.startswith("风险等级")
    assert req.record_label == f"{number} 赵秀兰 独居照护"  # the station reads which of its records is meant
    assert corrections.list_requests(station_b.ctx) == []  # meant for station A only

    corrections.answer(station_a.ctx, req.id, status="corrected", text="已按评估调整为高风险。")
    [again] = sync.export_all(station_a.ctx, stick)
    assert again.seq == 2 and again.counts.get("correction_answer") == 1
    assert "client" not in again.counts  # acknowledged by the county's bundle: not sent again
    assert [r.status for r in sync.import_bundles(county.ctx, [again.path])] == ["imported"]
    [answered] = corrections.list_requests(county.ctx)
    assert answered.status == "corrected" and answered.answer.startswith("已按评估")


def test_importing_a_bundle_ten_times_equals_importing_it_once(county, station_a, tmp_path):
    [bundle] = sync.export_all(station_a.ctx, _stick(tmp_path))
    sync.import_bundles(county.ctx, [bundle.path])
    once = snapshot(county.ctx)
    for _ in range(9):
        [result] = sync.import_bundles(county.ctx, [bundle.path])
        assert result.status == "duplicate" and "已经导入过" in result.message
    assert snapshot(county.ctx) == once


def test_any_order_of_bundles_gives_the_same_county_database(county, station_a, station_b, tmp_path):
    stick = _stick(tmp_path)
    files = [sync.export_all(station_a.ctx, stick)[0].path]
    client = _new_client(station_a.ctx, "钱玉梅")
    files.append(sync.export_all(station_a.ctx, stick)[0].path)
    clients.withdraw_consent(station_a.ctx, client)  # a later version of rows already sent
    cases.open_case(station_a.ctx, client_id=_new_client(station_a.ctx, "孙建国"), title="新个案")
    files.append(sync.export_all(station_a.ctx, stick)[0].path)
    files.append(sync.export_all(station_b.ctx, stick)[0].path)

    results = {}
    for n, order in enumerate(itertools.islice(itertools.permutations(files), 0, None, 5)):
        ctx = copy_site(county.ctx, tmp_path / f"county-{n}")
        try:
            outcome = sync.import_bundles(ctx, list(order))
            assert all(r.status == "imported" for r in outcome), [r.message for r in outcome]
            results[order] = snapshot(ctx)
        finally:
            ctx.close()
    first = next(iter(results.values()))
    assert len(results) >= 4 and all(s == first for s in results.values())


def test_a_gap_is_reported_and_the_later_bundle_still_applies(county, station_a, tmp_path):
    stick = _stick(tmp_path)
    first = sync.export_all(station_a.ctx, stick)[0]
    _new_client(station_a.ctx, "周桂芳")
    second = sync.export_all(station_a.ctx, stick)[0]
    [result] = sync.import_bundles(county.ctx, [second.path])
    assert result.status == "imported" and result.missing == [1] and "缺第 1 号" in result.message
    assert reporting.reporting(county.ctx, date.today().strftime("%Y-%m")).stations[0].missing == (1,)
    # Bundle 2 carried full state of everything not yet acknowledged, bundle 1 included.
    assert _count(county.ctx, "client", station_a.ctx.station_id) == _count(station_a.ctx, "client", station_a.ctx.station_id)
    [late] = sync.import_bundles(county.ctx, [first.path])
    assert late.status == "imported" and late.missing == []


def test_the_county_policy_profile_rules_its_stations(county, station_a, tmp_path):
    """The profile came down with enrolment; the county changes it and the next bundle brings it."""

    from wulian_desk.core.errors import PolicyError
    from wulian_desk.services.station import policies

    assert policies.station_profile(station_a.ctx).code == policies.station_profile(county.ctx).code
    with pytest.raises(PolicyError, match="总站下发"):
        policies.choose_profile(station_a.ctx, "dalian")
    policies.choose_profile(county.ctx, "dalian")
    stick = _stick(tmp_path)
    for bundle in sync.export_all(county.ctx, stick):
        if bundle.peer_id == station_a.ctx.store.device_id:
            assert sync.import_bundles(station_a.ctx, [bundle.path])[0].status == "imported"
    assert policies.station_profile(station_a.ctx).code == "dalian"


def test_a_purge_at_the_station_erases_the_countys_copy_too(county, station_a, tmp_path):
    stick = _stick(tmp_path)
    late = copy_site(county.ctx, tmp_path / "county-late")  # will get the bundles in reverse order
    client = _new_client(station_a.ctx, "郑淑华")
    cases.open_case(station_a.ctx, client_id=client, title="将被清除")
    [first] = sync.export_all(station_a.ctx, stick)
    sync.import_bundles(county.ctx, [first.path])
    with pytest.raises(PermissionDenied):
        clients.purge_client(county.ctx, client)  # not the county's to erase
    clients.withdraw_consent(station_a.ctx, client)
    clients.purge_client(station_a.ctx, client)
    [second] = sync.export_all(station_a.ctx, stick)
    assert second.counts.get("erasure") == 1
    sync.import_bundles(county.ctx, [second.path])

    def held(ctx):
        with ctx.reading() as session:
            conn = session.connection()
            return (conn.exec_driver_sql("SELECT count(*) FROM client WHERE id = ?", (client,)).scalar_one(),
                    conn.exec_driver_sql("SELECT count(*) FROM case_file WHERE client_id = ?", (client,)).scalar_one())

    assert held(county.ctx) == (0, 0) == held(station_a.ctx)
    # The older bundle arriving after the erasure cannot bring the client back.
    try:
        assert [r.status for r in sync.import_bundles(late, [second.path, first.path])] == ["imported", "imported"]
        assert held(late) == (0, 0)
    finally:
        late.close()


def test_the_county_widens_the_sharing_policy_for_supervision(county, station_a, tmp_path):
    from wulian_desk.core.errors import ValidationError
    from wulian_desk.services.sync import county_documents

    [peer] = sync.list_peers(station_a.ctx)
    before = sync.preview(station_a.ctx, peer.id)
    assert before["service_session"]["withheld"] == {"content": "empty", "next_steps": "empty"}
    with pytest.raises(ValidationError, match="不是默认不上报的字段"):
        county_documents.set_sharing_policy(county.ctx, ["client.gender"])
    county_documents.set_sharing_policy(county.ctx, ["service_session.content"])
    stick = _stick(tmp_path)
    for bundle in sync.export_all(county.ctx, stick):
        if bundle.peer_id == station_a.ctx.store.device_id:
            sync.import_bundles(station_a.ctx, [bundle.path])
    after = sync.preview(station_a.ctx, peer.id)
    assert after["service_session"]["withheld"] == {"next_steps": "empty"}
    [up] = sync.export_all(station_a.ctx, stick)
    sync.import_bundles(county.ctx, [up.path])
    with county.ctx.reading() as session:
        shared = session.connection().exec_driver_sql(
            "SELECT count(*) FROM service_session WHERE content != '' AND owner = ?", (station_a.ctx.station_id,)).scalar_one()
    assert shared == _count(station_a.ctx, "service_session", station_a.ctx.station_id) > 0


def test_a_newer_form_version_sent_by_the_county_is_used_at_the_station(county, station_a, tmp_path):
    """The county runs a newer program first: its intake form version 2 goes down with the next
    bundle; the station fills version 2 from then on and still reads answers given under 1."""
    from wulian_desk.core.models import CountyDocument
    from wulian_desk.paths import forms_dir
    from wulian_desk.services.casework import forms

    text = (forms_dir() / "intake.v1.toml").read_text(encoding="utf-8")
    newer = text.replace("version = 1", "version = 2", 1).replace('title_zh = "接案登记表"', 'title_zh = "接案登记表（2027版）"', 1)
    with county.ctx.writing() as session:
        session.add(county.ctx.stamp(session, CountyDocument(kind="form", key="intake.v2.toml", content=newer)))
    try:
        for bundle in sync.export_all(county.ctx, _stick(tmp_path)):
            if bundle.peer_id == station_a.ctx.store.device_id:
                assert sync.import_bundles(station_a.ctx, [bundle.path])[0].status == "imported"
        assert forms.get_form("intake").version == 2 and forms.get_form("intake").title_zh.endswith("2027版）")
        assert forms.get_form("intake", 1).version == 1
    finally:
        forms.registry().pop(("intake", 2), None)  # the form registry is per process


def test_every_kind_a_county_may_ask_about_is_named_and_can_be_picked(county, station_a, tmp_path):
    """Each record kind of a correction request has a label the county picks by and the station
    reads: every one runs on a county holding a demo station's records, and names some of them."""
    sync.import_bundles(county.ctx, [r.path for r in sync.export_all(station_a.ctx, _stick(tmp_path))])
    named = set()
    for kind in corrections.RECORD_LABELS:
        choices = corrections.record_choices(county.ctx, station_id=station_a.ctx.station_id, record_table=kind)
        assert all(record_id and label for record_id, label in choices), kind
        if choices:
            named.add(kind)
    assert {"case_file", "client", "activity", "volunteer", "room", "asset"} <= named
