"""Erasing a client's casework: the one place a row is deleted rather than tombstoned (DESIGN.md:
"only an explicit purge erases"). A station purges; the `erasure` record it leaves travels in
bundles so the county and the station's other computers erase their copies too.
"""

from __future__ import annotations

from sqlalchemy import delete, or_, text
from sqlmodel import Session, col, select

from wulian_desk.core.models import (
    Approval,
    Case,
    CaseEvent,
    Client,
    Consent,
    Draft,
    FormRecord,
    ServiceSession,
    Supervision,
)


def erase_client(session: Session, client_id: str) -> list[str]:
    """Delete the client, consents, cases with their history, forms, approvals, sessions and
    supervision, children before parents. Returns the erased case ids."""
    case_ids = list(session.exec(select(Case.id).where(Case.client_id == client_id)))
    for model in (Approval, Supervision, ServiceSession, CaseEvent):
        session.execute(delete(model).where(col(model.case_id).in_(case_ids)))
    session.execute(delete(FormRecord).where(or_(col(FormRecord.case_id).in_(case_ids),
                                                 FormRecord.client_id == client_id)))
    session.execute(delete(Case).where(col(Case.id).in_(case_ids)))
    session.execute(delete(Consent).where(Consent.client_id == client_id))
    session.execute(delete(Client).where(Client.id == client_id))
    return case_ids


def apply_erasures(session: Session) -> int:
    """Erase every client an `erasure` record names and we still hold, when the client belongs to
    the station that erased it. Run after every import, so an older bundle that arrives after the
    erasure cannot bring the client back."""
    pending = session.execute(text(
        "SELECT e.subject_id FROM erasure e JOIN client c ON c.id = e.subject_id AND c.owner = e.owner "
        "WHERE e.subject_table = 'client'")).scalars().all()
    for client_id in pending:
        erase_client(session, client_id)
    return len(pending)


def erase_drafts_of(session: Session, record_ids: list[str]) -> None:
    """Drafts kept for dialogs on these records go with them: a draft may hold what was erased."""
    for record_id in record_ids:
        session.execute(delete(Draft).where(col(Draft.key).contains(record_id)))
