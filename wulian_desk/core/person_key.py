"""The person key: one person at every station of a county, without the ID number leaving them.

A station keeps a person's ID number and never sends it up (the sharing policy withholds it). It
sends instead HMAC-SHA-256 of the normalised number under the county's person secret, which
enrolment hands every station and computer of the county. The same number gives the same key at
every station, so the county can count and certify one person; without the secret the key cannot
be turned back into a number by trying the few hundred million numbers there are.

A national volunteer number (志愿者统一编号) is a public identifier by design (the 2015 national
standard made it so that ID numbers need not be), so it travels as it is and is the second key.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

from wulian_desk.core.identity import check_digit

SECRET_BYTES = 32
KEY_LENGTH = 64  # hex digits of HMAC-SHA-256


def normalise_id_number(id_type: str, number: str | None) -> str | None:
    """The number as the key is computed over, or None when there is nothing to match on.

    Full-width characters and spaces go, letters are upper-cased; a 15-digit resident number of
    the first generation becomes the 18-digit number it was replaced by, so either matches.
    Documents other than the resident ID are prefixed by their type: a passport number and a
    resident number never collide.
    """
    text = unicodedata.normalize("NFKC", number or "").upper()
    text = "".join(text.split())
    if not text:
        return None
    if id_type in ("", "resident_id"):
        if len(text) == 15 and text.isdigit():
            first17 = text[:6] + "19" + text[6:]
            text = first17 + check_digit(first17)
        return text
    return f"{id_type}:{text}"


def person_key(secret: bytes, id_type: str, number: str | None) -> str | None:
    """The person key of this document number under the county's secret (None without a number)."""
    normal = normalise_id_number(id_type, number)
    if normal is None:
        return None
    return hmac.new(secret, f"id:{normal}".encode(), hashlib.sha256).hexdigest()


def is_person_key(value: object) -> bool:
    """A well-formed key as it travels in a bundle: 64 lower-case hex digits."""
    return isinstance(value, str) and len(value) == KEY_LENGTH and all(c in "0123456789abcdef" for c in value)
