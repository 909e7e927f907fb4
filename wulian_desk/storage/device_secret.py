"""The device secret kept in the OS keyring (Windows Credential Locker, macOS Keychain, Secret
Service). Where no keyring backend exists, the app works on passwords alone and says so at set-up.
"""

from __future__ import annotations

import base64
import os

SERVICE = "wulian-desk"


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


def get(install_id: str) -> bytes | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        value = kr.get_password(SERVICE, f"device-secret-{install_id}")
    except Exception:  # a locked or broken keyring is the same as none: passwords still work
        return None
    return base64.b64decode(value) if value else None


def get_or_create(install_id: str) -> bytes | None:
    existing = get(install_id)
    if existing is not None:
        return existing
    kr = _keyring()
    if kr is None:
        return None
    secret = os.urandom(32)
    try:
        kr.set_password(SERVICE, f"device-secret-{install_id}", base64.b64encode(secret).decode())
    except Exception:
        return None
    return secret if get(install_id) == secret else None
