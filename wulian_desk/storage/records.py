"""Version fields: every write stamps the rows it touches with this device and its next counter,
in the same transaction as the data (DESIGN.md, "Records and sync").
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

from wulian_desk.core.models import SyncFields


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
    """Give `row` a new version written by this device."""
    row.owner = row.owner or owner
    row.device_id = device_id
    row.counter = reserve_counters(session)
    row.updated_at = utc_now()
    return row


def synced_tables() -> list:
    """Every table that carries the version fields, parents before children."""
    from sqlmodel import SQLModel

    import wulian_desk.core.models  # noqa: F401  (registers the tables)

    return [t for t in SQLModel.metadata.sorted_tables if {"device_id", "counter", "deleted"} <= set(t.c.keys())]
