from openpyxl import load_workbook

from wulian_desk.services.reports import exports
from wulian_desk.services.station import audit_log


def test_a_list_exports_masked_and_journaled(demo_ctx, tmp_path):
    path = exports.export_list(demo_ctx, "clients", tmp_path / "clients.xlsx")
    ws = load_workbook(path).active
    assert ws["A1"].value == "服务对象" and ws["A2"].value == "姓名"
    ids = [row[3] for row in ws.iter_rows(min_row=3, values_only=True)]
    assert len(ids) == 1000 and all("**********" in (i or "**********") for i in ids)
    assert audit_log.journal(demo_ctx, action="export")[0].record_kind == "clients"


def test_english_headers(demo_ctx, tmp_path):
    ws = load_workbook(exports.export_list(demo_ctx, "cases", tmp_path / "cases.xlsx", english=True)).active
    assert ws["A1"].value == "Cases" and ws["A2"].value == "Case no."


def test_every_list_of_the_other_parties_exports(demo_ctx, tmp_path):
    from wulian_desk.services.reports import catalog

    for kind in ("donors", "donations", "funds", "stock", "projects", "staff", "trainings", "operating_funds"):
        ws = load_workbook(exports.export_list(demo_ctx, kind, tmp_path / f"{kind}.xlsx")).active
        rows = list(ws.iter_rows(values_only=True))
        assert rows[0][0] == catalog.KINDS[kind].zh and list(rows[1]) == [c.zh for c in catalog.KINDS[kind].columns]
        assert len(rows) > 2, kind
    donations = list(load_workbook(tmp_path / "donations.xlsx").active.iter_rows(min_row=3, values_only=True))
    assert all(row[1] and row[2] for row in donations)  # the donor and the fund by name, never an id
    stock = list(load_workbook(tmp_path / "stock.xlsx").active.iter_rows(min_row=3, values_only=True))
    assert all(row[6] >= 0 for row in stock)  # on hand never below zero
