"""What the commands leave on disk: owner-only files and folders whatever the umask, a log without
record content, and on a full disk one line that says so, no temp files, nothing changed."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.cli.full_disk import on_full_disk
from tests.cli.test_cli import wulian
from tests.conftest import PASSWORD, USERNAME
from wulian_desk.core.identity import make_id_number

ID_NUMBER = make_id_number("610326", date(1961, 4, 18), 27, "male")
PHONE = "13987654321"
NAME = "欧阳振华"
LEFTOVERS = (".tmp", ".part", ".backup-", ".restore-")


def private_env(home: Path) -> dict[str, str]:
    """The log (and any cache) under `home`, as for a user whose home folder it is."""
    return {"HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
            "WULIAN_DESK_USER": USERNAME}


def run_with_umask(*args: str, data_dir: Path, home: Path, umask: int = 0o022):
    env = {**os.environ, **private_env(home), "WULIAN_DESK_PASSPHRASE": PASSWORD, "WULIAN_DESK_NEW_PASSWORD": "x"}
    return subprocess.run([sys.executable, "-m", "wulian_desk", "--data-dir", str(data_dir), *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=180,
                          preexec_fn=lambda: os.umask(umask))


def modes_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.rglob("*")]}


def test_every_file_a_command_writes_is_owner_only(demo_dir, tmp_path):
    home, out = tmp_path / "home", tmp_path / "out"
    out.mkdir(mode=0o700)
    before = set(modes_under(demo_dir))
    (out / "case.pdf").write_bytes(b"an older print, readable by all")
    (out / "case.pdf").chmod(0o644)
    case = json.loads(run_with_umask("list", "cases", "--json", data_dir=demo_dir, home=home).stdout)[0]
    volunteer = json.loads(run_with_umask("list", "volunteers", "--json", data_dir=demo_dir, home=home).stdout)[0]
    month = date.today().strftime("%Y-%m")
    for args in (
        ("print", "case", case["case_number"], "--out", str(out / "case.pdf")),
        ("print", "case", case["case_number"], "--out", str(out / "case-full.pdf"), "--full"),
        ("report", "monthly", "--month", month, "--out", str(out / "monthly.pdf")),
        ("report", "monthly", "--month", month, "--out", str(out / "monthly.xlsx")),
        ("targets", "--pdf", str(out / "targets.pdf")),
        ("certificate", volunteer["id"], "--out", str(out / "certificate.pdf")),
        ("import-roster", "template", "volunteers", "--out", str(out / "roster.xlsx")),
        ("backup", "--to", str(out / "usb" / "nested" / "station.wdb")),
        ("enrol", "request", "--out", str(out / "request.wer")),
        ("keys", "backup", "--out", str(out / "keys.txt"), "--yes"),
    ):
        r = run_with_umask(*args, data_dir=demo_dir, home=home)
        assert r.returncode in (0, 1), (args, r.stderr)  # targets exits 1 when a target is missed
    r = run_with_umask("init", "--tier", "community", "--name", "滨河社区社工室", "--recovery-pdf",
                       str(out / "recovery.pdf"), data_dir=tmp_path / "new-station", home=home)
    assert r.returncode == 0, r.stderr

    written = {**modes_under(out), **{f"new-station/{k}": v for k, v in modes_under(tmp_path / "new-station").items()},
               **{f"home/{k}": v for k, v in modes_under(home).items() if "wulian" in k},
               **{f"data/{k}": v for k, v in modes_under(demo_dir).items() if k not in before}}
    assert "home/state/wulian-desk/log/wulian-desk.log" in written
    assert {"case.pdf", "monthly.xlsx", "usb/nested/station.wdb", "keys.txt", "recovery.pdf"} <= set(written)
    readable = {name: oct(mode) for name, mode in written.items() if mode & 0o077}
    assert readable == {}


def test_a_data_folder_others_can_enter_is_closed_at_the_next_command(station_dir, tmp_path):
    """A folder set up by an older version (or by hand, with a loose umask) is made owner-only."""
    station_dir.chmod(0o755)
    r = run_with_umask("stats", data_dir=station_dir, home=tmp_path / "home")
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(station_dir.stat().st_mode) == 0o700


def test_the_log_holds_no_record_content(station_dir, tmp_path):
    """A bug while a record is being handled: the traceback reaches the log, its values do not."""
    home = tmp_path / "home"
    provoke = f"""
import sys
from sqlalchemy import text
from wulian_desk import cli
from wulian_desk.cli.common import opened

def broken(args):
    with opened(args) as ctx:
        with ctx.writing() as session:
            try:  # a statement that fails with the record's values as its parameters
                session.execute(text("INSERT INTO volunteer (id, name, id_number, phone) VALUES (:i, :n, :d, :p)"),
                                {{"i": "x", "n": "{NAME}", "d": "{ID_NUMBER}", "p": "{PHONE}"}})
            except Exception as exc:
                raise ValueError("unexpected volunteer {NAME} {ID_NUMBER} '{PHONE}'") from exc

