"""Rooms' payloads a township forwards to its county (docs/bundle-format.md, "Forwarded payloads").

A township imports its community rooms' bundles and keeps each decrypted payload as it came: the
room's gzip stream, whose first line is the room's manifest and whose second is the room's
signature over it. Its own bundles to the county carry those payloads verbatim in the manifest's
optional `forwarded` list, each with who the room is and its public keys, until the county
acknowledges a bundle that carried them. The county checks each one by the room's key (pinned
at first sight), so it tells a row the room wrote from one the township made up.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from wulian_desk.core.errors import BundleError, ValidationError
from wulian_desk.core.texts import Text, translate
from wulian_desk.sync import bundle, payload, values
from wulian_desk.sync.bundle import canonical
from wulian_desk.sync.identity import PublicKeys, unb64

ENTRY_FIELDS = frozenset({"bundle_id", "station", "device", "name", "tier", "division_code", "sign_public",
                          "age_recipient", "payload"})
MAX_FORWARDED = 10_000  # room payloads in one township bundle


@dataclass(frozen=True)
class Forwarded:
    """One room payload in a township's bundle, with who the township says the room is."""

    bundle_id: str
    station: str
    device: str
    name: str
    tier: str
    division_code: str | None
    keys: PublicKeys
    payload: bytes  # the room's decrypted payload: its gzip stream, signed manifest inside

    def as_entry(self) -> dict:
        return {"bundle_id": self.bundle_id, "station": self.station, "device": self.device, "name": self.name,
                "tier": self.tier, "division_code": self.division_code, "sign_public": self.keys.sign_public,
                "age_recipient": self.keys.age_recipient,
                "payload": base64.b64encode(self.payload).decode("ascii")}


def parse(manifest: dict) -> list[Forwarded]:
    """The manifest's `forwarded` list, every entry of its kind; [] when there is none."""
    entries = manifest.get("forwarded", [])
    if not isinstance(entries, list) or len(entries) > MAX_FORWARDED:
        raise _malformed(translate("sync.relay", "转交的社工室数据不对"))
    found = [_entry(e) for e in entries]
    if len({f.bundle_id for f in found}) != len(found):
        raise _malformed(translate("sync.relay", "转交的社工室数据包重复"))
    return found


def _entry(entry) -> Forwarded:
    if not isinstance(entry, dict) or set(entry) != ENTRY_FIELDS:
        raise _malformed(translate("sync.relay", "转交的社工室数据字段不对"))
    ok = (values.is_id(entry["bundle_id"]) and values.is_id(entry["station"]) and values.is_id(entry["device"])
          and values.is_text(entry["name"], 80) and values.is_text(entry["tier"], 16)
          and (entry["division_code"] is None or values.is_text(entry["division_code"], 12))
          and isinstance(entry["payload"], str))
    if not ok:
        raise _malformed(translate("sync.relay", "转交的社工室数据字段不对"))
    try:
        keys = PublicKeys.checked(entry["sign_public"], entry["age_recipient"])
        data = base64.b64decode(entry["payload"].encode("ascii"), validate=True)
    except (ValidationError, UnicodeEncodeError, binascii.Error, ValueError) as err:
        raise _malformed(translate("sync.relay", "转交的社工室公钥或数据不对")) from err
    return Forwarded(entry["bundle_id"], entry["station"], entry["device"], entry["name"], entry["tier"],
                     entry["division_code"], keys, data)


def open_forwarded(item: Forwarded) -> payload.Decoded:
    """The room's payload, checked as a direct bundle's is: its manifest signed by the room's key,
    every block against the manifest's count and hash. The manifest stands in for the header the
    county never saw (it repeats the header's fields), checked field by field first."""
    plain = payload.inflate(item.payload, limit=min(payload.MAX_PLAIN, max(len(item.payload), 1) * payload.MAX_RATIO))
    end1 = plain.find(b"\n")
    end2 = plain.find(b"\n", end1 + 1)
    if end1 < 0 or end2 < 0:
        raise _malformed(translate("sync.relay", "转交的社工室数据缺少清单"))
    line1 = plain[:end1]
    try:
        signature = unb64(plain[end1 + 1 : end2].decode("ascii"))
    except (UnicodeDecodeError, binascii.Error, ValueError):
        signature = b""
    if not item.keys.verify(signature, line1):
        raise BundleError("bad_signature", translate("sync.relay", "转交的社工室数据未经该社工室签名（或签名不符），整包不予导入。"))
    try:
        manifest = values.loads(line1.decode("utf-8"))
    except ValueError as err:
        raise _malformed(translate("sync.relay", "转交的社工室清单不是有效的 JSON")) from err
    if not isinstance(manifest, dict) or any(key not in manifest for key in payload.REPEATED):
        raise _malformed(translate("sync.relay", "转交的社工室清单字段不对"))
    header = {key: manifest[key] for key in payload.REPEATED}
    header = bundle.checked_header(canonical(dict(header, payload_size=len(item.payload), payload_sha256="0" * 64)))
    return payload.decode(item.payload, sender=item.keys, header=header)


def _malformed(what: Text) -> BundleError:
    return BundleError("malformed", translate("sync.relay", "数据包内容有误：{what}。").format(what=what))
