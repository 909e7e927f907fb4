"""The monthly roll-up: its figures equal counts made row by row from the records, at a station and
at a county holding two stations' rows; the county's view of a station equals the station's own;
the report as PDF (Chinese text, the font embedded) and as .xlsx; bad output refused."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date

import pytest
from sqlmodel import select

from tests.services.rollup_fixtures import (
    MONTH,
    copy_into_county,
    direct_figures,
    fill_small_station,
    make_station,
    open_station,
)
from wulian_desk.core.errors import DataDirError, ValidationError
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import OrgUnit, Project
from wulian_desk.core.rollup import Figures, Month, parse_month, total
from wulian_desk.services.parties import projects
from wulian_desk.services.reports import rollup, targets
from wulian_desk.services.station import audit_log
from wulian_desk.storage.bulk import BulkWriter

SMALL = "槐芽镇社会工作服务站"
COUNTY = "眉县社会工作服务总站"


@pytest.fixture(scope="module")
def small_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small") / "station"
    ctx = make_station(folder, name=SMALL)
    try:
        units = fill_small_station(ctx)
    finally:
        ctx.close()
    return folder, units


@pytest.fixture(scope="module")
def county_template(tmp_path_factory, small_template, demo_template):
    """The county with its own project, and the rows of the demo station and the small station."""
    base = tmp_path_factory.mktemp("county")
    demo_copy = base / "demo"
    shutil.copytree(demo_template[0], demo_copy)
    ctx = make_station(base / "county", name=COUNTY, tier="county")
    try:
        projects.create_project(ctx, name="全县五社联动能力建设项目", needs="培训", on=date(2026, 8, 1))
        assert copy_into_county(demo_copy, ctx) > 1000
        assert copy_into_county(small_template[0], ctx) > 50
    finally:
        ctx.close()
    return base / "county", demo_copy


def _copy(template, tmp_path, name):
    target = tmp_path / name
    shutil.copytree(template, target)
    return open_station(target)


@pytest.fixture
def small(small_template, tmp_path):
    ctx = _copy(small_template[0], tmp_path, "small")
    yield ctx, small_template[1]
    ctx.close()


@pytest.fixture
def county(county_template, tmp_path):
    ctx = _copy(county_template[0], tmp_path, "county")
    yield ctx
    ctx.close()


def _expected_units(ctx, result, owner=None):
    """Each unit's figures as counted directly, with the station totals."""
    per_unit, served = direct_figures(ctx, result.month, owner=owner)
    for s in result.stations:
        for u in s.units:
            assert u.figures == per_unit.pop((s.station_id, u.unit_id), Figures()), (s.name, u.name)
        expected = total(u.figures for u in s.units)
        expected.volunteers_served, expected.clients_served = served.get(s.station_id, (0, 0))
        assert s.figures == expected, s.name
    assert not per_unit, f"figures of units the roll-up left out: {list(per_unit)}"


# -- the month ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "26-03", "2026/03", "三月", "", "1999-12", "2026-03-01"])
def test_a_malformed_month_is_refused_in_chinese(text):
    with pytest.raises(ValidationError, match="月份格式不对") as err:
        parse_month(text)
    assert err.value.field == "month"


def test_months():
    assert parse_month(" 2026-3 ", today=date(2026, 11, 22)) == Month(2026, 3)
    december = parse_month("2025-12", today=date(2026, 1, 1))
    assert (december.start, december.end, december.last) == (date(2025, 12, 1), date(2026, 1, 1), date(2025, 12, 31))
    assert december.zh == "2025年12月" and str(december) == "2025-12"
    assert parse_month("2026-11", today=date(2026, 11, 1)).code == "2026-11"  # the month under way
    with pytest.raises(ValidationError, match="2026年12月还没有开始"):
        parse_month("2026-12", today=date(2026, 11, 30))


def test_figures_add_up():
    a = Figures(cases_opened=2, cases_by_stage={"intake": 1}, session_minutes=90)
    b = Figures(cases_opened=1, cases_by_stage={"intake": 2, "closed": 1}, projects_by_stage={"needs": 1})
    both = total([a, b])
    assert both.cases_opened == 3 and both.cases_by_stage == {"intake": 3, "closed": 1}
    assert both.projects == 1 and both.session_hours == 1.5
    assert a.cases_by_stage == {"intake": 1}  # the parts are not changed


# -- at a station ----------------------------------------------------------------------------------


