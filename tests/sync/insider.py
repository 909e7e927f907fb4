"""Bundles written by an insider: someone holding a station's own signing and encryption keys,
so the signatures verify and the county can decrypt, but every byte inside is theirs to choose.

`forge` builds the file the way the program does (header, signed manifest, gzip, age) and lets a
test replace any part: header fields, manifest fields, table blocks with any JSON values, raw
lines, or the compressed stream itself."""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pyrage
from sqlmodel import select


class _Unset:
    """No value given; a copy of a block keeps meaning it."""

    def __deepcopy__(self, memo):
        return self


_UNSET = _Unset()


def dumps(value) -> bytes:
    """JSON as an insider may write it: NaN and Infinity allowed, every non-ASCII character escaped (so a lone surrogate can be written)."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"), sort_keys=True).encode("utf-8")


@dataclass
class Block:
    """One table block; a row given as bytes is written as that raw line."""

    table: str
    columns: list
    rows: list
    count: object = _UNSET  # the row count in the block head and manifest (default: len(rows))
    head: dict = field(default_factory=dict)  # extra keys for the block head line

    def encoded(self) -> tuple[bytes, object]:
        count = len(self.rows) if self.count is _UNSET else self.count
        head = dumps({"table": self.table, "columns": self.columns, "rows": count, **self.head})
        lines = [r if isinstance(r, bytes) else dumps(r) for r in self.rows]
        body = b"\n".join(lines) + (b"\n" if lines else b"")
        return head + b"\n" + body, count


def sender_peer(station_ctx):
    """The county as the station knows it."""
    from wulian_desk.core.models import SyncPeer

    with station_ctx.reading() as session:
        return session.exec(select(SyncPeer).where(SyncPeer.relation == "county")).one()


def peer_named(ctx, device_id: str):
    """A peer as `ctx` knows it, by its device id."""
    from wulian_desk.core.models import SyncPeer

    with ctx.reading() as session:
        return session.get(SyncPeer, device_id)


def forge(station_ctx, *, to=None, blocks=(), header=None, manifest=None, late_header=None, compressed=None,
          plain_tail=b"", raw_header: bytes | None = None) -> bytes:
    """A bundle from `station_ctx` to the peer `to` (its county by default), signed and encrypted
    with the sender's own keys.

    header: fields set before the manifest is made (so the manifest repeats them);
    manifest: fields set in the manifest only; late_header: fields set in the header after the
    payload's size and hash (so they can be wrong); compressed: the gzip stream to encrypt in
    place of the real one; plain_tail: bytes appended after the blocks; raw_header: line 2 as is."""
    from wulian_desk.core.ids import new_id
    from wulian_desk.services.sync import enrolment
    from wulian_desk.services.sync.sync import peer_keys
    from wulian_desk.storage.migrate import HEAD_REVISION
    from wulian_desk.sync.bundle import MAGIC, inflated_size
    from wulian_desk.sync.identity import b64

    identity = enrolment.my_identity(station_ctx)
    county = to if to is not None else sender_peer(station_ctx)
    parts, tables = [], {}
    for block in blocks:
        data, count = block.encoded()
        tables[block.table] = {"rows": count, "sha256": hashlib.sha256(data).hexdigest()}
        parts.append(data)
    head = {
        "bundle_id": new_id(), "sender": station_ctx.store.device_id, "sender_station": station_ctx.station_id,
        "recipient": county.id, "recipient_station": county.station_id, "seq": 1, "previous": None,
        "schema": HEAD_REVISION, "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "counts": {name: t["rows"] for name, t in tables.items()},
    }
    head.update(header or {})
    line1 = dumps({**head, "acks": {"through": 0, "also": []}, "tables": tables, **(manifest or {})})
    plain = b"".join([line1, b"\n", b64(identity.sign(line1)).encode("ascii"), b"\n", *parts, plain_tail])
    stream = gzip.compress(plain, compresslevel=1, mtime=0) if compressed is None else compressed
    payload = pyrage.encrypt(stream, [peer_keys(county).recipient()])
    head.update(payload_size=len(payload), payload_sha256=hashlib.sha256(payload).hexdigest(),
                content_size=inflated_size(stream))
    head.update(late_header or {})
    line2 = dumps(head) if raw_header is None else raw_header
    return MAGIC + b"\n" + line2 + b"\n" + b64(identity.sign(line2)).encode("ascii") + b"\n" + payload


def table_rows(ctx, table: str) -> tuple[list[str], list[list]]:
    """A table's columns and rows as the bundle carries them (stored values)."""
    from wulian_desk.sync.changes import quoted, specs

    columns = list(specs()[table].columns)
    with ctx.reading() as session:
        rows = [list(r) for r in session.connection().exec_driver_sql(f"SELECT {quoted(columns)} FROM {table}")]
    return columns, rows


def station_blocks(station_ctx) -> list[Block]:
    """What the station's next bundle to its county would carry, as editable blocks."""
    from wulian_desk.services.sync import county_documents
    from wulian_desk.sync import changes

    policy = county_documents.sharing_policy(station_ctx)
    with station_ctx.reading() as session:
        blocks = changes.collect(session, acked={}, current=changes.version_marks(session),
                                 owners={station_ctx.station_id}, policy=policy)
    return [Block(b.table, list(b.columns), [list(r) for r in b.rows]) for b in blocks]


def with_value(blocks: list[Block], table: str, column: str, value, *, row: int = 0) -> list[Block]:
    """`blocks` with one value replaced (the first row of `table` by default)."""
    block = next(b for b in blocks if b.table == table)
    block.rows[row][block.columns.index(column)] = value
    return blocks


def small_blocks(station_ctx) -> list[Block]:
    """A few of the station's real rows whose references all resolve within the bundle: its org
    units and accounts, one client, staff member and service record, with the volunteer,
    activity and room that record names."""
    full = {b.table: b for b in station_blocks(station_ctx)}

    def pick(table: str, **where) -> list:
        block = full[table]
        found = next(r for r in block.rows
                     if all((r[block.columns.index(c)] is not None) if v is ... else r[block.columns.index(c)] == v
                            for c, v in where.items()))
        return dict(zip(block.columns, found, strict=True)), found

    record, record_row = pick("service_record", activity_id=...)
    activity, activity_row = pick("activity", id=record["activity_id"])
    _, volunteer_row = pick("volunteer", id=record["volunteer_id"])
    _, room_row = pick("room", id=activity["room_id"]) if activity["room_id"] else pick("room")
    _, staff_row = pick("staff", agency_id=None)
    kept = {"client": [full["client"].rows[0]], "room": [room_row], "activity": [activity_row],
            "volunteer": [volunteer_row], "service_record": [record_row], "staff": [staff_row]}
    return [Block(t, full[t].columns, full[t].rows if t in ("org_unit", "account") else kept[t])
            for t in ("org_unit", "account", "client", "room", "activity", "volunteer", "service_record", "staff")]
