"""Accounts and their key slots hold on every path: names that cannot pass for another, the
failed-login delay kept by the slot that matched, the account row checked at every login, no
slot without its account, and a locked keyring said as such rather than worked around."""

from __future__ import annotations

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import event
from sqlalchemy.orm import Session as SASession

from tests.conftest import PASSWORD, USERNAME
from tests.storage.test_keyslots import MemoryKeyring
from wulian_desk.core.errors import (
    AccountDisabledError,
    KeyringLockedError,
    LockedOutError,
    PermissionDenied,
    ValidationError,
    WrongPassphraseError,
)
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Account
from wulian_desk.services.station import accounts, audit_log, maintenance, station, ui_support
from wulian_desk.storage.keyslots import SLOTS_FILE, KeySlots
from wulian_desk.storage.login_guard import FREE_ATTEMPTS
from wulian_desk.storage.store import Store

WORKER_PASSWORD = "worker-pass-2026"


def _usernames(ctx):
    return [a.username for a in accounts.list_accounts(ctx)]


def _journal_actions(ctx):
    return [(e.action, e.record_id, e.detail) for e in audit_log.journal(ctx)]


# -- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["admin\u200b", "\u202enimda", "ad\u2060min", "admin\ue000"])
def test_an_account_cannot_be_named_like_another(ctx, name):
    slots_before = (ctx.store.folder / SLOTS_FILE).read_bytes()
    with pytest.raises(ValidationError, match="看不见或会改变文字方向的字符"):
        accounts.create_account(ctx, username=name, display_name="", role="worker", password=WORKER_PASSWORD)
    with pytest.raises(ValidationError, match="看不见"):
        accounts.create_account(ctx, username="wang", display_name="王" + name, role="worker",
                                password=WORKER_PASSWORD)
    assert _usernames(ctx) == [USERNAME]
    assert (ctx.store.folder / SLOTS_FILE).read_bytes() == slots_before


def test_a_full_width_name_is_the_same_account(ctx):
    accounts.create_account(ctx, username="ｌｉｘｉａｏ", display_name="李晓", role="worker", password=WORKER_PASSWORD)
    assert "lixiao" in _usernames(ctx)
    with pytest.raises(ValidationError, match="已被使用"):
        accounts.create_account(ctx, username="LiXiao", display_name="", role="worker", password=WORKER_PASSWORD)


def test_set_up_refuses_an_invisible_head_name_and_leaves_no_folder(tmp_path):
    with pytest.raises(ValidationError, match="看不见"):
        station.setup_station(tmp_path / "s", name="城关社区社工室", tier="community",
                              admin_username="admin\u200b", admin_password=PASSWORD)
    assert not (tmp_path / "s").exists()


# -- the failed-login delay --------------------------------------------------------------------


def _lock_out(folder, username):
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphraseError):
            station.open_station(folder, passphrase="not-the-password", username=username)
    with pytest.raises(LockedOutError):
        station.open_station(folder, passphrase=WORKER_PASSWORD, username=username)


def test_a_locked_account_stays_locked_when_no_name_is_typed(ctx):
    folder = ctx.store.folder
    accounts.create_account(ctx, username="worker", display_name="", role="worker", password=WORKER_PASSWORD)
    _lock_out(folder, "worker")
    with pytest.raises(LockedOutError):
        station.open_station(folder, passphrase=WORKER_PASSWORD)
    with pytest.raises(LockedOutError):
        station.open_station(folder, passphrase=WORKER_PASSWORD, username="WORKER")
    # Other accounts are not held by the worker's delay, named or not.
    station.open_station(folder, passphrase=PASSWORD).close()
    station.open_station(folder, passphrase=PASSWORD, username=USERNAME).close()


def test_nameless_failures_are_delayed_too(ctx):
    folder = ctx.store.folder
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphraseError):
            station.open_station(folder, passphrase="not-the-password")
    with pytest.raises(LockedOutError):
        station.open_station(folder, passphrase="another-guess-1")


# -- the account row decides -------------------------------------------------------------------


