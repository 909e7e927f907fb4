"""The bundle file (docs/bundle-format.md):

    line 1  WULIAN-BUNDLE/1
    line 2  the header: one line of UTF-8 JSON
    line 3  base64 of the sender's Ed25519 signature over the exact bytes of line 2
    rest    the payload: an age file encrypted to the recipient's X25519 recipient

The header names the payload's size and SHA-256, so the signature covers every byte. Reading
follows the order the format promises: no byte of line 2 is parsed before a known sender's key
has verified it; nothing of the payload is decrypted before its size and hash match.
"""

from __future__ import annotations

import binascii
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

import pyrage

from wulian_desk.core.errors import BundleError
from wulian_desk.core.texts import Text, translate
from wulian_desk.sync import values
from wulian_desk.sync.identity import Identity, PublicKeys, b64, unb64

MAGIC = b"WULIAN-BUNDLE/1"
MAX_HEADER = 64 * 1024  # a header is a few hundred bytes; more is not ours
HEADER_FIELDS = (
    "bundle_id", "sender", "sender_station", "recipient", "recipient_station", "seq", "previous",
    "schema", "created", "payload_size", "payload_sha256", "counts",
)
# Header fields a bundle may carry or leave out: `content_size` (the gzip stream's length once
# inflated, the ceiling for inflating it) is absent from bundles written before it existed.
OPTIONAL_HEADER_FIELDS = ("content_size", "journal_head")
MAX_TABLES = 200  # far more tables than the schema has: a header's `counts` is no longer
MAX_ROWS = 100_000_000  # rows in one table of one bundle


def canonical(data: dict) -> bytes:
    """One line of JSON, the same bytes for the same content."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(header: dict, plain_payload: bytes, *, sender: Identity, recipient: PublicKeys) -> bytes:
    """The whole bundle file: `header` gets the payload's size and hash, then is signed."""
    payload = pyrage.encrypt(plain_payload, [recipient.recipient()])
    header = dict(header, payload_size=len(payload), payload_sha256=hashlib.sha256(payload).hexdigest(),
                  content_size=inflated_size(plain_payload))
    missing = set(HEADER_FIELDS) - set(header)
    if missing:
        raise ValueError(f"header lacks {sorted(missing)}")
    line2 = canonical(header)
    return MAGIC + b"\n" + line2 + b"\n" + b64(sender.sign(line2)).encode("ascii") + b"\n" + payload


@dataclass(frozen=True)
class Opened:
    """A bundle whose header a known sender signed and whose payload is whole."""

    sender_key: str  # whichever key verified it: the caller's key for the peer
    header: dict
    header_bytes: bytes
    payload: bytes  # still encrypted


def split(data: bytes) -> tuple[bytes, bytes, bytes]:
    """Lines 2 and 3 and the rest; refuses a file that is not a bundle or stops too soon."""
    first = data[: len(MAGIC) + 1]
    if first != MAGIC + b"\n":
        if MAGIC.startswith(data) or MAGIC.startswith(first):
            raise _truncated()
        raise BundleError("not_a_bundle", translate("sync.bundle", "这不是五社联动数据包（文件开头不对）。"))
    rest = data[len(MAGIC) + 1 :]
    end2 = rest.find(b"\n", 0, MAX_HEADER)
    if end2 < 0:
        if len(rest) < MAX_HEADER:
            raise _truncated()
        raise BundleError("malformed", translate("sync.bundle", "数据包头过长，不是本程序写的文件。"))
    end3 = rest.find(b"\n", end2 + 1, end2 + 1 + 200)
    if end3 < 0:
        raise _truncated()
    return rest[:end2], rest[end2 + 1 : end3], rest[end3 + 1 :]


def open_bundle(data: bytes, senders: Iterable[tuple[str, PublicKeys]], *, revoked: Iterable[tuple[str, PublicKeys]] = ()) -> Opened:
    """Verify line 3 over line 2 with each candidate sender's key; only then parse line 2, and
    check that the payload is exactly the size and hash it names."""
    line2, line3, payload = split(data)
    try:
        signature = unb64(line3.decode("ascii"))
    except (UnicodeDecodeError, binascii.Error, ValueError):
        signature = b""
    senders = list(senders)
    signer = next((key_id for key_id, keys in senders if keys.verify(signature, line2)), None)
    if signer is None:
        if any(keys.verify(signature, line2) for _, keys in revoked):
            raise BundleError("revoked_sender", translate("sync.bundle", "发送方的密钥已被吊销，数据包不予导入。"))
        raise _unverified(line2, {key_id for key_id, _ in senders})
    header = checked_header(line2)
    if len(payload) < header["payload_size"]:
        raise _truncated()
    if len(payload) != header["payload_size"] or hashlib.sha256(payload).hexdigest() != header["payload_sha256"]:
        raise _tampered()
    return Opened(signer, header, line2, payload)


