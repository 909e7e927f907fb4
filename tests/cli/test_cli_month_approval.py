"""Monthly submission and approval on the command line: `report submit`, `report return`,
`report approve` (the station named by its code or by its id as `keys show --json` prints it),
`reporting --json` with each state at the county and the station's own state at the station, and
a write dated in an approved month refused with the reason, a non-zero exit and no traceback."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from openpyxl import load_workbook

from tests.cli.test_cli import assert_known_error, wulian
from tests.conftest import USERNAME
from tests.sync.conftest import county, enrolled_template, station_a  # noqa: F401  (fixtures)
from tests.sync.test_month_approval import last_month
from wulian_desk.core.activities import ActivityInput
from wulian_desk.core.models import Volunteer
from wulian_desk.services.volunteering import activities


def run(folder, *args):
    return wulian(*args, data_dir=folder, env_extra={"WULIAN_DESK_USER": USERNAME})


def carry(source, target, stick):
    stick.mkdir()
    exported = json.loads(run(source, "export", "--to", str(stick), "--json").stdout)
    results = json.loads(run(target, "import", *[b["file"] for b in exported], "--json").stdout)
    assert any(r["status"] == "imported" for r in results), results


def state(folder, month) -> dict:
    r = run(folder, "reporting", "--month", month, "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_submit_return_approve_and_a_locked_write(county, station_a, tmp_path):  # noqa: F811
    month = last_month()
    ctx = station_a.ctx
    inside = datetime.combine(month.start.replace(day=10), datetime.min.time()).replace(hour=9)
    made = activities.create_activity(ctx, ActivityInput(
        title="读书会", activity_type="culture_sports", org_unit_id=ctx.station_id, starts_at=inside,
        ends_at=inside + timedelta(hours=2), organiser="博望街道社工站", person_in_charge="王站长", place="社区书屋"))
    number = activities.activities_by_id(ctx, list(made.ids))[made.ids[0]].activity_number
    with ctx.reading() as session:
        person = session.exec(Volunteer.__table__.select().where(Volunteer.id_number != "").limit(1)).first()
    station_id = ctx.station_id
    ctx.close()
    county.ctx.close()
    s, c = station_a.folder, county.folder

    assert_known_error(run(s, "report", "submit", "--month", date.today().strftime("%Y-%m")), "还没有结束")
    assert state(c, month.code)["stations"][0]["state"] == "not submitted"
    r = run(s, "report", "submit", "--month", month.code, "--note", "本月活动 1 场")
    assert r.returncode == 0 and "已报送" in r.stdout, r.stderr
    assert state(s, month.code)["own"]["state"] == "submitted"
    carry(s, c, tmp_path / "up1")
    [row] = [x for x in state(c, month.code)["stations"] if x["station_id"] == station_id]
    assert row["state"] == "submitted" and isinstance(row["on_time"], bool)

    assert_known_error(run(c, "report", "return", "--station", "610722001", "--month", month.code, "--reason", " "),
                       "退回原因")
    assert_known_error(run(c, "report", "approve", "--station", "nobody", "--month", month.code), "nobody")
    r = run(c, "report", "return", "--station", "610722001", "--month", month.code, "--reason", "活动人数未填")
    assert r.returncode == 0 and "已退回" in r.stdout, r.stderr
    [row] = [x for x in state(c, month.code)["stations"] if x["station_id"] == station_id]
    assert (row["state"], row["reason"]) == ("returned", "活动人数未填")
    carry(c, s, tmp_path / "down1")
    assert state(s, month.code)["own"]["state"] == "returned"

    assert run(s, "report", "submit", "--month", month.code).returncode == 0
    carry(s, c, tmp_path / "up2")
    shown_id = json.loads(run(s, "keys", "show", "--json").stdout)["station_id"]
    r = run(c, "report", "approve", "--station", shown_id, "--month", month.code)
    assert r.returncode == 0 and "已审核通过" in r.stdout, r.stderr
    assert_known_error(run(c, "report", "approve", "--station", shown_id, "--month", month.code), "已审核通过")
    carry(c, s, tmp_path / "down2")
    assert state(s, month.code)["own"]["state"] == "approved"

    # Hours for the approved month, from a roster: refused, with the reason and how to correct.
    roster = tmp_path / "hours.xlsx"
    assert run(s, "import-roster", "template", "hours", "--out", str(roster)).returncode == 0
    wb = load_workbook(roster)
    wb.worksheets[0].append([1, person.id_number, person.name, number, inside.date().isoformat(), 2, "读书会"])
    wb.save(roster)
    r = run(s, "import-roster", "hours", str(roster))
    assert_known_error(r, "审核通过并锁定")
    assert "更正请求" in r.stderr
