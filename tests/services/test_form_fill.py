"""A case form kept in step with the client's record: prefilled (numbers masked for a worker),
saved with the full numbers the worker never saw, and what it says otherwise written back only
when chosen, through the clients service with its checks, permissions and journal."""

from __future__ import annotations

import json
from datetime import date

import pytest

from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import PermissionDenied, ValidationError
from wulian_desk.core.identity import make_id_number
from wulian_desk.services.casework import cases, clients, form_fill
from wulian_desk.services.station import accounts, audit_log, station

BORN = date(1948, 5, 6)
ID_NUMBER = make_id_number("610113", BORN, 12, "female")
PHONE = "13812345678"


@pytest.fixture
def worker(ctx, station_dir):
    accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker", password="worker-pass-1")
    context = station.open_station(station_dir, passphrase="worker-pass-1", username="liwei")
    yield context
    context.close()


def register(ctx, consent: ConsentInput | None = None) -> str:
    data = ClientInput(name="王秀兰", gender="", org_unit_id=ctx.station_id, id_number=ID_NUMBER, phone=PHONE,
                       address="城关镇南街 12 号")
    return clients.create_client(ctx, data, consent=consent).ids[0]


def open_case(ctx, client_id: str) -> str:
    return cases.open_case(ctx, client_id=client_id, title="独居老人生活照料").ids[0]


def intake(prefilled: dict, **changes) -> dict:
    return {**prefilled, "source": "self", "presenting_problem": "独居。", "problem_areas": ["daily_care"],
            "urgency": "normal", "safety_risk": False, "decision": "accept", "consent_signed": True, **changes}


def test_a_head_sees_the_full_numbers_and_a_worker_the_masked_ones(ctx, worker):
    client_id = register(ctx)
    head_case = open_case(ctx, client_id)
    full = form_fill.form_prefill(ctx, head_case, "intake")
    assert (full["id_number"], full["phone"], full["gender"], full["birth_date"]) == (
        ID_NUMBER, PHONE, "female", BORN.isoformat())
    assert full["worker"] == (ctx.display_name or ctx.username)
    worker_case = open_case(worker, client_id)
    shown = form_fill.form_prefill(worker, worker_case, "intake")
    assert shown["id_number"] == "6101**********" + ID_NUMBER[-4:]
    assert shown["phone"] == "138****5678"
    assert shown["worker"] == "李伟"
    viewed = audit_log.journal(ctx, record_id=client_id, action="view")
    assert {e.username for e in viewed} >= {"liwei"}


def test_a_worker_cannot_prefill_from_a_case_that_is_not_theirs(ctx, worker):
    head_case = open_case(ctx, register(ctx))
    with pytest.raises(PermissionDenied):
        form_fill.form_prefill(worker, head_case, "intake")


def test_a_masked_number_left_as_shown_is_saved_in_full_and_is_no_difference(ctx, worker):
    client_id = register(ctx)
    case_id = open_case(worker, client_id)
    shown = form_fill.form_prefill(worker, case_id, "intake")
    answers = intake(shown)
    form_fill.save_case_form(worker, case_id, "intake", answers, shown=shown)
    record = cases.view_case(worker, case_id).forms[-1]
    stored = json.loads(record.answers)
    assert (stored["id_number"], stored["phone"]) == (ID_NUMBER, PHONE)
    found = form_fill.form_differences(worker, case_id, "intake", answers)
    assert [(d.key, d.current, d.proposed) for d in found] == [("consent_signed", None, True)]


def test_a_changed_number_is_shown_against_the_masked_record(ctx, worker):
    case_id = open_case(worker, register(ctx))
    shown = form_fill.form_prefill(worker, case_id, "intake")
    found = form_fill.form_differences(worker, case_id, "intake", intake(shown, phone="13900001111"))
    assert [(d.key, d.current, d.proposed) for d in found][0] == ("phone", "138****5678", "13900001111")


def test_chosen_differences_go_through_the_clients_service_and_the_rest_stay(ctx, worker):
    client_id = register(ctx)
    case_id = open_case(worker, client_id)
    shown = form_fill.form_prefill(worker, case_id, "intake")
    answers = intake(shown, phone="13900001111", address="城关镇北街 3 号")
    changes = form_fill.update_from_form(worker, case_id, "intake", answers, ["phone", "consent_signed"])
    assert {"client", "consent"} <= changes.kinds
    record = clients.view_client(ctx, client_id, full=True)
    assert record.phone == "13900001111"
    assert record.address == "城关镇南街 12 号"  # not chosen
    assert record.id_number == ID_NUMBER  # masked in the form: untouched
    assert record.consent.active and record.consent.scopes == frozenset({"service"})
    actions = {(e.action, e.record_kind) for e in audit_log.journal(ctx, username="liwei")}
    assert {("edit", "client"), ("create", "consent")} <= actions


