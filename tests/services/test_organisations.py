"""Organisations: registered and counted, refused without a community, phones masked, imported."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.organisations import OrganisationInput
from wulian_desk.services.parties import charity, organisations, parties_import
from wulian_desk.services.station import station


def _input(unit, **kw):
    return OrganisationInput(**({"name": "好人驿站", "org_unit_id": unit, "org_type": "charity", "status": "registered",
                                 "registration_number": "眉民社登字第001号", "leader": "王秀兰",
                                 "phone": "13912345678"} | kw))


def test_registered_and_listed_with_the_phone_masked(ctx):
    unit = station.add_org_unit(ctx, name="滨河社区", tier="community", area_kind="urban").ids[0]
    org = organisations.create_organisation(ctx, _input(unit)).ids[0]
    organisations.evaluate(ctx, org, year=2025, result="excellent", evaluated_on=date(2025, 12, 20))
    row = organisations.organisations_by_id(ctx, organisations.organisation_ids(ctx))[org]
    assert row.phone == "139****5678" and row.unit_name == "滨河社区" and row.last_evaluation == "2025 优秀"


@pytest.mark.parametrize(("kw", "field"), [({"org_unit_id": ""}, "org_unit_id"), ({"org_unit_id": "nope"}, "org_unit_id"),
                                           ({"registration_number": ""}, "registration_number"),
                                           ({"status": "filed"}, "filed_on")])
def test_bad_input_is_refused_and_changes_nothing(ctx, kw, field):
    with pytest.raises(ValidationError, match="请") as err:
        organisations.create_organisation(ctx, _input(ctx.station_id, **kw))
    assert err.value.field == field and organisations.organisation_ids(ctx) == []


def _fill(path, rows):
    wb = load_workbook(path)
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_organisations_import_reports_row_by_row(ctx, tmp_path):
    station.add_org_unit(ctx, name="滨河社区", tier="community", area_kind="urban")
    path = _fill(parties_import.write_template("organisations", tmp_path / "o.xlsx"), [
        [1, "夕阳红服务队", "滨河社区", "生活服务类", "备案", "", "2025-03-08", "李桂兰", "13912345678", 20, "是"],
        [2, "歌舞队", "不存在社区", "文体类", "备案", "", "2025-03-08", "张红", "", 10, ""],
        [3, "夕阳红服务队", "滨河社区", "生活服务类", "备案", "", "2025-03-08", "李桂兰", "", 20, ""],
        [4, "调解站", "滨河社区", "社区治理类", "登记", "", "", "赵明", "", 5, ""],
    ])
    report = parties_import.import_rows(ctx, "organisations", path)
    assert [(r.row, r.taken) for r in report.rows] == [(4, True), (5, False), (6, False), (7, False)]
    assert "未知的社区" in report.rows[1].reason and "第 4 行" in report.rows[2].reason
    assert "登记证号" in report.rows[3].reason
    assert len(organisations.organisation_ids(ctx)) == 1
    assert parties_import.import_rows(ctx, "organisations", path).taken == 0  # the same file again adds nothing


def test_donors_import_dry_run_writes_nothing(ctx, tmp_path):
    path = _fill(parties_import.write_template("donors", tmp_path / "d.xlsx"), [
        [1, "眉县爱心企业", "企业", "王经理", "13912345678"], [2, "某人", "路人", "", ""]])
    report = parties_import.import_rows(ctx, "donors", path, dry_run=True)
    assert (report.taken, report.refused) == (1, 1) and charity.donors(ctx) == []
    parties_import.import_rows(ctx, "donors", path)
    assert [d["name"] for d in charity.donors(ctx)] == ["眉县爱心企业"]
