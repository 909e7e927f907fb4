"""Fixtures for the window tests: offscreen Qt, a station made once and copied per test, a task
runner that is drained after each test, and answers for the modal dialogs."""

from __future__ import annotations

import os

# Before Qt creates its application: no display needed, and never the developer's real keyring.
# An offscreen platform with options (a configured screen: tests/ui/test_walker.py) is kept.
if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import shutil  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.conftest import PASSWORD, USERNAME  # noqa: E402

WORKER = "lixiao"
WORKER_PASSWORD = "worker-pass-2026"
BIG_SCALE = 15  # 200 x 15 = 3000 assets: enough pages to show the model fetching only some


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread(qapp):
    """As the app does (ui/gc_guard.py): a worker thread must never run the collector over Qt
    objects, so collection is automatic only on this thread, and complete after each test."""
    from wulian_desk.ui import gc_guard

    gc_guard.install(qapp)
    yield
    import gc

    gc.collect()


@pytest.fixture(autouse=True)
def private_config_folder(monkeypatch, tmp_path):
    """What the window keeps per machine (its geometry) goes to the test's folder, never the
    developer's own config folder."""
    from wulian_desk import paths

    monkeypatch.setattr(paths, "config_dir", lambda: tmp_path / "config")


@pytest.fixture(scope="session")
def two_user_template(tmp_path_factory, station_template) -> Path:
    """The station, plus a 社工 account, so the lock screen can switch users."""
    from wulian_desk.services.station import accounts, station

    folder = tmp_path_factory.mktemp("two-users") / "station"
    shutil.copytree(station_template[0], folder)
    ctx = station.open_station(folder, passphrase=PASSWORD, username=USERNAME)
    try:
        accounts.create_account(ctx, username=WORKER, display_name="李晓", role="worker", password=WORKER_PASSWORD)
    finally:
        ctx.close()
    return folder


@pytest.fixture
def two_user_dir(two_user_template, tmp_path) -> Path:
    target = tmp_path / "two-users"
    shutil.copytree(two_user_template, target)
    return target


@pytest.fixture(scope="session")
def big_template(tmp_path_factory, station_template) -> Path:
    from wulian_desk.services import demo
    from wulian_desk.services.station import station

    folder = tmp_path_factory.mktemp("big") / "station"
    shutil.copytree(station_template[0], folder)
    ctx = station.open_station(folder, passphrase=PASSWORD, username=USERNAME)
    try:
        demo.fill_demo(ctx, scale=BIG_SCALE)
    finally:
        ctx.close()
    return folder


@pytest.fixture
def big_ctx(big_template, tmp_path):
    from wulian_desk.services.station import station

    target = tmp_path / "big"
    shutil.copytree(big_template, target)
    context = station.open_station(target, passphrase=PASSWORD, username=USERNAME)
    yield context
    context.close()


@pytest.fixture
def runner(qapp):
    from wulian_desk.ui.tasks import TaskRunner

    task_runner = TaskRunner()
    yield task_runner
    task_runner.cancel_all()
    task_runner.wait()
    qapp.processEvents()


@pytest.fixture
def wait_tasks(qtbot, runner):
    """Wait until every task has delivered its result on the GUI thread."""

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)

    return wait


def click_save(dialog, timeout_ms: int = 10_000) -> None:
    """Click a record dialog's Save as a user does, and wait for the save's answer: the write runs
    on the task runner's write lane, then the dialog closes or shows the refusal by its field."""
    from PySide6.QtTest import QTest

    dialog.ok_button.click()
    deadline = time.monotonic() + timeout_ms / 1000
    while dialog.saving:
        assert time.monotonic() < deadline, "the save did not answer in time"
        QTest.qWait(10)


class Dialogs:
    """Records the message boxes a test caused, and answers confirmations."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.confirmed: list[str] = []
        self.warnings: list[str] = []
        self.infos: list[str] = []
        self.saved: list[tuple[str, object]] = []  # (text, path) of the non-modal notices


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    from wulian_desk.ui import message

    seen = Dialogs()

    def confirm(parent, text, title=""):
        seen.confirmed.append(text)
        return seen.confirm_answer

    monkeypatch.setattr(message, "confirm", confirm)
    monkeypatch.setattr(message, "warn", lambda parent, text, title="": seen.warnings.append(text))
    monkeypatch.setattr(message, "inform", lambda parent, text, title="": seen.infos.append(text))

    def saved(parent, text, path=None):
        # Kept in `infos` too: a notice replaced the message box that said the same thing.
        seen.saved.append((text, path))
        seen.infos.append(text)

    monkeypatch.setattr(message, "saved", saved)
    return seen


@pytest.fixture(autouse=True)
def _chinese_interface(qapp):
    """Every test starts in Chinese, whatever the one before switched to."""
    from wulian_desk.ui import i18n

    i18n.install(qapp, i18n.CHINESE)
    yield
    i18n.install(qapp, i18n.CHINESE)



@pytest.fixture(autouse=True)
def _table_memory(tmp_path, monkeypatch):
    """Each test's lists remember widths and sort orders in a file of its own, never the user's."""
    from wulian_desk.ui.widgets import table_memory

    path = tmp_path / "tables.ini"
    monkeypatch.setattr(table_memory, "settings_path", lambda: path)
    return path


__all__ = ["PASSWORD", "USERNAME", "WORKER", "WORKER_PASSWORD", "click_save"]
