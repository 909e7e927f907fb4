"""In the English window the dashboard's targets speak English: the names, the figures and the
targets in the grid, and the drill-down's title, heading and per-community rows; a community's
name stays as it is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.ui.test_projects import answer, open_area
from wulian_desk.services.station import station
from wulian_desk.ui.dashboard.drill_down import DrillDownDialog


def grid_text(dashboard, row: int, column: int) -> str:
    item = dashboard.grid.itemAtPosition(row, column)
    return item.widget().text() if item is not None else ""


def test_the_targets_grid_and_drill_down_in_english(qapp, qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch):
    from wulian_desk.ui import i18n

    i18n.install(qapp, i18n.ENGLISH)
    station.add_org_unit(ctx, name="滨河社区", tier="community", area_kind="urban")
    window, dashboard = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "dashboard")
    wait_tasks()
    results = dashboard.results
    assert results
    names = [grid_text(dashboard, row, 0) for row in range(len(results))]
    assert names == [str(r.name) for r in results] and all(names)
    assert names[0].startswith("Community social organisations per urban community (")
    figures = {b.result.key: b.text() for b in dashboard.figure_buttons()}
    assert figures["organisations_urban"] == "0 (0 organisations / 1 community)"
    urban = next(row for row, r in enumerate(results) if r.key == "organisations_urban")
    assert grid_text(dashboard, urban, 3) == f"Target {results[urban].target}"
    assert "个" not in grid_text(dashboard, urban, 3)

    result = results[urban]
    seen = []

    def look(dialog):
        seen.append(dialog.windowTitle())
        headings = [label.text() for label in dialog.findChildren(QLabel)]
        assert f"{result.name}: {result.figure_text} (target {result.target})" in headings
        assert dialog.breakdown.cell_text(0, 0) == "滨河社区"  # a proper name stays as it is
        assert [dialog.breakdown.cell_text(0, c) for c in (1, 2)] == ["0", str(result.target)]
        dialog.accept()

    answer(monkeypatch, DrillDownDialog, look)
    next(b for b in dashboard.figure_buttons() if b.result.key == "organisations_urban").click()
    assert seen == [str(result.name)]
    window.idle.stop()


def test_the_targets_grid_stays_chinese_in_the_chinese_window(qtbot, ctx, runner, wait_tasks, station_dir):
    station.add_org_unit(ctx, name="滨河社区", tier="community", area_kind="urban")
    window, dashboard = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "dashboard")
    wait_tasks()
    names = [grid_text(dashboard, row, 0) for row in range(len(dashboard.results))]
    assert names == [r.zh for r in dashboard.results]
    assert names[0].startswith("每个城镇社区平均社区社会组织数")
    window.idle.stop()
