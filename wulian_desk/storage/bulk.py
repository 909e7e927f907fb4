"""Bulk writes through SQLAlchemy Core (never ORM objects): demo data and imports. Each batch gets
its block of device counters and the version fields in the same transaction as the rows."""

from __future__ import annotations

from sqlalchemy import insert
from sqlmodel import Session

from wulian_desk.storage.month_guard import check_rows
from wulian_desk.storage.records import reserve_counters, utc_now


class BulkWriter:
    def __init__(self, session: Session, *, owner: str, device_id: str) -> None:
        self.session = session
        self.version = {"owner": owner, "device_id": device_id, "updated_at": utc_now(), "deleted": False}
        self.written = 0

    def insert(self, model, rows: list[dict]) -> None:
        if not rows:
            return
        table = getattr(model, "__table__", model)
        check_rows(self.session, table.name, rows, owner=self.version["owner"])  # approved months are locked
        counter = reserve_counters(self.session, len(rows))
        for offset, row in enumerate(rows):
            row.update(self.version, counter=counter + offset)
        # The Table, not the mapped class: a class sends SQLAlchemy down its ORM bulk path, which
        # splits the rows into many small batches whenever nullable columns vary.
        self.session.execute(insert(table), rows)
        self.written += len(rows)
