"""Monthly submission and approval in the window: the station submits from the dashboard's
"报送月份…" (a second submission is refused in the dialog), the county returns it from the roll-up
with a reason and later approves it, and once the approval arrives the station's activity dialog
refuses an activity dated in that month, saying why, and stays open."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.sync import conftest as sites
from tests.sync.test_month_approval import at, carry, last_month
from tests.ui.conftest import click_save
from tests.ui.test_cases import Answers
from tests.ui.test_projects import open_area
from wulian_desk.core.activities import ActivityInput
from wulian_desk.services.reports import approval, reporting
from wulian_desk.services.volunteering import activities
from wulian_desk.ui.activities.dialogs import ActivityDialog
from wulian_desk.ui.dashboard.month_approval import DecisionDialog
from wulian_desk.ui.dashboard.monthly_report import SubmitMonthDialog

enrolled_template, county, station_a, station_b = sites.enrolled_template, sites.county, sites.station_a, sites.station_b


def _select(view, name: str) -> None:
    names = [r[0] for r in view.stations.rows_text()]
    view.stations.selectRow(names.index(name))


def test_submit_return_approve_and_the_lock_in_the_window(qtbot, runner, wait_tasks, monkeypatch, dialogs, county,
                                                          station_a, tmp_path):
    month, sid = last_month(), station_a.ctx.station_id
    answers = Answers(monkeypatch)
    inside = datetime.combine(month.start.replace(day=10), datetime.min.time()).replace(hour=9)
    activities.create_activity(station_a.ctx, ActivityInput(
        title="读书会", activity_type="culture_sports", org_unit_id=sid, starts_at=inside,
        ends_at=inside + timedelta(hours=2), organiser="博望街道社工站", person_in_charge="王站长", place="社区书屋"))

    # The station submits last month from the dashboard; submitting again is refused in the dialog.
    window, dashboard = open_area(qtbot, station_a.ctx, runner, wait_tasks, station_a.folder, "dashboard")
    assert dashboard.submit_button.isVisibleTo(dashboard)

    def submit(dialog: SubmitMonthDialog):
        assert dialog.month.currentData() == month.code  # last month unless changed
        dialog.note.setPlainText("本月活动 1 场")
        click_save(dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    def again(dialog: SubmitMonthDialog):
        click_save(dialog)
        assert dialog.isVisible() and "等待上级审核" in dialog.errors.message("month")
        dialog.reject()

    answers.queue(SubmitMonthDialog, submit)
    dashboard.submit_button.click()
    assert dialogs.infos and month.code in dialogs.infos[-1]
    answers.queue(SubmitMonthDialog, again)
    dashboard.submit_button.click()
    window.close()
    carry(station_a, county, tmp_path, "up1")

    # The county returns it from the roll-up, with a reason.
    cwindow, cdash = open_area(qtbot, county.ctx, runner, wait_tasks, county.folder, "dashboard")
    view = cdash.rollup_view
    cdash.tabs.setCurrentWidget(view)
    view.month.setDate(view.month.date().addMonths(-1))
    wait_tasks(30_000)
    assert view.month_code() == month.code
    _select(view, "博望街道社会工作服务站")
    bar = view.approval
    assert bar.isVisibleTo(view) and bar.approve_button.isEnabled() and bar.return_button.isEnabled()
    assert not bar.reopen_button.isEnabled()
    assert {r[0]: r[1] for r in view.stations.rows_text()}["博望街道社会工作服务站"].startswith("已报送")

    def give_back(dialog: DecisionDialog):
        click_save(dialog)
        assert dialog.isVisible() and "原因" in dialog.errors.message("reason")  # a reason is required
        dialog.reason.setPlainText("活动人数未填")
        click_save(dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    answers.queue(DecisionDialog, give_back)
    bar.return_button.click()
    wait_tasks(30_000)
    assert {r[0]: r[1] for r in view.stations.rows_text()}["博望街道社会工作服务站"] == "已退回"
    assert not bar.approve_button.isEnabled()

    # Resubmitted (late) and approved from the roll-up.
    carry(county, station_a, tmp_path, "down1")
    approval.submit(station_a.ctx, month, now=at(month, 9))
    carry(station_a, county, tmp_path, "up2")
    view.refresh()
    wait_tasks(30_000)
    _select(view, "博望街道社会工作服务站")
    assert {r[0]: r[1] for r in view.stations.rows_text()}["博望街道社会工作服务站"] == "已报送（逾期）"
    bar.approve_button.click()  # confirmed by the dialogs fixture
    wait_tasks(30_000)
    assert {r[0]: r[1] for r in view.stations.rows_text()}["博望街道社会工作服务站"] == "已审核通过"
    cwindow.close()
    carry(county, station_a, tmp_path, "down2")
    assert reporting.reporting(station_a.ctx, month.code).own.state.state == "approved"

    # At the station the month is locked: the activity dialog says why and stays open.
    window, page = open_area(qtbot, station_a.ctx, runner, wait_tasks, station_a.folder, "activities")

    def refused(dialog: ActivityDialog):
        dialog.title.setText("补录的活动")
        dialog.day.set_value(inside.date())
        dialog.place.setText("社区广场")
        click_save(dialog)
        assert dialog.isVisible()
        text = dialog.general_error.text() + "".join(label.text() for label in dialog.errors.labels.values())
        assert "审核通过并锁定" in text and "更正请求" in text, text
        dialog.day.set_value(date.today())  # another month: saved
        click_save(dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    answers.queue(ActivityDialog, refused)
    page.add_button.click()
    wait_tasks()

    # The station's own roll-up says what the tier above has of the month.
    dashboard = window.show_area("dashboard")
    own = dashboard.rollup_view
    dashboard.tabs.setCurrentWidget(own)
    own.month.setDate(own.month.date().addMonths(-1))
    wait_tasks(30_000)
    assert "本月报送：已审核通过" in own.summary.text()
    assert dialogs.warnings == []
    window.close()
