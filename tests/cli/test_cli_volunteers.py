"""Volunteers from the command line: certificate, verify-certificate, import-roster and lists."""

import json
import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook

from tests.cli.test_cli import assert_known_error, wulian
from tests.conftest import PASSWORD, USERNAME
from wulian_desk.core.activities import ActivityInput
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.volunteers import VolunteerInput
from wulian_desk.services.station import station
from wulian_desk.services.volunteering import activities, service_hours, volunteers

ID_NUMBER = make_id_number("610326", date(1958, 3, 12), 7, "female")
DAY = date.today() - timedelta(days=2)


@pytest.fixture
def served(station_dir):
    """A volunteer with hours on an activity; returns (activity number, record id)."""
    ctx = station.open_station(station_dir, passphrase=PASSWORD, username=USERNAME)
    try:
        volunteer = volunteers.create_volunteer(ctx, VolunteerInput(
            name="张秀英", gender="female", org_unit_id=ctx.station_id, consent_on=date(2026, 1, 2),
            id_number=ID_NUMBER, phone="13900001234")).ids[0]
        start = datetime.combine(DAY, datetime.min.time()).replace(hour=9)
        activity = activities.create_activity(ctx, ActivityInput(
            title="独居老人探访", activity_type="neighbour_watch", org_unit_id=ctx.station_id, starts_at=start,
            ends_at=start + timedelta(hours=3), organiser="首善街道社工站", person_in_charge="王站长",
            place="滨河社区", planned_hours=3, major_event="gathering")).ids[0]
        activities.add_volunteers(ctx, activity, [volunteer])
        record = service_hours.record_activity_hours(ctx, activity).ids[0]
        return activities.activities_by_id(ctx, [activity])[activity].activity_number, record
    finally:
        ctx.close()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by dev.py")
def test_certificate_and_its_verification(station_dir, tmp_path, served):
    _number, record = served
    out = tmp_path / "证明.pdf"
    r = wulian("certificate", ID_NUMBER, "--out", str(out), data_dir=station_dir)
    assert r.returncode == 0, r.stderr
    code = next(line.split("：", 1)[1] for line in r.stdout.splitlines() if line.startswith("验证码"))
    flat = "".join(pdf_text(out).split())
    for words in ("志愿服务记录证明", "张秀英", f"{DAY.year}年{DAY.month}月{DAY.day}日", "3小时", "独居老人探访",
                  "首善街道社会工作服务站", code.split("-", 2)[0], code, f"出具日期{date.today():%Y-%m-%d}"):
        assert words in flat, words
    assert ID_NUMBER not in flat  # masked as every print is

    r = wulian("verify-certificate", code, data_dir=station_dir)
    assert r.returncode == 0 and "由本站" in r.stdout and "一致" in r.stdout, r.stdout + r.stderr
    altered = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert_known_error(wulian("verify-certificate", altered, data_dir=station_dir), "输入错误")

    ctx = station.open_station(station_dir, passphrase=PASSWORD, username=USERNAME)
    try:
        service_hours.correct_service_record(ctx, record, reason="实际 2 小时", hours=2)
    finally:
        ctx.close()
    r = wulian("verify-certificate", code, "--json", data_dir=station_dir)
    assert r.returncode == 1
    result = json.loads(r.stdout)
    assert result["issued_here"] and not result["matches"]
    assert (result["hours_stated"], result["hours_now"]) == ("3", "2")
    assert "不一致" in wulian("verify-certificate", code, data_dir=station_dir).stdout


def test_verify_prints_issuer_masked_name_hours_period_and_state_and_revoke(station_dir, tmp_path, served):
    r = wulian("certificate", ID_NUMBER, "--out", str(tmp_path / "c.pdf"), data_dir=station_dir)
    assert r.returncode == 0, r.stderr
    number = r.stdout.split("证明 ", 1)[1].split("：", 1)[0]
    code = next(line.split("：", 1)[1] for line in r.stdout.splitlines() if line.startswith("验证码"))
    r = wulian("verify-certificate", code, data_dir=station_dir)
    assert r.returncode == 0, r.stderr
    for words in ("首善街道社会工作服务站", "张*英", "3 小时", f"{DAY} 至 {date.today()}", "状态：有效"):
        assert words in r.stdout, (words, r.stdout)
    assert "张秀英" not in r.stdout

    assert_known_error(wulian("certificate", "revoke", number, data_dir=station_dir), "用法")
    r = wulian("certificate", "revoke", number, "--reason", "重复出具", data_dir=station_dir)
    assert r.returncode == 0 and "已吊销" in r.stdout, r.stdout + r.stderr
    r = wulian("verify-certificate", code, "--json", data_dir=station_dir)
    assert r.returncode == 1
    result = json.loads(r.stdout)
    assert (result["state"], result["volunteer"], result["issuer"]) == ("revoked", "张*英", "首善街道社会工作服务站")
    assert "状态：已吊销" in wulian("verify-certificate", code, data_dir=station_dir).stdout
    assert_known_error(wulian("verify-certificate", code[:-2] + code[-1] + code[-2], data_dir=station_dir),
                       "输入错误")


