"""The device secret kept in the OS keyring (Windows Credential Locker, macOS Keychain, Secret
Service). Where no keyring backend exists, the app works on passwords alone and says so at set-up.

A keyring can also be there but locked (the login keyring not unlocked, a denied prompt): that is
not the same as none. Reading through it would fail as if the folder had been copied here, and
writing new slots without the secret would quietly make them weaker, so a locked keyring is
reported as such (KeyringLockedError) and the caller decides.
"""

from __future__ import annotations

import base64
import os

from wulian_desk.core.errors import KeyringLockedError

SERVICE = "wulian-desk"

LOCKED_MESSAGE = (
    "系统密钥环已锁定，读不到本站点的设备密钥。请先解锁系统密钥环（登录系统账户，"
    "或在密钥环提示中输入系统密码）后再试；也可以用恢复码解锁。",
    "The OS keyring is locked, so the station's device secret cannot be read. Unlock the keyring "
    "(log in to the OS account or answer the keyring prompt) and try again, or use the recovery code.",
)


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
    """The device secret, or None where there is no keyring or it holds none for this station.

    Raises KeyringLockedError when a keyring exists but will not answer.
    """
    kr = _keyring()
    if kr is None:
        return None
    try:
        value = kr.get_password(SERVICE, _entry(install_id))
    except Exception as exc:  # locked, access denied, its daemon gone: all say "not now"
        raise KeyringLockedError(*LOCKED_MESSAGE) from exc
    return base64.b64decode(value) if value else None


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
        raise KeyringLockedError(*LOCKED_MESSAGE) from exc
    if read(install_id) != secret:  # a keyring that accepts writes and forgets them
        raise KeyringLockedError(*LOCKED_MESSAGE)
    return secret
