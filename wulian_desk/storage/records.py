"""Version fields: every write stamps the rows it touches with this device and its next counter,
in the same transaction as the data (DESIGN.md, "Records and sync").
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from wulian_desk.core.errors import PermissionDenied
from wulian_desk.core.models import SyncFields
from wulian_desk.core.texts import translate
from wulian_desk.storage.month_guard import check_row


def reserve_counters(session: Session, count: int = 1) -> int:
    """Reserve `count` counter values; returns the first. Runs inside the caller's transaction,
    so a rolled-back write gives its counters back."""
    last = session.execute(
        text("UPDATE local_state SET counter = counter + :n WHERE id = 1 RETURNING counter"),
        {"n": count},
    ).scalar_one()
    return last - count + 1


def utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(session: Session, row: SyncFields, *, device_id: str, owner: str) -> SyncFields:
    """Give `row` a new version written by this device. One owner writes a row: a record another
    station shared with us is read-only here (the county asks for a correction instead)."""
    if getattr(row, "owner", None) and row.owner != owner:
        raise PermissionDenied(
            translate("storage.records", "这条记录属于另一个站点，本站只能查看；如需更改，请向该站点发出更正请求。"),
        )
    row.owner = row.owner or owner
    # Here, not in each service: every versioned write meets the approved-month lock.
    check_row(session, row, owner=row.owner)
    if getattr(row, "counter", None) is not None and getattr(row, "device_id", None):
        row.base_version = f"{row.device_id}:{row.counter}"
    row.device_id = device_id
    row.counter = reserve_counters(session)
    row.updated_at = utc_now()
    return row


def synced_tables() -> list:
    """Every table that carries the version fields, parents before children."""
    from sqlmodel import SQLModel

    import wulian_desk.core.models  # noqa: F401  (registers the tables)

    return [t for t in SQLModel.metadata.sorted_tables if {"device_id", "counter", "deleted"} <= set(t.c.keys())]