cli.COMMANDS["stats"] = broken
sys.exit(cli.main(sys.argv[1:]))
"""
    env = {**os.environ, **private_env(home), "WULIAN_DESK_PASSPHRASE": PASSWORD}
    r = subprocess.run([sys.executable, "-c", provoke, "--data-dir", str(station_dir), "stats"], capture_output=True,
                       text=True, env=env, timeout=120)
    assert r.returncode == 70, r.stderr
    log = (home / "state" / "wulian-desk" / "log" / "wulian-desk.log").read_text(encoding="utf-8")
    assert "unexpected error" in log and "ValueError" in log and "IntegrityError" in log
    assert "in broken" in log  # where it happened is kept
    for value in (ID_NUMBER, ID_NUMBER[6:14], PHONE, NAME, NAME[:2]):
        assert value not in log


# -- a full disk --------------------------------------------------------------------------------


def assert_refused_plainly(result: dict) -> None:
    assert result["returncode"] not in (0, 70), result
    stderr = result["stderr"].strip()
    assert stderr.startswith("错误：") and len(stderr.splitlines()) == 1, stderr
    assert "磁盘已满" in stderr or "无法写入" in stderr, stderr
    left = [name for name in result["files"] if any(mark in name for mark in LEFTOVERS)]
    assert left == [], left


def full_disk(tmp_path: Path, command: list[str], *, copy: dict[str, Path], free: int, after=()) -> dict:
    env = {**private_env(Path("{disk}") / "home"), "WULIAN_DESK_PASSPHRASE": PASSWORD,
           "WULIAN_DESK_NEW_PASSWORD": PASSWORD}  # so a slot written for a new account would open
    return on_full_disk(tmp_path / "disk", copy=copy, command=command, env=env, free=free, after=after)


def stats_of(folder: Path) -> dict:
    return json.loads(wulian("stats", "--json", data_dir=folder, env_extra={"WULIAN_DESK_USER": USERNAME}).stdout)


STATION = ["--data-dir", "{disk}/station"]
AFTER = (STATION + ["check"], STATION + ["stats", "--json"])


def assert_unchanged(result: dict, stats: dict) -> None:
    check, now = result["after"][:2]
    assert check["returncode"] == 0, check["stdout"] + check["stderr"]
    assert json.loads(now["stdout"]) == stats


def test_demo_on_a_full_disk(station_dir, tmp_path):
    result = full_disk(tmp_path, STATION + ["demo"], copy={"station": station_dir}, free=256 * 1024, after=AFTER)
    assert_refused_plainly(result)
    assert_unchanged(result, stats_of(station_dir))


def test_backup_to_a_full_stick(station_dir, tmp_path):
    result = full_disk(tmp_path, ["--data-dir", str(station_dir), "backup", "--to", "{disk}/usb/station.wdb"],
                       copy={}, free=64 * 1024)
    assert_refused_plainly(result)
    assert "usb/station.wdb" not in result["files"]


@pytest.mark.parametrize("free", [0, 24 * 1024], ids=["no-room-to-open", "room-to-open-only"])
def test_adding_an_account_on_a_full_disk(station_dir, tmp_path, free):
    after = (*AFTER, STATION + ["users", "list", "--json"],
             STATION + ["--user", "newcomer", "stats"])
    result = full_disk(tmp_path, STATION + ["users", "add", "newcomer", "--role", "worker"],
                       copy={"station": station_dir}, free=free, after=after)
    assert_refused_plainly(result)
    assert_unchanged(result, stats_of(station_dir))
    assert "newcomer" not in result["after"][2]["stdout"]
    assert result["after"][3]["returncode"] != 0


def test_print_to_a_full_disk(demo_dir, tmp_path):
    case = json.loads(wulian("list", "cases", "--json", data_dir=demo_dir,
                             env_extra={"WULIAN_DESK_USER": USERNAME}).stdout)[0]["case_number"]
    result = full_disk(tmp_path, ["--data-dir", str(demo_dir), "print", "case", case, "--out", "{disk}/case.pdf"],
                       copy={}, free=8 * 1024)
    assert_refused_plainly(result)
    assert "case.pdf" not in result["files"]


@pytest.fixture
def enrolled(tmp_path):
    """A county and an enrolled station, and a bundle from the station waiting to be imported."""
    from tests.sync.conftest import enrol, make_site
    from wulian_desk.services.sync import sync

    county = make_site(tmp_path / "county", name="城固县社会工作服务总站", tier="county", code="610722")
    site = make_site(tmp_path / "station", name="博望街道社会工作服务站", tier="township", code="610722001")
    try:
        enrol(site, county, tmp_path)
        (tmp_path / "stick").mkdir()
        [result] = sync.export_all(site.ctx, tmp_path / "stick")
    finally:
        county.ctx.close()
        site.ctx.close()
    return tmp_path / "county", tmp_path / "station", Path(result.path)


def test_import_whose_backup_finds_the_disk_full(enrolled, tmp_path):
    county, _station, bundle = enrolled
    result = full_disk(tmp_path, STATION + ["import", str(bundle)], copy={"station": county}, free=64 * 1024,
                       after=AFTER)
    # import reports each bundle on a line of its own, and exits 15 when one was refused
    assert result["returncode"] == 15 and "Traceback" not in result["stdout"] + result["stderr"], result
    assert result["stdout"].strip() == f"{bundle.name}：" + "磁盘已满，未能写入（数据文件夹）。请腾出空间或换一个位置后重试，已有数据未受影响。"
    assert not [name for name in result["files"] if any(mark in name for mark in LEFTOVERS)]
    assert_unchanged(result, stats_of(county))
    assert not any("before-import" in name for name in result["files"])


def test_export_to_a_full_stick(enrolled, tmp_path):
    _county, station, _bundle = enrolled
    result = full_disk(tmp_path, ["--data-dir", str(station), "export", "--to", "{disk}"], copy={}, free=0)
    assert_refused_plainly(result)
    assert not any(name.endswith(".wlb") for name in result["files"])