def test_a_station_month_equals_direct_counts(small):
    ctx, units = small
    result = rollup.rollup(ctx, "2026-10")
    assert result.scope == "station" and result.month == MONTH and result.station_name == SMALL
    [own] = result.stations
    assert own.station_id == ctx.station_id
    assert [u.name for u in own.units] == [SMALL, "槐芽村", "西街社区"]  # the station first, then by tier and name
    _expected_units(ctx, result, owner=ctx.station_id)
    # The same figures, checked by hand against what fill_small_station recorded.
    f = own.figures
    assert (f.cases_opened, f.cases_closed, f.cases_open) == (2, 1, 3)
    assert f.cases_by_stage == {"intake": 2, "paused": 1, "closed": 1}  # paused on the 26th: still open
    assert f.opened_by_category == {"empty_nest": 1}
    assert f.open_by_category == {"dibao": 1, "disabled": 1, "empty_nest": 1}
    assert (f.sessions, f.session_minutes) == (2, 75)
    assert (f.groups_started, f.groups_met, f.group_sessions, f.group_attendance) == (1, 1, 1, 2)
    assert (f.activities, f.activity_participants, f.activity_volunteers, f.major_events) == (1, 12, 1, 1)
    assert (f.volunteers_served, f.service_records, f.service_minutes) == (2, 2, 300)
    assert (f.organisations, f.organisations_registered, f.organisations_filed, f.organisations_new) == (2, 1, 1, 1)
    assert f.organisations_by_type == {"life_service": 1, "governance": 1}
    assert (f.funds, f.donations, f.donations_fen, f.donations_goods) == (1, 2, 100_000, 1)
    assert (f.allocations, f.allocations_fen, f.fund_balance_fen) == (1, 30_000, 120_000)
    assert f.projects_by_stage == {"published": 1} and f.project_spending_fen == 80_000
    by_name = {u.name: u.figures for u in own.units}
    assert by_name["西街社区"].service_minutes == 300 and by_name["槐芽村"].service_minutes == 0  # where served
    assert by_name["槐芽村"].cases_closed == 1 and by_name["西街社区"].funds == 1
    assert result.total == f
    # The targets are the station's dashboard, and each unit carries its facility check.
    assert [(t.key, t.figure, t.met) for t in result.targets] == \
        [(t.key, t.figure, t.met) for t in targets.dashboard(ctx, 2026)]
    assert {u.name: u.compliance.met for u in own.units} == {SMALL: False, "西街社区": True, "槐芽村": False}
    assert (f.units_with_minimum, f.units_meeting_minimum) == (3, 1)


def test_a_month_with_nothing_in_it(small):
    ctx, _units = small
    result = rollup.rollup(ctx, "2026-06")
    f = result.total
    assert (f.cases_opened, f.sessions, f.activities, f.service_minutes, f.donations) == (0, 0, 0, 0, 0)
    assert f.organisations == 2  # organisations count as they stand now
    assert f.projects_by_stage == {} and f.cases_by_stage == {}  # nothing had begun by the end of June
    _expected_units(ctx, result, owner=ctx.station_id)


def test_the_demo_station_equals_direct_counts(demo_ctx):
    result = rollup.rollup(demo_ctx, MONTH)
    f = result.total
    assert f.cases_opened and f.sessions and f.activities and f.service_minutes and f.organisations
    assert len(result.stations[0].units) > 5
    _expected_units(demo_ctx, result, owner=demo_ctx.station_id)


def test_a_station_counts_only_its_own_rows(small):
    """Rows another installation owns (a county's project sent down) are not the station's work."""
    ctx, _units = small
    before = rollup.rollup(ctx, MONTH)
    county = new_id()
    with ctx.writing() as session:
        writer = BulkWriter(session, owner=county, device_id=new_id())
        writer.insert(OrgUnit, [{"id": county, "name": COUNTY, "tier": "county"}])
        writer.insert(Project, [{"id": new_id(), "name": "县级项目", "org_unit_id": county, "stage": "needs"}])
    after = rollup.rollup(ctx, MONTH)
    assert after.total == before.total and [s.station_id for s in after.stations] == [ctx.station_id]


# -- at the county ---------------------------------------------------------------------------------


def test_the_county_holds_every_station_side_by_side(county, county_template, small_template):
    result = rollup.rollup(county, MONTH)
    assert result.scope == "county" and result.is_county
    names = [s.name for s in result.stations]
    assert names[0] == COUNTY and sorted(names[1:]) == sorted(["首善街道社会工作服务站", SMALL])
    _expected_units(county, result)
    assert result.total == total(s.figures for s in result.stations)
    own = result.stations[0]
    assert own.figures.projects_by_stage == {"needs": 1} and [u.unit_id for u in own.units] == [county.station_id]
    # Every station's figures at the county are the figures the station computes for itself.
    for folder in (county_template[1], small_template[0]):
        ctx = open_station(folder)
        try:
            at_home = rollup.rollup(ctx, MONTH)
            home_targets = targets.dashboard(ctx, 2026)
        finally:
            ctx.close()
        [there] = [s for s in result.stations if s.station_id == at_home.station_id]
        assert there.figures == at_home.total
        assert [(u.unit_id, u.figures) for u in there.units] == [(u.unit_id, u.figures) for u in at_home.stations[0].units]
        assert [(t.key, t.figure, t.met) for t in there.targets] == [(t.key, t.figure, t.met) for t in home_targets]
    # The county's own targets count every station's records.
    whole = {t.key: t for t in result.targets}
    assert whole["organisations_urban"].record_ids and set(whole["organisations_urban"].record_ids) == {
        i for s in result.stations for t in s.targets if t.key == "organisations_urban" for i in t.record_ids}
    assert [(t.key, t.figure) for t in result.targets] == [(t.key, t.figure) for t in targets.dashboard(county, 2026)]


