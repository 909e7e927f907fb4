"""A bundle file opened from outside (double-clicked in the file manager, which runs
`wulian-desk open FILE`): after login the window shows the import screen and imports the file
once the user says so, checked in full like every import; an account that may not import is told
so and nothing changes."""

from __future__ import annotations

import pytest

from tests.ui.conftest import WORKER, WORKER_PASSWORD
from tests.ui.test_sync import _open, county_ctx, enrol_by_service, station_ctx, sync_templates  # noqa: F401
from wulian_desk.services.sync import drives, sync
from wulian_desk.ui import message


@pytest.fixture
def bundle(station_ctx, county_ctx, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(drives, "removable_drives", lambda **_: [])
    enrol_by_service(station_ctx, county_ctx, tmp_path)
    (tmp_path / "stick").mkdir()
    [written] = sync.export_all(station_ctx, tmp_path / "stick")
    return written.path


def _window(qtbot, ctx, runner, folder):
    from wulian_desk.ui.main_window import MainWindow

    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    window.show()
    window.idle.stop()
    return window


def _clients(ctx) -> int:
    from wulian_desk.services.reports.catalog import record_counts

    return record_counts(ctx)["clients"]["live"]


def test_the_window_offers_the_file_and_imports_it_when_asked(qtbot, runner, wait_tasks, monkeypatch, county_ctx,  # noqa: F811
                                                               bundle, tmp_path):
    asked = []
    monkeypatch.setattr(message, "confirm", lambda _parent, text, _title="": asked.append(text) or True)
    window = _window(qtbot, county_ctx, runner, tmp_path / "county")
    window.open_bundle(bundle)
    wait_tasks()
    page = window.page("sync")
    assert page.tabs.currentWidget() is page.importer
    assert asked == [f"导入数据包 {bundle.name}？"]
    [result] = page.importer.results
    assert result.status == "imported", result.message
    assert _clients(county_ctx) == 1


def test_saying_no_imports_nothing(qtbot, runner, wait_tasks, monkeypatch, county_ctx, bundle, tmp_path):  # noqa: F811
    monkeypatch.setattr(message, "confirm", lambda *_a, **_k: False)
    window = _window(qtbot, county_ctx, runner, tmp_path / "county")
    window.open_bundle(bundle)
    wait_tasks()
    assert window.page("sync").importer.results == []
    assert _clients(county_ctx) == 0


def test_an_account_that_may_not_import_is_told_and_nothing_changes(qtbot, runner, wait_tasks, monkeypatch,
                                                                   county_ctx, sync_templates, bundle, tmp_path):  # noqa: F811
    from wulian_desk.services.station import accounts

    accounts.create_account(county_ctx, username=WORKER, display_name="李晓", role="worker", password=WORKER_PASSWORD)
    warned = []
    monkeypatch.setattr(message, "warn", lambda _parent, text, _title="": warned.append(text))
    monkeypatch.setattr(message, "confirm", lambda *_a, **_k: pytest.fail("a worker is not asked to import"))
    worker = _open(sync_templates["county"], tmp_path / "county", WORKER, WORKER_PASSWORD)
    try:
        window = _window(qtbot, worker, runner, tmp_path / "county")
        window.open_bundle(bundle)
        wait_tasks()
        assert warned and bundle.name in warned[0] and "无权导入" in warned[0]
        assert _clients(county_ctx) == 0
    finally:
        runner.wait()
        worker.close()


def test_open_names_a_missing_file_and_opens_nothing(tmp_path, capsys):
    from wulian_desk.cli import main

    code = main(["--data-dir", str(tmp_path / "station"), "open", str(tmp_path / "nowhere.wlb")])
    assert code != 0
    err = capsys.readouterr().err
    assert "找不到数据包文件" in err and "nowhere.wlb" in err
