"""A station every Windows user of an office PC shares: each OS user has their own keyring, so the
station's device secret is given to the machine (DPAPI in machine scope, stood in for here by a
reversible wrapping only this "PC" knows) when the folder is named for the machine, and a staff
member logged in to Windows as someone else still opens the station with their own password. On a
system with no machine store, a move for every user is refused rather than lock the others out."""

from __future__ import annotations

import keyring
import pytest

from tests.storage.test_keyslots import MemoryKeyring
from wulian_desk import paths
from wulian_desk.core.errors import DataDirError, WrongPassphraseError
from wulian_desk.services.station import accounts, data_folder, station
from wulian_desk.storage import device_secret, machine_protection

HEAD_PASSWORD = "shared-pc-head-1"
WORKER_PASSWORD = "shared-pc-worker-1"
THIS_PC = 0x5A


@pytest.fixture
def windows_users(monkeypatch, tmp_path):
    """Two OS users' keyrings on one PC with a machine store; returns a function that logs in as one."""
    users = {"alice": MemoryKeyring(), "bob": MemoryKeyring()}
    previous = keyring.get_keyring()
    monkeypatch.setattr(paths, "config_dir", lambda: tmp_path / "config-user")
    monkeypatch.setattr(paths, "machine_config_dir", lambda: tmp_path / "ProgramData")
    monkeypatch.setattr(device_secret, "machine_store_available", lambda: True)
    monkeypatch.setattr(machine_protection, "protect", lambda data: b"PC" + bytes(b ^ THIS_PC for b in data))

    def unprotect(blob: bytes) -> bytes:
        if not blob.startswith(b"PC"):
            raise ValueError("another PC's blob")
        return bytes(b ^ THIS_PC for b in blob[2:])

    monkeypatch.setattr(machine_protection, "unprotect", unprotect)
    yield lambda name: keyring.set_keyring(users[name])
    keyring.set_keyring(previous)


@pytest.fixture
def station_of_alice(windows_users, tmp_path):
    windows_users("alice")
    ctx = station.setup_station(tmp_path / "alice-station", name="博望街道社会工作服务站", tier="township",
                                admin_username="head", admin_password=HEAD_PASSWORD).context
    accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker", password=WORKER_PASSWORD)
    ctx.close()
    return tmp_path / "alice-station"


def test_without_sharing_another_windows_user_cannot_open_the_station(windows_users, station_of_alice):
    windows_users("bob")
    with pytest.raises(WrongPassphraseError) as refused:
        station.open_station(station_of_alice, passphrase=WORKER_PASSWORD, username="liwei")
    assert "设备密钥" in refused.value.message


def test_a_move_for_the_machine_lets_every_windows_user_log_in(windows_users, station_of_alice, tmp_path):
    shared = tmp_path / "ProgramData-station"
    data_folder.move_station(station_of_alice, shared, passphrase=HEAD_PASSWORD, username="head", for_machine=True)
    windows_users("bob")
    ctx = station.open_station(paths.default_data_dir(), passphrase=WORKER_PASSWORD, username="liwei")
    try:
        assert ctx.username == "liwei"
    finally:
        ctx.close()
    [copy] = (tmp_path / "ProgramData").glob("device-secret-*.dpapi")
    assert copy.read_bytes().startswith(b"PC")  # wrapped for this PC, never the bare secret


def test_a_station_set_up_in_the_machines_folder_is_shared_from_the_start(windows_users, tmp_path):
    folder = tmp_path / "ProgramData" / "station"
    paths.name_data_folder(folder, for_machine=True)  # as the installer does
    windows_users("alice")
    ctx = station.setup_station(paths.default_data_dir(), name="博望街道社会工作服务站", tier="township",
                                admin_username="head", admin_password=HEAD_PASSWORD).context
    accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker", password=WORKER_PASSWORD)
    ctx.close()
    windows_users("bob")
    station.open_station(folder, passphrase=WORKER_PASSWORD, username="liwei").close()


def test_without_a_machine_store_a_move_for_every_user_is_refused(windows_users, station_of_alice, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(device_secret, "machine_store_available", lambda: False)
    with pytest.raises(DataDirError) as refused:
        data_folder.move_station(station_of_alice, tmp_path / "shared", passphrase=HEAD_PASSWORD, username="head",
                                 for_machine=True)
    assert "只有 Windows" in refused.value.message
    assert not (tmp_path / "shared").exists() and paths.data_folder().source == "default"
    station.open_station(station_of_alice, passphrase=HEAD_PASSWORD, username="head").close()
