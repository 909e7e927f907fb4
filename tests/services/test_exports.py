from openpyxl import load_workbook

from wulian_desk.services import audit_log, exports


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
