"""Account rows are sealed by a head's key: a role raised, an account added or a disable undone
with raw SQL (as anyone holding the data key can) is refused at the next login and named by
`check`, while everything the head does through the program keeps working."""

from __future__ import annotations

import base64
import json

import pytest
from sqlalchemy import text
from sqlmodel import select

from tests.conftest import PASSWORD, USERNAME
from wulian_desk.core.errors import AccountDisabledError, PermissionDenied
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Account
from wulian_desk.services.station import accounts, audit_log, maintenance, station
from wulian_desk.storage import account_seals
from wulian_desk.storage.keyslots import SLOTS_FILE, KeySlots

WORKER_PASSWORD = "worker-pass-2026"


def _login(folder, username, password=WORKER_PASSWORD):
    return station.open_station(folder, passphrase=password, username=username)


def _seal_check(ctx):
    return next(r for r in maintenance.check_station(ctx) if r.name == "account_seals")


def _raw(ctx, sql, **params):
    """What an insider does with the data key: SQL straight into the database."""
    with ctx.store.engine.begin() as conn:
        conn.execute(text(sql), params)


def _worker(ctx, username="liwei"):
    return accounts.create_account(ctx, username=username, display_name="李伟", role="worker",
                                   password=WORKER_PASSWORD).ids[0]


def test_a_role_raised_with_sql_is_refused_at_login_and_named_by_check(ctx, station_dir):
    worker_id = _worker(ctx)
    _login(station_dir, "liwei").close()  # the worker logs in as sealed
    assert _seal_check(ctx).ok
    _raw(ctx, "UPDATE account SET role = 'head' WHERE id = :id", id=worker_id)
    with pytest.raises(AccountDisabledError, match="签名不符"):
        _login(station_dir, "liwei")
    result = _seal_check(ctx)
    assert not result.ok and "liwei（站长）" in result.detail
    # The head's login is untouched, and setting the account through the program repairs it.
    head = _login(station_dir, USERNAME, PASSWORD)
    accounts.set_role(head, worker_id, "worker")
    head.close()
    worker = _login(station_dir, "liwei")
    assert worker.role == "worker"
    worker.close()
    assert _seal_check(ctx).ok


def test_an_account_planted_with_sql_and_a_forged_slot_does_not_open(ctx, station_dir):
    ghost = new_id()
    _raw(ctx, "INSERT INTO account (id, owner, username, display_name, role, disabled, deleted, device_id, "
              "counter, updated_at, seal) VALUES (:id, :owner, 'ghost', 'ghost', 'head', 0, 0, :dev, 0, "
              "'2026-12-01 00:00:00', '')", id=ghost, owner=ctx.station_id, dev=ctx.store.device_id)
    ctx.store.add_account_slot(account_id=ghost, username="ghost", password=WORKER_PASSWORD)  # data key held
    with pytest.raises(AccountDisabledError, match="签名不符"):
        _login(station_dir, "ghost")
    assert "ghost（站长）" in _seal_check(ctx).detail


def test_a_disable_undone_with_sql_stays_refused(ctx, station_dir):
    worker_id = _worker(ctx)
    accounts.disable_account(ctx, worker_id)
    ctx.store.add_account_slot(account_id=worker_id, username="liwei", password=WORKER_PASSWORD)
    _raw(ctx, "UPDATE account SET disabled = 0 WHERE id = :id", id=worker_id)
    with pytest.raises(AccountDisabledError, match="签名不符"):
        _login(station_dir, "liwei")


def test_a_seal_copied_from_another_row_does_not_fit(ctx, station_dir):
    """A seal covers its own row: a head's seal pasted onto a worker's row raised to head fails."""
    worker_id = _worker(ctx)
    _raw(ctx, "UPDATE account SET role = 'head', seal = (SELECT seal FROM account WHERE username = :head) "
              "WHERE id = :id", head=USERNAME, id=worker_id)
    with pytest.raises(AccountDisabledError):
        _login(station_dir, "liwei")


def test_a_promoted_head_is_handed_the_key_and_a_demoted_one_loses_it(ctx, station_dir):
    worker_id = _worker(ctx)
    accounts.set_role(ctx, worker_id, "head")
    promoted = _login(station_dir, "liwei")
    assert promoted.store.accounts_private is not None
    accounts.create_account(promoted, username="zhaomin", display_name="赵敏", role="worker",
                            password=WORKER_PASSWORD)
    promoted.close()
    _login(station_dir, "zhaomin").close()
    accounts.set_role(ctx, worker_id, "worker")
    demoted = _login(station_dir, "liwei")
    assert demoted.store.accounts_private is None
    slot = KeySlots.load(station_dir).slot_for("account", worker_id)
    assert slot.grant == b""
    demoted.close()


def test_a_worker_never_holds_the_key(ctx, station_dir):
    _worker(ctx)
    worker = _login(station_dir, "liwei")
    assert worker.store.accounts_private is None
    # Even given the head's rights by a modified caller, it cannot seal a row.
    worker.role = "head"
    with pytest.raises(PermissionDenied, match="账号签名密钥"):
        accounts.create_account(worker, username="mole", display_name="", role="head", password=WORKER_PASSWORD)
    worker.close()