def test_a_disabled_account_is_refused_even_where_its_slot_survived(ctx):
    folder = ctx.store.folder
    accounts.create_account(ctx, username="worker", display_name="", role="worker", password=WORKER_PASSWORD)
    stale_copy = (folder / SLOTS_FILE).read_bytes()
    worker_id = accounts.find_account(ctx, "worker").id
    accounts.disable_account(ctx, worker_id)
    (folder / SLOTS_FILE).write_bytes(stale_copy)  # the slot removal lost (a stale copy written back)

    with pytest.raises(AccountDisabledError):
        station.open_station(folder, passphrase=WORKER_PASSWORD)
    with pytest.raises(AccountDisabledError):
        station.open_station(folder, passphrase=WORKER_PASSWORD, username="worker")
    assert not KeySlots.load(folder).has_account(worker_id)  # turned back into a disabled marker
    head = station.open_station(folder, passphrase=PASSWORD, username=USERNAME)
    try:
        assert ("keyslot_removed", worker_id, {"reason": "account_disabled"}) in _journal_actions(head)
    finally:
        head.close()


def test_a_window_of_an_account_disabled_meanwhile_stays_locked(ctx):
    folder = ctx.store.folder
    accounts.create_account(ctx, username="worker", display_name="", role="worker", password=WORKER_PASSWORD)
    stale_copy = (folder / SLOTS_FILE).read_bytes()
    worker = station.open_station(folder, passphrase=WORKER_PASSWORD, username="worker")
    try:
        accounts.disable_account(ctx, worker.account_id)
        (folder / SLOTS_FILE).write_bytes(stale_copy)
        with pytest.raises(AccountDisabledError):
            ui_support.unlock_session(worker, WORKER_PASSWORD)
    finally:
        worker.close()


def test_a_slot_without_an_account_is_removed_and_journaled(ctx):
    folder = ctx.store.folder
    ghost = new_id()
    ctx.store.add_account_slot(account_id=ghost, username="ghost", password="ghost-pass-2026")

    with pytest.raises(AccountDisabledError):
        station.open_station(folder, passphrase="ghost-pass-2026")
    assert ghost not in KeySlots.load(folder).account_slot_kinds()
    with pytest.raises(WrongPassphraseError):
        station.open_station(folder, passphrase="ghost-pass-2026")
    head = station.open_station(folder, passphrase=PASSWORD, username=USERNAME)
    try:
        assert ("keyslot_removed", ghost, {"reason": "no_account"}) in _journal_actions(head)
    finally:
        head.close()


def test_a_new_account_whose_slot_cannot_be_written_is_taken_back(ctx, monkeypatch):
    slots_before = (ctx.store.folder / SLOTS_FILE).read_bytes()

    def disk_full(self, sealed):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "put_account_slots", disk_full)
    with pytest.raises(OSError):
        accounts.create_account(ctx, username="worker", display_name="", role="worker", password=WORKER_PASSWORD)
    monkeypatch.undo()
    assert _usernames(ctx) == [USERNAME]
    assert (ctx.store.folder / SLOTS_FILE).read_bytes() == slots_before
    # The name is free again.
    accounts.create_account(ctx, username="worker", display_name="", role="worker", password=WORKER_PASSWORD)
    station.open_station(ctx.store.folder, passphrase=WORKER_PASSWORD, username="worker").close()


def test_no_slot_is_written_before_its_account_is_committed(ctx):
    """A slot written inside the transaction would outlive a rollback that no handler sees (a
    kill): here the commit itself fails, and the slots file must not have changed by then."""
    slots_before = (ctx.store.folder / SLOTS_FILE).read_bytes()
    seen_at_commit = []

    def fail_the_commit(session):
        if any(isinstance(row, Account) and row.username == "worker" for row in session.identity_map.values()):
            seen_at_commit.append((ctx.store.folder / SLOTS_FILE).read_bytes())
            raise OSError(28, "No space left on device")

    event.listen(SASession, "before_commit", fail_the_commit)
    try:
        with pytest.raises(OSError):
            accounts.create_account(ctx, username="worker", display_name="", role="worker",
                                    password=WORKER_PASSWORD)
    finally:
        event.remove(SASession, "before_commit", fail_the_commit)
    assert seen_at_commit == [slots_before]
    assert (ctx.store.folder / SLOTS_FILE).read_bytes() == slots_before
    with pytest.raises(WrongPassphraseError):
        station.open_station(ctx.store.folder, passphrase=WORKER_PASSWORD)


