"""What the client services ask: a client's consents and the one in force, and the clients that
may be the same person as one being registered."""

from __future__ import annotations

import json

from sqlmodel import Session, col, or_

from wulian_desk.core.consent import NO_CONSENT, ConsentState
from wulian_desk.core.models import Client, Consent
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


def consents_newest_first(session: Session, client_id: str) -> list[Consent]:
    """A client's live consents, the one in force first."""
    return list(session.exec(live(Consent).where(Consent.client_id == client_id)
                             .order_by(col(Consent.given_on).desc(), col(Consent.id).desc())))


def possible_duplicates(session: Session, *, id_number: str | None, name: str, birth_date,
                        exclude_id: str | None) -> list[str]:
    """Live clients with the same ID number, or the same name and birth date."""
    conditions = []
    if id_number:
        conditions.append(Client.id_number == id_number)
    if birth_date:
        conditions.append((Client.name == name) & (Client.birth_date == birth_date))
    if not conditions:
        return []
    query = live(Client).with_only_columns(Client.id).where(or_(*conditions))
    if exclude_id:
        query = query.where(Client.id != exclude_id)
    return list(session.exec(query))


def live_client_by_id_number(session: Session, id_number: str) -> Client | None:
    """The live client with this (normalised) ID number, if any."""
    return session.exec(live(Client).where(Client.id_number == id_number)).first()
