"""An installation's two key pairs: Ed25519 to sign what it sends, age (X25519) to receive what is
sent to it. The private halves live in the encrypted database (`sync_identity`); the public halves
travel in enrolment files and have a short fingerprint people can read out on the phone.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate

_RAW = serialization.Encoding.Raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(sign_public: str, age_recipient: str) -> str:
    """16 letters and digits in four groups (RFC 4648 base32, no look-alike ambiguity in Chinese
    phone calls): the SHA-256 of both public keys, so a swapped age key shows as well."""
    digest = hashlib.sha256(unb64(sign_public) + b"\n" + age_recipient.encode("ascii")).digest()
    letters = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(letters[i : i + 4] for i in range(0, 16, 4))


def normalise_fingerprint(text: str) -> str:
    letters = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


@dataclass(frozen=True)
class PublicKeys:
    sign_public: str  # base64 of the 32 raw bytes
    age_recipient: str  # age1...

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.age_recipient)

    @property
    def sign_pem(self) -> str:
        key = Ed25519PublicKey.from_public_bytes(unb64(self.sign_public))
        return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(unb64(self.sign_public)).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True

    def recipient(self) -> pyrage.x25519.Recipient:
        return pyrage.x25519.Recipient.from_str(self.age_recipient)

    @classmethod
    def checked(cls, sign_public: object, age_recipient: object) -> PublicKeys:
        """Keys read from a file: refuse anything that is not a well-formed key."""
        try:
            if not isinstance(sign_public, str) or not isinstance(age_recipient, str):
                raise ValueError
            Ed25519PublicKey.from_public_bytes(unb64(sign_public))
            pyrage.x25519.Recipient.from_str(age_recipient)
        except (ValueError, pyrage.RecipientError) as err:
            raise ValidationError(translate("sync.identity", "文件中的公钥格式不对。")) from err
        return cls(sign_public, age_recipient)


@dataclass(frozen=True)
class Identity:
    sign_private: str  # base64 of the 32 raw bytes
    age_identity: str  # AGE-SECRET-KEY-1...

    @classmethod
    def generate(cls) -> Identity:
        seed = Ed25519PrivateKey.generate().private_bytes(
            _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        return cls(b64(seed), str(pyrage.x25519.Identity.generate()))

    def _signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(unb64(self.sign_private))

    @property
    def public(self) -> PublicKeys:
        sign_public = self._signing_key().public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
        age_recipient = str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())
        return PublicKeys(b64(sign_public), age_recipient)

    def sign(self, data: bytes) -> bytes:
        return self._signing_key().sign(data)

    def age(self) -> pyrage.x25519.Identity:
        return pyrage.x25519.Identity.from_str(self.age_identity)

    def sign_private_pem(self) -> str:
        return self._signing_key().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()


def seal_to(recipient: PublicKeys, data: bytes) -> str:
    """`data` encrypted with age to one recipient, as base64 text to carry in a signed file that
    is not itself encrypted (the enrolment reply)."""
    return b64(pyrage.encrypt(data, [recipient.recipient()]))


def unseal(identity: Identity, sealed: str) -> bytes:
    """The data `seal_to` encrypted to this identity; a ValueError for anything else."""
    try:
        return pyrage.decrypt(unb64(sealed), [identity.age()])
    except (pyrage.DecryptError, ValueError) as err:
        raise ValueError("not sealed to this identity") from err
