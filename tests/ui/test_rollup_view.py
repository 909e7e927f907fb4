"""The dashboard's month roll-up: at the county every station is a row (whether it reported, the
monthly report's key figures, targets met) with the county's total, a station's units show when it
is selected, and a station that has sent nothing yet is listed as not reported; at a station the
view is its own units, as its monthly report prints them."""

from __future__ import annotations

from datetime import date

from tests.sync import conftest as sites
from tests.ui.test_projects import open_area
from wulian_desk.core.money import format_yuan
from wulian_desk.reports.monthly import COLUMNS
from wulian_desk.services.context import Changes
from wulian_desk.services.reports import reporting, rollup
from wulian_desk.services.sync import sync
from wulian_desk.ui.dashboard.rollup_cells import FIGURE_COLUMNS, KEY_FIGURES
from wulian_desk.ui.dashboard.rollup_view import RollupView

# The county and its two enrolled demo stations of the sync tests.
enrolled_template, county, station_a, station_b = sites.enrolled_template, sites.county, sites.station_a, sites.station_b
MONTH = date.today().strftime("%Y-%m")
STATES = {("submitted", True): "已报送（按时）", ("submitted", False): "已报送（逾期）", ("not submitted", False): "未报送",
          ("returned", True): "已退回", ("returned", False): "已退回", ("approved", True): "已审核通过",
          ("approved", False): "已审核通过"}


def expected_figures(f) -> list[str]:
    """The columns as the monthly report shows them, read off the figures independently."""
    return [str(f.cases_opened), str(f.cases_closed), str(f.cases_open), str(f.sessions), str(f.activities),
            f"{f.service_minutes / 60:.1f}".removesuffix(".0"), str(f.organisations), format_yuan(f.donations_fen),
            str(f.projects)]


def number(text: str) -> float:
    return float(text.replace(",", ""))


def show_rollup(qtbot, ctx, runner, wait_tasks, folder):
    window, dashboard = open_area(qtbot, ctx, runner, wait_tasks, folder, "dashboard")
    view = dashboard.rollup_view
    assert view.result is None  # nothing rolled up before the tab is looked at
    dashboard.tabs.setCurrentWidget(view)
    assert runner.busy  # rolled up in the task runner, not on the window's thread
    wait_tasks(30_000)
    return window, dashboard, view


def reported_states(ctx) -> dict[str, str]:
    return {s.name: STATES[(s.state, s.on_time)] for s in reporting.reporting(ctx, MONTH).stations}


def test_the_columns_are_the_monthly_reports():
    headers = [c[0] for c in COLUMNS]
    assert len(FIGURE_COLUMNS) == len(KEY_FIGURES) == 9
    assert all(header in headers for _section, header, _label in KEY_FIGURES)


