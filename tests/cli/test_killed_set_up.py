"""`init` and `demo` killed at any step leave a folder that opens or that `init` takes over, and
never a password that opens the station for an account that does not exist."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_known_error, wulian
from tests.conftest import PASSWORD
from wulian_desk.core.errors import (
    AlreadyInitialisedError,
    NotInitialisedError,
    WrongPassphraseError,
)
from wulian_desk.services.station import station
from wulian_desk.storage.engine import DB_FILE
from wulian_desk.storage.keyslots import SLOTS_FILE

# Runs the command line with one function replaced by an instant kill (no cleanup runs, as with
# a power cut or `kill -9`) on its n-th call.
KILL_AT = """
import importlib, os, sys
target, n = sys.argv[1], int(sys.argv[2])
module_name, _, attr = target.partition(":")
owner = importlib.import_module(module_name)
*path, name = attr.split(".")
for part in path:
    owner = getattr(owner, part)
real, calls = getattr(owner, name), [0]
def kill(*args, **kwargs):
    calls[0] += 1
    if calls[0] >= n:
        os._exit(9)
    return real(*args, **kwargs)
setattr(owner, name, kill)
from wulian_desk.cli import main
sys.exit(main(sys.argv[3:]))
"""


def killed(target: str, n: int, *args: str, data_dir: Path):
    env = dict(os.environ, WULIAN_DESK_PASSPHRASE=PASSWORD)
    cmd = [sys.executable, "-c", KILL_AT, target, str(n), "--data-dir", str(data_dir), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


INIT = ("init", "--tier", "community", "--name", "城关社区社工室")
STEPS = [
    ("wulian_desk.storage.migrate:upgrade", 1),  # the database half made
    ("wulian_desk.storage.keyslots:KeySlots.save", 1),  # rows written, slots not yet
    ("wulian_desk.storage.station_folder:move_into_place", 1),  # all built, nothing moved
    ("wulian_desk.storage.station_folder:stale_scratch_folders", 1),  # all moved in
]
# A new folder arrives in one rename; into an existing one the files move one by one.
CASES = [(step, existing) for step in STEPS for existing in (False, True)] + [
    (("wulian_desk.storage.station_folder:_move_file", 2), True),  # the database moved in, the slots not
]


def _set_up(folder: Path):
    return station.setup_station(folder, name="城关社区社工室", tier="community", admin_username="admin",
                                 admin_password=PASSWORD)


@pytest.mark.parametrize(("step", "existing"), CASES, ids=[
    f"{t.rpartition(':')[2]}-{n}-{'empty-folder' if e else 'new-folder'}" for (t, n), e in CASES])
def test_init_killed_at_any_step_leaves_a_folder_that_opens_or_sets_up_again(tmp_path, step, existing):
    folder = tmp_path / "station"
    if existing:
        folder.mkdir()
    r = killed(*step, *INIT, data_dir=folder)
    assert r.returncode == 9, r.stderr

    try:
        result = _set_up(folder)
    except AlreadyInitialisedError:
        pass  # killed after the station was complete: it is there, whole
    else:
        result.context.close()
        half_made = (folder / "backups").exists()
        assert half_made == (result.half_made_set_aside is not None)
    ctx = station.open_station(folder, passphrase=PASSWORD, username="admin")
    try:
        assert station.station_info(ctx).name == "城关社区社工室"
    finally:
        ctx.close()
    assert not [p for p in tmp_path.iterdir() if p.name != "station"]  # no scratch left beside it
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # nor inside


def test_init_takes_over_a_half_made_station_and_says_so(tmp_path):
    folder = tmp_path / "station"
    folder.mkdir()
    (folder / DB_FILE).write_bytes(os.urandom(4096))  # what init killed before its slots left
    r = wulian("stats", data_dir=folder)
    assert_known_error(r, "未建成的站点")

    r = wulian(*INIT, data_dir=folder)
    assert r.returncode == 0, r.stderr
    assert "未建成的站点" in r.stdout
    (aside,) = (folder / "backups").iterdir()
    assert (aside / DB_FILE).exists() and aside.name.startswith("half-made-")
    assert wulian("stats", data_dir=folder).returncode == 0


def test_init_never_takes_over_a_folder_with_files_it_does_not_know(tmp_path):
    folder = tmp_path / "station"
    folder.mkdir()
    (folder / SLOTS_FILE).write_text("{}")
    (folder / "工作记录.docx").write_bytes(b"someone's document")
    r = wulian(*INIT, data_dir=folder)
    assert_known_error(r, "工作记录.docx")
    assert sorted(p.name for p in folder.iterdir()) == sorted([SLOTS_FILE, "工作记录.docx"])
    assert (folder / SLOTS_FILE).read_text() == "{}"


def test_init_never_replaces_a_complete_station(tmp_path):
    folder = tmp_path / "station"
    _set_up(folder).context.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    with pytest.raises(AlreadyInitialisedError):
        _set_up(folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


def test_a_folder_without_any_station_still_says_run_init(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(NotInitialisedError, match="还没有站点数据"):
        station.open_station(tmp_path / "empty", passphrase=PASSWORD)


def test_demo_killed_leaves_no_password_for_staff_that_do_not_exist(tmp_path):
    folder = tmp_path / "station"
    _set_up(folder).context.close()
    r = killed("wulian_desk.services.demo:fill_parties", 1, "demo", data_dir=folder)
    assert r.returncode == 9, r.stderr
    for staff in ("liwei", "zhaomin", "chenjing"):
        with pytest.raises(WrongPassphraseError):
            station.open_station(folder, passphrase=PASSWORD, username=staff).close()
    # The station itself is as it was: the demo can run again, whole.
    r = wulian("demo", data_dir=folder)
    assert r.returncode == 0, r.stderr
    station.open_station(folder, passphrase=PASSWORD, username="liwei").close()
