"""Key slots: the random data key of the database, wrapped once per staff account and once for
the recovery code.

A slot holds the data key encrypted (AES-256-GCM) under a key derived from a secret with
Argon2id. Account slots also mix in a device secret kept in the OS keyring, where there is one,
so a copied data folder cannot be opened on another machine with a password alone; the recovery
slot never does, so the recovery code opens a backup anywhere. The slots file holds no secret in
plaintext: salts, KDF parameters, nonces, ciphertexts and a keyed hash of each user name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wulian_desk.core.errors import (
    AccountDisabledError,
    CorruptDatabaseError,
    ValidationError,
    WrongPassphraseError,
)
from wulian_desk.storage import device_secret
from wulian_desk.storage.atomic import write_atomic

SLOTS_FILE = "keyslots.json"
FORMAT = 1
DATA_KEY_BYTES = 32

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
            f"密码至少需要 {MIN_PASSWORD_LEN} 个字符。",
            f"The password needs at least {MIN_PASSWORD_LEN} characters.",
            field="password",
        )
    if password.isdigit() or len(set(password)) < 4:
        raise ValidationError(
            "密码过于简单：请混合使用字母、数字或符号。",
            "The password is too simple: mix letters, digits or symbols.",
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
        )


@dataclass
class KeySlots:
    """The slots of one installation; `install_id` names its device secret in the keyring."""

    install_id: str
    tag_salt: bytes
    slots: list[Slot] = field(default_factory=list)

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
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise CorruptDatabaseError(
                f"密钥槽文件已损坏，无法读取（{exc}）。请从备份恢复。",
                f"The key slot file is damaged ({exc}); restore from a backup.",
            ) from exc

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "install_id": self.install_id,
            "tag_salt": b64(self.tag_salt),
            "slots": [s.to_json() for s in self.slots],
        }
        return json.dumps(data, indent=1).encode("utf-8")

    def save(self, folder: Path) -> None:
        write_atomic(folder / SLOTS_FILE, self.to_bytes())

    # -- slots -----------------------------------------------------------------------------

    def user_tag(self, username: str) -> str:
        return hmac.new(self.tag_salt, username.casefold().encode(), hashlib.sha256).hexdigest()

    def add_account(
        self, data_key: bytes, *, account_id: str, username: str, password: str, kdf: dict | None = None
    ) -> None:
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
        self.slots = [s for s in self.slots if s.account_id != account_id] + [slot]

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
                "该账号已停用，不能登录。如需恢复使用，请找站长重设密码。",
                "This account is disabled. Ask the station head to reset its password.",
            )

    def has_account(self, account_id: str) -> bool:
        return any(s.kind == "account" and s.account_id == account_id for s in self.slots)

    def unlock(self, passphrase: str, *, username: str | None = None) -> tuple[bytes, str | None]:
        """The data key and the account id it was unlocked for (None for the recovery code).

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
                extra = device_secret.get(self.install_id)
                if extra is None:
                    moved = True
                    continue
            aad = self._aad(slot.kind, slot.account_id)
            key = _open(slot, secret=secret, extra=extra, aad=aad)
            if key is not None:
                return key, (slot.account_id or None)
        if moved:
            raise WrongPassphraseError(
                "这台电脑的系统密钥环中没有本站点的设备密钥（数据文件夹可能是从别处复制来的）。"
                "请用恢复码解锁。",
                "This computer's keyring lacks the station's device secret (the data folder may "
                "have been copied here). Unlock with the recovery code.",
            )
        raise WrongPassphraseError(
            "用户名或密码不正确。", "The user name or password is not correct."
        )

    def _aad(self, kind: str, account_id: str) -> bytes:
        # Binding each slot to its installation and owner stops slots being swapped between files.
        return f"wulian-desk keyslot/{FORMAT}/{self.install_id}/{kind}/{account_id}".encode()


def _derive(secret: bytes, salt: bytes, kdf: dict, extra: bytes | None, aad: bytes) -> bytes:
    stretched = Argon2id(
        salt=salt,
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(secret)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=aad).derive(
        stretched + (extra or b"")
    )


def _seal(data_key: bytes, *, kind: str, secret: bytes, extra: bytes | None, aad: bytes, kdf: dict) -> Slot:
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _derive(secret, salt, kdf, extra, aad)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, aad)
    return Slot(kind=kind, salt=salt, nonce=nonce, wrapped=wrapped, kdf=dict(kdf))


def _open(slot: Slot, *, secret: bytes, extra: bytes | None, aad: bytes) -> bytes | None:
    kek = _derive(secret, slot.salt, slot.kdf, extra, aad)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, aad)
    except InvalidTag:
        return None


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)
