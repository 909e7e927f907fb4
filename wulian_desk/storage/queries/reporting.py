"""What the figures ask: how many live rows and tombstones each kind of record has."""

from __future__ import annotations

from sqlmodel import Session, func, select


def live_and_deleted(session: Session, model) -> tuple[int, int]:
    """(live rows, tombstones) of one table."""
    pairs = dict(session.exec(select(model.deleted, func.count()).group_by(model.deleted)).all())
    return pairs.get(False, 0), pairs.get(True, 0)
