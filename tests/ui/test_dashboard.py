"""A policy profile with an error: the dashboard and the operating-funds tab say which file and
why, and nothing is written; a good profile again and the figures come back, and after a lock
they are read again when the dashboard shows."""

from __future__ import annotations

from tests.ui.test_projects import open_area
from wulian_desk.paths import policies_dir
from wulian_desk.services.station import policies, settings


def test_a_broken_profile_is_reported_not_crashed_on(qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch,
                                                     dialogs, tmp_path):
    good = (policies_dir() / "meixian.toml").read_text(encoding="utf-8")
    (tmp_path / "meixian.toml").write_text(good.replace("[organisations]", "[organisations]\nper_town = 3", 1),
                                           encoding="utf-8")
    monkeypatch.setattr(policies, "policies_dir", lambda: tmp_path)
    policies.load_profile.cache_clear()
    try:
        window, dashboard = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "dashboard")
        wait_tasks()
        assert dashboard.figure_buttons() == []
        assert "未知的项" in dialogs.warnings[-1] and str(tmp_path / "meixian.toml") in dialogs.warnings[-1]
        staff = window.show_area("staff")
        assert "未知的项" in staff.funds.tally.text() and staff.funds.summary.rowCount() == 0
        assert settings.get_setting(ctx, "policy_profile") == "meixian"

        (tmp_path / "meixian.toml").write_text(good, encoding="utf-8")
        policies.load_profile.cache_clear()
        dashboard.refresh()
        wait_tasks()
        assert dashboard.figure_buttons()
        window.lock()  # the figures go with the lock and come back when the page shows again
        assert dashboard.figure_buttons() == []
        window.unlock()
        window.idle.stop()
        wait_tasks()
        assert dashboard.figure_buttons() == []  # not shown: nothing read
        window.show_area("dashboard")
        wait_tasks()
        assert dashboard.figure_buttons()
    finally:
        policies.load_profile.cache_clear()