def test_the_county_sees_each_station_its_units_and_the_total(qtbot, runner, wait_tasks, county, station_a, station_b,
                                                              tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    [up_a] = sync.export_all(station_a.ctx, stick)
    [result] = sync.import_bundles(county.ctx, [up_a.path])
    assert result.status == "imported", result.message
    window, dashboard, view = show_rollup(qtbot, county.ctx, runner, wait_tasks, county.folder)
    assert dashboard.tabs.tabText(1) == "各站点汇总" and view.stations.isVisibleTo(view)
    assert view.month_code() == MONTH

    # Only station A has sent its bundle: B is listed with no figures. Neither submitted the month
    # (a bundle written within the month is not its report).
    rows = {r[0]: r for r in view.stations.rows_text()}
    states = reported_states(county.ctx)
    assert states == {"博望街道社会工作服务站": "未报送", "龙头镇社会工作服务站": "未报送"}
    for name, state in states.items():
        assert rows[name][1] == state
    assert rows["龙头镇社会工作服务站"][2:] == ["—"] * (len(FIGURE_COLUMNS) + 2)
    assert rows["城固县社会工作服务总站"][1] == "本站"
    assert rows["全县合计"][1] == "0/2"

    # B's bundle arrives (the 同步 page tells the window): both reported, every figure the roll-up's.
    [up_b] = sync.export_all(station_b.ctx, stick)
    assert [r.status for r in sync.import_bundles(county.ctx, [up_b.path])] == ["imported"]
    dashboard.apply_changes(Changes.of("bundle"))
    wait_tasks(30_000)
    expected = rollup.rollup(county.ctx, MONTH)
    table = view.stations.rows_text()
    assert [r[0] for r in table] == [s.name for s in expected.stations] + ["全县合计"]
    states = reported_states(county.ctx)
    assert set(states.values()) == {"未报送"}
    for row, station in zip(table, expected.stations, strict=False):
        assert row[1] == ("本站" if station.station_id == county.ctx.station_id else states[station.name])
        assert row[2:-2] == expected_figures(station.figures)
        assert row[-2] == f"{station.figures.units_meeting_minimum}/{station.figures.units_with_minimum}"
        assert row[-1] == f"{station.targets_met}/{len(station.targets)}"
    total = table[-1]
    assert total[1] == "0/2" and total[2:-2] == expected_figures(expected.total)
    assert total[-1] == f"{sum(t.met for t in expected.targets)}/{len(expected.targets)}"
    for column in range(2, 2 + len(FIGURE_COLUMNS)):  # the total row is the sum of the stations
        assert round(sum(number(r[column]) for r in table[:-1]), 2) == round(number(total[column]), 2)
    assert expected.total.cases_open > 0 and expected.total.organisations > 0  # the demo stations have work

    # Selecting a station shows its units with the same figures, and its targets met or not.
    [a] = [s for s in expected.stations if s.station_id == station_a.ctx.station_id]
    view.stations.selectRow([r[0] for r in table].index(a.name))
    assert view.selected_id == a.station_id and a.name in view.heading.text()
    units = view.units.rows_text()
    assert len(a.units) > 1 and len(units) == len(a.units) + 1
    for row, unit in zip(units, a.units, strict=False):
        assert row[0].strip() == unit.name and row[2:-1] == expected_figures(unit.figures)
    assert units[-1][0] == "合计" and units[-1][2:-1] == expected_figures(a.figures)
    assert [r[0] for r in view.targets.rows_text()] == [t.zh for t in a.targets]
    assert [r[3] for r in view.targets.rows_text()] == ["✔ 达标" if t.met else "✘ 未达标" for t in a.targets]
    assert f"{a.targets_met} 项达标" in view.targets_heading.text()
    # The total row is not a station: clicking it keeps the station shown.
    view.stations.selectRow(len(table) - 1)
    assert view.selected_id == a.station_id

    # Another month: rolled up again, the station kept selected.
    view.month.setDate(view.month.date().addMonths(-1))
    wait_tasks(30_000)
    assert view.result.month.code == view.month_code() != MONTH and view.selected_id == a.station_id

    # The lock forgets the figures; they come back when the tab shows again.
    window.lock()
    assert view.stations.rowCount() == 0 and view.result is None
    window.unlock()
    window.idle.stop()
    window.show_area("dashboard")
    wait_tasks(30_000)
    assert view.stations.rowCount() == len(expected.stations) + 1


def test_a_station_sees_its_own_units(qtbot, runner, wait_tasks, station_a):
    window, dashboard, view = show_rollup(qtbot, station_a.ctx, runner, wait_tasks, station_a.folder)
    assert dashboard.tabs.tabText(1) == "各社区汇总" and not view.stations.isVisibleTo(view)
    [own] = rollup.rollup(station_a.ctx, MONTH).stations
    units = view.units.rows_text()
    assert [r[0].strip() for r in units] == [u.name for u in own.units] + ["合计"]
    assert [r[2:-1] for r in units] == [expected_figures(u.figures) for u in own.units] + [expected_figures(own.figures)]
    assert [r[0] for r in view.targets.rows_text()] == [t.zh for t in own.targets]
    assert MONTH in view.summary.text()
    window.idle.stop()


def test_in_english(qapp, qtbot, ctx, runner):
    from wulian_desk.ui import i18n

    i18n.install(qapp, i18n.ENGLISH)
    view = RollupView(ctx, runner)
    qtbot.addWidget(view)
    headers = [view.stations.horizontalHeaderItem(c).text() for c in range(view.stations.columnCount())]
    assert headers[:4] == ["Station", "Reported", "Cases opened", "Closed"] and headers[-1] == "Targets met"
    assert view.title == "Communities' month" and view.refresh_button.text() == "Refresh"


def test_a_township_with_a_community_room_sees_the_room_beneath_it(qtbot, runner, wait_tasks, county, station_a,
                                                                  tmp_path):
    room = sites.make_site(tmp_path / "room", name="东关社区社工室", tier="community", code="610722001001", demo=True)
    try:
        sites.enrol(room, station_a, tmp_path)
        stick = tmp_path / "stick"
        stick.mkdir()
        [up] = sync.export_all(room.ctx, stick)
        assert sync.import_bundles(station_a.ctx, [up.path])[0].status == "imported"
        window, dashboard, view = show_rollup(qtbot, station_a.ctx, runner, wait_tasks, station_a.folder)
        assert view.stations.isVisibleTo(view)
        expected = rollup.rollup(station_a.ctx, MONTH)
        rows = view.stations.rows_text()
        assert [r[0] for r in rows] == ["博望街道社会工作服务站", "  └ 东关社区社工室", "合计（含社工室）"]
        assert rows[1][2:-2] == expected_figures(rollup.rollup(room.ctx, MONTH).total)
        assert rows[-1][2:-2] == expected_figures(expected.total)
        window.idle.stop()
    finally:
        room.ctx.close()
