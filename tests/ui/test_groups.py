"""The groups screens driven as a worker would: a new group, members joining, two sessions with
their plans, attendance after each, a pre measure on the group_measure form, the list exported."""

from __future__ import annotations

from datetime import date, timedelta

from tests.services.test_activities import add_client
from tests.ui.conftest import click_save
from tests.ui.test_cases import Answers, open_window
from wulian_desk.services.casework import groups
from wulian_desk.ui.forms.dialog import FormDialog
from wulian_desk.ui.groups.dialogs import (
    AttendanceDialog,
    GroupDialog,
    MembersDialog,
    SessionDialog,
)
from wulian_desk.ui.widgets import export_button as export

ITEMS = ("q1_strengths", "q2_help_seeking", "q3_speak_up", "q4_cooperate", "q5_lonely", "q6_confidence",
         "q7_trusted_friends", "q8_community")


def test_a_group_with_sessions_and_attendance(qtbot, ctx, runner, station_dir, monkeypatch, dialogs, tmp_path):
    a, b = add_client(ctx, "刘芳"), add_client(ctx, "赵敏")
    answers = Answers(monkeypatch)
    window = open_window(qtbot, ctx, runner, station_dir)
    page = window.show_area("groups")

    def refused_then_saved(dialog: GroupDialog):
        click_save(dialog)
        assert "小组名称" in dialog.errors.message("name")  # named under the field, dialog still open
        dialog.name.setText("银龄互助小组")
        dialog.goals.setPlainText("增进空巢老人之间的互助")
        dialog.target_members.setText("60 岁以上空巢老人")
        dialog.starts_on.set_value(date.today() - timedelta(days=14))
        dialog.planned_sessions.setValue(4)
        click_save(dialog)
        assert not dialog.isVisible(), dialog.errors.message(None)

    answers.queue(GroupDialog, refused_then_saved)
    page.add_button.click()
    detail = page.detail
    group_id = detail.row.id
    assert detail.title.text() == "银龄互助小组"

    def join(dialog: MembersDialog):
        dialog.choose([a, b])
        click_save(dialog)

    answers.queue(MembersDialog, join)
    detail.buttons["members"].click()
    assert detail.members.rowCount() == 2
    assert detail.members.item(0, 0).text() == "M01"

    for days_ago, plan in ((10, "破冰：认识彼此"), (3, "分享互助经验")):
        def add_session(dialog: SessionDialog, days_ago=days_ago, plan=plan):
            dialog.held_on.set_value(date.today() - timedelta(days=days_ago))
            dialog.place.setText("活动室")
            dialog.plan.setPlainText(plan)
            click_save(dialog)
            assert not dialog.isVisible(), dialog.errors.message(None)

        answers.queue(SessionDialog, add_session)
        detail.buttons["session"].click()
    assert detail.session_table.rowCount() == 2
    assert detail.session_table.item(1, 4).text() == "分享互助经验"

    def everyone(dialog: AttendanceDialog):
        dialog.notes.setPlainText("成员积极")
        click_save(dialog)

    def only_a(dialog: AttendanceDialog):
        dialog.set_present({a})
        click_save(dialog)

    answers.queue(AttendanceDialog, everyone)
    detail.session_table.selectRow(0)
    detail.buttons["attendance"].click()
    answers.queue(AttendanceDialog, only_a)
    detail.session_table.selectRow(1)
    detail.buttons["attendance"].click()
    assert [detail.session_table.item(r, 3).text() for r in range(2)] == ["2/2", "1/2"]
    sessions = groups.group_sessions(ctx, group_id)
    assert sessions[0][0].notes == "成员积极" and sessions[1][1] == {a: True, b: False}
    assert "出勤率 75%" in detail.facts["outcome"].text()

    def measure(dialog: FormDialog):
        dialog.view.set_answers({**dialog.view.answers(), "phase": "pre", **{q: "agree" for q in ITEMS}})
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not runner.busy)
        assert not dialog.isVisible(), dialog.status.text()

    answers.queue(FormDialog, measure)
    detail.members.selectRow(0)
    detail.buttons["measure"].click()
    assert detail.members.item(0, 3).text() == "30"  # 7 x 4 + item 5 reversed (2)

    detail.buttons["back"].click()
    assert page.list.model.rowCount() == 1
    assert page.list.model.index(0, 5).data() == "2/4"
    out = tmp_path / "小组.xlsx"
    monkeypatch.setattr(export, "ask_export_path", lambda parent, suggested: out)
    page.export_button.click()
    qtbot.waitUntil(lambda: not runner.busy)
    assert out.exists() and dialogs.infos
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet["A3"].value == "银龄互助小组"
    window.close()
