"""A case form and the client's (and case's) record kept in step: a new form starts with what the
record holds (core/forms/mapping.py says which field is which), and a saved form that says
otherwise is offered back to the record through the clients and cases services, with their
checks, permissions and journal.

ID and phone numbers start masked for a user who may not see them whole; a masked answer left as
it was shown is saved as the record's full number and never counts as a difference.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from wulian_desk.core.clients import ClientInput, ConsentInput, check_client_fields
from wulian_desk.core.forms.mapping import (
    CASE_RISK,
    CLIENT_CONSENT,
    CLIENT_REFERRAL_CONSENT,
    GUARDIAN_NAME,
    MASKED_KINDS,
    Difference,
    consent_guardian,
    differences,
    kept_masked,
    prefill_answers,
    restore_masked,
)
from wulian_desk.core.identity import age_on
from wulian_desk.core.masking import mask_kind
from wulian_desk.core.models import Account, Client
from wulian_desk.services.casework import cases, clients, forms
from wulian_desk.services.casework.cases import _visible as visible_case
from wulian_desk.services.context import Changes, Context
from wulian_desk.storage.queries import clients as client_queries
from wulian_desk.storage.queries.common import get_live

ADULT_AGE = 18

# Client fields a form may change, by target: the ClientInput attribute and how a stored answer
# becomes its value.
_CLIENT_FIELDS = {
    "client.name": ("name", str),
    "client.gender": ("gender", str),
    "client.birth_date": ("birth_date", date.fromisoformat),
    "client.id_number": ("id_number", str),
    "client.phone": ("phone", str),
    "client.address": ("address", str),
}


def _facts(ctx: Context, case_id: str) -> tuple[str, dict[str, object]]:
    """The case's client id and the record's values by target name, in full."""
    ctx.require("case", "view")
    ctx.require("client", "view")
    with ctx.reading() as session:
        case = visible_case(ctx, session, case_id)
        client = get_live(session, Client, case.client_id)
        consent = client_queries.consent_state(session, client.id)
        worker = session.get(Account, case.worker_id) if case.worker_id else None
    today = date.today()
    facts = {
        "client.name": client.name,
        "client.gender": client.gender or None,
        "client.birth_date": client.birth_date.isoformat() if client.birth_date else None,
        "client.id_number": client.id_number or None,
        "client.phone": client.phone or None,
        "client.address": client.address or None,
        # Only a consent on record is a fact; "no" is for the person filling the form to say.
        CLIENT_CONSENT: True if consent.active else None,
        CLIENT_REFERRAL_CONSENT: True if consent.active and "referral" in consent.scopes else None,
        GUARDIAN_NAME: consent.guardian_name if consent.active and consent.guardian_name else None,
        "client.is_minor": age_on(client.birth_date, today) < ADULT_AGE if client.birth_date else None,
        CASE_RISK: case.risk or None,
        "case.worker": (worker.display_name or worker.username) if worker else None,
        "case.opened_on": case.opened_on.isoformat() if case.opened_on else None,
        "user.name": ctx.display_name or ctx.username or None,
    }
    return client.id, facts


def _as_shown(ctx: Context, facts: dict[str, object]) -> dict[str, object]:
    """The facts as this user may see them: ID and phone numbers masked without a full-copy right."""
    if ctx.may("client", "full_copy"):
        return dict(facts)
    return {k: (mask_kind(MASKED_KINDS[k], v) if k in MASKED_KINDS and isinstance(v, str) else v)
            for k, v in facts.items()}


def form_prefill(ctx: Context, case_id: str, form_id: str) -> dict[str, object]:
    """The answers a new form on this case starts with; journaled as a view of the client."""
    form = forms.get_form(form_id)
    client_id, facts = _facts(ctx, case_id)
    answers = prefill_answers(form, _as_shown(ctx, facts))
    if answers:
        ctx.audit_now("view", "client", client_id, form=form.id)
    return answers


def save_case_form(ctx: Context, case_id: str, form_id: str, answers: dict, *,
                   shown: dict | None = None, filled_on: date | None = None) -> Changes:
    """Save a form filled on a case; a masked number left as the prefill showed it (`shown`) is
    kept as the record's full number."""
    form = forms.get_form(form_id)
    if shown and kept_masked(form, answers, shown):
        _client_id, facts = _facts(ctx, case_id)
        answers = restore_masked(form, answers, facts, shown)
    return forms.fill_case_form(ctx, case_id, form_id, answers, filled_on=filled_on)