def test_a_change_the_client_rules_refuse_writes_nothing(ctx):
    client_id = register(ctx)
    case_id = open_case(ctx, client_id)
    answers = intake(form_fill.form_prefill(ctx, case_id, "intake"), gender="male")
    before = clients.view_client(ctx, client_id, full=True)
    with pytest.raises(ValidationError) as err:
        form_fill.update_from_form(ctx, case_id, "intake", answers, ["gender", "consent_signed"])
    assert err.value.field == "gender" and "两者不一致" in err.value.message
    assert clients.view_client(ctx, client_id, full=True) == before
    assert clients.consent_history(ctx, client_id) == []


def test_a_referral_form_adds_referral_to_the_consent_and_keeps_the_rest(ctx):
    consent = ConsentInput(given_on=date.today(), scopes=["service", "report"], sensitive=["health"])
    client_id = register(ctx, consent)
    case_id = open_case(ctx, client_id)
    assert "consent_to_share" not in form_fill.form_prefill(ctx, case_id, "referral")
    found = form_fill.form_differences(ctx, case_id, "referral", {"consent_to_share": True})
    assert [(d.target, d.current, d.proposed) for d in found] == [("client.referral_consent", None, True)]
    form_fill.update_from_form(ctx, case_id, "referral", {"consent_to_share": True}, ["consent_to_share"])
    state = clients.view_client(ctx, client_id).consent
    assert state.scopes == frozenset({"service", "report", "referral"})
    assert state.sensitive == frozenset({"health"})
    assert form_fill.form_prefill(ctx, case_id, "referral")["consent_to_share"] is True


def test_nothing_chosen_writes_nothing(ctx):
    client_id = register(ctx)
    case_id = open_case(ctx, client_id)
    answers = intake(form_fill.form_prefill(ctx, case_id, "intake"))
    assert form_fill.update_from_form(ctx, case_id, "intake", answers, []).kinds == frozenset()
    assert clients.consent_history(ctx, client_id) == []


def test_an_assessment_that_finds_another_risk_level_offers_it_to_the_case(ctx):
    case_id = open_case(ctx, register(ctx))
    assert form_fill.form_prefill(ctx, case_id, "needs_assessment")["risk_level"] == "low"
    found = form_fill.form_differences(ctx, case_id, "needs_assessment", {"risk_level": "high"})
    assert [(d.target, d.current, d.proposed) for d in found] == [("case.risk", "low", "high")]
    changes = form_fill.update_from_form(ctx, case_id, "needs_assessment", {"risk_level": "high"}, ["risk_level"])
    assert "case" in changes.kinds
    assert cases.view_case(ctx, case_id).case.risk == "high"
    assert any(e.action == "edit" and e.record_kind == "case" for e in audit_log.journal(ctx, record_id=case_id))


def test_a_minor_s_consent_from_the_form_is_signed_by_the_guardian_it_names(ctx):
    born = date(date.today().year - 15, 1, 2)
    data = ClientInput(name="李小明", gender="", org_unit_id=ctx.station_id,
                       id_number=make_id_number("610113", born, 3, "male"))
    client_id = clients.create_client(ctx, data).ids[0]
    case_id = open_case(ctx, client_id)
    prefilled = form_fill.form_prefill(ctx, case_id, "intake")
    assert prefilled["is_minor"] is True and "guardian_name" not in prefilled
    answers = intake(prefilled, guardian_name="李梅", guardian_relation="parent", guardian_phone="13900001111")
    form_fill.update_from_form(ctx, case_id, "intake", answers, ["consent_signed"])
    [row] = clients.consent_history(ctx, client_id)
    assert (row.guardian_name, row.guardian_relation) == ("李梅", "父母")
    assert form_fill.form_prefill(ctx, case_id, "intake")["guardian_name"] == "李梅"


def test_a_new_id_number_alone_brings_its_own_gender_and_birth_date(ctx):
    client_id = register(ctx)
    case_id = open_case(ctx, client_id)
    other = make_id_number("610113", date(1952, 8, 9), 5, "male")
    answers = intake(form_fill.form_prefill(ctx, case_id, "intake"), id_number=other)
    form_fill.update_from_form(ctx, case_id, "intake", answers, ["id_number"])
    record = clients.view_client(ctx, client_id, full=True)
    assert (record.id_number, record.gender, record.birth_date) == (other, "male", date(1952, 8, 9))
