"""The cryptography inside a key slot, apart from the slots file that holds it: the data key
wrapped (AES-256-GCM) under a key stretched from a secret with Argon2id, the X25519 box key each
slot derives alongside, and the accounts key sealed to a box key (a grant). Nothing here reads
or writes a file; storage/keyslots.py decides which slot gets what.
"""

from __future__ import annotations

import os
from typing import NamedTuple

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA_KEY_BYTES = 32
# A grant: the ephemeral X25519 public key (32 bytes), the nonce (12), then the ciphertext.
_GRANT_HEAD = 44


class SealedKey(NamedTuple):
    """A data key wrapped for one slot, with what opening it needs besides the secret."""

    salt: bytes
    nonce: bytes
    wrapped: bytes
    box_public: bytes


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def derive_slot_keys(secret: bytes, salt: bytes, kdf: dict, extra: bytes | None, aad: bytes) -> tuple[bytes, bytes]:
    """The slot's key-encryption key and its box private key, from one Argon2id run."""
    stretched = Argon2id(
        salt=salt,
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(secret)
    material = stretched + (extra or b"")
    kek = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=aad).derive(material)
    box = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=aad + b"/box").derive(material)
    return kek, box


def box_public_of(box_private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(box_private).public_key().public_bytes_raw()


def seal_data_key(data_key: bytes, *, secret: bytes, extra: bytes | None, aad: bytes, kdf: dict) -> SealedKey:
    salt, nonce = os.urandom(16), os.urandom(12)
    kek, box = derive_slot_keys(secret, salt, kdf, extra, aad)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, aad)
    return SealedKey(salt, nonce, wrapped, box_public_of(box))


def open_data_key(*, salt: bytes, nonce: bytes, wrapped: bytes, kdf: dict, secret: bytes, extra: bytes | None,
                  aad: bytes) -> tuple[bytes, bytes] | None:
    """The data key and the slot's box private key, or None for a wrong secret."""
    kek, box = derive_slot_keys(secret, salt, kdf, extra, aad)
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad), box
    except InvalidTag:
        return None


def _grant_key(shared: bytes, ephemeral_public: bytes, box_public: bytes, aad: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + box_public, info=aad).derive(shared)


def seal_to_box(box_public: bytes, secret: bytes, aad: bytes) -> bytes:
    """`secret` encrypted to a slot's box key, through a one-off X25519 key of our own."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(box_public))
    nonce = os.urandom(12)
    key = _grant_key(shared, ephemeral_public, box_public, aad)
    return ephemeral_public + nonce + AESGCM(key).encrypt(nonce, secret, aad)


def open_from_box(sealed: bytes, *, box_private: bytes, box_public: bytes, aad: bytes) -> bytes | None:
    """What `seal_to_box` sealed, opened with the box's private key; None if it does not open."""
    if len(sealed) < _GRANT_HEAD or not box_private:
        return None
    ephemeral_public, nonce, ciphertext = sealed[:32], sealed[32:_GRANT_HEAD], sealed[_GRANT_HEAD:]
    try:
        shared = X25519PrivateKey.from_private_bytes(box_private).exchange(
            X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _grant_key(shared, ephemeral_public, box_public, aad)
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError):
        return None
