"""The walker: every screen and every dialog, in Chinese and in English, checked for what a worker
on a 1366 x 768 laptop (or the same at 150%) would meet: a widget off the screen or cut off by its
window, a form that scrolls sideways, a table column cut to "…" while another has room, and the
interface's words in the other language.

tests/ui/test_walker.py runs this module in a child pytest with the offscreen screen configured
(1366 x 768, then 150%); it can also be run by hand the same way."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

import wulian_desk.ui
from tests.ui import test_saving_dialogs as saving
from tests.ui.conftest import PASSWORD, USERNAME
from tests.ui.layout_checks import elided_with_spare_room, visible_tables
from tests.ui.screen_checks import (
    cut_list_items,
    outside_the_screen,
    sideways_scrolling,
    wrong_language,
)
from tests.ui.test_saving_dialogs import Env, Host
from tests.ui.test_sync import county_ctx, station_ctx, sync_templates
from wulian_desk.ui import i18n
from wulian_desk.ui.navigation import AREAS

casework_template, casework_dir = saving.casework_template, saving.casework_dir
__all__ = ["county_ctx", "station_ctx", "sync_templates"]

LANGUAGES = (i18n.CHINESE, i18n.ENGLISH)


@pytest.fixture(autouse=True, scope="module")
def the_app_as_it_runs(qapp):
    """The font and style sheet the program uses: they decide every size checked here."""
    from wulian_desk import app

    app.load_cjk_font(qapp)
    app.apply_style(qapp)
    yield
    qapp.setStyleSheet("")


def elided_columns(window: QWidget) -> list[str]:
    return [f"{view.objectName() or type(view).__name__}: {cut} while another column has room"
            for view in visible_tables(window) for cut in elided_with_spare_room(view)]


def problems_of(window: QWidget, where: str, *, english: bool) -> list[str]:
    found = [*outside_the_screen(window), *sideways_scrolling(window), *elided_columns(window), *cut_list_items(window),
             *wrong_language(window, english=english)]
    return [f"[{where}] {problem}" for problem in found]


def report(problems: list[str]) -> str:
    return f"{len(problems)} problems:\n" + "\n".join(problems)


# -- screens ---------------------------------------------------------------------------------------


@pytest.fixture
def no_modal_dialogs(monkeypatch) -> list[str]:
    """Walking the screens must never open a dialog; one that does is noted, not waited on."""
    opened: list[str] = []

    def note(dialog, *_args):
        opened.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(QDialog, "exec", note)
    return opened


def walk_tabs(window, page: QWidget, where: str, check) -> None:
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if tabs.isTabVisible(index) and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                check(f"{where} / {tabs.tabText(index)}")


def open_first_record(page: QWidget) -> bool:
    """A list page's first record in its detail view, as a double click opens it."""
    listing, detail = getattr(page, "list", None), getattr(page, "detail", None)
    if listing is None or detail is None or not hasattr(listing, "opened") or listing.model.rowCount() == 0:
        return False
    listing._open_row(0)
    return True


