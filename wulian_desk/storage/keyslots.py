"""Key slots: the random data key of the database, wrapped once per staff account and once for
the recovery code.

A slot holds the data key encrypted (AES-256-GCM) under a key derived from a secret with
Argon2id. Account slots also mix in a device secret kept in the OS keyring, where there is one,
so a copied data folder cannot be opened on another machine with a password alone; the recovery
slot never does, so the recovery code opens a backup anywhere. The slots file holds no secret in
plaintext: salts, KDF parameters, nonces, ciphertexts and a keyed hash of each user name.
The cryptography of one slot is in storage/slot_crypto.py; this module keeps the file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wulian_desk.core.errors import (
    AccountDisabledError,
    CorruptDatabaseError,
    ValidationError,
    WrongPassphraseError,
)
from wulian_desk.core.texts import translate
from wulian_desk.storage import device_secret
from wulian_desk.storage.atomic import write_atomic
from wulian_desk.storage.file_lock import exclusive

# box_public_of and new_data_key are named here too, where callers have always found them.
from wulian_desk.storage.slot_crypto import box_public_of as box_public_of
from wulian_desk.storage.slot_crypto import new_data_key as new_data_key
from wulian_desk.storage.slot_crypto import (
    open_data_key,
    open_from_box,
    seal_data_key,
    seal_to_box,
)

SLOTS_FILE = "keyslots.json"
# Every write of the slots file holds this lock and re-reads the file under it: two processes
# adding accounts at once must not each write back a copy that lacks the other's slot.
LOCK_FILE = "keyslots.json.lock"
FORMAT = 1

# Argon2id as RFC 9106's second recommended option (64 MiB, 3 passes): about 0.2 s on an office PC.
DEFAULT_KDF = {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}

# Recovery codes: 6 groups of 4 from an alphabet without 0/O, 1/I/L: 24 x 5 bits = 120 bits.
_RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_RECOVERY_RE = re.compile(r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){5}$")

MIN_PASSWORD_LEN = 8


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def new_recovery_code() -> str:
    chars = [secrets.choice(_RECOVERY_ALPHABET) for _ in range(24)]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, 24, 4))


def normalise_recovery_code(text: str) -> str | None:
    """The code in canonical form if `text` looks like one (any case, spaces or no dashes)."""
    letters = re.sub(r"[\s-]", "", text.upper())
    if len(letters) != 24:
        return None
    code = "-".join(letters[i : i + 4] for i in range(0, 24, 4))
    return code if _RECOVERY_RE.match(code) else None


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LEN:
        raise ValidationError(
            translate("storage.keyslots", "密码至少需要 {min_password_len} 个字符。").format(min_password_len=MIN_PASSWORD_LEN),
            field="password",
        )
    if password.isdigit() or len(set(password)) < 4:
        raise ValidationError(
            translate("storage.keyslots", "密码过于简单：请混合使用字母、数字或符号。"),
            field="password",
        )


@dataclass
class Slot:
    kind: str  # "account" or "recovery"
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: dict
    account_id: str = ""
    user_tag: str = ""
    uses_device_secret: bool = False
    box_public: bytes = b""  # X25519; empty in slots made before accounts keys existed
    grant: bytes = b""  # the accounts key encrypted to box_public (heads and recovery only)

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "account_id": self.account_id,
            "user_tag": self.user_tag,
            "uses_device_secret": self.uses_device_secret,
            "kdf": self.kdf,
            "salt": b64(self.salt),
            "nonce": b64(self.nonce),
            "wrapped": b64(self.wrapped),
            "box_public": b64(self.box_public),
            "grant": b64(self.grant),
        }

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        return cls(
            kind=data["kind"],
            account_id=data.get("account_id", ""),
            user_tag=data.get("user_tag", ""),
            uses_device_secret=bool(data.get("uses_device_secret")),
            kdf=dict(data["kdf"]),
            salt=unb64(data["salt"]),
            nonce=unb64(data["nonce"]),
            wrapped=unb64(data["wrapped"]),
            box_public=unb64(data.get("box_public", "")),
            grant=unb64(data.get("grant", "")),
        )

    def same_as(self, other: Slot) -> bool:
        """The same sealing (not a newer slot of the same account)."""
        return self.kind == other.kind and self.account_id == other.account_id and self.salt == other.salt


@dataclass
class KeySlots:
    """The slots of one installation; `install_id` names its device secret in the keyring."""

    install_id: str
    tag_salt: bytes
    slots: list[Slot] = field(default_factory=list)
    # The public half of the station's accounts key (Ed25519, base64); "" before one was made.
    accounts_key: str = ""

    # -- reading and writing ---------------------------------------------------------------

    @classmethod
    def new(cls) -> KeySlots:
        return cls(install_id=secrets.token_hex(16), tag_salt=os.urandom(16))

    @classmethod
    def load(cls, folder: Path) -> KeySlots:
        return cls.from_bytes((folder / SLOTS_FILE).read_bytes())

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')}")
            return cls(
                install_id=data["install_id"],
                tag_salt=unb64(data["tag_salt"]),
                slots=[Slot.from_json(s) for s in data["slots"]],
                accounts_key=str(data.get("accounts_key", "")),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise CorruptDatabaseError(
                translate("storage.keyslots", "密钥槽文件已损坏，无法读取（{exc}）。请从备份恢复。").format(exc=exc),
            ) from exc

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "install_id": self.install_id,
            "tag_salt": b64(self.tag_salt),
            "slots": [s.to_json() for s in self.slots],
            "accounts_key": self.accounts_key,
        }
        return json.dumps(data, indent=1).encode("utf-8")

    def save(self, folder: Path) -> None:
        """Replace the whole file with these slots (set-up, restore); changes to single slots go
        through `update`, which starts from the file as it is now."""
        with exclusive(Path(folder) / LOCK_FILE):
            write_atomic(Path(folder) / SLOTS_FILE, self.to_bytes())

    @classmethod
    def update(cls, folder: Path, change: Callable[[KeySlots], None]) -> KeySlots:
        """Apply `change` to the slots as they are on disk, under the lock, and write them back;
        returns the slots as written."""
        folder = Path(folder)
        with exclusive(folder / LOCK_FILE):
            slots = cls.load(folder)
            change(slots)
            write_atomic(folder / SLOTS_FILE, slots.to_bytes())
        return slots

    # -- slots -----------------------------------------------------------------------------

    def user_tag(self, username: str) -> str:
        return hmac.new(self.tag_salt, username.casefold().encode(), hashlib.sha256).hexdigest()

    def add_account(
        self, data_key: bytes, *, account_id: str, username: str, password: str, kdf: dict | None = None
    ) -> None:
        self.put_account_slot(
            self.seal_account(data_key, account_id=account_id, username=username, password=password, kdf=kdf)
        )

    def seal_account(
        self, data_key: bytes, *, account_id: str, username: str, password: str, kdf: dict | None = None
    ) -> Slot:
        """A new slot for the account, not yet in this set (the slow part, kept out of the lock).

        A locked keyring raises KeyringLockedError rather than making a slot without the device
        secret: that slot would open the station from a copied folder with the password alone.
        """
        secret = device_secret.get_or_create(self.install_id)
        slot = _seal(
            data_key,
            kind="account",
            secret=password.encode(),
            extra=secret,
            aad=self._aad("account", account_id),
            kdf=kdf or DEFAULT_KDF,
        )
        slot.account_id = account_id
        slot.user_tag = self.user_tag(username)
        slot.uses_device_secret = secret is not None
        return slot

    def put_account_slot(self, slot: Slot) -> None:
        """Put a sealed slot in place of the account's slot or disabled marker."""
        self.slots = [s for s in self.slots if s.account_id != slot.account_id] + [slot]

    def set_recovery(self, data_key: bytes, code: str, kdf: dict | None = None) -> None:
        slot = _seal(
            data_key,
            kind="recovery",
            secret=code.encode(),
            extra=None,
            aad=self._aad("recovery", ""),
            kdf=kdf or DEFAULT_KDF,
        )
        self.slots = [s for s in self.slots if s.kind != "recovery"] + [slot]

    def remove_account(self, account_id: str) -> None:
        self.slots = [s for s in self.slots if s.account_id != account_id]

    def disable_account(self, account_id: str, username: str) -> None:
        """Remove the account's wrapped key, leaving a marker so a login can say "disabled"."""
        marker = Slot(kind="disabled", salt=b"", nonce=b"", wrapped=b"", kdf={},
                      account_id=account_id, user_tag=self.user_tag(username))
        self.slots = [s for s in self.slots if s.account_id != account_id] + [marker]

    def refuse_if_disabled(self, username: str) -> None:
        tag = self.user_tag(username)
        mine = [s for s in self.slots if hmac.compare_digest(s.user_tag, tag)]
        if mine and all(s.kind == "disabled" for s in mine):
            raise AccountDisabledError(
                translate("storage.keyslots", "该账号已停用，不能登录。如需恢复使用，请找站长重设密码。"),
            )

    def has_account(self, account_id: str) -> bool:
        return any(s.kind == "account" and s.account_id == account_id for s in self.slots)

    def account_slot_kinds(self) -> dict[str, str]:
        """{account id: "account" or "disabled"} for every account with a slot or a marker."""
        return {s.account_id: s.kind for s in self.slots if s.kind in ("account", "disabled")}

    def unlock(self, passphrase: str, *, username: str | None = None) -> tuple[bytes, str | None]:
        """The data key and the account id it was unlocked for (None for the recovery code)."""
        key, slot, _box = self.open_slot(passphrase, username=username)
        return key, (slot.account_id or None)

    def open_slot(self, passphrase: str, *, username: str | None = None) -> tuple[bytes, Slot, bytes]:
        """The data key, the slot that opened it, and that slot's box private key.

        A recovery code is recognised by its shape; otherwise the passphrase is tried against the
        named user's slot, or every account slot when no user is named (headless commands).
        """
        code = normalise_recovery_code(passphrase)
        if code is not None:
            candidates = [s for s in self.slots if s.kind == "recovery"]
            secret = code.encode()
        else:
            candidates = [s for s in self.slots if s.kind == "account"]
            if username:
                self.refuse_if_disabled(username)
                tag = self.user_tag(username)
                candidates = [s for s in candidates if hmac.compare_digest(s.user_tag, tag)]
            secret = passphrase.encode()
        moved = False
        for slot in candidates:
            extra = None
            if slot.uses_device_secret:
                extra = device_secret.read(self.install_id)
                if extra is None:
                    moved = True
                    continue
            aad = self._aad(slot.kind, slot.account_id)
            opened = _open(slot, secret=secret, extra=extra, aad=aad)
            if opened is not None:
                return opened[0], slot, opened[1]
        if moved:
            raise WrongPassphraseError(
                translate("storage.keyslots", "这台电脑的系统密钥环中没有本站点的设备密钥（数据文件夹可能是从别处复制来的）。请用恢复码解锁。"),
            )
        raise WrongPassphraseError(
            translate("storage.keyslots", "用户名或密码不正确。")
        )

    # -- the accounts key -------------------------------------------------------------------

    def slot_for(self, kind: str, account_id: str = "") -> Slot | None:
        return next((s for s in self.slots if s.kind == kind and s.account_id == account_id), None)

    def grant_to(self, slot: Slot, accounts_private: bytes) -> None:
        """Encrypt the accounts key to the slot's box key (no-op for a slot without one)."""
        if not slot.box_public:
            return
        slot.grant = seal_to_box(slot.box_public, accounts_private, self._grant_aad(slot))

    def open_grant(self, slot: Slot, box_private: bytes) -> bytes | None:
        """The accounts key the slot was granted, opened with its box key; None without one."""
        return open_from_box(slot.grant, box_private=box_private, box_public=slot.box_public,
                             aad=self._grant_aad(slot))

    def _grant_aad(self, slot: Slot) -> bytes:
        return (f"wulian-desk accounts-key-grant/{FORMAT}/{self.install_id}/{slot.kind}/{slot.account_id}/"
                f"{self.accounts_key}").encode()

    def _aad(self, kind: str, account_id: str) -> bytes:
        # Binding each slot to its installation and owner stops slots being swapped between files.
        return f"wulian-desk keyslot/{FORMAT}/{self.install_id}/{kind}/{account_id}".encode()



def _seal(data_key: bytes, *, kind: str, secret: bytes, extra: bytes | None, aad: bytes, kdf: dict) -> Slot:
    sealed = seal_data_key(data_key, secret=secret, extra=extra, aad=aad, kdf=kdf)
    return Slot(kind=kind, salt=sealed.salt, nonce=sealed.nonce, wrapped=sealed.wrapped, kdf=dict(kdf),
                box_public=sealed.box_public)


def _open(slot: Slot, *, secret: bytes, extra: bytes | None, aad: bytes) -> tuple[bytes, bytes] | None:
    """The data key and the slot's box private key, or None for a wrong secret."""
    return open_data_key(salt=slot.salt, nonce=slot.nonce, wrapped=slot.wrapped, kdf=slot.kdf, secret=secret,
                         extra=extra, aad=aad)
