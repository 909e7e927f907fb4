"""The verification code of a volunteer certificate (志愿服务记录证明), as printed and in its QR.

A code is the certificate's number, then a body in RFC 4648 base32 (no padding) in groups of four,
then one check character:

    ZM2026-000012-AEQK-7DXB-...-Q

The body is binary, version 1:

    byte  0       version (1) and the subject's kind: 0x10 person key, 0x11 volunteer id
    bytes 1-4     key id: the first 4 bytes of SHA-256 of the issuer's raw Ed25519 public key
    bytes 5-12    subject: the first 8 bytes of the person key (hex decoded), or of SHA-256 of
                  "volunteer:" + the volunteer id when the volunteer has no person key
    bytes 13-15   total minutes, big-endian
    bytes 16-17   the period's first day, days since 1900-01-01
    bytes 18-19   the period's length in days (last day minus first day)
    bytes 20-21   the issue date, days after the period's last day
    byte  22      n, the length of the masked name in UTF-8 bytes (at most 36)
    n bytes       the masked name (王*兰)
    64 bytes      Ed25519 signature

The signature covers `signed_message`: the issuer's device id (which the verifier knows from the
key id), the number, the subject, minutes, period, issue date and masked name. The check character
is Luhn mod 36 over the number's letters and digits and the body, so any single mistyped character
(and most swaps of two neighbours) is caught as a typing error before the signature is checked.

Codes of the first format (number, then 16 base32 letters of a local HMAC) are recognised by
`parse` as `legacy` so the computer that issued them can still check them.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

VERSION = 1
_KIND_PERSON, _KIND_VOLUNTEER = 0x10, 0x11
_EPOCH = date(1900, 1, 1)  # the earliest date the app accepts; two bytes reach 2079
_SIG = 64
_HEAD = 23
MAX_NAME_BYTES = 36
_LUHN = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
NUMBER = r"ZM\d{4}-(?:[A-Z]{1,6}-)?\d{6}"
_CODE = re.compile(rf"^({NUMBER})-?([A-Z0-9-]+)$")


class CodeError(ValueError):
    """A code that cannot be read: `reason` is "format" (not a code at all) or "typing" (the
    check character does not match: a character was mistyped)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CertificateClaim:
    """What a code states, signed by its issuer."""

    number: str
    subject: str  # "person:<16 hex>" or "volunteer:<16 hex>"
    minutes: int
    period_from: date
    period_to: date
    issued_on: date
    masked_name: str

    def signed_message(self, device_id: str) -> bytes:
        fields = ("WULIAN-CERTIFICATE/1", device_id, self.number, self.subject, str(self.minutes),
                  self.period_from.isoformat(), self.period_to.isoformat(), self.issued_on.isoformat(),
                  self.masked_name)
        return "\n".join(fields).encode("utf-8")


@dataclass(frozen=True)
class ParsedCode:
    number: str
    legacy: str | None  # the 16 letters of an old, locally checked code; else None
    key_id: bytes = b""
    claim: CertificateClaim | None = None
    signature: bytes = b""


def key_id(sign_public_raw: bytes) -> bytes:
    return hashlib.sha256(sign_public_raw).digest()[:4]


def subject_of(person_key: str | None, volunteer_id: str) -> str:
    if person_key:
        return "person:" + person_key[:16].lower()
    return "volunteer:" + hashlib.sha256(f"volunteer:{volunteer_id}".encode()).hexdigest()[:16]


def normalise(code: str) -> str:
    return "".join((code or "").split()).upper()


def luhn_char(text: str) -> str:
    """Luhn mod 36 check character of `text` (letters and digits)."""
    n, factor, total = len(_LUHN), 2, 0
    for ch in reversed(text):
        value = _LUHN.index(ch) * factor
        total += value // n + value % n
        factor = 1 if factor == 2 else 2
    return _LUHN[(n - total % n) % n]


def _checked_text(number: str, body: str) -> str:
    return "".join(ch for ch in number if ch.isalnum()) + body


def encode(claim: CertificateClaim, issuer_key_id: bytes, signature: bytes) -> str:
    """The code as printed: the number, the body in groups of four, the check character."""
    name = claim.masked_name.encode("utf-8")[:MAX_NAME_BYTES]
    kind, raw_subject = claim.subject.split(":", 1)
    days = (claim.period_from - _EPOCH).days
    length, after = (claim.period_to - claim.period_from).days, (claim.issued_on - claim.period_to).days
    if not (0 <= days < 65536 and 0 <= length < 65536 and 0 <= after < 65536 and 0 <= claim.minutes < 2**24):
        raise ValueError("certificate figures out of range")
    data = (bytes([_KIND_PERSON if kind == "person" else _KIND_VOLUNTEER]) + issuer_key_id
            + bytes.fromhex(raw_subject) + claim.minutes.to_bytes(3, "big") + days.to_bytes(2, "big")
            + length.to_bytes(2, "big") + after.to_bytes(2, "big") + bytes([len(name)]) + name + signature)
    body = base64.b32encode(data).decode("ascii").rstrip("=")
    body += luhn_char(_checked_text(claim.number, body))
    return claim.number + "-" + "-".join(body[i:i + 4] for i in range(0, len(body), 4))


def parse(code: str) -> ParsedCode:
    """Read a code as typed (any case, spaces, hyphens); raises CodeError."""
    text = normalise(code)
    match = _CODE.match(text)
    if match is None:  # as long as a code: a mistyped number rather than something else
        raise CodeError("typing" if len(text) >= 100 else "format")
    number, rest = match.group(1), match.group(2)
    if re.fullmatch(r"[A-Z2-7]{16}", rest):
        return ParsedCode(number, legacy=rest)
    rest = rest.replace("-", "")
    if len(rest) < 2 or any(ch not in _B32 for ch in rest[:-1]):
        raise CodeError("typing" if len(rest) > 100 else "format")
    body, check = rest[:-1], rest[-1]
    if luhn_char(_checked_text(number, body)) != check:
        raise CodeError("typing")
    try:
        data = base64.b32decode(body + "=" * (-len(body) % 8))
    except ValueError as err:
        raise CodeError("typing") from err
    return _unpack(number, data)


def _unpack(number: str, data: bytes) -> ParsedCode:
    if len(data) < _HEAD + _SIG or data[0] not in (_KIND_PERSON, _KIND_VOLUNTEER):
        raise CodeError("format")
    size = data[22]
    if len(data) != _HEAD + size + _SIG:
        raise CodeError("format")
    try:
        name = data[_HEAD:_HEAD + size].decode("utf-8")
    except UnicodeDecodeError as err:
        raise CodeError("format") from err
    first = _EPOCH + timedelta(days=int.from_bytes(data[16:18], "big"))
    last = first + timedelta(days=int.from_bytes(data[18:20], "big"))
    kind = "person" if data[0] == _KIND_PERSON else "volunteer"
    claim = CertificateClaim(number, f"{kind}:{data[5:13].hex()}", int.from_bytes(data[13:16], "big"), first, last,
                             last + timedelta(days=int.from_bytes(data[20:22], "big")), name)
    return ParsedCode(number, None, data[1:5], claim, data[_HEAD + size:])
