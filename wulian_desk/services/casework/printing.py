"""Printing case files: who may, what is masked, and the journal entry each print leaves."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from wulian_desk.core.cases import PRIORITIES, RISKS, SESSION_TYPES, STAGES
from wulian_desk.core.clients import GENDERS
from wulian_desk.core.consent import CLIENT_CATEGORIES, CONSENT_SCOPES, SENSITIVE_KINDS
from wulian_desk.core.errors import NotFoundError
from wulian_desk.core.forms import AnswerSet, mask_answers, render_sections
from wulian_desk.core.forms.readable import readable_without_definition
from wulian_desk.core.masking import mask_address, mask_id_number, mask_numbers_deep, mask_phone
from wulian_desk.core.models import Client, Consent, OrgUnit
from wulian_desk.core.texts import chinese
from wulian_desk.core.vocab import label
from wulian_desk.reports.case_file import CaseFileDoc, FormSection, PrintedForm, write_case_file
from wulian_desk.services.casework import cases, forms
from wulian_desk.services.context import Context
from wulian_desk.storage.queries import clients as client_queries
from wulian_desk.storage.queries import station as station_queries


def _form_sections(record, *, full: bool) -> tuple[str, list[FormSection]]:
    """A form record's title and sections; in a masked print its answers are masked by what each
    field holds (the newest definition of the form names the fields of an old, unloaded one)."""
    answers = json.loads(record.answers)
    try:
        form = forms.get_form(record.form_id, record.form_version)
    except NotFoundError:  # an old version no longer on this machine: print the answers as they are
        form = None
    if not full:
        try:
            declared = form or forms.get_form(record.form_id)
        except NotFoundError:
            declared = None
        answers = mask_answers(declared, answers)
    if form is not None:
        return form.title_zh, [FormSection(t, rows) for t, rows in
                               render_sections(form, answers, json.loads(record.computed))]
    return record.form_id, [FormSection("答卷内容", readable_without_definition(
        AnswerSet(record.form_id, record.form_version, answers)))]


def _client_lines(client: Client, unit: OrgUnit | None, *, full: bool) -> list[tuple[str, str]]:
    """The client's part of a case file: numbers and address masked unless `full`."""
    categories = "、".join(CLIENT_CATEGORIES[c].zh for c in json.loads(client.categories) if c in CLIENT_CATEGORIES)
    return [
        ("姓名", client.name), ("性别", chinese(GENDERS.get(client.gender, ""))),
        ("出生日期", f"{client.birth_date:%Y-%m-%d}" if client.birth_date else ""),
        ("身份证号码", (client.id_number or "") if full else mask_id_number(client.id_number)),
        ("电话", client.phone if full else mask_phone(client.phone)),
        ("所在社区", unit.name if unit else ""), ("住址", client.address if full else mask_address(client.address)),
        ("类别", categories),
        ("健康与特殊情况", client.health_notes),
    ]


def _consent_line(c: Consent) -> list[str]:
    """One consent as the case file's table lists it."""
    return [f"{c.given_on:%Y-%m-%d}", "、".join(CONSENT_SCOPES[s].zh for s in json.loads(c.scopes) if s in CONSENT_SCOPES),
            "、".join(SENSITIVE_KINDS[k].zh for k in json.loads(c.sensitive) if k in SENSITIVE_KINDS) or "—",
            f"{c.guardian_name}（{c.guardian_relation}）" if c.guardian_name else "—",
            f"{c.withdrawn_on:%Y-%m-%d}" if c.withdrawn_on else "—"]


def print_case_file(ctx: Context, case_id: str, out: Path, *, full: bool = False) -> Path:
    """The case file as PDF; ID and phone numbers masked unless `full` (which the role must allow)."""
    ctx.require("case", "print")
    if full:
        ctx.require("client", "full_copy")
    file = cases.view_case(ctx, case_id, purpose="print")
    case = file.case
    with ctx.reading() as session:
        names = {a.id: a.display_name for a in station_queries.all_accounts(session)}
        client = session.get(Client, case.client_id)
        unit = session.get(OrgUnit, client.org_unit_id)
        station = session.get(OrgUnit, ctx.station_id)
        consents = client_queries.consents_of(session, client.id)
    places = cases.session_places(ctx, file.sessions)
    if full:
        ctx.audit_now("full_copy", "client", client.id, via="case_print")

    def who(account_id: str | None) -> str:
        return names.get(account_id or "", "")

    printed_forms = []
    for record in file.forms:
        title, sections = _form_sections(record, full=full)
        printed_forms.append(PrintedForm(title, record.filled_on, who(record.filled_by), record.form_version, sections))
    doc = CaseFileDoc(
        station_name=station.name if station else "", printed_by=ctx.display_name, printed_at=datetime.now(),
        full_numbers=full, case_number=case.case_number, title=case.title, stage=label(STAGES, case.stage),
        worker=who(case.worker_id), supervisor=who(case.supervisor_id), priority=label(PRIORITIES, case.priority),
        risk=label(RISKS, case.risk), opened_on=case.opened_on, closed_on=case.closed_on, referral_to=case.referral_to,
        client=_client_lines(client, unit, full=full), consents=[_consent_line(c) for c in consents],
        events=[[f"{e.on:%Y-%m-%d}", label(STAGES, e.from_stage) or "—", label(STAGES, e.to_stage), who(e.by_account), e.note]
                for e in file.events],
        forms=printed_forms,
        approvals=[[f"{a.decided_on:%Y-%m-%d}", {"plan": "服务计划", "closure": "结案"}.get(a.subject, a.subject),
                    {"approved": "同意", "returned": "退回"}.get(a.decision, a.decision), who(a.decided_by), a.comments]
                   for a in file.approvals],
        sessions=[[f"{s.on:%Y-%m-%d}", label(SESSION_TYPES, s.session_type), str(s.minutes), places[s.id] or "—",
                   who(s.worker_id), s.content, s.next_steps] for s in file.sessions],
        supervision=[[f"{s.on:%Y-%m-%d}", who(s.supervisor_id), s.notes] for s in file.supervision],
    )
    # What a worker typed anywhere (notes, titles, answers) may hold an ID or phone number too.
    return write_case_file(out, doc if full else mask_numbers_deep(doc))
