"""Rows in and out of the database for bundles: what a peer has not acknowledged, and applying
what a peer sent, version by version (merge.py), in the caller's one transaction.

Values travel as SQLite stores them, read and written with plain SQL: no ORM objects on a path
that moves hundreds of thousands of rows (DESIGN.md, "Performance shape").
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache

import sqlalchemy as sa
from sqlalchemy import text
from sqlmodel import Session

from wulian_desk.core.errors import BundleError
from wulian_desk.core.sharing import SharingPolicy, apply_policy
from wulian_desk.core.texts import Text, translate
from wulian_desk.storage.records import synced_tables
from wulian_desk.sync import senders, values
from wulian_desk.sync.merge import Outcome, Version, decide
from wulian_desk.sync.payload import TableBlock

VERSION_COLUMNS = ("id", "owner", "device_id", "counter", "updated_at", "deleted", "base_version")
# Records meant for one station: downward they go to that station only (None: to every station).
RECIPIENT_COLUMN = {"county_document": "for_station", "correction_request": "station_id", "month_decision": "station_id"}
# What a county sends down: its own documents and requests, never its accounts or org units.
DOWNWARD_TABLES = senders.COUNTY_TABLES
_CHUNK = 500  # ids per IN (...) lookup: well under SQLite's variable limit
# Text columns without a declared length (notes, JSON lists, form definitions) still have one.
TEXT_LIMIT = 1_000_000
# Text columns that hold JSON without saying so in their type: the model's default says so
# ("[]", "{}"); these have no default.
JSON_WITHOUT_DEFAULT = {("form_record", "answers"): dict}


@dataclass(frozen=True)
class Spec:
    """A synced table as stored: column names, which may be NULL, and how to check a value."""

    name: str
    columns: tuple[str, ...]
    nullable: frozenset[str]
    checks: dict[str, Callable[[object], bool]]


def quoted(columns) -> str:
    """Column names as SQL identifiers: some are keywords (an operating fund's "on")."""
    return ", ".join(f'"{c}"' for c in columns)


def _check_for(table: str, column: sa.Column) -> Callable[[object], bool]:
    """What a stored value of `column` may be when it arrives in a bundle: of its type, and
    readable by every screen and report afterwards."""
    kind = getattr(column.type, "impl_instance", column.type)  # a TypeDecorator stores as its impl
    if column.name == "counter":
        return lambda v: values.is_int(v, 1)
    if isinstance(kind, sa.Boolean):
        return lambda v: type(v) is int and v in (0, 1)
    if isinstance(kind, sa.Integer):
        return values.is_int
    if isinstance(kind, sa.Float):
        return values.is_real
    if isinstance(kind, sa.DateTime):
        return values.is_datetime
    if isinstance(kind, sa.Date):
        return values.is_date
    limit = getattr(kind, "length", None) or TEXT_LIMIT
    shape = _json_shape(table, column)
    if shape is not None:
        return lambda v: values.is_text(v, limit) and _is_json(v, shape)
    return lambda v: values.is_text(v, limit)


def _json_shape(table: str, column: sa.Column) -> type | None:
    """list or dict for a column holding JSON text (its default is "[]"-like or "{}"-like)."""
    if (table, column.name) in JSON_WITHOUT_DEFAULT:
        return JSON_WITHOUT_DEFAULT[(table, column.name)]
    default = getattr(column.default, "arg", None)
    if isinstance(default, str) and default[:1] in ("[", "{"):
        return list if default.startswith("[") else dict
    return None


def _is_json(text_value: str, shape: type) -> bool:
    try:
        return isinstance(values.loads(text_value), shape)
    except ValueError:
        return False


@cache
def specs() -> dict[str, Spec]:
    """Every synced table, parents before children."""
    return {
        t.name: Spec(
            t.name,
            tuple(c.name for c in t.c),
            frozenset(c.name for c in t.c if c.nullable),
            {c.name: _check_for(t.name, c) for c in t.c},
        )
        for t in synced_tables()
    }


# -- out --------------------------------------------------------------------------------------


def version_marks(session: Session) -> dict[str, int]:
    """The highest counter of every device whose versions this database holds."""
    union = " UNION ALL ".join(f"SELECT device_id, max(counter) FROM {name} GROUP BY device_id" for name in specs())
    marks: dict[str, int] = {}
    for device, counter in session.execute(text(union)).all():
        marks[device] = max(counter, marks.get(device, 0))
    return marks


def collect(
    session: Session,
    *,
    acked: dict[str, int],
    current: dict[str, int],
    owners: set[str] | None,
    recipients: set[str] | None = None,
    policy: SharingPolicy | None = None,
    tables: frozenset[str] | None = None,
) -> list[TableBlock]:
    """Every row version the peer does not hold (above its acknowledged marks), full state and
    tombstones alike, limited to `owners` and passed through the sharing `policy` if given.
    `recipients`: the stations a downward bundle is for (a township and its rooms): records meant
    for one station go only to it."""
    low = 0 if set(current) - set(acked) else min(acked.values(), default=0)
    blocks = []
    conn = session.connection()
    for spec in specs().values():
        if tables is not None and spec.name not in tables:
            continue
        sql = f"SELECT {quoted(spec.columns)} FROM {spec.name} WHERE counter > ?"
        params: list = [low]
        if owners is not None:
            sql += f" AND owner IN ({', '.join('?' * len(owners))})"
            params += sorted(owners)
        if recipients is not None and spec.name in RECIPIENT_COLUMN:
            column = RECIPIENT_COLUMN[spec.name]
            sql += f" AND ({column} IS NULL OR {column} IN ({', '.join('?' * len(recipients))}))"
            params += sorted(recipients)
        device_at, counter_at = spec.columns.index("device_id"), spec.columns.index("counter")
        rows = [list(r) for r in conn.exec_driver_sql(sql, tuple(params)) if r[counter_at] > acked.get(r[device_at], 0)]
        if not rows:
            continue
        if policy is not None:
            rows = apply_policy(policy, spec.name, list(spec.columns), rows, set(spec.nullable))
        blocks.append(TableBlock(spec.name, list(spec.columns), rows))
    return blocks


# -- in ---------------------------------------------------------------------------------------


def validate(blocks: Iterable[TableBlock], *, allowed_owners: set[str] | None,
             allowed_tables: frozenset[str] | None = None) -> None:
    """Every record a known table's, one the sender may send (`allowed_tables`, see senders.py),
    every value of its column's kind, every id once, every owner one the sender may write for.
    Raises before anything is written."""
    known = specs()
    for block in blocks:
        spec = known.get(block.table)
        if spec is None:
            raise _bad(translate("sync.changes", "未知的表 {table}").format(table=block.table[:40]))
        if allowed_tables is not None and block.table not in allowed_tables:
            raise BundleError(
                "foreign_record",
                translate("sync.changes", "数据包中有发送方无权发送的记录（表 {table}），整包不予导入。").format(table=block.table),
            )
        missing = set(spec.columns) - set(block.columns)
        if set(block.columns) - set(spec.columns) or missing - spec.nullable:
            raise _bad(translate("sync.changes", "表 {table} 的列与本机不符").format(table=block.table))
        if len(set(block.columns)) != len(block.columns):
            raise _bad(translate("sync.changes", "表 {table} 的列重复").format(table=block.table))
        checks = [(i, spec.checks[c], c in spec.nullable, c) for i, c in enumerate(block.columns)]
        owner_at, id_at = block.columns.index("owner"), block.columns.index("id")
        for row in block.rows:
            for at, check, nullable, column in checks:
                value = row[at]
                if value is None:
                    if not nullable:
                        raise _bad(translate("sync.changes", "表 {table} 的 {column} 不能为空").format(table=block.table, column=column))
                elif not check(value):
                    raise _bad(translate("sync.changes", "表 {table} 的 {column} 值不对：{shown}").format(table=block.table, column=column, shown=_shown(value)))
            if allowed_owners is not None and row[owner_at] not in allowed_owners:
                raise BundleError(
                    "foreign_record",
                    translate("sync.changes", "数据包中有不属于发送方的记录（表 {table}，记录 {row}），整包不予导入。").format(table=block.table, row=row[id_at]),
                )
        if len({row[id_at] for row in block.rows}) != len(block.rows):
            raise _bad(translate("sync.changes", "表 {table} 中有重复的记录").format(table=block.table))


def _shown(value: object) -> str:
    """A refused value as a message may show it: short, and printable whatever it holds."""
    return repr(value)[:40] if not isinstance(value, str) else value[:40].encode("utf-8", "replace").decode("utf-8")


@dataclass
class Applied:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    highest_counter: int = 0
    per_table: dict[str, int] = field(default_factory=dict)


def apply(session: Session, blocks: list[TableBlock]) -> Applied:
    """Merge every row (already checked by `validate`) into the caller's open write transaction.
    Foreign keys are checked at commit, so rows may arrive in any order within the bundle."""
    conn = session.connection()
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    order = {name: i for i, name in enumerate(specs())}
    result = Applied()
    found_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    for block in sorted(blocks, key=lambda b: order[b.table]):
        _apply_block(conn, block, result, found_at)
    return result


def _apply_block(conn, block: TableBlock, result: Applied, found_at: str) -> None:
    cols = block.columns
    at = {c: i for i, c in enumerate(cols)}
    i_id, i_dev, i_ctr, i_upd, i_base, i_owner = (at[c] for c in ("id", "device_id", "counter", "updated_at", "base_version", "owner"))
    inserts, updates, conflicts = [], [], []
    losers_local: list[tuple[list, Version]] = []
    for start in range(0, len(block.rows), _CHUNK):
        chunk = block.rows[start : start + _CHUNK]
        ids = [r[i_id] for r in chunk]
        local = {
            row[0]: row[1:]
            for row in conn.exec_driver_sql(
                f"SELECT id, owner, device_id, counter, updated_at, base_version FROM {block.table} "
                f"WHERE id IN ({', '.join('?' * len(ids))})",
                tuple(ids),
            )
        }
        for row in chunk:
            incoming = Version(row[i_dev], row[i_ctr], row[i_upd], row[i_base])
            result.highest_counter = max(result.highest_counter, incoming.counter)
            held = local.get(row[i_id])
            if held is not None and held[0] != row[i_owner]:
                raise BundleError("foreign_record",
                                  translate("sync.changes", "数据包中的记录 {row}（表 {table}）在本机属于另一站点，整包不予导入。").format(row=row[i_id], table=block.table))
            mine = Version(held[1], held[2], held[3], held[4]) if held is not None else None
            outcome = decide(mine, incoming)
            if outcome is Outcome.INSERT:
                inserts.append(row)
            elif outcome in (Outcome.REPLACE, Outcome.REPLACE_CONFLICT):
                updates.append(row)
                if outcome is Outcome.REPLACE_CONFLICT:
                    losers_local.append((row, mine))
            elif outcome is Outcome.KEEP_CONFLICT:
                conflicts.append(_conflict(block.table, dict(zip(cols, row, strict=True)), incoming, mine, found_at))
            else:
                result.unchanged += 1
    # Snapshot our losing rows before they are overwritten.
    for row, mine in losers_local:
        old = conn.exec_driver_sql(f"SELECT * FROM {block.table} WHERE id = ?", (row[i_id],)).mappings().one()
        incoming = Version(row[i_dev], row[i_ctr], row[i_upd], row[i_base])
        conflicts.append(_conflict(block.table, dict(old), mine, incoming, found_at))
    if inserts:
        conn.exec_driver_sql(
            f"INSERT INTO {block.table} ({quoted(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r) for r in inserts],
        )
    if updates:
        others = [c for c in cols if c != "id"]
        conn.exec_driver_sql(
            f"UPDATE {block.table} SET {', '.join(c + ' = ?' for c in quoted(others).split(', '))} WHERE id = ?",
            [tuple(r[at[c]] for c in others) + (r[i_id],) for r in updates],
        )
    if conflicts:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_conflict (id, table_name, row_id, owner, loser_version, winner_version, "
            "loser_row, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            conflicts,
        )
    result.inserted += len(inserts)
    result.updated += len(updates)
    result.conflicts += len(conflicts)
    result.per_table[block.table] = len(block.rows)


def _conflict(table: str, loser_row: dict, loser: Version, winner: Version, found_at: str) -> tuple:
    key = hashlib.sha256(f"{table}|{loser_row['id']}|{loser.tag}".encode()).hexdigest()[:40]
    snapshot = json.dumps(loser_row, ensure_ascii=False, sort_keys=True)
    return (key, table, loser_row["id"], loser_row["owner"], loser.tag, winner.tag, snapshot, found_at)


def raise_counter(session: Session, highest: int) -> None:
    """Lamport step: our next edit of anything we received must carry a higher counter."""
    session.execute(text("UPDATE local_state SET counter = max(counter, :c) WHERE id = 1"), {"c": highest})


def _bad(what: Text) -> BundleError:
    return BundleError("malformed", translate("sync.changes", "数据包内容有误：{what}。").format(what=what))