def test_the_recovery_code_holds_the_key(ctx, station_dir, recovery_code):
    unlocked = station.open_station(station_dir, passphrase=recovery_code)
    assert unlocked.store.accounts_private is not None
    new = accounts.create_account(unlocked, username="xinren", display_name="新人", role="head",
                                  password=WORKER_PASSWORD).ids[0]
    unlocked.close()
    head = _login(station_dir, "xinren")
    assert head.account_id == new and head.store.accounts_private is not None
    head.close()


def test_password_changes_keep_a_head_holding_the_key(ctx, station_dir):
    accounts.change_own_password(ctx, old_password=PASSWORD, new_password="another-pass-77")
    again = _login(station_dir, USERNAME, "another-pass-77")
    assert again.store.accounts_private is not None
    worker_id = _worker(again)
    accounts.reset_password(again, worker_id, new_password="reset-pass-2026")
    _login(station_dir, "liwei", "reset-pass-2026").close()
    again.close()


def _as_before_seals(folder, ctx):
    """A station from before account seals: no seal on any row, no accounts key, no grants."""
    _raw(ctx, "UPDATE account SET seal = ''")
    data = json.loads((folder / SLOTS_FILE).read_text())
    data.pop("accounts_key")
    for slot in data["slots"]:
        slot.pop("grant", None)
        slot.pop("box_public", None)
    (folder / SLOTS_FILE).write_text(json.dumps(data))
    (folder / "journal-anchor.json").unlink(missing_ok=True)


def test_an_upgraded_station_is_sealed_at_the_first_head_login(ctx, station_dir):
    worker_id = _worker(ctx)
    ctx.close()
    plain = _login(station_dir, USERNAME, PASSWORD)
    _as_before_seals(station_dir, plain)
    plain.close()
    worker = _login(station_dir, "liwei")  # nothing to check against yet: the worker still works
    assert _seal_check(worker).ok and "尚未建立" in _seal_check(worker).detail
    worker.close()
    head = _login(station_dir, USERNAME, PASSWORD)
    assert head.store.accounts_private is not None
    assert "accounts_key_created" in [e.action for e in audit_log.journal(head)]
    assert _seal_check(head).ok
    with head.reading() as session:
        assert all(a.seal for a in session.exec(select(Account)).all())
    _raw(head, "UPDATE account SET role = 'supervisor' WHERE id = :id", id=worker_id)
    head.close()
    with pytest.raises(AccountDisabledError):
        _login(station_dir, "liwei")


def test_removing_the_key_from_the_slots_file_does_not_reopen_the_door(ctx, station_dir):
    """Sealed rows with no key in keyslots.json: nothing is sealed anew, and check says why."""
    worker_id = _worker(ctx)
    data = json.loads((station_dir / SLOTS_FILE).read_text())
    data["accounts_key"] = ""
    (station_dir / SLOTS_FILE).write_text(json.dumps(data))
    _raw(ctx, "UPDATE account SET role = 'head' WHERE id = :id", id=worker_id)
    raised = _login(station_dir, "liwei")
    assert raised.store.accounts_private is None  # it made no key of its own
    assert not _seal_check(raised).ok and "密钥槽文件" in _seal_check(raised).detail
    raised.close()


def test_a_swapped_accounts_key_is_named_against_the_local_anchor(ctx, station_dir):
    worker_id = _worker(ctx)
    private, public = account_seals.new_key()
    _raw(ctx, "UPDATE account SET role = 'head' WHERE id = :id", id=worker_id)
    with ctx.reading() as session:
        rows = session.exec(select(Account)).all()
    for row in rows:
        account_seals.seal(private, row)
        _raw(ctx, "UPDATE account SET seal = :s WHERE id = :id", s=row.seal, id=row.id)
    data = json.loads((station_dir / SLOTS_FILE).read_text())
    data["accounts_key"] = public
    (station_dir / SLOTS_FILE).write_text(json.dumps(data))
    forged = _login(station_dir, "liwei")  # a careful insider on this computer gets in...
    result = _seal_check(forged)
    assert not result.ok and "本地锚点" in result.detail  # ...and check says the key was swapped
    forged.close()


def test_public_key_round_trip():
    private, public = account_seals.new_key()
    assert account_seals.public_of(private) == public
    assert len(base64.b64decode(public)) == 32
    assert len(account_seals.public_hex(public)) == 64


def test_a_backup_made_after_a_role_was_raised_restores_nothing_for_that_account(ctx, tmp_path):
    """Over a station too damaged to open, restore asks the backup who may restore; a role
    raised with raw SQL before the backup was made does not count there either."""
    folder = ctx.store.folder
    worker_id = _worker(ctx)
    _raw(ctx, "UPDATE account SET role = 'head' WHERE id = :id", id=worker_id)
    source = ctx.store.backup_to(tmp_path / "after-raise.wdb")
    ctx.close()
    (folder / "station.db").write_bytes(b"\0" * 8192)
    with pytest.raises(PermissionDenied, match="无权恢复"):
        maintenance.restore_station(folder, source, passphrase=WORKER_PASSWORD, username="liwei")
    assert (folder / "station.db").read_bytes() == b"\0" * 8192
    maintenance.restore_station(folder, source, passphrase=PASSWORD, username=USERNAME)
