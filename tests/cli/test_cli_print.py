"""`wulian-desk print case` writes a real PDF: fonts embedded, numbers masked unless --full."""

import json
import shutil
import subprocess
from datetime import date

import pytest

from tests.cli.test_cli import assert_known_error, wulian
from tests.conftest import PASSWORD
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.identity import make_id_number
from wulian_desk.services.casework import cases, clients, forms
from wulian_desk.services.station import station

ID_NUMBER = make_id_number("610326", date(1948, 5, 6), 12, "female")

INTAKE = {
    "intake_date": "2026-03-01", "source": "self", "worker": "王站长", "client_name": "王秀兰", "gender": "female",
    "id_number": ID_NUMBER, "address": "城关镇南街 12 号", "is_minor": False, "presenting_problem": "独居，行动不便",
    "problem_areas": ["daily_care", "health"], "urgency": "normal", "safety_risk": False, "decision": "accept",
    "consent_signed": True,
}

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by dev.py")


@pytest.fixture
def case_number(station_dir):
    ctx = station.open_station(station_dir, passphrase=PASSWORD, username="admin")
    try:
        client = clients.create_client(ctx, ClientInput(
            name="王秀兰", gender="female", org_unit_id=ctx.station_id, id_number=ID_NUMBER, phone="13812345678",
            categories=["empty_nest"]), consent=ConsentInput(given_on=date(2026, 3, 1))).ids[0]
        case_id = cases.open_case(ctx, client_id=client, title="独居老人照护").ids[0]
        forms.fill_case_form(ctx, case_id, "intake", INTAKE)
        cases.add_session(ctx, case_id, on=date(2026, 3, 5), minutes=60, session_type="home_visit",
                          content="上门探访，了解饮食起居情况")
        return cases.cases_by_id(ctx, [case_id])[case_id].case_number
    finally:
        ctx.close()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_case_file_is_masked_by_default(station_dir, tmp_path, case_number):
    out = tmp_path / "case.pdf"
    r = wulian("print", "case", case_number, "--out", str(out), data_dir=station_dir)
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    flat = "".join(text.split())
    assert "个案档案" in flat and case_number in text and "王秀兰" in text
    assert ID_NUMBER not in text and "13812345678" not in text
    assert ID_NUMBER[:4] + "**********" + ID_NUMBER[-4:] in text and "138****5678" in text
    assert "上门探访" in text and "第1页/共" in flat and "首善街道社会工作服务站" in text
    assert "接案登记表" in flat and "独居，行动不便" in flat  # the intake form, rendered from its definition
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts and all(" yes " in line for line in fonts.splitlines()[2:] if line.strip())


def test_full_copy_shows_numbers_and_is_journaled(station_dir, tmp_path, case_number):
    out = tmp_path / "full.pdf"
    assert wulian("print", "case", case_number, "--out", str(out), "--full", data_dir=station_dir).returncode == 0
    assert ID_NUMBER in pdf_text(out)
    actions = [e["action"] for e in json.loads(wulian("audit", "--json", data_dir=station_dir).stdout)]
    assert actions[:3] == ["login", "full_copy", "print"] or {"full_copy", "print"} <= set(actions[:4])


def test_unknown_case(station_dir, tmp_path):
    assert_known_error(wulian("print", "case", "GA1999-0001", "--out", str(tmp_path / "x.pdf"), data_dir=station_dir),
                       "找不到个案")
