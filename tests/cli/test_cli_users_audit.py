"""`wulian-desk users ...` and `wulian-desk audit` through the real entry point."""

import json

from sqlalchemy import text

from tests.cli.test_cli import assert_known_error, wulian
from tests.conftest import PASSWORD


def test_headless_account_administration(station_dir):
    r = wulian("users", "add", "liwei", "--role", "worker", "--name", "李伟", data_dir=station_dir,
               env_extra={"WULIAN_DESK_NEW_PASSWORD": "worker-pass-1"})
    assert r.returncode == 0, r.stderr
    users = json.loads(wulian("users", "list", "--json", data_dir=station_dir).stdout)
    assert {u["username"]: u["role"] for u in users} == {"admin": "head", "liwei": "worker"}

    # The worker may log in but may not administer accounts.
    r = wulian("--user", "liwei", "users", "list", data_dir=station_dir, passphrase="worker-pass-1")
    assert_known_error(r, "社工无权查看员工账号")

    assert wulian("users", "role", "liwei", "supervisor", data_dir=station_dir).returncode == 0
    r = wulian("users", "passwd", "liwei", data_dir=station_dir, env_extra={"WULIAN_DESK_NEW_PASSWORD": "fresh-pass-22"})
    assert r.returncode == 0, r.stderr
    assert wulian("--user", "liwei", "stats", data_dir=station_dir, passphrase="fresh-pass-22").returncode == 0

    assert wulian("users", "disable", "liwei", data_dir=station_dir).returncode == 0
    assert_known_error(wulian("--user", "liwei", "stats", data_dir=station_dir, passphrase="fresh-pass-22"), "已停用")
    assert_known_error(wulian("users", "disable", "nobody", data_dir=station_dir), "没有用户名为 nobody 的账号")


def test_new_password_must_come_from_somewhere(station_dir):
    assert_known_error(wulian("users", "add", "x", "--role", "worker", data_dir=station_dir), "WULIAN_DESK_NEW_PASSWORD")


def test_audit_lists_and_filters(station_dir):
    wulian("--user", "admin", "stats", data_dir=station_dir, passphrase="wrong-pass-00")
    entries = json.loads(wulian("audit", "--json", data_dir=station_dir).stdout)
    actions = [e["action"] for e in entries]
    assert actions[:2] == ["login", "login_failed"] and actions[-1] == "station_setup"
    only_admin = json.loads(wulian("audit", "--json", "--user", "admin", data_dir=station_dir).stdout)
    assert only_admin and all(e["user"] == "admin" for e in only_admin)
    assert json.loads(wulian("audit", "--json", "--since", "2999-01-01", data_dir=station_dir).stdout) == []
    assert_known_error(wulian("audit", "--since", "yesterday", data_dir=station_dir), "日期格式不对")


def test_check_fails_and_names_an_altered_journal_row(station_dir):
    from wulian_desk.storage.store import Store

    store, _ = Store.open(station_dir, passphrase=PASSWORD)
    with store.write_engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        conn.execute(text("UPDATE audit_entry SET action = 'nothing' WHERE seq = 1"))
    store.close()
    r = wulian("check", data_dir=station_dir)
    assert r.returncode == 1
    assert "失败  audit_chain: 审计日志第 1 条" in r.stdout
