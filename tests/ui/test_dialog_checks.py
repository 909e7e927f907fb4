"""Record dialogs check as the user types: required fields are marked before anything is typed, a
mistake shows beside its field after a short pause and goes once fixed, every problem shows at
once, the buttons never move, no dialog is taller than a 1366×768 screen's free area, and Enter in
a table, list or multi-line text never saves. First the shared base, on a small dialog made here,
then every record dialog that `tests/ui/test_saving_dialogs.py` opens, with its recipes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tests.ui import test_saving_dialogs as saving
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import Given
from wulian_desk.services.context import Changes
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.widgets import windows
from wulian_desk.ui.widgets.record_dialog import RecordDialog

casework_template, casework_dir = saving.casework_template, saving.casework_dir
county_ctx, station_ctx, sync_templates = saving.county_ctx, saving.station_ctx, saving.sync_templates
env, writes = saving.env, saving.writes

SCREEN = QRect(0, 0, 1366, 728)  # a 1366×768 laptop less its task bar


@pytest.fixture(autouse=True)
def laptop_screen(monkeypatch):
    monkeypatch.setattr(windows, "available_area", lambda _window: SCREEN)


def wait_checked(qtbot, dialog: RecordDialog) -> None:
    """The pause after the last keystroke has passed and the check has run."""
    qtbot.waitUntil(lambda: not dialog.live.timer.isActive(), timeout=3000)


def save_spot(dialog) -> tuple[QPoint, object]:
    button = dialog.ok_button if isinstance(dialog, RecordDialog) else dialog.save_button
    return button.mapTo(dialog, QPoint(0, 0)), dialog.size()


# -- the shared base ------------------------------------------------------------------------------


class Sample(RecordDialog):
    """Two required fields, a phone checked like a service would, a table and a text box."""

    REQUIRED = frozenset({"name", "place"})

    def __init__(self, *, rows: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.place, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.table = QTableWidget(rows, 2)
        for row in range(rows):
            self.table.setItem(row, 0, QTableWidgetItem(f"第 {row + 1} 行"))
        self.notes = QPlainTextEdit()
        self.add_field("name", "姓名", self.name)
        self.add_field("place", "地点", self.place)
        self.add_field("phone", "电话", self.phone)
        self.add_field("table", "明细", self.table)
        self.add_field("notes", "备注", self.notes)
        self.finish_layout()
        self.written: list[tuple[str, str]] = []

    def prepare(self):
        phone = self.phone.text().strip()
        if phone and not phone.isdigit():
            raise ValidationError(Given("电话号码格式不对。", "Not a phone number."), field="phone")
        values = (self.name.text(), self.place.text())
        return lambda: self.written.append(values) or Changes.of("room", "r1")


@pytest.fixture
def sample(qtbot, runner):
    host = saving.Host(runner)
    qtbot.addWidget(host)
    dialog = Sample(parent=host)
    dialog.show()
    yield dialog  # the host, and so the dialog, lives until the test ends


def test_required_fields_are_marked_before_anything_is_typed(sample):
    for field in ("name", "place"):
        caption = sample.errors.caption_labels[field]
        assert caption.text().endswith("*") and caption.toolTip() == "必填"
        assert sample.errors.fields[field].accessibleDescription() == "必填"
    assert not sample.errors.caption_labels["phone"].text().endswith("*")
    assert sample.errors.shown() == {}


def test_a_mistake_shows_after_a_pause_and_goes_once_fixed(sample, qtbot):
    sample.phone.setFocus()
    QTest.keyClicks(sample.phone, "13a")
    assert sample.errors.message("phone") == ""  # not while typing
    wait_checked(qtbot, sample)
    assert sample.errors.message("phone") == "电话号码格式不对。"
    assert sample.errors.message("name") == ""  # not touched yet: nothing said about it
    sample.phone.setText("13900001234")
    wait_checked(qtbot, sample)
    assert sample.errors.shown() == {}


def test_save_shows_every_problem_at_once_and_the_buttons_stay(sample, qtbot):
    before = save_spot(sample)
    sample.phone.setText("abc")
    sample.ok_button.click()
    assert sample.isVisible() and sample.written == []
    assert sample.errors.shown() == {"name": "请填写姓名。", "place": "请填写地点。", "phone": "电话号码格式不对。"}
    assert save_spot(sample) == before
    sample.name.setText("张三")
    wait_checked(qtbot, sample)
    assert set(sample.errors.shown()) == {"place", "phone"}
    assert save_spot(sample) == before


def test_the_dialog_is_never_taller_than_the_screen(qtbot, runner):
    host = saving.Host(runner)
    qtbot.addWidget(host)
    tall = Sample(rows=80, parent=host)
    assert host.isHidden()  # kept alive here
    tall.table.setMinimumHeight(2000)  # content far taller than any screen
    tall.show()
    tall.ok_button.click()
    assert tall.height() + windows.FRAME_ALLOWANCE.height() <= SCREEN.height() and tall.width() <= SCREEN.width()
    qtbot.waitUntil(lambda: tall.scroll.verticalScrollBar().maximum() > 0)  # the content scrolls instead
    assert tall.ok_button.mapTo(tall, QPoint(0, 0)).y() + tall.ok_button.height() <= tall.height()


def test_enter_saves_only_from_a_single_line_field(sample, qtbot):
    sample.name.setText("张三")
    sample.place.setText("活动室")
    for inside in (sample.table, sample.notes):
        inside.setFocus()
        if inside is sample.table:
            sample.table.setCurrentCell(1, 0)
        QTest.keyClick(inside, Qt.Key.Key_Return)
        QTest.keyClick(inside, Qt.Key.Key_Enter)
        assert sample.isVisible() and not sample.saving and sample.written == []
    sample.table.setFocus()
    QTest.keyClick(sample.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not sample.isVisible())
    assert sample.written == [("张三", "活动室")] and sample.result() == QDialog.DialogCode.Accepted


def test_enter_in_a_line_field_saves(sample, qtbot):
    sample.name.setText("张三")
    sample.place.setText("活动室")
    sample.place.setFocus()
    QTest.keyClick(sample.place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not sample.isVisible())
    assert sample.written == [("张三", "活动室")]


def test_a_refusal_stays_by_its_field_until_that_field_changes(sample, qtbot):
    sample.name.setText("张三")
    sample.place.setText("活动室")
    sample._refused(ValidationError(Given("地点已被占用。", "Taken."), field="place"))
    assert sample.errors.shown() == {"place": "地点已被占用。"}
    sample.name.setText("李四")
    wait_checked(qtbot, sample)
    assert sample.errors.shown() == {"place": "地点已被占用。"}
    sample.place.setText("会议室")
    wait_checked(qtbot, sample)
    assert sample.errors.shown() == {}
    sample._refused(ValidationError(Given("该月已锁定。", "The month is locked.")))  # names no field: at the top
    assert sample.errors.shown() == {"": "该月已锁定。"}
    assert sample.general_error.mapTo(sample, QPoint(0, 0)).y() < sample.scroll.mapTo(sample, QPoint(0, 0)).y()


def test_messages_follow_the_english_interface(sample, qtbot, qapp):
    from wulian_desk.ui import i18n

    i18n.install(qapp, i18n.ENGLISH)
    sample.ok_button.click()
    assert sample.errors.message("name") == "Enter the 姓名."  # the caption as the dialog gives it


# -- every record dialog -------------------------------------------------------------------------

RECORD_DIALOGS = sorted(name for name, cls in saving.saving_dialogs().items() if issubclass(cls, RecordDialog)
                        and name in saving.RECIPES)
# Dialogs with nothing to type wrong: choices from lists, ticks, numbers in spin boxes.
NOTHING_TO_MISTYPE = {
    "wulian_desk.ui.activities.dialogs.AddVolunteersDialog",
    "wulian_desk.ui.groups.dialogs.MembersDialog",
    "wulian_desk.ui.cases.dialogs.DecisionDialog",  # an approval: comments are optional
    "wulian_desk.ui.staff.dialogs.CertificateDialog",
    "wulian_desk.ui.accounts.dialogs.RoleDialog",
    "wulian_desk.ui.activities.dialogs.HoursDialog",
    "wulian_desk.ui.cases.dialogs.MoveDialog",
    "wulian_desk.ui.clients.consent.ConsentDialog",
    "wulian_desk.ui.groups.dialogs.AttendanceDialog",
    "wulian_desk.ui.projects.terms.MeasureDialog",
    "wulian_desk.ui.projects.terms.EvaluationDialog",
    "wulian_desk.ui.sync.corrections.AnswerDialog",
    "wulian_desk.ui.dashboard.monthly_report.SubmitMonthDialog",
    "wulian_desk.ui.groups.dialogs.CloseGroupDialog",
    "wulian_desk.ui.sync.keys.AcceptDialog",
    "wulian_desk.ui.sync.keys.ReplyDialog",
}


def typed_fields(dialog: RecordDialog) -> list[tuple[str, QWidget]]:
    """Fields a user can get wrong by typing: required text (left blank), then dates (not a date)."""
    fields = dialog.errors.fields
    required = [(f, w) for f, w in fields.items() if f in dialog.errors.required
                and isinstance(w, QLineEdit | QPlainTextEdit) and not isinstance(w, DateEdit) and w.isEnabled()]
    dates = [(f, w) for f, w in fields.items() if isinstance(w, DateEdit) and w.isEnabled()]
    return required + dates


def mistype(widget: QWidget) -> None:
    if isinstance(widget, DateEdit):
        widget.setText("2024-13-45")
    elif isinstance(widget, QLineEdit):
        widget.setText("")
    else:
        widget.setPlainText("")


def put_back(widget: QWidget, value: str) -> None:
    (widget.setPlainText if isinstance(widget, QPlainTextEdit) else widget.setText)(value)


def text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


@pytest.mark.parametrize("name", RECORD_DIALOGS, ids=lambda name: name.removeprefix("wulian_desk.ui."))
def test_every_record_dialog_checks_as_the_user_types(name, env, qtbot, wait_tasks, dialogs):
    dialog = saving.RECIPES[name](env)
    dialog.show()
    wait_tasks()
    # Marked before anything is typed.
    for field in dialog.errors.required:
        assert dialog.errors.caption_labels[field].text().endswith("*"), field
        assert dialog.errors.fields[field].accessibleDescription() == "必填", field
    assert dialog.height() + windows.FRAME_ALLOWANCE.height() <= SCREEN.height() and dialog.width() <= SCREEN.width()
    before = save_spot(dialog)

    # Mistyped, then put right: the message comes after the pause and goes.
    fields = typed_fields(dialog)
    assert (not fields) == (name in NOTHING_TO_MISTYPE), "keep NOTHING_TO_MISTYPE honest"
    for field, widget in fields:
        value = text_of(widget)
        mistype(widget)
        wait_checked(qtbot, dialog)
        assert dialog.errors.message(field), f"{field}: no message after a mistake"
        put_back(widget, value)
        wait_checked(qtbot, dialog)
        assert dialog.errors.message(field) == "", f"{field}: the message stayed once fixed"

    # Everything wrong at once: every message shown, the buttons where they were, still on screen.
    for _field, widget in fields:
        mistype(widget)
    dialog.ok_button.click()
    assert dialog.isVisible() or not fields
    if fields:
        shown = set(dialog.errors.shown())
        blanked = {f for f, w in fields if not isinstance(w, DateEdit)}
        assert blanked <= shown and fields[0][0] in shown, shown
        assert save_spot(dialog) == before
        assert dialog.height() + windows.FRAME_ALLOWANCE.height() <= SCREEN.height()


@pytest.mark.parametrize("name", RECORD_DIALOGS, ids=lambda name: name.removeprefix("wulian_desk.ui."))
def test_enter_in_an_embedded_table_list_or_text_never_saves(name, env, qtbot, wait_tasks, writes, dialogs):
    dialog = saving.RECIPES[name](env)
    dialog.show()
    wait_tasks()
    inside = [w for w in dialog.findChildren(QWidget) if isinstance(w, QAbstractItemView | QPlainTextEdit)
              and w.isVisible() and w.isEnabled()]
    writes.clear()
    for widget in inside:
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_Return)
        assert dialog.isVisible() and not dialog.saving, type(widget).__name__
    assert writes == []
    # Ctrl+Enter saves from anywhere, as Save does (a shortcut of the window, so it must be active).
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    (inside[0] if inside else dialog.ok_button).setFocus()
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.saving and not dialog.isVisible(), timeout=10_000)
    assert QDialog.result(dialog) == QDialog.DialogCode.Accepted


def test_the_saving_dialogs_checked_here_are_all_of_them():
    record = {name for name, cls in saving.saving_dialogs().items() if issubclass(cls, RecordDialog)}
    assert record - saving.ASKS_ONLY == set(RECORD_DIALOGS)
    assert NOTHING_TO_MISTYPE <= set(RECORD_DIALOGS)


# -- the case forms (their own dialog, the same habits) --------------------------------------------


def test_a_case_form_checks_as_the_user_types(env, qtbot, wait_tasks, dialogs):
    dialog = saving.case_form(env)
    dialog.show()
    wait_tasks()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    rows = dialog.view.rows
    caption = rows["client_name"].form.labelForField(rows["client_name"].container)
    assert caption.text().endswith("*") and caption.toolTip() == "必填"
    assert dialog.height() + windows.FRAME_ALLOWANCE.height() <= SCREEN.height() and dialog.width() <= SCREEN.width()
    before = save_spot(dialog)
    name = rows["client_name"].input.focus_widgets()[0]
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(name, Qt.Key.Key_Backspace)  # typed away, as a user does
    assert dialog.view.message("client_name") == ""  # not while typing
    qtbot.waitUntil(lambda: dialog.view.message("client_name") != "")
    assert dialog.view.message("presenting_problem") == ""  # untouched: nothing said yet
    QTest.keyClicks(name, "Zhang San")
    qtbot.waitUntil(lambda: dialog.view.message("client_name") == "")

    problem = rows["presenting_problem"].input.focus_widgets()[0]
    problem.setPlainText("")
    name.clear()
    dialog.save_button.click()
    assert dialog.isVisible() and not dialog.saving
    assert dialog.view.message("client_name") and dialog.view.message("presenting_problem")
    assert save_spot(dialog) == before

    problem.setFocus()
    QTest.keyClick(problem, Qt.Key.Key_Return)  # a new line in the text, never a save
    assert dialog.isVisible() and not dialog.saving and problem.toPlainText() == "\n"
