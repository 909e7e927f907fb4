"""Shared set-up for the casework screen tests: accounts, a client and a case made through the
services, and two people logged in at once (a worker and a supervisor)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.ui.conftest import PASSWORD, USERNAME, WORKER, WORKER_PASSWORD

SUPERVISOR = "zhaodu"
SUPERVISOR_PASSWORD = "super-pass-2026"
OTHER_WORKER = "chenyi"
OTHER_PASSWORD = "other-pass-2026"


@pytest.fixture(scope="session")
def casework_template(tmp_path_factory, station_template) -> Path:
    from wulian_desk.services.station import accounts, station

    folder = tmp_path_factory.mktemp("casework") / "station"
    shutil.copytree(station_template[0], folder)
    ctx = station.open_station(folder, passphrase=PASSWORD, username=USERNAME)
    try:
        accounts.create_account(ctx, username=WORKER, display_name="李晓", role="worker", password=WORKER_PASSWORD)
        accounts.create_account(ctx, username=SUPERVISOR, display_name="赵督导", role="supervisor",
                                password=SUPERVISOR_PASSWORD)
        accounts.create_account(ctx, username=OTHER_WORKER, display_name="陈一", role="worker", password=OTHER_PASSWORD)
    finally:
        ctx.close()
    return folder


@pytest.fixture
def casework_dir(casework_template, tmp_path) -> Path:
    target = tmp_path / "casework"
    shutil.copytree(casework_template, target)
    return target


def login(folder: Path, username: str, password: str):
    from wulian_desk.services.station import station

    return station.open_station(folder, passphrase=password, username=username)


@pytest.fixture
def worker_ctx(casework_dir):
    ctx = login(casework_dir, WORKER, WORKER_PASSWORD)
    yield ctx
    ctx.close()


@pytest.fixture
def supervisor_ctx(casework_dir):
    ctx = login(casework_dir, SUPERVISOR, SUPERVISOR_PASSWORD)
    yield ctx
    ctx.close()


@pytest.fixture
def other_ctx(casework_dir):
    ctx = login(casework_dir, OTHER_WORKER, OTHER_PASSWORD)
    yield ctx
    ctx.close()


def unit_id(ctx) -> str:
    from wulian_desk.services.station.station import list_org_units

    return list_org_units(ctx)[0].id


def make_client(ctx, name: str = "张三", **extra) -> str:
    from wulian_desk.core.clients import ClientInput, ConsentInput
    from wulian_desk.services.casework import clients

    data = ClientInput(name=name, gender=extra.pop("gender", "male"), org_unit_id=unit_id(ctx), **extra)
    consent = ConsentInput(given_on=date.today(), scopes=["service", "referral"])
    return clients.create_client(ctx, data, consent=consent).ids[0]


def make_case(ctx, client_id: str, title: str = "独居老人生活照料") -> str:
    from wulian_desk.services.casework import cases

    return cases.open_case(ctx, client_id=client_id, title=title).ids[0]


def intake_answers() -> dict:
    return {
        "intake_date": date.today().isoformat(), "source": "self", "worker": "李晓",
        "client_name": "张三", "gender": "male", "address": "首善街道幸福路 1 号",
        "is_minor": False, "presenting_problem": "独居，行动不便，希望有人定期上门。",
        "problem_areas": ["daily_care"], "urgency": "normal", "safety_risk": False,
        "decision": "accept", "consent_signed": True,
    }


def valid_answers(form) -> dict:
    """Answers to every required question of `form` that the form accepts (first options picked)."""
    import re

    from wulian_desk.core.forms import RepeatGroup, is_visible
    from wulian_desk.core.forms import model as m

    def value_for(field):
        kind = field.type
        if kind in (m.TEXT, m.LONG_TEXT):
            for text in ("测试内容记录", "13800001234", "0917-5551234", "A1"):
                if field.pattern is None or re.fullmatch(field.pattern, text):
                    return text * (int(field.min) // len(text) + 1 if field.min else 1)
        if kind == m.NUMBER:
            return field.min if isinstance(field.min, int | float) else 1
        if kind == m.DATE:
            return date.today().isoformat() if field.max in (None, "today") else str(field.max)
        if kind in (m.SINGLE_CHOICE, m.SCALE_ITEM):
            return field.options[0].code
        if kind == m.MULTI_CHOICE:
            return [o.code for o in field.options[: int(field.min or 1)]]
        if kind == m.YES_NO:
            return False
        if kind == m.ID_NUMBER:
            return "11010519491231002X"
        return None

    answers: dict = {}
    for _round in range(3):  # an answer may show more required questions
        for entry in form.entries():
            if not is_visible(form, entry, answers) or entry.key in answers:
                continue
            if isinstance(entry, RepeatGroup):
                if entry.min_items:
                    answers[entry.key] = [{f.key: value_for(f) for f in entry.fields if f.required}] * entry.min_items
            elif entry.required or entry.type == m.SCALE_ITEM:
                answers[entry.key] = value_for(entry)
    return answers