def walk_main_window(ctx, folder, lang, qtbot, runner, wait_tasks) -> list[str]:
    """Every area the user may see, each of its tabs, its first record's detail and that
    detail's tabs, then the lock screen: what each shows that is wrong."""
    from wulian_desk.ui.main_window import MainWindow

    i18n.install(QApplication.instance(), lang)
    english = lang == i18n.ENGLISH
    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    window.idle.stop()
    window.show()
    problems: list[str] = []

    def check(where: str) -> None:
        wait_tasks(30_000)
        qtbot.wait(20)  # posted layout requests
        problems.extend(problems_of(window, where, english=english))

    try:
        for area in AREAS:
            if not window.may_see(area):
                continue
            page = window.show_area(area.key)
            check(area.key)
            walk_tabs(window, page, area.key, check)
            if open_first_record(page):
                check(f"{area.key} / detail")
                walk_tabs(window, page, f"{area.key} / detail", check)
        window.lock()
        check("lock screen")
    finally:
        runner.wait()
        window.close()
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_screen_fits_and_speaks_one_language(lang, qtbot, demo_dir, runner, wait_tasks, no_modal_dialogs):
    from wulian_desk.services.station import station

    ctx = station.open_station(demo_dir, passphrase=PASSWORD, username=USERNAME)
    try:
        problems = walk_main_window(ctx, demo_dir, lang, qtbot, runner, wait_tasks)
    finally:
        ctx.close()
    assert no_modal_dialogs == [], "a screen opened a dialog by itself"
    assert problems == [], report(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_county_screens_fit_and_speak_one_language(lang, env, qtbot, runner, wait_tasks, no_modal_dialogs):
    """At the county the dashboard rolls up its stations and the sync screens list them."""
    _station, county = saving.enrolled_sites(env)
    problems = walk_main_window(county, env.tmp / "county", lang, qtbot, runner, wait_tasks)
    assert no_modal_dialogs == [], "a screen opened a dialog by itself"
    assert problems == [], report(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("front", ["login", "setup"])
def test_the_login_and_setup_windows_fit_and_speak_one_language(front, lang, qtbot, station_dir, tmp_path, runner,
                                                                wait_tasks):
    from wulian_desk.ui.login import LoginWindow
    from wulian_desk.ui.setup_wizard import SetupWindow

    i18n.install(QApplication.instance(), lang)
    window = LoginWindow(station_dir, runner) if front == "login" else SetupWindow(tmp_path / "new", runner)
    qtbot.addWidget(window)
    window.show()
    wait_tasks()
    problems = problems_of(window, front, english=lang == i18n.ENGLISH)
    assert problems == [], report(problems)


# -- dialogs ---------------------------------------------------------------------------------------


def every_dialog() -> set[str]:
    """Every dialog class of wulian_desk.ui that is shown on its own (bases aside)."""
    found = set()
    for info in pkgutil.walk_packages(wulian_desk.ui.__path__, "wulian_desk.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QDialog):
                found.add(f"{cls.__module__}.{cls.__qualname__}")
    return found - BASES


# Dialog classes that are only ever the base of others.
BASES = {
    "wulian_desk.ui.widgets.record_dialog.RecordDialog",
    "wulian_desk.ui.widgets.record_picker.RecordPicker",
    "wulian_desk.ui.accounts.dialogs.AccountDialog",
    "wulian_desk.ui.sync.keys.FingerprintDialog",
}


def certificate_period(env):
    from wulian_desk.ui.volunteers.dialogs import CertificatePeriodDialog

    return CertificatePeriodDialog(parent=env.host)


def recovery_code(env):
    from wulian_desk.ui.recovery_dialog import RecoveryCodeDialog

    return RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", "首善街道社会工作服务站", env.runner, parent=env.host)


def form_record(env):
    from wulian_desk.services.casework import cases
    from wulian_desk.ui.cases.record_view import FormRecordDialog

    case_id = saving.case_of(env)
    cases.record_form(env.worker, case_id, form_id="intake", form_version=1, answers=saving.cw.intake_answers())
    record = cases.view_case(env.worker, case_id).forms[0]
    return FormRecordDialog(record, parent=env.host)


def print_options(env):
    from wulian_desk.ui.cases.print_options import PrintOptionsDialog

    return PrintOptionsDialog(parent=env.host)


def message_box(env):
    from PySide6.QtWidgets import QStyle

    from wulian_desk.ui.message import MessageDialog

    text = QApplication.translate("walker", "确定要删除这条记录吗？")
    return MessageDialog(env.host, "", text, icon=QStyle.StandardPixmap.SP_MessageBoxQuestion, question=True)


def crash(env):
    from wulian_desk.ui.crash_dialog import CrashDialog

    return CrashDialog("Traceback (most recent call last):\n  ...\nRuntimeError: x\n" * 20, parent=env.host)


def search_popup(env):
    from wulian_desk.ui.search import SearchPopup

    return SearchPopup(env.head, parent=env.host)


def move_folder(env):
    from wulian_desk.ui.move_folder import MoveFolderDialog

    return MoveFolderDialog(env.tmp / "station", parent=env.host)


def drill_down(env):
    from wulian_desk.services.reports import targets
    from wulian_desk.ui.dashboard.drill_down import DrillDownDialog

    demo = env.fixture("demo_ctx")
    result = max(targets.dashboard(demo, date.today().year), key=lambda r: len(r.breakdown) + len(r.record_ids))
    return DrillDownDialog(demo, result, parent=env.host)


def monthly_report(env):
    from wulian_desk.ui.dashboard.monthly_report import MonthlyReportDialog

    return MonthlyReportDialog(parent=env.host, today=date.today())


def issue_certificate(env):
    from wulian_desk.ui.certificates_page import IssueCertificateDialog

    return IssueCertificateDialog(env.fixture("demo_ctx"), parent=env.host)


def client_update(env):
    from wulian_desk.core.forms.mapping import Difference
    from wulian_desk.services.casework import forms
    from wulian_desk.ui.forms.client_update import ClientUpdateDialog

    found = [Difference("client_phone", "client.phone", "联系电话", "Phone", "13900001234", "13900005678"),
             Difference("consent", "client.consent", "知情同意", "Consent", None, True)]
    form = forms.get_form("intake")
    keys = {f.fills: f.key for section in form.sections for f in section.fields if getattr(f, "fills", None)}
    found = [Difference(keys.get(d.target, d.key), d.target, d.label_zh, d.label_en, d.current, d.proposed)
             for d in found]
    return ClientUpdateDialog(found, form, parent=env.host)


OTHER_RECIPES = {
    "wulian_desk.ui.certificates_page.IssueCertificateDialog": issue_certificate,
    "wulian_desk.ui.forms.client_update.ClientUpdateDialog": client_update,
    "wulian_desk.ui.volunteers.dialogs.CertificatePeriodDialog": certificate_period,
    "wulian_desk.ui.recovery_dialog.RecoveryCodeDialog": recovery_code,
    "wulian_desk.ui.cases.record_view.FormRecordDialog": form_record,
    "wulian_desk.ui.cases.print_options.PrintOptionsDialog": print_options,
    "wulian_desk.ui.message.MessageDialog": message_box,
    "wulian_desk.ui.crash_dialog.CrashDialog": crash,
    "wulian_desk.ui.search.SearchPopup": search_popup,
    "wulian_desk.ui.move_folder.MoveFolderDialog": move_folder,
    "wulian_desk.ui.dashboard.drill_down.DrillDownDialog": drill_down,
    "wulian_desk.ui.dashboard.monthly_report.MonthlyReportDialog": monthly_report,
}
RECIPES = {**saving.RECIPES, **OTHER_RECIPES}


def test_every_dialog_is_walked():
    assert every_dialog() - set(RECIPES) == set(), "a dialog needs a recipe here (or in test_saving_dialogs)"
    assert set(RECIPES) <= every_dialog(), "a recipe for a dialog that is gone"


@pytest.fixture
def env(request, qtbot, runner, tmp_path) -> Env:
    host = Host(runner)
    host.resize(1200, 700)
    qtbot.addWidget(host)
    return Env(request, host, tmp_path)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", sorted(RECIPES), ids=lambda name: name.removeprefix("wulian_desk.ui."))
def test_every_dialog_fits_and_speaks_one_language(name, lang, env, qtbot, wait_tasks, dialogs):
    i18n.install(QApplication.instance(), lang)
    dialog = RECIPES[name](env)
    dialog.show()
    wait_tasks(30_000)
    qtbot.wait(20)
    problems = problems_of(dialog, name.removeprefix("wulian_desk.ui."), english=lang == i18n.ENGLISH)
    dialog.done(QDialog.DialogCode.Rejected)
    assert problems == [], report(problems)
