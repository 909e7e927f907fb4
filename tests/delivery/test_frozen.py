"""The frozen one-folder app, built as a station receives it (packaging/build.py: only the locked
runtime set, the app from its wheel), run from outside the source tree: its two executables, the
commands a station uses first, a password typed at the console executable's prompt, and a
database from the first schema opened and migrated after a backup."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "schema-0001"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="the Linux build")]


@pytest.fixture
def app(frozen_app) -> Path:
    return frozen_app


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "WULIAN_DESK", "VIRTUAL_ENV"))}
    return keep | {"QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
                   "HOME": str(tmp_path / "home")}


def test_the_build_holds_two_executables_the_licences_and_no_development_tool(app):
    assert os.access(app / "wulian-desk", os.X_OK) and os.access(app / "Wulian Desk", os.X_OK)
    assert (app / "LICENSE").read_text().startswith(" " * 30 + "Apache License")
    assert (app / "wqy-microhei.COPYRIGHT").is_file()
    names = {p.name.split(".")[0] for p in app.rglob("*")}
    assert not names & {"pytest", "_pytest", "pytestqt", "hypothesis", "importlinter", "ruff"}


def test_the_commands_a_station_uses_first(app, env, tmp_path):
    env = env | {"WULIAN_DESK_PASSPHRASE": "frozen-pass-2026"}
    cli = [str(app / "wulian-desk"), "--data-dir", str(tmp_path / "data")]

    def run(*args: str, codes=(0,)) -> str:
        done = subprocess.run(cli + list(args), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode in codes, (args, done.stdout, done.stderr)
        return done.stdout

    assert "init" in run("--help")
    run("init", "--tier", "township", "--name", "测试街道社会工作服务站", "--code", "610326001",
        "--admin", "admin", "--admin-name", "王站长")
    cli += ["--user", "admin"]
    run("demo", "--scale", "1")
    case_number = next(line.split()[0] for line in run("list", "cases").splitlines() if line.startswith("GA"))
    run("print", "case", case_number, "--out", str(tmp_path / "case.pdf"))
    run("report", "monthly", "--month", "2026-11", "--out", str(tmp_path / "month.pdf"))
    (tmp_path / "stick").mkdir()
    assert '"fingerprint"' in run("keys", "show", "--json")
    refused = subprocess.run(cli + ["export", "--to", str(tmp_path / "stick")], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "enrol request" in refused.stderr and "Traceback" not in refused.stderr
    run("screenshot", "overview", "--out", str(tmp_path / "overview.png"))
    assert (tmp_path / "case.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "month.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "overview.png").stat().st_size > 20_000


def _talk(argv: list[str], env: dict[str, str], cwd: Path, answers: dict[bytes, bytes], timeout: float = 120) -> tuple[int, str]:
    """Run `argv` on a terminal of its own, answering each prompt it prints; its exit code and output."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the program
        os.chdir(cwd)
        os.execve(argv[0], argv, env)
    seen, pending, deadline = b"", dict(answers), time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the terminal closed: the program ended
                break
            if not chunk:
                break
            seen += chunk
            for prompt in [p for p in pending if p in seen]:
                os.write(fd, pending.pop(prompt) + b"\n")
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


def test_the_console_executable_reads_a_password_at_its_prompt(app, env, tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    code, output = _talk([str(app / "wulian-desk"), "--data-dir", str(folder), "--user", "admin", "check"], env,
                         tmp_path, {"密码".encode(): b"fixture-pass-0001"})
    assert code == 0, output
    assert "fixture-pass-0001" not in output  # not echoed
    # The database of the first schema was migrated, after a backup kept beside it.
    assert list((folder / "backups").glob("before-migration-0001-*.wdb"))


def test_a_wrong_password_at_the_prompt_is_refused_without_a_traceback(app, env, tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    code, output = _talk([str(app / "wulian-desk"), "--data-dir", str(folder), "--user", "admin", "stats"], env,
                         tmp_path, {"密码".encode(): b"not-the-password"})
    assert code != 0 and "Traceback" not in output
