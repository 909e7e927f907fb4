"""The device secret kept in the OS keyring (Windows Credential Locker, macOS Keychain, Secret
Service). Where no keyring backend exists, the app works on passwords alone and says so at set-up.

A keyring is one OS user's. A station that every Windows user of an office PC shares (its data
folder named for the machine) needs the secret where every user of that PC, and no other PC, can
read it: a copy protected by Windows DPAPI in machine scope, in the machine's config folder
(`share_with_machine`). Reading tries the user's keyring first, then that copy.

A keyring can also be there but locked (the login keyring not unlocked, a denied prompt): that is
not the same as none. Reading through it would fail as if the folder had been copied here, and
writing new slots without the secret would quietly make them weaker, so a locked keyring is
reported as such (KeyringLockedError) and the caller decides.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from wulian_desk.core.errors import KeyringLockedError
from wulian_desk.core.texts import translate
from wulian_desk.storage import machine_protection
from wulian_desk.storage.atomic import write_atomic

SERVICE = "wulian-desk"

LOCKED_MESSAGE = translate("storage.device_secret", "系统密钥环已锁定，读不到本站点的设备密钥。请先解锁系统密钥环（登录系统账户，或在密钥环提示中输入系统密码）后再试；也可以用恢复码解锁。")


def _keyring():
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:  # pragma: no cover - keyring is a declared dependency
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    # A chainer with no usable backends behaves like the fail backend.
    if getattr(backend, "backends", None) == []:
        return None
    return keyring


def available() -> bool:
    return _keyring() is not None


def _entry(install_id: str) -> str:
    return f"device-secret-{install_id}"


def get(install_id: str) -> bytes | None:
    """The device secret, or None where there is no keyring, it holds none for this station, or
    it will not answer (for uses that fall back to something else)."""
    try:
        return read(install_id)
    except KeyringLockedError:
        return None


def read(install_id: str) -> bytes | None:
    """The device secret, or None where neither the keyring nor the machine holds one for this
    station.

    Raises KeyringLockedError when a keyring exists but will not answer (and the machine holds no
    copy).
    """
    kr = _keyring()
    try:
        value = kr.get_password(SERVICE, _entry(install_id)) if kr is not None else None
    except Exception as exc:  # locked, access denied, its daemon gone: all say "not now"
        shared = _read_machine_copy(install_id)
        if shared is not None:
            return shared
        raise KeyringLockedError(LOCKED_MESSAGE) from exc
    return base64.b64decode(value) if value else _read_machine_copy(install_id)


# -- the machine's copy, for a station every user of the PC shares ----------------------------------


def machine_store_available() -> bool:
    return os.name == "nt"


def _machine_copy(install_id: str) -> Path:
    from wulian_desk.paths import machine_config_dir

    return machine_config_dir() / f"device-secret-{install_id}.dpapi"


def _read_machine_copy(install_id: str) -> bytes | None:
    if not machine_store_available():
        return None
    try:
        return machine_protection.unprotect(_machine_copy(install_id).read_bytes())
    except (OSError, ValueError):
        return None


def share_with_machine(install_id: str) -> bool:
    """Give every user of this PC the station's device secret (DPAPI, machine scope). True when
    they have it, or when there is none to give (the station works on passwords alone); False
    where this system has no machine store (only Windows has)."""
    secret = read(install_id)
    if secret is None:
        return True
    if not machine_store_available():
        return False
    target = _machine_copy(install_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, machine_protection.protect(secret))
    return _read_machine_copy(install_id) == secret


def get_or_create(install_id: str) -> bytes | None:
    """The device secret, made and kept if the keyring has none yet; None where there is no
    keyring. Raises KeyringLockedError when the keyring exists but cannot be read or written."""
    existing = read(install_id)
    if existing is not None:
        return existing
    kr = _keyring()
    if kr is None:
        return None
    secret = os.urandom(32)
    try:
        kr.set_password(SERVICE, _entry(install_id), base64.b64encode(secret).decode())
    except Exception as exc:
        raise KeyringLockedError(LOCKED_MESSAGE) from exc
    if read(install_id) != secret:  # a keyring that accepts writes and forgets them
        raise KeyringLockedError(LOCKED_MESSAGE)
    return secret