def test_the_county_report_as_pdf(county, tmp_path):
    out = rollup.print_monthly(county, "2026-10", tmp_path / "county.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("2026年10月五社联动工作月报（全县汇总）", COUNTY, SMALL, "首善街道社会工作服务站", "全县合计",
                  "个案工作", "志愿服务", "社会慈善资源", "2026 年度目标完成情况（全县）", "各站点目标达成情况", "第1页/共"):
        assert words in text, words
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all("WenQuanYi" in line and " yes yes yes " in line for line in fonts), fonts
    [entry] = audit_log.journal(county, action="print", record_id=county.station_id)
    assert entry.record_kind == "monthly_report" and entry.detail["month"] == "2026-10"
    assert entry.detail["scope"] == "county" and entry.detail["format"] == "pdf"


def test_the_county_report_as_xlsx(county, tmp_path):
    from openpyxl import load_workbook

    result = rollup.rollup(county, MONTH)
    out = rollup.print_monthly(county, MONTH, tmp_path / "county.xlsx")
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["汇总", "单位明细", "个案阶段", "服务对象类别", "功能室与设备", "目标"]
    rows = list(book["汇总"].iter_rows(values_only=True))
    assert rows[0][0].startswith(f"{COUNTY} 2026年10月五社联动工作月报（全县汇总）")
    headers = rows[1]
    table = {r[0]: dict(zip(headers, r, strict=True)) for r in rows[2:]}
    assert list(table) == [s.name for s in result.stations] + ["全县合计"]
    for name, f in [(s.name, s.figures) for s in result.stations] + [("全县合计", result.total)]:
        assert table[name]["个案工作·新开个案"] == f.cases_opened
        assert table[name]["志愿服务·服务时长（小时）"] == round(f.service_minutes / 60, 2)
        assert table[name]["社会慈善资源·月末现金余额（元）"] == round(f.fund_balance_fen / 100, 2)
    units = list(book["单位明细"].iter_rows(values_only=True))[2:]
    assert len(units) == sum(len(s.units) for s in result.stations)
    target_rows = list(book["目标"].iter_rows(values_only=True))[2:]
    assert {r[0] for r in target_rows} == {"全县"} | {s.name for s in result.stations if s.targets}


def test_a_station_report_lists_its_communities(small, tmp_path):
    ctx, _units = small
    out = rollup.print_monthly(ctx, MONTH, tmp_path / "station.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "2026年10月五社联动工作月报" in text and "全县" not in text
    assert "西街社区" in text and "槐芽村" in text and "合计" in text and "2026 年度目标完成情况" in text
    from openpyxl import load_workbook

    book = load_workbook(rollup.print_monthly(ctx, MONTH, tmp_path / "station.xlsx"), read_only=True)
    names = [r[0] for r in list(book["汇总"].iter_rows(values_only=True))[2:]]
    assert [n.strip() for n in names] == [SMALL, "槐芽村", "西街社区", "合计"]


@pytest.mark.parametrize("name", ["report.docx", "report", "report.pdf.txt"])
def test_only_pdf_or_xlsx(small, tmp_path, name):
    ctx, _units = small
    with pytest.raises(ValidationError, match=r"只能保存为 \.pdf 或 \.xlsx"):
        rollup.print_monthly(ctx, MONTH, tmp_path / name)
    assert not audit_log.journal(ctx, action="print")


def test_an_unwritable_place_is_refused(small, tmp_path):
    ctx, _units = small
    with pytest.raises(DataDirError, match="保存位置不存在"):
        rollup.print_monthly(ctx, MONTH, tmp_path / "missing" / "report.pdf")
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(DataDirError, match="是一个文件夹"):
        rollup.print_monthly(ctx, MONTH, tmp_path / "folder.pdf")
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        try:
            with pytest.raises(DataDirError, match="没有写入权限"):
                rollup.print_monthly(ctx, MONTH, locked / "report.xlsx")
        finally:
            locked.chmod(0o700)
    assert not audit_log.journal(ctx, action="print")


def test_json_shape(small):
    ctx, _units = small
    data = rollup.as_dict(rollup.rollup(ctx, MONTH))
    assert data["month"] == "2026-10" and data["scope"] == "station"
    [station] = data["stations"]
    assert station["figures"]["cases_opened"] == 2 and station["figures"]["service_hours"] == 5
    assert [u["name"] for u in station["units"]] == [SMALL, "槐芽村", "西街社区"]
    assert data["total"] == station["figures"] and data["targets"]


def test_no_names_or_notes_are_read(county):
    """The county's copies have identities and notes blanked: the roll-up never needed them."""
    from wulian_desk.core.models import Client

    with county.reading() as session:
        assert set(session.exec(select(Client.name)).all()) == {""}
    assert rollup.rollup(county, MONTH).total.cases_opened > 0
