"""Every command of the command line, as every role: what the role may not do is refused with
the permission message and exit code, and changes nothing. The commands are read from the
parser itself, so a new command fails here until it says which permission it needs."""

from __future__ import annotations

import argparse
import shutil

import pytest

from tests.cli.fingerprint import fingerprint as _fingerprint
from tests.conftest import PASSWORD, USERNAME
from wulian_desk.cli import build_parser, main
from wulian_desk.core.errors import PermissionDenied
from wulian_desk.core.permissions import allowed
from wulian_desk.services.station import accounts, station

ROLES = ("worker", "supervisor", "head", "county_admin")
ROLE_PASSWORDS = {"worker": "worker-pass-2026", "supervisor": "supervisor-pass-2026", "head": PASSWORD,
                  "county_admin": "county-pass-2026"}
ANY_ROLE = None

# Each leaf command with arguments that get it past argument parsing, and the permission it
# needs ({tmp} is an empty folder for what it writes, {inputs} holds the files it reads, {backup}
# is a backup of the station itself). A command with
# several modes has a row per mode.
COMMANDS: list[tuple[tuple[str, ...], tuple[str, str] | None]] = [
    (("demo",), ("station", "edit")),
    (("list", "rooms"), ("facility", "view")),
    (("list", "clients"), ("client", "view")),
    (("list", "cases"), ("case", "view")),
    (("list", "accounts"), ("account", "view")),
    (("list", "groups"), ("group", "view")),
    (("list", "activities"), ("activity", "view")),
    (("list", "volunteers"), ("volunteer", "view")),
    (("list", "teams"), ("volunteer", "view")),
    (("stats",), ANY_ROLE),
    (("compliance",), ("facility", "view")),
    (("check",), ANY_ROLE),
    (("backup", "--to", "{tmp}/b.wdb"), ("backup", "create")),
    (("restore", "{backup}"), ("backup", "restore")),
    (("data-folder", "move", "--to", "{tmp}/moved"), ("backup", "restore")),
    (("screenshot", "overview", "--out", "{tmp}/s.png"), ANY_ROLE),
    (("users", "list"), ("account", "view")),
    (("users", "add", "newbie", "--role", "worker"), ("account", "create")),
    (("users", "disable", "other"), ("account", "edit")),
    (("users", "passwd", "other"), ("account", "edit")),
    (("users", "role", "other", "supervisor"), ("account", "edit")),
    (("audit",), ("audit", "view")),
    (("print", "case", "C-none", "--out", "{tmp}/c.pdf"), ("case", "print")),
    (("certificate", "V-none", "--out", "{tmp}/v.pdf"), ("volunteer", "print")),
    (("verify-certificate", "ABCD-EFGH-JKMN"), ANY_ROLE),
    (("import-roster", "volunteers", "{inputs}/roster.xlsx"), ("volunteer", "import")),
    (("import-roster", "template", "{tmp}/t.xlsx"), ANY_ROLE),
    (("volunteers", "people"), ("volunteer", "view")),
    (("volunteers", "certificate", "P-none", "--out", "{tmp}/p.pdf"), ("volunteer", "print")),
    (("people", "clients"), ("client", "view")),
    (("people", "link", "volunteer", "R-one", "R-two"), ("station", "edit")),
    (("people", "unlink", "client", "R-one"), ("station", "edit")),
    (("targets",), ("target", "view")),
    (("targets", "--pdf", "{tmp}/t.pdf"), ("target", "print")),
    (("import-parties", "organisations", "{inputs}/o.xlsx"), ("organisation", "import")),
    (("import-parties", "donors", "{inputs}/d.xlsx"), ("charity", "import")),
    (("import-parties", "template", "{tmp}/p.xlsx"), ANY_ROLE),
    (("report", "monthly", "--month", "2026-01", "--out", "{tmp}/m.pdf"), ("report", "print")),
    (("report", "submit", "--month", "2026-01"), ("report", "submit")),
    (("report", "approve", "--station", "S-none", "--month", "2026-01"), ("report", "approve")),
    (("report", "return", "--station", "S-none", "--month", "2026-01", "--reason", "缺数据"), ("report", "approve")),
    (("report", "reopen", "--station", "S-none", "--month", "2026-01", "--reason", "更正"), ("report", "reopen")),
    (("enrol", "request", "--out", "{tmp}/r.wer"), ("bundle", "enrol")),
    (("enrol", "show", "{inputs}/r.wer"), ANY_ROLE),
    (("enrol", "accept", "{inputs}/r.wer", "--out", "{tmp}/reply.wer"), ("bundle", "enrol")),
    (("enrol", "import", "{inputs}/reply.wer"), ("bundle", "enrol")),
    (("keys", "show"), ("bundle", "view")),
    (("keys", "backup", "--out", "{tmp}/k.txt", "--yes"), ("bundle", "keys_backup")),
    (("export", "--to", "{tmp}"), ("bundle", "export")),
    (("import", "{inputs}/x.wlb"), ("bundle", "import")),
    (("peers",), ("bundle", "view")),
    (("peers", "--revoke", "D-none"), ("bundle", "enrol")),
    (("reporting", "--month", "2026-01"), ("report", "view")),
    (("conflicts",), ("conflict", "view")),
    (("conflicts", "--keep", "K-none"), ("conflict", "resolve")),
    (("corrections", "list"), ("correction", "view")),
    (("corrections", "request", "--station", "S-none", "--table", "client", "--record", "R-none",
      "--message", "请核对"), ("correction", "request")),
    (("corrections", "answer", "Q-none", "--status", "corrected"), ("correction", "answer")),
    (("sharing",), ("bundle", "view")),
    (("sharing", "--keep", "service_session.content"), ("bundle", "enrol")),
    (("client", "add", "--name", "张三", "--gender", "男"), ("client", "create")),
    (("client", "edit", "R-none", "--phone", "13800001111"), ("client", "edit")),
    (("case", "open", "R-none", "--title", "独居照护"), ("case", "create")),
    (("case", "form", "C-none", "intake", "--set", "source=self"), ("case", "edit")),
    (("case", "approve", "C-none", "--form", "closure"), ("case", "approve")),
    (("case", "move", "C-none", "assessment"), ("case", "edit")),
    (("case", "note", "C-none", "--text", "面谈"), ("case", "edit")),
    (("volunteers", "add", "--name", "孙志愿", "--gender", "男"), ("volunteer", "create")),
    (("activity", "add", "--title", "义诊", "--on", "2026-01-05", "--place", "广场"), ("activity", "create")),
    (("hours", "add", "--activity", "A-none"), ("volunteer", "create")),
    (("hours", "add", "--volunteer", "V-none", "--on", "2026-01-05", "--hours", "2"), ("volunteer", "create")),
    (("group", "add", "--name", "互助组", "--goals", "互助", "--target-members", "老人"), ("group", "create")),
    (("group", "members", "G-none", "R-none"), ("group", "edit")),
    (("group", "session", "G-none", "--on", "2026-01-05", "--plan", "破冰"), ("group", "edit")),
    (("project", "add", "--name", "关爱项目"), ("project", "create")),
    (("project", "agreement", "P-none", "--agency", "阳光", "--amount", "100", "--from", "2026-01-01",
      "--to", "2026-12-31"), ("project", "edit")),
    (("project", "indicator", "P-none", "--name", "人次", "--target", "10"), ("project", "edit")),
    (("project", "evaluate", "P-none", "--report", "好", "--score", "90"), ("project", "edit")),
    (("project", "move", "P-none", "published"), ("project", "approve")),
    (("room", "add", "--name", "活动室", "--type", "group", "--area", "30"), ("facility", "create")),
    (("asset", "add", "--tag", "WL-1", "--name", "电脑", "--category", "computer"), ("facility", "create")),
]
# Commands that run before a station is opened and need no role: setting one up.
WITHOUT_A_STATION = {("init",), ("data-folder", "show")}
# Commands that open the window: the role is asked at login, and the screen checks it
# (tests/ui/test_open_bundle.py).
OPENS_THE_WINDOW = {("open",)}


