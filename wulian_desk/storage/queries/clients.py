"""What the client services ask: a client's consents, newest first, and the one in force."""

from __future__ import annotations

import json

from sqlmodel import Session, col

from wulian_desk.core.consent import NO_CONSENT, ConsentState
from wulian_desk.core.models import Consent
from wulian_desk.storage.queries.common import live


def consents_of(session: Session, client_id: str) -> list[Consent]:
    """A client's live consents, oldest first (as a case file lists them)."""
    return list(session.exec(live(Consent).where(Consent.client_id == client_id).order_by(Consent.given_on)))


def consent_state(session: Session, client_id: str) -> ConsentState:
    """What the client's newest consent allows (NO_CONSENT without one)."""
    row = session.exec(live(Consent).where(Consent.client_id == client_id)
                       .order_by(col(Consent.given_on).desc(), col(Consent.id).desc())).first()
    if row is None:
        return NO_CONSENT
    return ConsentState(row.given_on, frozenset(json.loads(row.scopes)), frozenset(json.loads(row.sensitive)),
                        row.guardian_name, row.withdrawn_on)
