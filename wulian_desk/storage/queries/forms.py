"""What the form services ask: the form definitions the county sent down."""

from __future__ import annotations

from sqlmodel import Session

from wulian_desk.core.models import CountyDocument
from wulian_desk.storage.queries.common import live


def county_forms(session: Session, *, station_id: str) -> list[CountyDocument]:
    """Live form documents from the county (not this station's own)."""
    return list(session.exec(live(CountyDocument).where(CountyDocument.kind == "form",
                                                        CountyDocument.owner != station_id)))
