import json

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.conftest import PRODUCTION_KDF
from wulian_desk.core.errors import ValidationError, WrongPassphraseError
from wulian_desk.storage import device_secret
from wulian_desk.storage.keyslots import (
    KeySlots,
    check_password_rules,
    new_data_key,
    new_recovery_code,
    normalise_recovery_code,
)


class MemoryKeyring(KeyringBackend):
    """A keyring backend that exists only in this test process."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def make_slots(password="correct-horse-9"):
    key = new_data_key()
    slots = KeySlots.new()
    slots.add_account(key, account_id="acc-1", username="Zhang", password=password)
    code = new_recovery_code()
    slots.set_recovery(key, code)
    return key, slots, code


def test_production_kdf_meets_rfc9106():
    # RFC 9106 second recommended option: Argon2id, 64 MiB, t=3, p=4.
    assert PRODUCTION_KDF["memory_kib"] >= 64 * 1024
    assert PRODUCTION_KDF["iterations"] >= 3


def test_password_and_recovery_code_open_the_same_key():
    key, slots, code = make_slots()
    assert slots.unlock("correct-horse-9", username="zhang") == (key, "acc-1")
    assert slots.unlock("correct-horse-9") == (key, "acc-1")
    assert slots.unlock(code) == (key, None)
    assert slots.unlock(code.lower().replace("-", " ")) == (key, None)


def test_wrong_password_or_user_is_refused():
    _key, slots, _code = make_slots()
    with pytest.raises(WrongPassphraseError, match="用户名或密码不正确"):
        slots.unlock("wrong-horse-9")
    with pytest.raises(WrongPassphraseError):
        slots.unlock("correct-horse-9", username="li")


def test_slots_file_holds_no_secret_in_plaintext():
    key, slots, code = make_slots()
    raw = slots.to_bytes()
    for secret in (b"correct-horse-9", code.encode(), key, key.hex().encode(), b"Zhang", b"zhang"):
        assert secret not in raw


def test_a_slot_copied_into_another_installation_does_not_open():
    key, slots, _ = make_slots()
    other = KeySlots.new()
    other.slots = [KeySlots.from_bytes(slots.to_bytes()).slots[0]]
    other.tag_salt = slots.tag_salt
    with pytest.raises(WrongPassphraseError):
        other.unlock("correct-horse-9")


def test_device_secret_is_mixed_in_when_a_keyring_exists(memory_keyring):
    key, slots, code = make_slots()
    data = json.loads(slots.to_bytes())
    account = next(s for s in data["slots"] if s["kind"] == "account")
    assert account["uses_device_secret"] is True
    assert memory_keyring.items  # the secret went to the keyring, not the file
    assert slots.unlock("correct-horse-9") == (key, "acc-1")
    # The same folder on a machine without that secret: the password alone is not enough,
    # the message says why, and the recovery code still opens it.
    memory_keyring.items.clear()
    with pytest.raises(WrongPassphraseError, match="恢复码"):
        slots.unlock("correct-horse-9")
    assert slots.unlock(code) == (key, None)


def test_without_a_keyring_passwords_alone_work():
    assert not device_secret.available()
    key, slots, _ = make_slots()
    assert json.loads(slots.to_bytes())["slots"][0]["uses_device_secret"] is False
    assert slots.unlock("correct-horse-9")[0] == key


def test_rewrapping_an_account_replaces_its_old_password():
    key, slots, _ = make_slots()
    slots.add_account(key, account_id="acc-1", username="Zhang", password="new-password-7")
    assert slots.unlock("new-password-7")[0] == key
    with pytest.raises(WrongPassphraseError):
        slots.unlock("correct-horse-9")


def test_regenerated_recovery_code_retires_the_old_one():
    key, slots, old = make_slots()
    new = new_recovery_code()
    slots.set_recovery(key, new)
    assert slots.unlock(new)[0] == key
    with pytest.raises(WrongPassphraseError):
        slots.unlock(old)


def test_recovery_code_shape():
    code = new_recovery_code()
    assert normalise_recovery_code(code) == code
    assert len(code) == 29
    assert not set(code) & set("01OIL")
    assert normalise_recovery_code("not a code") is None


@pytest.mark.parametrize("password", ["short", "12345678901", "aaaaaaaaaa"])
def test_weak_passwords_refused(password):
    with pytest.raises(ValidationError):
        check_password_rules(password)
