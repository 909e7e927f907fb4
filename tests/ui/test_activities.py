"""The activities screens: a major event added through the dialog, shown in the list and the month
calendar and under "not yet reported"; volunteers added; the hours of all of them recorded in one
dialog (one absent, one adjusted); the event reported."""

from __future__ import annotations

from datetime import date, timedelta

from tests.services.test_volunteers import add_volunteer
from tests.ui.conftest import click_save
from tests.ui.test_cases import Answers, open_window
from wulian_desk.core.identity import make_id_number
from wulian_desk.services.volunteering import service_hours
from wulian_desk.ui.activities.dialogs import ActivityDialog, AddVolunteersDialog, HoursDialog


def test_an_activity_with_hours_for_all_its_volunteers(qtbot, ctx, runner, station_dir, monkeypatch, dialogs,
                                                       wait_tasks):
    people = [add_volunteer(ctx, name=name, id_number=make_id_number("610326", date(1960, 1, 1 + n), 3 + 2 * n, "female"))
              for n, name in enumerate(("张秀英", "李红", "王芳"))]
    answers = Answers(monkeypatch)
    window = open_window(qtbot, ctx, runner, station_dir)
    page = window.show_area("activities")
    day = date.today() - timedelta(days=2)

    def plan(dialog: ActivityDialog):
        dialog.title.setText("重阳节敬老活动")
        dialog.day.set_value(day)
        click_save(dialog)
        assert "活动地点" in dialog.errors.message("place")  # neither a room nor a place
        dialog.place.setText("滨河广场")
        dialog.planned_hours.setValue(2.5)
        dialog.major_event.setCurrentIndex(dialog.major_event.findData("festival"))
        click_save(dialog)
        assert not dialog.isVisible(), dialog.errors.message(None)

    answers.queue(ActivityDialog, plan)
    page.add_button.click()
    detail = page.detail
    activity_id = detail.row.id
    assert "尚未报备" in detail.facts["major"].text()
    assert not detail.buttons["hours"].isEnabled()

    def join(dialog: AddVolunteersDialog):
        dialog.choose(people)
        click_save(dialog)

    answers.queue(AddVolunteersDialog, join)
    detail.buttons["volunteers"].click()
    assert detail.volunteers.count() == 3

    def hours(dialog: HoursDialog):
        assert [s.value() for s in dialog.spins.values()] == [2.5, 2.5, 2.5]  # everyone at the planned hours
        dialog.set_absent(people[2])
        dialog.spins[people[1]].setValue(4)
        click_save(dialog)
        assert not dialog.isVisible(), dialog.errors.message(None)

    answers.queue(HoursDialog, hours)
    detail.buttons["hours"].click()
    totals = service_hours.volunteer_totals(ctx, people)
    assert [totals[v].total_minutes for v in people] == [150, 240, 0]

    detail.buttons["back"].click()
    page.unreported.setChecked(True)
    assert page.list.model.rowCount() == 1
    assert page.list.model.index(0, 7).data() == "⚑ 节庆活动 *"
    page.show_calendar(day)
    assert page.month.day_list.count() == 1
    assert page.month.calendar.dateTextFormat(page.month.marked[0]).fontWeight() > 400

    page.show_activity(activity_id)
    detail.buttons["reported"].click()  # confirmed by the dialogs fixture
    wait_tasks()  # written on the write lane
    assert "已报备" in detail.facts["major"].text()
    detail.buttons["back"].click()
    assert page.list.model.rowCount() == 0  # nothing left to report
    window.close()
