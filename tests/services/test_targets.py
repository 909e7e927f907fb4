"""The dashboard's figures equal counts made directly from the records, for each city's profile,
with a community that misses its target."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from wulian_desk.core.models import (
    Agency,
    OperatingFund,
    Organisation,
    OrgUnit,
    Staff,
    StaffTraining,
)
from wulian_desk.core.organisations import SERVICE_TYPES, OrganisationInput
from wulian_desk.services.parties import organisations, projects, staffing
from wulian_desk.services.reports import targets
from wulian_desk.services.station import policies, settings, station

YEAR = 2025


def _org(ctx, unit, n, *, org_type="life_service", brand=False, project="", federation=False):
    return organisations.create_organisation(ctx, OrganisationInput(
        name=f"组织{n}", org_unit_id=unit, org_type=org_type, status="filed", filed_on=date(2024, 3, 1), leader="张三",
        phone="13912345678", brand_organisation=brand, brand_project=project, federation_member=federation)).ids[0]


def build(ctx):
    """Two urban communities (one with 16 organisations, one with 4: it misses), one rural with 5,
    staff, an agency with training, operating funds."""
    add = station.add_org_unit
    big = add(ctx, name="滨河社区", tier="community", area_kind="urban").ids[0]
    small = add(ctx, name="景贤社区", tier="community", area_kind="urban").ids[0]
    rural = add(ctx, name="槐芽村", tier="community", area_kind="rural").ids[0]
    types = sorted(SERVICE_TYPES) + ["governance", "culture_sports"]
    for n in range(16):
        _org(ctx, big, n, org_type=types[n % 5], brand=n < 3, project="邻里守望" if n < 2 else "", federation=n == 0)
    for n in range(4):
        _org(ctx, small, 100 + n, org_type="culture_sports")
    for n in range(5):
        _org(ctx, rural, 200 + n, org_type="mutual_aid")
    agency = projects.create_agency(ctx, name="眉县启航社会工作服务中心").ids[0]
    people = [staffing.add_staff(ctx, name=f"社工{n}", post="驻站社工", certificate=c, agency_id=agency if n < 2 else None).ids[0]
              for n, c in enumerate(("assistant", "none", "none"))]
    staffing.add_training(ctx, people[:2], name="督导实务", hours=24, held_on=date(YEAR, 5, 6))
    staffing.add_training(ctx, people[:1], name="政策法规", hours=16, held_on=date(YEAR, 9, 1))
    staffing.add_training(ctx, people[:1], name="往年培训", hours=40, held_on=date(YEAR - 1, 9, 1))
    staffing.record_operating_funds(ctx, org_unit_id=ctx.station_id, year=YEAR, entry="received", amount_fen=2_000_000,
                                    on=date(YEAR, 2, 1))
    staffing.record_operating_funds(ctx, org_unit_id=big, year=YEAR, entry="received", amount_fen=500_000, on=date(YEAR, 2, 1))
    return {"big": big, "small": small, "rural": rural}


def _direct(ctx):
    with ctx.reading() as session:
        orgs = session.exec(select(Organisation)).all()
        units = {u.id: u for u in session.exec(select(OrgUnit)).all()}
        staff = session.exec(select(Staff)).all()
        trainings = session.exec(select(StaffTraining)).all()
        agencies = session.exec(select(Agency)).all()
        funds = session.exec(select(OperatingFund)).all()
    return orgs, units, staff, trainings, agencies, funds


@pytest.fixture
def built(ctx):
    return build(ctx)


def _by_key(results):
    return {r.key: r for r in results}


@pytest.mark.parametrize("code", ["dalian", "huangshan", "meixian"])
def test_figures_equal_direct_counts(ctx, built, code):
    profile = policies.load_profile(code)
    got = _by_key(targets.dashboard(ctx, YEAR, profile=profile))
    orgs, units, staff, trainings, agencies, funds = _direct(ctx)
    urban = [u for u in units.values() if u.area_kind == "urban"]
    urban_orgs = [o for o in orgs if units[o.org_unit_id].area_kind == "urban"]
    urban_target = profile.targets.per_urban_community[-1][1]
    result = got["organisations_urban"]
    assert result.figure == round(len(urban_orgs) / len(urban), 2) == 10.0
    assert set(result.record_ids) == {o.id for o in urban_orgs}
    assert result.met is (10.0 >= urban_target)
    per = {b.unit_id: b for b in result.breakdown}
    assert per[built["small"]].figure == 4 and per[built["small"]].met is False  # the community that misses
    assert per[built["big"]].figure == 16 and per[built["big"]].met is True
    rural = got["organisations_rural"]
    assert rural.figure == 5 and rural.met is (5 >= profile.targets.per_rural_community[-1][1])
    assert got["operating_funds"].breakdown  # every profile sets the funds minimums
    funds_by_unit = {b.unit_id: b for b in got["operating_funds"].breakdown}
    assert funds_by_unit[ctx.station_id].figure == sum(f.amount_fen for f in funds if f.org_unit_id == ctx.station_id)
    assert funds_by_unit[ctx.station_id].met is True and funds_by_unit[built["big"]].met is False
    assert built["rural"] not in funds_by_unit  # the 1 万元 minimum is for urban community rooms
    if code == "dalian":
        assert set(got) == {"organisations_urban", "organisations_rural", "operating_funds"}
    if code == "huangshan":
        assert set(got) == {"organisations_urban", "organisations_rural", "brand_organisations", "brand_projects",
                            "federation_coverage", "operating_funds"}
        assert got["brand_organisations"].figure == sum(o.brand_organisation for o in orgs) == 3
        assert got["brand_organisations"].met is False
        assert got["brand_projects"].figure == sum(bool(o.brand_project) for o in orgs) == 2
        fed = got["federation_coverage"]
        assert fed.figure == 0.5 and fed.met is True  # no district in the name: the lowest, 50%
    if code == "meixian":
        assert set(got) == {"organisations_urban", "organisations_rural", "service_types_share", "staff",
                            "professionals", "agencies", "agency_training", "operating_funds"}
        share = got["service_types_share"]
        service = [o for o in orgs if o.org_type in SERVICE_TYPES]
        assert share.figure == round(len(service) / len(orgs), 4)
        assert share.met is (len(service) / len(orgs) > 0.5)
        assert got["staff"].breakdown[0].figure == len(staff) == 3 and got["staff"].met is True
        assert got["professionals"].breakdown[0].figure == 1 and got["professionals"].met is True
        agencies_result = got["agencies"].breakdown[0]
        assert agencies_result.figure == len(agencies) == 1
        assert agencies_result.threshold == 2 and agencies_result.met is False  # 首善街道 is the pilot: two
        hours = got["agency_training"].breakdown[0]
        assert hours.figure == 24 + 16  # a course counts once however many attended; last year's not at all
        assert len(hours.record_ids) == 3 and not any(t.id in hours.record_ids for t in trainings if t.held_on.year != YEAR)
        assert hours.met is False


def test_dashboard_follows_the_station_profile(ctx, built):
    policies.choose_profile(ctx, "dalian")
    assert {r.key for r in targets.dashboard(ctx, YEAR)} == {"organisations_urban", "organisations_rural",
                                                             "operating_funds"}


def test_targets_not_yet_due_are_not_shown(ctx, built):
    results = _by_key(targets.dashboard(ctx, 2022, profile=policies.load_profile("huangshan")))
    assert "organisations_urban" not in results and results["organisations_rural"].threshold == 3


def test_as_dict_keeps_the_ids_for_drill_down(ctx, built):
    data = [targets.as_dict(r) for r in targets.dashboard(ctx, YEAR, profile=policies.load_profile("meixian"))]
    urban = next(d for d in data if d["key"] == "organisations_urban")
    assert len(urban["record_ids"]) == 20 and {b["name"] for b in urban["breakdown"]} == {"滨河社区", "景贤社区"}


def test_the_records_behind_a_figure_are_named(ctx, built):
    results = _by_key(targets.dashboard(ctx, YEAR, profile=policies.load_profile("meixian")))
    ids = [i for key in ("organisations_urban", "staff", "agency_training", "agencies", "operating_funds")
           for i in results[key].record_ids]
    labels = targets.record_labels(ctx, ids + ["not-a-record"])
    assert set(labels) == set(ids)
    by_kind: dict[str, list] = {}
    for label in labels.values():
        by_kind.setdefault(label.kind, []).append(label)
    assert {k: len(v) for k, v in by_kind.items()} == {"organisation": 20, "staff": 3, "training": 3, "agency": 1,
                                                      "operating_fund": 2}
    assert "社工0（驻站社工，助理社会工作师）" in {x.what for x in by_kind["staff"]}
    assert f"社工0：督导实务，{YEAR}-05-06，24 课时" in {x.what for x in by_kind["training"]}
    assert {x.where for x in by_kind["operating_fund"]} == {"首善街道社会工作服务站", "滨河社区"}
    assert by_kind["agency"][0].what == "眉县启航社会工作服务中心"


def test_a_profile_with_an_error_is_refused_and_changes_nothing(ctx, built, tmp_path, monkeypatch):
    from wulian_desk.core.errors import PolicyError
    from wulian_desk.paths import policies_dir

    good = (policies_dir() / "meixian.toml").read_text(encoding="utf-8")
    monkeypatch.setattr(policies, "policies_dir", lambda: tmp_path)
    policies.load_profile.cache_clear()
    try:
        (tmp_path / "meixian.toml").write_text(good, encoding="utf-8")
        (tmp_path / "broken.toml").write_text(good.replace("[organisations]", "[organisations]\nper_town = 3", 1),
                                              encoding="utf-8")
        with pytest.raises(PolicyError, match="未知的项") as err:
            policies.choose_profile(ctx, "broken")
        assert str(tmp_path / "broken.toml") in str(err.value)
        assert settings.get_setting(ctx, "policy_profile") == "meixian"
        # The county sends an edited copy with a mistake: the dashboard says which file and why.
        (tmp_path / "meixian.toml").write_text(good + "\n[staff.village]\nmin_staff = 3\n", encoding="utf-8")
        policies.load_profile.cache_clear()
        with pytest.raises(PolicyError, match="未知站点层级"):
            targets.dashboard(ctx, YEAR)
        with pytest.raises(PolicyError, match="未知站点层级"):
            staffing.operating_fund_summary(ctx, YEAR)
    finally:
        policies.load_profile.cache_clear()