def form_differences(ctx: Context, case_id: str, form_id: str, answers: dict) -> list[Difference]:
    """Where a saved form differs from the record; record values masked as this user sees them."""
    form = forms.get_form(form_id)
    _client_id, facts = _facts(ctx, case_id)
    shown = _as_shown(ctx, facts)
    return [replace(d, current=shown.get(d.target)) for d in differences(form, answers, facts, today=date.today())]


def update_from_form(ctx: Context, case_id: str, form_id: str, answers: dict, keys: list[str]) -> Changes:
    """Write the chosen differences (by form field key): the client's own fields through
    clients.update_client, a consent through clients.record_consent, as their screens do, and
    the case's risk level through cases.set_risk."""
    form = forms.get_form(form_id)
    client_id, facts = _facts(ctx, case_id)
    chosen = [d for d in differences(form, answers, facts, today=date.today()) if d.key in set(keys)]
    fields = {d.target: d.proposed for d in chosen if d.target in _CLIENT_FIELDS}
    consents = {d.target for d in chosen if d.target in (CLIENT_CONSENT, CLIENT_REFERRAL_CONSENT)}
    risk = next((d.proposed for d in chosen if d.target == CASE_RISK), None)
    if not fields and not consents and risk is None:
        return Changes()
    kinds: set[str] = set()
    if fields:
        data = _updated_input(ctx, client_id, fields)
        check_client_fields(data, today=date.today())  # refused before anything is written
        kinds |= clients.update_client(ctx, client_id, data).kinds
    if consents:
        consent = _consent_input(ctx, client_id, consents, consent_guardian(form, answers))
        kinds |= clients.record_consent(ctx, client_id, consent).kinds
    if risk is not None:
        kinds |= cases.set_risk(ctx, case_id, str(risk)).kinds
    return Changes(frozenset(kinds), (client_id, case_id))


def _updated_input(ctx: Context, client_id: str, fields: dict[str, object]) -> ClientInput:
    with ctx.reading() as session:
        client = get_live(session, Client, client_id)
    data = ClientInput(
        name=client.name, gender=client.gender, org_unit_id=client.org_unit_id, birth_date=client.birth_date,
        id_number=client.id_number, phone=client.phone, address=client.address,
        categories=json.loads(client.categories), household=json.loads(client.household),
        health_notes=client.health_notes,
    )
    changes = {}
    for target, value in fields.items():
        name, convert = _CLIENT_FIELDS[target]
        changes[name] = convert(value)
    if "id_number" in changes:  # the new number carries its own birth date and gender
        changes.setdefault("birth_date", None)
        changes.setdefault("gender", "")
    return replace(data, **changes)


def _consent_input(ctx: Context, client_id: str, consents: set[str], guardian: tuple[str, str]) -> ConsentInput:
    """A consent given today that keeps what the current one covers and adds what the form
    recorded (the service, and referral when the form says so), signed by the guardian the form
    names or else the one who signed before."""
    history = clients.consent_history(ctx, client_id)
    current = history[0] if history and history[0].withdrawn_on is None else None
    scopes = set(current.scopes if current else ()) | {"service"}
    if CLIENT_REFERRAL_CONSENT in consents:
        scopes.add("referral")
    return ConsentInput(
        given_on=date.today(), scopes=sorted(scopes), sensitive=list(current.sensitive) if current else [],
        guardian_name=guardian[0] or (current.guardian_name if current else ""),
        guardian_relation=(guardian[1] if guardian[0] else "") or (current.guardian_relation if current else ""),
    )
