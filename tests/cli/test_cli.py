"""The command line through its real entry point, as a script would call it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import PASSWORD

DEMO_NAMES = ["首善街道社会工作服务站", "社工室", "个案室", "小组活动室", "联想台式电脑", "铁皮档案柜"]


def wulian(*args: str, passphrase: str | None = PASSWORD, data_dir: Path | None = None, env_extra=None):
    env = dict(os.environ)
    env.pop("WULIAN_DESK_PASSPHRASE", None)
    if passphrase is not None:
        env["WULIAN_DESK_PASSPHRASE"] = passphrase
    env.update(env_extra or {})
    cmd = [sys.executable, "-m", "wulian_desk"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def assert_known_error(result, words: str):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("错误："), result.stderr
    assert words in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_whole_chain(tmp_path):
    data = tmp_path / "station"
    r = wulian("init", "--tier", "township", "--name", "首善街道社会工作服务站", "--code", "610326001",
               "--recovery-pdf", str(tmp_path / "recovery.pdf"), data_dir=data)
    assert r.returncode == 0, r.stderr
    code = next(line.strip() for line in r.stdout.splitlines() if line.strip().count("-") == 5)
    assert (tmp_path / "recovery.pdf").read_bytes().startswith(b"%PDF")

    r = wulian("demo", data_dir=data)
    assert r.returncode == 0, r.stderr
    assert "资产 200" in r.stdout

    rooms = json.loads(wulian("list", "rooms", "--json", data_dir=data).stdout)
    assets = json.loads(wulian("list", "assets", "--json", data_dir=data).stdout)
    assert len(assets) == 200 and len(rooms) > 10
    assert {"asset_tag", "name", "category_label", "room_name", "value_yuan"} <= set(assets[0])
    r = wulian("list", "rooms", data_dir=data)
    assert r.returncode == 0 and "小组活动室" in r.stdout and f"共 {len(rooms)} 条房间" in r.stdout

    stats = json.loads(wulian("stats", "--json", data_dir=data).stdout)
    assert stats["assets"] == {"live": 200, "deleted": 0}

    r = wulian("compliance", "--json", data_dir=data)
    units = json.loads(r.stdout)
    assert r.returncode == 1  # the demo has units that miss a minimum, and says so
    missing = [u for u in units if not u["met"]]
    assert missing and all(u["missing"] for u in missing)
    assert units[0]["name"] == "首善街道社会工作服务站" and units[0]["met"]
    text_report = wulian("compliance", data_dir=data).stdout
    assert "未达标" in text_report and "✗" in text_report

    r = wulian("check", data_dir=data)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count("通过") == 7 and "audit_chain" in r.stdout and "account_seals" in r.stdout

    backup = tmp_path / "usb" / "station.wdb"
    r = wulian("backup", "--to", str(backup), data_dir=data)
    assert r.returncode == 0, r.stderr

    for path in (data / "station.db", backup):
        raw = path.read_bytes()
        assert not raw.startswith(b"SQLite format 3")
        for name in DEMO_NAMES:
            assert name.encode() not in raw, (path, name)
    for leftover in data.rglob("*"):
        if leftover.is_file():
            raw = leftover.read_bytes()
            assert not any(name.encode() in raw for name in DEMO_NAMES), leftover

    # Restore onto another machine's empty folder with the recovery code.
    other = tmp_path / "other-pc"
    r = wulian("restore", str(backup), data_dir=other, passphrase=code)
    assert r.returncode == 0, r.stderr
    restored = json.loads(wulian("stats", "--json", data_dir=other).stdout)
    assert restored == stats
    # And over the station itself with the password: the old one is kept aside.
    r = wulian("restore", str(backup), data_dir=data)
    assert r.returncode == 0 and "另存" in r.stdout
    assert wulian("check", data_dir=data).returncode == 0


def test_wrong_passphrase(station_dir):
    assert_known_error(wulian("stats", data_dir=station_dir, passphrase="wrong-password"), "密码不正确")


def test_no_passphrase_and_no_terminal(station_dir):
    assert_known_error(wulian("stats", data_dir=station_dir, passphrase=None), "WULIAN_DESK_PASSPHRASE")


def test_missing_data_dir(tmp_path):
    assert_known_error(wulian("stats", data_dir=tmp_path / "nowhere"), "数据文件夹不存在")


def test_uninitialised_data_dir(tmp_path):
    assert_known_error(wulian("list", "rooms", data_dir=tmp_path), "init")


def test_unwritable_data_dir(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    r = wulian("init", "--tier", "township", "--name", "站", data_dir=blocker / "station")
    assert_known_error(r, "无法建立数据文件夹")
    if os.geteuid() != 0:  # root may write anywhere; the check above covers that case
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert_known_error(wulian("init", "--tier", "township", "--name", "站", data_dir=locked), "没有写入")


def test_newer_schema(station_dir):
    from wulian_desk.storage.store import Store

    store, _ = Store.open(station_dir, passphrase=PASSWORD)
    with store.write_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    store.close()
    assert_known_error(wulian("stats", data_dir=station_dir), "更新版本")


def test_unknown_kind(station_dir):
    r = wulian("list", "spaceships", data_dir=station_dir)
    assert_known_error(r, "未知的记录类型：spaceships")
    assert "rooms" in r.stderr


def test_unknown_screen(station_dir, tmp_path):
    r = wulian("screenshot", "bridge", "--out", str(tmp_path / "x.png"), data_dir=station_dir)
    assert_known_error(r, "未知的界面：bridge")
    assert not (tmp_path / "x.png").exists()


def test_bad_arguments(station_dir):
    assert_known_error(wulian("init", "--tier", "galaxy", "--name", "x", data_dir=station_dir), "命令行参数有误")
    assert_known_error(wulian("demo", "--scale", "0", data_dir=station_dir), "规模")


def test_init_refuses_weak_password_and_leaves_nothing(tmp_path):
    r = wulian("init", "--tier", "community", "--name", "城关社区社工室", data_dir=tmp_path / "s", passphrase="123")
    assert_known_error(r, "密码至少需要")
    assert not (tmp_path / "s" / "station.db").exists()


def test_init_refuses_to_overwrite(station_dir):
    r = wulian("init", "--tier", "township", "--name", "另一个站", data_dir=station_dir)
    assert_known_error(r, "不会覆盖")


def test_check_fails_on_a_broken_reference(station_dir):
    from wulian_desk.storage.store import Store

    store, _ = Store.open(station_dir, passphrase=PASSWORD)
    raw = store.engine.raw_connection()
    try:
        # Outside any transaction (autocommit driver connection), so the pragma takes effect.
        raw.driver_connection.execute("PRAGMA foreign_keys = OFF")
        raw.driver_connection.execute(
            "INSERT INTO room (id, owner, device_id, counter, updated_at, deleted, org_unit_id, name, room_type, area_m2, notes) "
            "VALUES ('r1', 'x', 'd', 1, '2026-01-01', 0, 'no-such-unit', '孤儿房间', 'group', 10, '')"
        )
    finally:
        raw.close()
    store.close()
    r = wulian("check", data_dir=station_dir)
    assert r.returncode == 1
    assert "失败  foreign_keys" in r.stdout


@pytest.mark.parametrize("args", [["--help"], ["list", "--help"]])
def test_help(args):
    r = wulian(*args)
    assert r.returncode == 0 and "wulian-desk" in r.stdout
