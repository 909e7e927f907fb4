"""The one check every write makes against approved months (core/month_lock.py): `stamp` calls it
for each row it versions and BulkWriter for each batch, so no service path can write around it.

A record is placed in a month by its dating column (month_lock.MONTH_DATED) or by the record it
belongs to (month_lock.DATED_BY_PARENT). An edit is checked against the month it had and the month
it gets, so a record can neither be moved into nor out of a locked month. The record named by an
open correction request of the tier above is let through, and so is the row that corrects it
(service hours are corrected by a new row pointing at the old one); nothing else is.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import inspect
from sqlmodel import Session

from wulian_desk.core.month_lock import DATED_BY_PARENT, MONTH_DATED, check_writable, month_of
from wulian_desk.storage.queries import approval as queries

_CACHE_KEY = "wulian_locked_months"


def locked_months(session: Session, owner: str) -> set[str]:
    """The months approved for `owner`, once per transaction (decisions about us arrive only by
    import, never by a write of ours)."""
    cache = session.info.setdefault(_CACHE_KEY, {})
    if owner not in cache:
        cache[owner] = queries.approved_months(session, station_id=owner)
    return cache[owner]


def check_row(session: Session, row, *, owner: str) -> None:
    """Refuse to version an ORM row that is, or was, dated in a locked month of its owner."""
    table = getattr(row, "__tablename__", "")
    if table not in MONTH_DATED and table not in DATED_BY_PARENT:
        return
    # The old value is read before any query: a query autoflushes, and a flush forgets it.
    with session.no_autoflush:
        locked = locked_months(session, owner)
        if not locked:  # the usual case: nothing approved, so no parent to look up
            return
        if table in MONTH_DATED:
            months = _months_of_attribute(row, MONTH_DATED[table])
        else:
            parent_column, parent_table = DATED_BY_PARENT[table]
            parents = _months_of_attribute(row, parent_column, raw=True)
            months = {month_of(queries.dated_parent(session, table=parent_table, column=MONTH_DATED[parent_table],
                                                    row_id=parent_id)) for parent_id in parents}
        if not months & locked:
            return
        if _unlocked(session, owner, table, row.id, getattr(row, "corrects_id", None)):
            return
    check_writable(table, months, locked=locked)


def check_rows(session: Session, table: str, rows: Iterable[dict], *, owner: str) -> None:
    """The same for new rows written in bulk (plain dicts of column values)."""
    if table not in MONTH_DATED and table not in DATED_BY_PARENT:
        return
    locked = locked_months(session, owner)
    if not locked:
        return
    for row in rows:
        if table in MONTH_DATED:
            months = {month_of(row.get(MONTH_DATED[table]))}
        else:
            parent_column, parent_table = DATED_BY_PARENT[table]
            months = {month_of(queries.dated_parent(session, table=parent_table, column=MONTH_DATED[parent_table],
                                                    row_id=row.get(parent_column)))}
        if months & locked and not _unlocked(session, owner, table, row.get("id"), row.get("corrects_id")):
            check_writable(table, months, locked=locked)


def _months_of_attribute(row, attribute: str, *, raw: bool = False) -> set:
    """The value an attribute has now and the one it had when loaded (an edit may change it)."""
    values = [getattr(row, attribute, None)]
    state = inspect(row, raiseerr=False)
    if state is not None and attribute in state.attrs:
        values += list(state.attrs[attribute].history.deleted or ())
    values = [v for v in values if v is not None]
    return set(values) if raw else {month_of(v) for v in values}


def _unlocked(session: Session, owner: str, table: str, row_id: str | None, corrects_id: str | None) -> bool:
    named = queries.open_correction_records(session, station_id=owner)
    return (table, row_id) in named or (corrects_id is not None and (table, corrects_id) in named)
