"""Choosing a screen answers at once: the screen shown is the new area's, with its loading state,
before anything of it has loaded; its data fills in when the task runner has it."""

from __future__ import annotations

import threading

import pytest

from tests.ui import casework_fixtures as cw
from wulian_desk.ui import main_window
from wulian_desk.ui.loading_page import LoadingPage
from wulian_desk.ui.main_window import MainWindow
from wulian_desk.ui.navigation import AREAS

casework_template, casework_dir = cw.casework_template, cw.casework_dir


@pytest.fixture
def held(monkeypatch):
    """The task that prepares a screen waits until the test lets it go."""
    gate = threading.Event()
    real = main_window.prepare_area

    def prepare(key: str) -> None:
        assert gate.wait(20), "the test never released the screen"
        real(key)

    monkeypatch.setattr(main_window, "prepare_area", prepare)
    yield gate
    gate.set()


@pytest.fixture
def window(qtbot, ctx, runner, wait_tasks, casework_dir):
    win = MainWindow(ctx, runner, casework_dir)
    qtbot.addWidget(win)
    win.show()
    wait_tasks()
    yield win
    win.idle.stop()


def test_every_screen_shows_at_once_and_fills_in_when_its_data_is_ready(window, qtbot, held, ctx, wait_tasks):
    client_id = cw.make_client(ctx, "赵六")
    unbuilt = [(row, a) for row, a in enumerate(AREAS) if window.page(a.key) is None]
    assert len(unbuilt) == len(AREAS) - 1  # only the overview is built when the window opens
    for row, area in unbuilt:
        window.navigation.setCurrentRow(row)
        shown = window.pages.currentWidget()
        # Nothing of the screen has loaded (the task is held), yet the window already shows it.
        assert isinstance(shown, LoadingPage) and shown.area.key == area.key
        assert shown.isVisible() and shown.notice.isVisible() and shown.notice.text() == "载入中…"
        assert window.page(area.key) is None
        assert window.navigation.currentRow() == row
    held.set()
    # The last one chosen is on screen: it replaces its loading page once its modules are in.
    last_row, last = unbuilt[-1]
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.page(last.key) is not None)
    # Every other screen is built when it is visited again, at once now its modules are loaded.
    for row, area in unbuilt:
        window.navigation.setCurrentRow(row)
        qtbot.waitUntil(lambda key=area.key: window.pages.currentWidget() is window.page(key) is not None)
        assert area.key not in window.loading  # its loading page is gone
    wait_tasks()
    clients = window.page("clients")
    assert clients.list.model.rowCount() >= 1 and clients.list.model.row_of(client_id) is not None


def test_a_screen_left_before_it_loaded_does_not_take_the_window_back(window, qtbot, held, wait_tasks):
    rows = {a.key: row for row, a in enumerate(AREAS)}
    window.navigation.setCurrentRow(rows["cases"])
    window.navigation.setCurrentRow(rows["facilities"])
    held.set()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.page("facilities") is not None)
    wait_tasks()
    assert window.pages.currentWidget() is window.page("facilities")
    assert window.page("cases") is None  # built when it is chosen again, not behind the user's back
    window.navigation.setCurrentRow(rows["cases"])
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.page("cases") is not None)


def test_a_link_to_a_record_builds_the_screen_at_once_even_while_it_loads(window, qtbot, held, ctx, wait_tasks):
    client_id = cw.make_client(ctx, "钱七")
    rows = {a.key: row for row, a in enumerate(AREAS)}
    window.navigation.setCurrentRow(rows["clients"])
    assert isinstance(window.pages.currentWidget(), LoadingPage)
    window.open_record("client", client_id)
    page = window.page("clients")
    assert window.pages.currentWidget() is page and page.detail.view.id == client_id
    held.set()
    wait_tasks()
    assert window.pages.currentWidget() is page and not window.loading


def test_a_screen_ready_while_the_window_is_locked_is_built_after_unlocking(window, qtbot, held, wait_tasks):
    rows = {a.key: row for row, a in enumerate(AREAS)}
    window.navigation.setCurrentRow(rows["clients"])
    window.lock()
    held.set()
    wait_tasks()
    assert window.page("clients") is None  # nothing of it is read while locked
    window.unlock()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.page("clients") is not None)