def test_certificate_refusals(station_dir, tmp_path, served):
    assert_known_error(wulian("certificate", "nobody", "--out", str(tmp_path / "x.pdf"), data_dir=station_dir),
                       "找不到志愿者")
    assert_known_error(wulian("certificate", ID_NUMBER, "--from", "2026-13-01", "--out", str(tmp_path / "x.pdf"),
                              data_dir=station_dir), "日期格式不对")
    far = (DAY - timedelta(days=400)).isoformat()
    r = wulian("certificate", ID_NUMBER, "--from", far, "--to", far, "--out", str(tmp_path / "x.pdf"),
               data_dir=station_dir)
    assert_known_error(r, "没有服务记录")
    assert_known_error(wulian("verify-certificate", "hello", data_dir=station_dir), "验证码格式不对")


def test_import_roster_from_template_to_report(station_dir, tmp_path, served):
    number, _ = served
    template = tmp_path / "hours.xlsx"
    r = wulian("import-roster", "template", "hours", "--out", str(template), passphrase=None)
    assert r.returncode == 0, r.stderr  # no password needed: a template holds no data
    wb = load_workbook(template)
    ws = wb.worksheets[0]
    other = make_id_number("610326", date(1960, 1, 1), 3, "male")
    ws.append([1, ID_NUMBER, "张秀英", number, DAY.isoformat(), 3, "探访", ""])  # row 4: already recorded
    ws.append([2, ID_NUMBER[:-1] + ("1" if ID_NUMBER[-1] != "1" else "2"), "张秀英", number, DAY.isoformat(), 2])
    ws.append([3, other, "李建国", number, DAY.isoformat(), 2])  # row 6: not a volunteer
    wb.save(template)
    r = wulian("import-roster", "hours", str(template), "--json", data_dir=station_dir)
    assert r.returncode == 1, r.stderr
    report = json.loads(r.stdout)
    assert [(x["row"], x["taken"]) for x in report["rows"]] == [(4, False), (5, False), (6, False)]
    assert "重复" in report["rows"][0]["reason"] and "校验位" in report["rows"][1]["reason"]

    roster = tmp_path / "roster.xlsx"
    assert wulian("import-roster", "template", "volunteers", "--out", str(roster), passphrase=None).returncode == 0
    wb = load_workbook(roster)
    wb.worksheets[0].append([1, "李建国", "男", "", other, "滨河社区", "13900004321", "电工", "社区服务", "", "2026-03-01"])
    wb.save(roster)
    r = wulian("import-roster", "volunteers", str(roster), "--dry-run", data_dir=station_dir)
    assert r.returncode == 0 and "可导入 1 行" in r.stdout and "试运行" in r.stdout, r.stdout + r.stderr
    r = wulian("import-roster", "volunteers", str(roster), data_dir=station_dir)
    assert r.returncode == 0 and "已导入 1 行" in r.stdout
    r = wulian("import-roster", "volunteers", str(roster), data_dir=station_dir)
    assert r.returncode == 1 and "第 4 行：未导入，重复" in r.stdout and "已导入 0 行" in r.stdout

    rows = json.loads(wulian("list", "volunteers", "--json", data_dir=station_dir).stdout)
    assert sorted((v["name"], v["total_hours"]) for v in rows) == [("张秀英", "3"), ("李建国", "0")]
    assert all("*" in v["id_number"] for v in rows)


def test_import_roster_refusals(station_dir, tmp_path):
    assert_known_error(wulian("import-roster", "hours", str(tmp_path / "none.xlsx"), data_dir=station_dir),
                       "找不到文件")
    assert_known_error(wulian("import-roster", "template", "donors", "--out", str(tmp_path / "t.xlsx")), "未知的导入类型")
    assert_known_error(wulian("import-roster", "template", "hours"), "--out")


def test_lists_of_groups_activities_and_volunteers(station_dir, served):
    number, _ = served
    acts = json.loads(wulian("list", "activities", "--json", data_dir=station_dir).stdout)
    assert [(a["activity_number"], a["type_label"], a["volunteers"], a["major_event_label"]) for a in acts] == [
        (number, "邻里守望", 1, "人员集会")]
    assert json.loads(wulian("list", "groups", "--json", data_dir=station_dir).stdout) == []
    r = wulian("list", "volunteers", data_dir=station_dir)
    assert r.returncode == 0 and "张秀英" in r.stdout and "共 1 条志愿者" in r.stdout
    stats = json.loads(wulian("stats", "--json", data_dir=station_dir).stdout)
    assert stats["volunteers"] == {"live": 1, "deleted": 0} and stats["activities"]["live"] == 1


def test_volunteers_by_person_and_links_at_the_county_only(station_dir, served):
    r = wulian("volunteers", "people", "--json", data_dir=station_dir)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert (data["people"], data["records"]) == (1, 1)
    [person] = data["volunteers"]
    assert person["name"] == "张秀英" and person["hours"] == 3 and len(person["records"]) == 1
    assert person["records"][0]["station"] == "首善街道社会工作服务站" and person["star_label"] == ""
    r = wulian("volunteers", "people", data_dir=station_dir)
    assert r.returncode == 0 and "共 1 人（1 条志愿者记录）" in r.stdout, r.stderr
    r = wulian("people", "link", "volunteer", person["person_id"], "R-two", data_dir=station_dir)
    assert_known_error(r, "同一人关联由县级总站建立")
    r = wulian("people", "clients", "--json", data_dir=station_dir)
    assert r.returncode == 0 and json.loads(r.stdout)["people"] == 0, r.stderr
