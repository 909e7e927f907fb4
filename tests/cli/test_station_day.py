"""A whole station day through the command line only: set up, register a client, open a case and
take it through every stage with its forms and the supervisor's approvals, note a session, hold an
activity with volunteers and record their hours, issue a volunteer's certificate and print the
monthly report. Then what the same commands refuse: the wrong role, a record that is not there, a
required field left out, a stage gate not met — each in one Chinese line, changing nothing."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.fingerprint import fingerprint
from tests.conftest import PASSWORD, USERNAME
from wulian_desk.cli import main
from wulian_desk.core.errors import NotFoundError, PermissionDenied, ValidationError
from wulian_desk.core.identity import make_id_number

TODAY = date.today()
MONTH = f"{TODAY:%Y-%m}"
LATER = (TODAY + timedelta(days=90)).isoformat()
PASSWORDS = {USERNAME: PASSWORD, "liwei": "worker-pass-2026", "chenjing": "supervisor-pass-2026"}
CLIENT_ID_NUMBER = make_id_number("610326", date(1941, 5, 9), 3, "male")
VOLUNTEERS = {"孙丽": make_id_number("610326", date(1990, 1, 1), 11, "female"),
              "周强": make_id_number("610326", date(1992, 3, 4), 12, "male")}

INTAKE = {"source": "self", "client_name": "赵德明", "gender": "male", "address": "滨河社区3号楼",
          "is_minor": "否", "presenting_problem": "独居，腿脚不便，无人照料", "problem_areas": ["daily_care"],
          "urgency": "normal", "safety_risk": "否", "decision": "accept", "consent_signed": "是"}
NEEDS = {"assessor": "李伟", "methods": ["interview", "home_visit"], "informants": ["client"],
         "physical_health": "poor", "emotional_state": "fair", "economic_state": "fair", "housing_state": "good",
         "family_support": "poor", "social_support": "fair", "needs": ["daily_care"], "priority_need": "日常照料",
         "risk_level": "low", "summary": "需要定期上门照料", "recommendation": "casework"}
PLAN = {"worker": "李伟", "problem_summary": "独居缺少照料", "methods": ["casework"],
        "goals": [{"goal": "每周两次上门探访", "measure": "探访记录", "target_date": LATER}],
        "tasks": [{"task": "联系志愿者结对", "party": "worker", "who": "李伟", "by_when": LATER}],
        "review_date": LATER, "client_agreed": "是"}
CLOSURE = {"closure_reason": "goals_met", "changes": "生活得到照料，情绪好转", "follow_up": "none", "worker": "李伟",
           "goal_reviews": [{"goal": "每周两次上门探访", "achievement": "full", "not_met_reason": "无"}],
           "supervisor_agrees": "是"}


@dataclass
class Ran:
    code: int
    out: str
    err: str

    def json(self):
        assert self.code == 0, self.err
        return json.loads(self.out)


def run(folder: Path, user: str, *argv: str, new_password: str | None = None) -> Ran:
    """One command, in process, as `user` (password from the environment, as a script gives it)."""
    env = {"WULIAN_DESK_PASSPHRASE": PASSWORDS[user], "WULIAN_DESK_USER": user,
           "WULIAN_DESK_NEW_PASSWORD": new_password or ""}
    saved = {k: os.environ.get(k) for k in env}
    out, err = io.StringIO(), io.StringIO()
    os.environ.update(env)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--data-dir", str(folder), *argv])
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return Ran(code, out.getvalue(), err.getvalue())


def ok(folder: Path, user: str, *argv: str) -> dict:
    return run(folder, user, *argv, "--json").json()


def pdf_text(path: Path) -> str:
    return "".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())


def set_up(folder: Path) -> None:
    """The station, its head, a worker and a supervisor: all from the command line."""
    r = run(folder, USERNAME, "init", "--tier", "township", "--name", "首善街道社会工作服务站", "--admin", USERNAME)
    assert r.code == 0, r.err
    for username, role, name in (("liwei", "worker", "李伟"), ("chenjing", "supervisor", "陈静")):
        r = run(folder, USERNAME, "users", "add", username, "--role", role, "--name", name,
                new_password=PASSWORDS[username])
        assert r.code == 0, r.err


def fill(folder: Path, tmp: Path, case: str, form_id: str, answers: dict, *extra: str) -> dict:
    path = tmp / f"{form_id}.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    return ok(folder, "liwei", "case", "form", case, form_id, "--answers", str(path), *extra)


def test_a_station_day_through_the_command_line(tmp_path):
    folder = tmp_path / "station"
    set_up(folder)

    # The worker registers the client; gender and birth date come from the ID number.
    client = ok(folder, "liwei", "client", "add", "--name", "赵德明", "--id-number", CLIENT_ID_NUMBER,
                "--phone", "13900001234", "--category", "empty_nest", "--consent-on", TODAY.isoformat(),
                "--consent-scope", "service,referral")
    assert client["gender"] == "male" and client["birth_date"] == "1941-05-09" and client["consent"] is True
    assert CLIENT_ID_NUMBER not in json.dumps(client)  # masked, as lists show it
    edited = ok(folder, "liwei", "client", "edit", CLIENT_ID_NUMBER, "--address", "滨河社区3号楼")
    assert edited["id"] == client["id"]

    case = ok(folder, "liwei", "case", "open", CLIENT_ID_NUMBER, "--title", "独居老人照料", "--supervisor", "chenjing")
    assert case["client_id"] == client["id"] and case["stage"] == "intake"
    number = case["case_number"]
    assert number.startswith(f"GA{TODAY.year}-")

    # Each stage's form, then the move; the plan and the closure wait for the supervisor.
    intake = fill(folder, tmp_path, number, "intake", INTAKE, "--set", "worker=李伟")
    assert intake["form_id"] == "intake" and intake["case_id"] == case["id"]
    assert ok(folder, "liwei", "case", "move", number, "assessment")["stage"] == "assessment"
    fill(folder, tmp_path, number, "needs_assessment", NEEDS)
    assert ok(folder, "liwei", "case", "move", number, "planning")["stage"] == "planning"
    plan = fill(folder, tmp_path, number, "service_plan", PLAN)
    waiting = run(folder, "liwei", "case", "move", number, "service")
    assert waiting.code == ValidationError.exit_code and "督导审批" in waiting.err
    approval = ok(folder, "chenjing", "case", "approve", number, "--form", "service_plan")
    assert approval["form_record_id"] == plan["id"] and approval["decision"] == "approved"
    assert ok(folder, "liwei", "case", "move", number, "service")["stage"] == "service"

    note = ok(folder, "liwei", "case", "note", number, "--text", "上门探访，协助整理房间", "--type", "home_visit",
              "--minutes", "90")  # a home visit is at the client's home unless told otherwise
    assert note["case_id"] == case["id"] and note["minutes"] == 90
    assert ok(folder, "liwei", "case", "move", case["id"], "evaluation")["stage"] == "evaluation"
    closure = fill(folder, tmp_path, number, "closure", CLOSURE)
    ok(folder, "chenjing", "case", "approve", number, "--form", "closure")
    closed = ok(folder, "liwei", "case", "move", number, "closed")
    assert closed["stage"] == "closed" and closed["from_stage"] == "evaluation"

    # An activity with two volunteers; hours for both at once, one of them left early.
    volunteers = {name: ok(folder, "liwei", "volunteers", "add", "--name", name, "--id-number", number_)["id"]
                  for name, number_ in VOLUNTEERS.items()}
    activity = ok(folder, "liwei", "activity", "add", "--title", "重阳敬老义诊", "--type", "culture_sports",
                  "--on", TODAY.isoformat(), "--place", "滨河社区广场", "--hours", "3",
                  *[a for n in VOLUNTEERS.values() for a in ("--volunteer", n)])
    assert activity["activity_number"].startswith(f"HD{TODAY.year}-")
    assert set(activity["volunteers"]) == set(volunteers.values())
    hours = ok(folder, "liwei", "hours", "add", "--activity", activity["activity_number"],
               "--adjust", f"{VOLUNTEERS['周强']}=2.5")
    assert hours["records"] == 2

    certificate = tmp_path / "证明.pdf"
    r = run(folder, "liwei", "certificate", VOLUNTEERS["孙丽"], "--out", str(certificate))
    assert r.code == 0, r.err
    text = pdf_text(certificate)
    for words in ("志愿服务记录证明", "孙丽", "3小时", "重阳敬老义诊"):
        assert words in text, words

    report = tmp_path / "月报.pdf"
    figures = ok(folder, "chenjing", "report", "monthly", "--month", MONTH, "--out", str(report))
    station = figures["stations"][0]["figures"]
    assert station["cases_opened"] == 1 and station["cases_closed"] == 1
    assert station["sessions"] == 1 and station["session_minutes"] == 90
    assert station["activities"] == 1 and station["volunteers_served"] == 2
    assert station["service_minutes"] == 180 + 150
    assert report.read_bytes().startswith(b"%PDF") and "首善街道社会工作服务站" in pdf_text(report)

    # Everything was journaled under who did it.
    def journal(record_id: str) -> set[tuple[str, str]]:
        return {(e["user"], e["action"]) for e in ok(folder, USERNAME, "audit", "--record", record_id)}

    assert {("liwei", "create"), ("liwei", "edit")} <= journal(client["id"])
    assert {("liwei", "create"), ("liwei", "edit"), ("chenjing", "approve"), ("liwei", "close")} <= journal(case["id"])
    assert ("liwei", "create") in journal(note["id"])
    assert ("liwei", "create") in journal(closure["id"])
    assert ("liwei", "create") in journal(activity["id"])


@pytest.fixture(scope="module")
def opened_case(tmp_path_factory):
    """A station with a client and a case at intake, set up through the command line."""
    folder = tmp_path_factory.mktemp("refusals") / "station"
    set_up(folder)
    ok(folder, "liwei", "client", "add", "--name", "赵德明", "--id-number", CLIENT_ID_NUMBER)
    ok(folder, "liwei", "case", "open", CLIENT_ID_NUMBER, "--title", "独居老人照料", "--supervisor", "chenjing")
    return folder


REFUSALS = [
    # The wrong role: a worker approves a plan, a worker adds a project, a supervisor adds a room.
    ("liwei", ("case", "approve", f"GA{TODAY.year}-00001", "--form", "service_plan"), PermissionDenied, "无权"),
    ("liwei", ("project", "add", "--name", "关爱项目"), PermissionDenied, "无权"),
    ("chenjing", ("room", "add", "--name", "活动室", "--type", "group", "--area", "30"), PermissionDenied, "无权"),
    # A record that is not there.
    ("liwei", ("case", "note", "GA1999-00009", "--text", "面谈"), NotFoundError, "找不到个案 GA1999-00009"),
    ("liwei", ("client", "edit", "no-such-client", "--phone", "13900001234"), NotFoundError, "找不到服务对象"),
    ("liwei", ("hours", "add", "--activity", "HD1999-0009"), NotFoundError, "找不到活动"),
    ("liwei", ("activity", "add", "--title", "义诊", "--on", TODAY.isoformat(), "--place", "广场",
               "--volunteer", "no-such-volunteer"), NotFoundError, "找不到志愿者"),
    # A required field left out, or a rule not met.
    ("liwei", ("case", "form", f"GA{TODAY.year}-00001", "intake", "--set", "source=self"), ValidationError,
     "请填写「接案社工」"),
    ("liwei", ("client", "add", "--name", "张三"), ValidationError, "请选择性别"),
    ("liwei", ("case", "move", f"GA{TODAY.year}-00001", "assessment"), ValidationError, "请先完成“接案”阶段的表格"),
    ("liwei", ("case", "note", f"GA{TODAY.year}-00001", "--text", " "), ValidationError, "服务内容"),
    ("liwei", ("asset", "add", "--tag", "WL-1", "--name", "电脑", "--category", "电视机"), ValidationError,
     "资产类别"),
]


@pytest.mark.parametrize(("user", "argv", "error", "words"), REFUSALS, ids=[" ".join(a[:2]) + f":{u}"
                                                                           for u, a, _e, _w in REFUSALS])
def test_a_refusal_says_why_in_one_line_and_changes_nothing(opened_case, tmp_path, user, argv, error, words):
    folder = tmp_path / "station"
    shutil.copytree(opened_case, folder)
    before = fingerprint(folder)

    r = run(folder, user, *argv, "--json")

    assert r.code == error.exit_code and r.code != 0, r.err
    assert r.err.startswith("错误：") and words in r.err and len(r.err.strip().splitlines()) == 1, r.err
    assert r.out == ""
    assert fingerprint(folder) == before
