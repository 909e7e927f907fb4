"""审计日志: entries newest first in local time, the four filters, and export to .xlsx read back."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate

from tests.ui.conftest import USERNAME
from wulian_desk.core.models import RoomCreate
from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import audit_log
from wulian_desk.ui import audit_page
from wulian_desk.ui.audit_page import COL_ACTION, COL_KIND, COL_RECORD, COL_SEQ, COL_TIME, COL_USER
from wulian_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx, runner, wait_tasks, station_dir):
    win = MainWindow(ctx, runner, station_dir)
    qtbot.addWidget(win)
    win.show()
    wait_tasks()
    yield win
    win.idle.stop()


@pytest.fixture
def room_id(ctx) -> str:
    changes = facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="活动室", room_type="group",
                                                     area_m2=30))
    facilities.delete_room(ctx, changes.ids[0])
    return changes.ids[0]


def cell(page, row: int, column: int) -> str:
    return page.model.index(row, column).data()


def test_entries_show_newest_first_in_local_time(window, ctx, room_id):
    page = window.show_area("audit")
    entries = audit_log.journal(ctx)
    assert page.model.rowCount() == len(entries) >= 4
    assert page.count.text() == f"共 {len(entries)} 条"
    newest = entries[0]
    assert cell(page, 0, COL_SEQ) == str(newest.seq)
    assert cell(page, 0, COL_TIME) == datetime.fromisoformat(newest.at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert cell(page, 0, COL_USER) == USERNAME
    assert (cell(page, 0, COL_ACTION), cell(page, 0, COL_KIND), cell(page, 0, COL_RECORD)) == ("删除", "房间", "活动室")
    assert [cell(page, r, COL_ACTION) for r in range(page.model.rowCount())][-1] == "建立站点"


def test_records_show_by_name_a_client_masked_and_a_case_by_number(window, ctx, wait_tasks, monkeypatch):
    from wulian_desk.core.clients import ClientInput
    from wulian_desk.services.casework import cases, clients

    client_id = clients.create_client(ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id,
                                                       birth_date=date(1948, 5, 6))).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title="独居老人照护").ids[0]
    case_number = cases.cases_by_id(ctx, [case_id])[case_id].case_number
    calls = []
    real = audit_log.journal_lines
    monkeypatch.setattr(audit_log, "journal_lines", lambda c, seqs: calls.append(len(seqs)) or real(c, seqs))
    page = window.show_area("audit")
    page.apply_filters()
    shown = {(cell(page, r, COL_KIND), cell(page, r, COL_RECORD)) for r in range(page.model.rowCount())}
    assert ("服务对象", "王*兰") in shown and ("个案", case_number) in shown
    assert not any(client_id in text or case_id in text for _kind, text in shown)
    # The names of a page come with the page: one service call for all the rows shown.
    assert calls and len(calls) == 1


def test_every_action_label_of_the_journal_is_translatable():
    assert set(audit_log.ACTION_LABELS.values()) == set(audit_page.ACTION_TEXTS)


def test_filters_by_record_action_user_and_date(window, ctx, room_id):
    page = window.show_area("audit")
    total = page.model.rowCount()
    page.record.setText(room_id)
    page.apply_filters()  # as the typing pause would
    assert [cell(page, r, COL_ACTION) for r in range(page.model.rowCount())] == ["删除", "新建"]

    page.action.setCurrentIndex(page.action.findData("create"))
    assert page.model.rowCount() == 1 and cell(page, 0, COL_ACTION) == "新建"
    page.record.clear()
    page.apply_filters()
    assert {cell(page, r, COL_KIND) for r in range(page.model.rowCount())} >= {"房间"}
    assert all(cell(page, r, COL_ACTION) == "新建" for r in range(page.model.rowCount()))

    page.action.setCurrentIndex(0)
    page.user.setText("nobody")
    page.apply_filters()
    assert page.model.rowCount() == 0 and page.count.text() == "共 0 条"
    page.user.setText(USERNAME)
    page.apply_filters()
    assert page.model.rowCount() == total

    page.use_since.setChecked(True)
    page.since.setDate(QDate.currentDate().addDays(1))
    assert page.model.rowCount() == 0
    page.since.setDate(QDate.currentDate())  # local midnight today: everything made by this test
    assert page.model.rowCount() == total


def test_export_writes_the_filtered_rows_and_says_where(window, ctx, room_id, wait_tasks, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    out = tmp_path / "审计日志.xlsx"
    asked: list[str] = []
    monkeypatch.setattr(audit_page, "ask_export_path", lambda parent, suggested: asked.append(suggested) or out)
    page = window.show_area("audit")
    page.record.setText(room_id)
    page.apply_filters()
    page.export_button.click()
    wait_tasks()
    assert asked and asked[0].endswith(".xlsx")
    # Said in the window's notice bar, which offers to open the workbook.
    assert window.notice_bar.text.text() == f"已导出到 {out}" and window.notice_bar.path == out
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("序号", "时间(UTC)", "用户", "操作", "记录类型", "记录编号", "设备")
    assert [(r[2], r[3], r[4], r[5]) for r in rows[1:]] == [
        (USERNAME, "删除", "room", room_id),
        (USERNAME, "新建", "room", room_id),
    ]
    assert all(isinstance(r[1], datetime) and datetime.now() - r[1] < timedelta(days=1) for r in rows[1:])
    # The export is journaled, and the list shows it once the filter allows.
    page.record.clear()
    page.action.setCurrentIndex(page.action.findData("export"))
    assert page.model.rowCount() == 1 and cell(page, 0, COL_KIND) == "审计日志"


def test_cancelling_the_file_dialog_exports_nothing(window, runner, monkeypatch):
    monkeypatch.setattr(audit_page, "ask_export_path", lambda parent, suggested: None)
    page = window.show_area("audit")
    page.export_button.click()
    assert not runner.busy and page.status.text() == ""