def inflated_size(gzip_stream: bytes) -> int:
    """The length of a one-member gzip stream once inflated, from its trailer (ISIZE)."""
    return int.from_bytes(gzip_stream[-4:], "little")


def checked_header(line2: bytes) -> dict:
    """The signed header, every field of the kind the importer uses: nothing later compares,
    sizes or stores a value this did not check."""
    try:
        header = values.loads(line2.decode("utf-8"))
    except ValueError as err:  # UnicodeDecodeError included
        raise _bad_header(translate("sync.bundle", "不是有效的 JSON")) from err
    if not isinstance(header, dict):
        raise _bad_header(translate("sync.bundle", "不是对象"))
    missing = set(HEADER_FIELDS) - set(header)
    if missing:
        raise BundleError("malformed", translate("sync.bundle", "数据包头缺少必要字段。"))
    unknown = set(header) - set(HEADER_FIELDS) - set(OPTIONAL_HEADER_FIELDS)
    if unknown:
        raise _bad_header(translate("sync.bundle", "有未知字段 {field}").format(field=sorted(unknown)[0][:40]))
    for key in ("bundle_id", "sender", "recipient"):
        if not values.is_id(header[key]):
            raise _bad_header(key)
    for key in ("sender_station", "recipient_station", "previous"):
        if header[key] is not None and not values.is_id(header[key]):
            raise _bad_header(key)
    checks = {
        "seq": values.is_int(header["seq"], 1, values.MAX_SEQ),
        "schema": isinstance(header["schema"], str) and len(header["schema"]) == 4 and header["schema"].isascii()
        and header["schema"].isdigit(),
        "created": values.is_iso_time(header["created"]),
        "payload_size": values.is_int(header["payload_size"], 0),
        "payload_sha256": values.is_hex64(header["payload_sha256"]),
        "counts": is_counts(header["counts"]),
        "content_size": values.is_int(header.get("content_size", 0), 0),
        "journal_head": "journal_head" not in header or is_journal_head(header["journal_head"]),
    }
    wrong = next((key for key, ok in checks.items() if not ok), None)
    if wrong is not None:
        raise _bad_header(wrong)
    return header


def is_counts(counts) -> bool:
    """Rows per table: a small object of table names and row counts."""
    return (isinstance(counts, dict) and len(counts) <= MAX_TABLES
            and all(values.is_text(k, 64) and values.is_int(n, 0, MAX_ROWS) for k, n in counts.items()))


def is_journal_head(head) -> bool:
    """The sender's audit chain head: how many entries, and the newest entry's hash."""
    return (isinstance(head, dict) and set(head) == {"count", "hash"}
            and values.is_int(head["count"], 0) and values.is_hex64(head["hash"]))


def _bad_header(what: Text) -> BundleError:
    return BundleError("malformed", translate("sync.bundle", "数据包头的字段不对（{what}）。").format(what=what))


def decrypt(opened: Opened, identity: Identity) -> bytes:
    try:
        return pyrage.decrypt(opened.payload, [identity.age()])
    except pyrage.DecryptError as err:
        # The hash matched the signed header, so the sender encrypted to someone else.
        raise BundleError("wrong_recipient", translate("sync.bundle", "数据包不是加密给本机的，无法解密。")) from err


def _unverified(line2: bytes, known: set[str]) -> BundleError:
    """No known key verified line 2. Only now, and only to word the message, is it read."""
    try:
        claimed = values.loads(line2.decode("utf-8")).get("sender")
    except (ValueError, AttributeError):
        claimed = None
    if isinstance(claimed, str) and claimed and claimed not in known:
        return BundleError(
            "unknown_sender",
            translate("sync.bundle", "数据包来自未登记的发送方（{claimed}…）：请先办理登记（enrol），再导入。").format(claimed=claimed[:13]),
        )
    return BundleError("bad_signature", translate("sync.bundle", "数据包签名验证失败：文件被改动过。"))


def _truncated() -> BundleError:
    return BundleError("truncated", translate("sync.bundle", "数据包不完整（文件被截断），请重新拷贝。"))


def _tampered() -> BundleError:
    return BundleError("tampered", translate("sync.bundle", "数据包内容与签名不符：文件被改动或损坏。"))
