"""Rosters and hours from .xlsx: the template the app writes, a row-by-row report, refused rows
that change nothing, dry runs, re-imports that add nothing, and 10,000 rows in seconds."""

import time
from datetime import date, datetime, timedelta

import pytest
from openpyxl import Workbook, load_workbook

from tests.services.test_volunteers import add_volunteer
from tests.services.test_volunteers_hours import live_records, make_activity
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.roster import HOURS_COLUMNS, VOLUNTEER_COLUMNS
from wulian_desk.services.volunteering import roster_import, volunteers

BORN = date(1955, 6, 7)


def number(n: int, gender: str = "female") -> str:
    return make_id_number("610326", BORN, n, gender)


def bad_check_digit(n: int) -> str:
    good = number(n)
    return good[:-1] + ("1" if good[-1] != "1" else "2")


def workbook(path, columns, rows: list[dict]):
    """A filled template: the app's own headers, then the rows (by column key)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["志愿者名单（某社区）"])
    ws.append([c.header + (" *" if c.required else "") for c in columns])
    for row in rows:
        ws.append([row.get(c.key) for c in columns])
    wb.save(path)
    return path


def roster_row(n: int, name: str = "", **extra) -> dict:
    return {"name": name or f"志愿者{n}", "gender": "女", "id_number": number(n), "consent_on": "2026-03-01",
            "service_categories": "助老助残、文化体育", **extra}


def test_the_template_has_chinese_headers_notes_and_an_example(tmp_path):
    path = roster_import.write_template("volunteers", tmp_path / "roster.xlsx")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[2]]
    assert headers[:5] == ["序号", "姓名 *", "性别", "出生日期", "身份证号码 *"]
    assert ws.cell(row=2, column=5).comment.text.startswith("必填，18 位")
    assert ws.cell(row=3, column=1).value == "示例" and ws.cell(row=3, column=5).number_format == "@"
    notes = wb["填写说明"]
    assert [c.value for c in notes[1]] == ["列名", "是否必填", "填写说明", "示例"]
    assert notes.max_row == len(VOLUNTEER_COLUMNS) + 1
    hours = load_workbook(roster_import.write_template("hours", tmp_path / "hours.xlsx")).worksheets[0]
    assert [c.value for c in hours[2]][3] == "活动编号或名称 *"


def test_the_template_itself_imports_nothing(ctx, tmp_path):
    for kind in ("volunteers", "hours"):
        report = roster_import.import_roster(ctx, kind, roster_import.write_template(kind, tmp_path / f"{kind}.xlsx"))
        assert report.rows == []


def test_good_rows_go_in_and_each_bad_row_says_why(ctx, tmp_path):
    add_volunteer(ctx, name="已登记", id_number=number(90), birth_date=None)
    path = workbook(tmp_path / "roster.xlsx", VOLUNTEER_COLUMNS, [
        roster_row(1),                                   # row 3: taken
        roster_row(2, id_number=bad_check_digit(2)),     # row 4: check digit
        roster_row(3, name=" "),                         # row 5: no name
        roster_row(4),                                   # row 6: taken
        roster_row(4, name="重复者"),                     # row 7: same number as row 6
        roster_row(90, name="已登记"),                    # row 8: already registered
        roster_row(5, consent_on=None),                  # row 9: no consent date
        roster_row(6, team="不存在的队"),                  # row 10: unknown team
        {},                                              # row 11: blank, skipped
        roster_row(7, birth_date=date(1955, 6, 7), phone=13900001234.0),  # row 12: Excel types, taken
    ])
    report = roster_import.import_roster(ctx, "volunteers", path)
    assert [(r.row, r.taken) for r in report.rows] == [
        (3, True), (4, False), (5, False), (6, True), (7, False), (8, False), (9, False), (10, False), (12, True)]
    reasons = {r.row: r.reason for r in report.rows if not r.taken}
    assert "校验位" in reasons[4]
    assert reasons[5] == "缺少姓名"
    assert "重复" in reasons[7] and "第 6 行" in reasons[7]
    assert "重复" in reasons[8] and "已登记" in reasons[8]
    assert "同意登记日期" in reasons[9]
    assert "不存在的队" in reasons[10]
    assert (report.taken, report.refused) == (3, 6)
    names = {r.name for r in volunteers.volunteers_by_id(ctx, volunteers.volunteer_ids(ctx)).values()}
    assert names == {"已登记", "志愿者1", "志愿者4", "志愿者7"}

    again = roster_import.import_roster(ctx, "volunteers", path)
    assert again.taken == 0 and len(volunteers.volunteer_ids(ctx)) == 4
    assert all("重复" in r.reason for r in again.rows if r.row in (3, 6, 12))


def test_a_dry_run_only_reports(ctx, tmp_path):
    path = workbook(tmp_path / "roster.xlsx", VOLUNTEER_COLUMNS, [roster_row(1), roster_row(2, name=" ")])
    report = roster_import.import_roster(ctx, "volunteers", path, dry_run=True)
    assert [(r.row, r.taken) for r in report.rows] == [(3, True), (4, False)]
    assert volunteers.volunteer_ids(ctx) == []


def test_team_members_are_joined(ctx, tmp_path):
    team = volunteers.create_team(ctx, name="余晖卫士服务队").ids[0]
    path = workbook(tmp_path / "roster.xlsx", VOLUNTEER_COLUMNS, [roster_row(1, team="余晖卫士服务队")])
    assert roster_import.import_roster(ctx, "volunteers", path).taken == 1
    assert len(volunteers.volunteer_ids(ctx, team_id=team)) == 1


def hours_row(volunteer_number: str, name: str, activity: str, day, hours, **extra) -> dict:
    return {"id_number": volunteer_number, "name": name, "activity": activity, "served_on": day, "hours": hours, **extra}


def test_hours_import_row_by_row(ctx, tmp_path):
    day = date.today() - timedelta(days=3)
    activity = make_activity(ctx, day, title="助老送餐")
    from wulian_desk.services.volunteering import activities

    ref = activities.activities_by_id(ctx, [activity])[activity].activity_number
    a = add_volunteer(ctx, name="张秀英", id_number=number(1), birth_date=None)
    add_volunteer(ctx, name="李桂兰", id_number=number(2), birth_date=None)
    path = workbook(tmp_path / "hours.xlsx", HOURS_COLUMNS, [
        hours_row(number(1), "张秀英", ref, day, 2.5, content="送餐上门"),          # row 3: taken, by number
        hours_row(number(2), "李桂兰", "助老送餐", datetime.combine(day, datetime.min.time()), "3"),  # 4: by title
        hours_row(number(1), "张秀英", ref, day, 1),                              # row 5: duplicate of row 3
        hours_row(number(2), "李桂兰", "不存在的活动", day, 2),                      # row 6: unknown activity
        hours_row(number(2), "李桂兰", ref, day, 30),                             # row 7: hours out of range
        hours_row(number(3), "王五", ref, day, 2),                                # row 8: not a volunteer
        hours_row(bad_check_digit(1), "张秀英", ref, day, 2),                      # row 9: check digit
        hours_row(number(2), "李四", ref, day, 2),                                # row 10: name differs
        hours_row(number(2), "李桂兰", ref, day - timedelta(days=1), 2),           # row 11: not that day
    ])
    report = roster_import.import_roster(ctx, "hours", path)
    assert [(r.row, r.taken) for r in report.rows] == [
        (3, True), (4, True), (5, False), (6, False), (7, False), (8, False), (9, False), (10, False), (11, False)]
    reasons = {r.row: r.reason for r in report.rows}
    assert "重复" in reasons[5] and "第 3 行" in reasons[5]
    assert "找不到活动" in reasons[6]
    assert "0.5 到 24" in reasons[7]
    assert "还没有登记" in reasons[8]
    assert "校验位" in reasons[9]
    assert "姓名" in reasons[10]
    assert "日期" in reasons[11]
    got = sorted((r.minutes, r.content, r.place) for r in live_records(ctx))
    assert got == [(150, "送餐上门", "滨河社区"), (180, "助老送餐", "滨河社区")]
    assert {r.volunteer_id for r in live_records(ctx) if r.minutes == 150} == {a}

    again = roster_import.import_roster(ctx, "hours", path)
    assert again.taken == 0 and len(live_records(ctx)) == 2
    assert "数据库中" in {r.row: r.reason for r in again.rows}[3]


def test_old_hours_are_taken_with_a_late_warning(ctx, tmp_path):
    day = date.today() - timedelta(days=40)
    ref_id = make_activity(ctx, day)
    add_volunteer(ctx, id_number=number(1), birth_date=None)
    from wulian_desk.services.volunteering import activities

    ref = activities.activities_by_id(ctx, [ref_id])[ref_id].activity_number
    report = roster_import.import_roster(ctx, "hours", workbook(tmp_path / "h.xlsx", HOURS_COLUMNS, [
        hours_row(number(1), "张秀英", ref, day, 2)]))
    assert report.rows[0].taken and "补录" in report.rows[0].warning
    assert [r.late for r in live_records(ctx)] == [True]


def test_files_that_are_not_rosters_are_refused(ctx, tmp_path):
    not_xlsx = tmp_path / "notes.xlsx"
    not_xlsx.write_text("hello")
    with pytest.raises(ValidationError, match="不是有效的 .xlsx"):
        roster_import.import_roster(ctx, "volunteers", not_xlsx)
    wb = Workbook()
    wb.active.append(["姓名", "电话"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(ValidationError, match="缺少必需的列：身份证号码、同意登记日期"):
        roster_import.import_roster(ctx, "volunteers", tmp_path / "other.xlsx")
    with pytest.raises(ValidationError, match="未知的导入类型"):
        roster_import.import_roster(ctx, "donors", not_xlsx)


@pytest.mark.slow
def test_ten_thousand_hour_rows_in_under_ten_seconds(ctx, tmp_path):
    """The goal of the issue; bench/bench_volunteers.py prints the figure."""
    from bench.bench_volunteers import make_hours_workbook

    path, expected = make_hours_workbook(ctx, tmp_path, rows=10_000)
    start = time.perf_counter()
    report = roster_import.import_roster(ctx, "hours", path)
    elapsed = time.perf_counter() - start
    assert report.taken == expected and report.refused == 10_000 - expected
    assert elapsed < 10, elapsed


def test_hours_rows_with_over_long_text_are_refused_as_the_window_refuses_them(ctx, tmp_path):
    """The roster holds place and content to the same rule as the hours dialog: too long is
    refused with the dialog's reason, word for word, and nothing is written; not cut short."""
    from wulian_desk.core import service_hours as rules
    from wulian_desk.services.volunteering import activities, service_hours

    # One rule, two entry paths: the import and the service call the very same core functions.
    assert roster_import.clean_place is service_hours.clean_place is rules.clean_place
    assert roster_import.clean_content is service_hours.clean_content is rules.clean_content
    day = date.today() - timedelta(days=3)
    activity = make_activity(ctx, day, title="助老送餐")
    ref = activities.activities_by_id(ctx, [activity])[activity].activity_number
    volunteer = add_volunteer(ctx, name="张秀英", id_number=number(1), birth_date=None)
    path = workbook(tmp_path / "hours.xlsx", HOURS_COLUMNS, [
        hours_row(number(1), "张秀英", ref, day, 2, place="地" * 81),
        hours_row(number(1), "张秀英", ref, day, 2, content="送" * 501),
    ])
    report = roster_import.import_roster(ctx, "hours", path)
    assert [r.taken for r in report.rows] == [False, False]
    with pytest.raises(ValidationError) as place_error:
        service_hours.record_service(ctx, volunteer, served_on=day, hours=2, content="送餐", place="地" * 81)
    with pytest.raises(ValidationError) as content_error:
        service_hours.record_service(ctx, volunteer, served_on=day, hours=2, content="送" * 501)
    assert report.rows[0].reason == str(place_error.value) == "服务地点不能超过 80 个字。"
    assert report.rows[1].reason == str(content_error.value) == "服务内容不能超过 500 个字。"
    assert live_records(ctx) == []

    at_the_limit = roster_import.import_roster(ctx, "hours", workbook(tmp_path / "ok.xlsx", HOURS_COLUMNS, [
        hours_row(number(1), "张秀英", ref, day, 2, place="地" * 80, content="送" * 500)]))
    assert at_the_limit.taken == 1
    assert [(r.place, r.content) for r in live_records(ctx)] == [("地" * 80, "送" * 500)]