def _leaf_commands(parser: argparse.ArgumentParser, prefix=()) -> set[tuple[str, ...]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {prefix}
    return {leaf for sub in subs for name, child in sub.choices.items()
            for leaf in _leaf_commands(child, prefix + (name,))}


def _command_of(argv: tuple[str, ...]) -> tuple[str, ...]:
    leaves = _leaf_commands(build_parser())
    return next(argv[:n] for n in (2, 1) if argv[:n] in leaves)


def test_every_command_of_the_parser_is_walked():
    walked = {_command_of(argv) for argv, _ in COMMANDS} | WITHOUT_A_STATION | OPENS_THE_WINDOW
    assert walked == _leaf_commands(build_parser())


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    base = tmp_path_factory.mktemp("every-role")
    for tier, extra in (("township", ("worker", "supervisor")), ("county", ("county_admin",))):
        result = station.setup_station(base / tier, name=f"{tier}站", tier=tier, admin_username=USERNAME,
                                       admin_password=PASSWORD)
        ctx = result.context
        for role in extra:
            accounts.create_account(ctx, username=role, display_name=role, role=role,
                                    password=ROLE_PASSWORDS[role])
        accounts.create_account(ctx, username="other", display_name="other", role="worker",
                                password="other-pass-2026")
        ctx.store.backup_to(base / f"{tier}.wdb")
        ctx.close()
    return base


REFUSALS = [(argv, need, role) for argv, need in COMMANDS if need is not ANY_ROLE
            for role in ROLES if not allowed(role, *need)]


@pytest.mark.parametrize(("argv", "need", "role"), REFUSALS,
                         ids=[f"{role}:{' '.join(argv[:2])}" for argv, _need, role in REFUSALS])
def test_a_role_is_refused_what_it_may_not_do(templates, tmp_path, monkeypatch, capsys, argv, need, role):
    tier = "county" if role == "county_admin" else "township"
    folder = tmp_path / "station"
    shutil.copytree(templates / tier, folder)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    inputs = tmp_path / "inputs"  # files the commands read: present, so the role is what decides
    inputs.mkdir()
    for name in ("roster.xlsx", "o.xlsx", "d.xlsx", "r.wer", "reply.wer", "x.wlb"):
        (inputs / name).write_bytes(b"not really one")
    args = [a.format(tmp=scratch, inputs=inputs, backup=templates / f"{tier}.wdb") for a in argv]
    monkeypatch.setenv("WULIAN_DESK_PASSPHRASE", ROLE_PASSWORDS[role])
    monkeypatch.setenv("WULIAN_DESK_NEW_PASSWORD", "brand-new-pass-1")
    user = USERNAME if role == "head" else role
    before = _fingerprint(folder)

    code = main(["--data-dir", str(folder), "--user", user, *args])

    err = capsys.readouterr().err
    assert code == PermissionDenied.exit_code, err
    assert err.startswith("错误：") and "无权" in err and len(err.strip().splitlines()) == 1, err
    assert _fingerprint(folder) == before
    assert not list(scratch.iterdir())
