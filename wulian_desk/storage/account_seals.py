"""Account seals: each account row of this station signed with the station's accounts key, so a
role raised or an account added with raw SQL is refused at login and named by `check`.

Anyone with a password holds the data key and can edit the database, the `account` table
included. The accounts key (Ed25519) is not in the database: its private half is granted only to
the station heads' key slots and the recovery slot (storage/keyslots.py), so a worker never
holds it. Its public half is kept in keyslots.json, pinned in the journal's local anchor and sent
in every bundle's manifest, where the county notices it changing.

What a seal covers: the fields that decide who may log in and what they may do (id, station,
user name, role, disabled, deleted). Names shown on screen are not sealed. The seal is a column of
the row itself, so it travels with the row to the station's other computers (which share the
accounts key, being restored from this one's backup) and to the county.
"""

from __future__ import annotations

import base64
import json

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from wulian_desk.core.models import Account

FORMAT = 1


def new_key() -> tuple[bytes, str]:
    """A new accounts key: its private half (raw) and its public half (base64)."""
    private = Ed25519PrivateKey.generate()
    return private.private_bytes_raw(), public_of(private.private_bytes_raw())


def public_of(private: bytes) -> str:
    public = Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
    return base64.b64encode(public).decode("ascii")


def public_hex(public_b64: str) -> str:
    return base64.b64decode(public_b64).hex() if public_b64 else ""


def message(account: Account) -> bytes:
    fields = {
        "format": FORMAT, "id": account.id, "station": account.owner, "username": account.username,
        "role": account.role, "disabled": bool(account.disabled), "deleted": bool(account.deleted),
    }
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def seal(private: bytes, account: Account) -> Account:
    """Sign the account row as it is now (call after its last change, before the commit)."""
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(message(account))
    account.seal = base64.b64encode(signature).decode("ascii")
    return account


def holds(public_b64: str, account: Account) -> bool:
    """Whether the row carries a valid seal under the accounts key."""
    if not public_b64 or not account.seal:
        return False
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64))
        public.verify(base64.b64decode(account.seal), message(account))
    except (InvalidSignature, ValueError):
        return False
    return True