# -- a locked keyring ----------------------------------------------------------------------------


class LockedKeyring(KeyringBackend):
    """A keyring that is there but locked: every call is refused."""

    priority = 1

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("the login keyring is locked")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("the login keyring is locked")

    def delete_password(self, service, username):
        raise keyring.errors.KeyringLocked("the login keyring is locked")


@pytest.fixture
def keyring_station(tmp_path):
    """A station set up where the keyring works, and a switch that locks that keyring."""
    previous = keyring.get_keyring()
    office = MemoryKeyring()
    keyring.set_keyring(office)
    result = station.setup_station(tmp_path / "office", name="首善街道社会工作服务站", tier="township",
                                   admin_username=USERNAME, admin_password=PASSWORD)
    result.context.close()
    try:
        yield tmp_path / "office", result.recovery_code, lambda: keyring.set_keyring(LockedKeyring())
    finally:
        keyring.set_keyring(previous)


def test_a_locked_keyring_is_named_not_mistaken_for_a_copied_folder(keyring_station):
    folder, _code, lock = keyring_station
    lock()
    with pytest.raises(KeyringLockedError, match="系统密钥环已锁定") as err:
        station.open_station(folder, passphrase=PASSWORD, username=USERNAME)
    assert "复制" not in str(err.value)
    # Not a wrong password: it is not counted towards the delay.
    for _ in range(FREE_ATTEMPTS + 1):
        with pytest.raises(KeyringLockedError):
            station.open_station(folder, passphrase=PASSWORD)


def test_a_locked_keyring_never_makes_a_weaker_slot(keyring_station):
    folder, code, lock = keyring_station
    lock()
    ctx = station.open_station(folder, passphrase=code)
    try:
        slots_before = (folder / SLOTS_FILE).read_bytes()
        with pytest.raises(KeyringLockedError, match="系统密钥环已锁定"):
            accounts.create_account(ctx, username="worker", display_name="", role="worker",
                                    password=WORKER_PASSWORD)
        head_id = accounts.find_account(ctx, USERNAME).id
        with pytest.raises(KeyringLockedError):
            accounts.reset_password(ctx, head_id, new_password="new-head-pass-1")
        assert (folder / SLOTS_FILE).read_bytes() == slots_before
        assert _usernames(ctx) == [USERNAME]
    finally:
        ctx.close()


def test_set_up_with_a_locked_keyring_says_so_and_leaves_no_folder(tmp_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with pytest.raises(KeyringLockedError, match="系统密钥环已锁定"):
            station.setup_station(tmp_path / "s", name="城关社区社工室", tier="community",
                                  admin_username=USERNAME, admin_password=PASSWORD)
    finally:
        keyring.set_keyring(previous)
    assert not (tmp_path / "s").exists()


# -- restore is the station head's -------------------------------------------------------------


def test_restore_over_a_damaged_station_checks_the_role_in_the_backup(ctx, tmp_path):
    folder = ctx.store.folder
    accounts.create_account(ctx, username="worker", display_name="", role="worker", password=WORKER_PASSWORD)
    source = ctx.store.backup_to(tmp_path / "old.wdb")
    ctx.close()
    (folder / "station.db").write_bytes(b"\0" * 8192)  # too damaged to open: nothing to ask
    with pytest.raises(PermissionDenied, match="无权恢复"):
        maintenance.restore_station(folder, source, passphrase=WORKER_PASSWORD, username="worker")
    assert (folder / "station.db").read_bytes() == b"\0" * 8192
    maintenance.restore_station(folder, source, passphrase=PASSWORD, username=USERNAME)
    station.open_station(folder, passphrase=PASSWORD, username=USERNAME).close()
