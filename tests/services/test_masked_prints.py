"""A masked case file shows no whole ID number, phone number or address detail anywhere: not in
the client's fields, not in any form's answers, not in notes a worker typed. A full copy shows them
all and is journaled."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest
from sqlmodel import select

from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.forms import RepeatGroup, answer_problems
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.models import Case, Client
from wulian_desk.services.casework import cases, clients, forms, printing
from wulian_desk.services.station import accounts, audit_log, station

from .test_every_form import sample

BORN = date(1948, 5, 6)
CLIENT_ID = make_id_number("610326", BORN, 7, "female")
FORM_ID = make_id_number("610102", date(1980, 2, 29), 31, "male")
MOBILE = "13987654321"
CLIENT_MOBILE = "13712345678"
LANDLINE = "029-88886666"
LANDLINE_BARE = "07556543210"
ADDRESS = "陕西省西安市雁塔区小寨路街道长安中路88号3单元502室"
DETAIL = ("长安中路", "88号", "3单元", "502室")
NOTE = f"电话{MOBILE}身份证{FORM_ID}座机{LANDLINE}"
SAMPLE_MOBILE = "13812345678"  # what test_every_form's sample() gives a field with a phone pattern
NUMBERS = (CLIENT_ID, FORM_ID, MOBILE, CLIENT_MOBILE, SAMPLE_MOBILE, "88886666", LANDLINE_BARE)

SHIPPED = sorted({form_id for form_id, _version in forms.registry()})


def pdf_text(path) -> str:
    """The PDF's text in drawing order with all white space removed, so a number wrapped inside a
    table cell is still found whole."""
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(raw.split())


def _numbered(field) -> object:
    """An answer full of numbers for a text field; any other field gets an ordinary valid answer."""
    if field.type == "id_number":
        return FORM_ID
    if field.key.endswith("phone"):  # test data only: what the app masks comes from the definition
        return MOBILE if field.key.startswith(("phone", "contact")) else LANDLINE
    if field.key.endswith("address"):
        return ADDRESS
    if field.type in ("text", "long_text") and not field.pattern:
        limit = int(field.max) if isinstance(field.max, int) else 4000
        return NOTE if len(NOTE) <= limit else f"电话{MOBILE}"[:limit]
    return sample(field)


def numbered_answers(form) -> dict:
    """Every field answered, and every condition met that can be, so hidden fields show too."""
    answers: dict = {}
    for entry in form.entries():
        if isinstance(entry, RepeatGroup):
            answers[entry.key] = [{f.key: v for f in entry.fields if (v := _numbered(f)) is not None}]
        elif (value := _numbered(entry)) is not None:
            answers[entry.key] = value
    for entry in form.entries():
        condition = entry.visible_if
        if condition is None or isinstance(form.entry(condition.field), RepeatGroup):
            continue
        controller = form.entry(condition.field)
        if condition.op == "equals":
            answers[condition.field] = [condition.value] if controller.type == "multi_choice" else condition.value
        elif condition.op == "in":
            answers[condition.field] = condition.value[0]
    return answers


@pytest.fixture
def supervisor(ctx, station_dir):
    accounts.create_account(ctx, username="chensup", display_name="陈督导", role="supervisor", password="chensup-pass-1")
    context = station.open_station(station_dir, passphrase="chensup-pass-1", username="chensup")
    yield context
    context.close()


@pytest.fixture
def numbered_case(ctx, supervisor):
    """A client and case with numbers in every field, note and form answer the app keeps."""
    client_id = clients.create_client(ctx, ClientInput(
        name="王秀兰", gender="female", org_unit_id=ctx.station_id, birth_date=BORN, id_number=CLIENT_ID,
        phone=CLIENT_MOBILE, address=ADDRESS, health_notes=f"女儿电话{MOBILE}",
    ), consent=ConsentInput(given_on=date(2026, 1, 2), sensitive=["health"])).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title=f"来电{MOBILE}求助",
                             supervisor_id=supervisor.account_id).ids[0]
    filled = []
    for form_id in SHIPPED:
        form = forms.get_form(form_id)
        answers = numbered_answers(form)
        if answer_problems(form, answers):  # conditions that contradict each other: drop them
            answers = {k: v for k, v in answers.items() if not answer_problems(form, {k: v})}
        record_id = forms.fill_case_form(ctx, case_id, form_id, answers).ids[0]
        if form_id == "service_plan":
            cases.decide(supervisor, record_id, approve=False, comments=f"请补充，电话{MOBILE}已核")
        filled.append(form)
    cases.add_session(ctx, case_id, on=date(2026, 1, 5), minutes=60, session_type="home_visit",
                      content=f"入户，服务对象报身份证{FORM_ID}，留电话{MOBILE}", next_steps=f"回拨{LANDLINE_BARE}",
                      place=f"家中，座机{LANDLINE}")
    cases.move_case(ctx, case_id, "assessment", note=f"电话{MOBILE}评估")
    cases.add_supervision(supervisor, case_id, on=date(2026, 1, 6), notes=f"督导：联系{MOBILE}，核对{FORM_ID}")
    return case_id, filled


def test_a_masked_case_file_shows_no_whole_number_or_address_detail(ctx, numbered_case, tmp_path):
    case_id, filled = numbered_case
    text = pdf_text(printing.print_case_file(ctx, case_id, tmp_path / "masked.pdf"))
    assert "身份证号码和电话已做遮挡处理" in text
    for form in filled:  # every form was printed, so its answers were looked at
        assert "".join(form.title_zh.split()) in text
    leaked = [n for n in NUMBERS if n in text] + [d for d in DETAIL if d in text]
    assert leaked == []
    assert "139****4321" in text and "1101**********" not in text  # masked, not dropped
    assert f"{FORM_ID[:4]}**********{FORM_ID[-4:]}" in text
    assert "陕西省西安市雁塔区小寨路街道****" in text


def test_a_full_copy_shows_every_number_and_is_journaled(ctx, numbered_case, tmp_path):
    case_id, _filled = numbered_case
    text = pdf_text(printing.print_case_file(ctx, case_id, tmp_path / "full.pdf", full=True))
    assert [n for n in NUMBERS if n not in text] == []
    assert "".join(ADDRESS.split()) in text
    assert "完整号码打印件" in text
    with ctx.reading() as session:
        client_id = session.get(Case, case_id).client_id
    assert "full_copy" in [e.action for e in audit_log.journal(ctx, record_id=client_id)]


def test_answers_of_a_form_version_no_longer_loaded_are_masked_too(ctx, numbered_case, tmp_path, monkeypatch):
    case_id, _filled = numbered_case
    registry = dict(forms.registry())
    monkeypatch.setattr(forms, "registry", lambda: {k: v for k, v in registry.items() if k[0] != "intake"})
    text = pdf_text(printing.print_case_file(ctx, case_id, tmp_path / "old.pdf"))
    assert "intake" in text  # printed as plain key: value rows
    assert [n for n in NUMBERS if n in text] == []


def test_the_demo_stations_cases_print_masked(demo_ctx, tmp_path):
    with demo_ctx.reading() as session:
        picked = {}
        for case in session.exec(select(Case).order_by(Case.case_number)).all():
            picked.setdefault(case.stage, case)  # one case at every stage
        people = {c.id: c for c in session.exec(select(Client).where(
            Client.id.in_([c.client_id for c in picked.values()]))).all()}
    assert len(picked) >= 4
    for case in picked.values():
        client = people[case.client_id]
        text = pdf_text(printing.print_case_file(demo_ctx, case.id, tmp_path / f"{case.case_number}.pdf"))
        assert client.name in text
        assert client.id_number not in text and client.phone not in text
        detail = client.address[len(re.match(r"\D*", client.address).group()):]
        assert detail and detail not in text and client.address not in text
        assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", text)  # no whole mobile of anyone
        assert not re.search(r"(?<!\d)\d{17}[\dX](?!\d)", text)  # no whole ID number of anyone
