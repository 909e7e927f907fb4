"""The two keyring states: none (headless Linux, CI) and a working one (an office PC)."""

import shutil

import keyring
import pytest

from tests.cli.test_cli import wulian
from tests.conftest import PASSWORD
from tests.storage.test_keyslots import MemoryKeyring
from wulian_desk.core.errors import WrongPassphraseError
from wulian_desk.services.station import station


def test_without_a_keyring_it_works_on_passwords_and_says_so(tmp_path):
    r = wulian("init", "--tier", "community", "--name", "城关社区社工室", data_dir=tmp_path / "s")
    assert r.returncode == 0, r.stderr
    assert "没有可用的系统密钥环" in r.stdout
    assert wulian("stats", data_dir=tmp_path / "s").returncode == 0


def test_with_a_keyring_a_copied_folder_needs_the_recovery_code(tmp_path):
    previous = keyring.get_keyring()
    office_pc = MemoryKeyring()
    keyring.set_keyring(office_pc)
    try:
        result = station.setup_station(tmp_path / "office", name="首善街道社会工作服务站", tier="township",
                                       admin_username="admin", admin_password=PASSWORD)
        assert result.keyring_available
        result.context.close()
        station.open_station(tmp_path / "office", passphrase=PASSWORD).close()  # works at the office

        shutil.copytree(tmp_path / "office", tmp_path / "stolen")
        keyring.set_keyring(MemoryKeyring())  # another machine: its keyring lacks the device secret
        with pytest.raises(WrongPassphraseError, match="恢复码"):
            station.open_station(tmp_path / "stolen", passphrase=PASSWORD, username="admin")
        ctx = station.open_station(tmp_path / "stolen", passphrase=result.recovery_code)
        assert ctx.account_id is None
        ctx.close()
    finally:
        keyring.set_keyring(previous)
