import pytest

from tests.conftest import PASSWORD, USERNAME
from wulian_desk.core.errors import (
    AccountDisabledError,
    LockedOutError,
    ValidationError,
    WrongPassphraseError,
)
from wulian_desk.services.station import accounts, station
from wulian_desk.storage.login_guard import delay_after


def add_worker(ctx, username="liwei", password="worker-pass-1"):
    return accounts.create_account(ctx, username=username, display_name="李伟", role="worker", password=password).ids[0]


def login(folder, username, password):
    ctx = station.open_station(folder, passphrase=password, username=username)
    ctx.close()
    return ctx


def test_new_account_logs_in_with_its_own_password(ctx, station_dir):
    add_worker(ctx)
    assert login(station_dir, "liwei", "worker-pass-1").role == "worker"
    assert login(station_dir, "LiWei", "worker-pass-1").username == "liwei"  # names are case-blind


def test_username_must_be_unique(ctx):
    add_worker(ctx)
    with pytest.raises(ValidationError, match="已被使用"):
        add_worker(ctx, password="other-pass-22")


def test_county_admin_only_at_the_county(ctx):
    with pytest.raises(ValidationError, match="县级总站"):
        accounts.create_account(ctx, username="c", display_name="c", role="county_admin", password="county-pass-1")


def test_disabled_account_gets_its_own_message(ctx, station_dir):
    worker = add_worker(ctx)
    accounts.disable_account(ctx, worker)
    with pytest.raises(AccountDisabledError, match="已停用"):
        login(station_dir, "liwei", "worker-pass-1")
    # The slot is gone, not just flagged: the password no longer opens anything, whatever user is named.
    with pytest.raises(WrongPassphraseError):
        login(station_dir, None, "worker-pass-1")
    accounts.reset_password(ctx, worker, new_password="fresh-pass-33")
    assert login(station_dir, "liwei", "fresh-pass-33").role == "worker"


def test_wrong_password_disabled_and_locked_out_each_say_so(ctx, station_dir):
    worker = add_worker(ctx)
    with pytest.raises(WrongPassphraseError, match="用户名或密码不正确"):
        login(station_dir, "liwei", "nope-nope-1")
    for _ in range(2):
        with pytest.raises(WrongPassphraseError):
            login(station_dir, "liwei", "nope-nope-1")
    with pytest.raises(LockedOutError, match="暂时锁定"):
        login(station_dir, "liwei", "worker-pass-1")  # even the right password waits
    accounts.disable_account(ctx, worker)
    with pytest.raises(AccountDisabledError):
        login(station_dir, "liwei", "worker-pass-1")


def test_delays_grow_and_are_capped():
    assert [delay_after(n) for n in range(1, 8)] == [0, 0, 15, 30, 60, 120, 240]
    assert delay_after(50) == 15 * 60


def test_a_lockout_passes_and_a_success_clears_it(station_dir, monkeypatch):
    import time as real_time

    from wulian_desk.storage import login_guard

    now = [real_time.time()]
    monkeypatch.setattr(login_guard.time, "time", lambda: now[0])
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            login(station_dir, USERNAME, "bad-password-1")
    with pytest.raises(LockedOutError):
        login(station_dir, USERNAME, PASSWORD)
    now[0] += 16
    ctx = station.open_station(station_dir, passphrase=PASSWORD, username=USERNAME)
    try:
        from wulian_desk.services.station import audit_log

        failed = audit_log.journal(ctx, action="login_failed")
        assert len(failed) == 3 and all(e.record_id == ctx.account_id for e in failed)
    finally:
        ctx.close()
    login(station_dir, USERNAME, PASSWORD)  # the count was cleared


def test_own_password_change_rewraps_the_slot(station_dir, ctx):
    add_worker(ctx)
    worker = station.open_station(station_dir, passphrase="worker-pass-1", username="liwei")
    try:
        with pytest.raises(ValidationError, match="原密码不正确"):
            accounts.change_own_password(worker, old_password="wrong-pass-11", new_password="new-pass-444")
        accounts.change_own_password(worker, old_password="worker-pass-1", new_password="new-pass-444")
    finally:
        worker.close()
    assert login(station_dir, "liwei", "new-pass-444").role == "worker"
    with pytest.raises(WrongPassphraseError):
        login(station_dir, "liwei", "worker-pass-1")


def test_the_last_head_stays(ctx):
    with pytest.raises(ValidationError, match="最后一个站长"):
        accounts.set_role(ctx, ctx.account_id, "worker")
    worker = add_worker(ctx)
    accounts.set_role(ctx, worker, "head")
    with pytest.raises(ValidationError, match="不能停用自己"):
        accounts.disable_account(ctx, ctx.account_id)
    accounts.set_role(ctx, ctx.account_id, "supervisor")  # now another head exists


def test_regenerated_recovery_code_retires_the_old(ctx, station_dir, recovery_code):
    new_code = accounts.regenerate_recovery_code(ctx)
    assert new_code != recovery_code
    login(station_dir, None, new_code)
    with pytest.raises(WrongPassphraseError):
        login(station_dir, None, recovery_code)
