"""`targets` and the lists of the other parties through the real entry point."""

from __future__ import annotations

import json

from tests.cli.test_cli import wulian
from tests.conftest import PASSWORD, USERNAME
from tests.services.test_targets import YEAR, build
from wulian_desk.services.station import policies, station


def test_targets_json_and_pdf(station_dir, tmp_path):
    ctx = station.open_station(station_dir, passphrase=PASSWORD, username=USERNAME)
    try:
        build(ctx)
        policies.choose_profile(ctx, "meixian")
    finally:
        ctx.close()
    pdf = tmp_path / "dashboard.pdf"
    result = wulian("targets", "--year", str(YEAR), "--json", "--pdf", str(pdf), data_dir=station_dir)
    assert result.returncode == 1, result.stderr  # the small community and the pilot's agencies miss
    data = json.loads(result.stdout)
    urban = next(t for t in data["targets"] if t["key"] == "organisations_urban")
    assert urban["figure"] == 10 and len(urban["record_ids"]) == 20
    assert any(b["name"] == "景贤社区" and not b["met"] for b in urban["breakdown"])
    assert pdf.read_bytes().startswith(b"%PDF")
    text = wulian("targets", "--year", str(YEAR), data_dir=station_dir)
    assert "✗ 景贤社区：4 个" in text.stdout
    for kind in ("organisations", "donors", "donations", "funds", "stock", "projects", "staff", "trainings",
                 "operating_funds"):
        listed = wulian("list", kind, "--json", data_dir=station_dir)
        assert listed.returncode == 0, listed.stderr
    trainings = json.loads(wulian("list", "trainings", "--json", data_dir=station_dir).stdout)
    assert len(trainings) == 4 and {t["staff_name"] for t in trainings} == {"社工0", "社工1"}
    funds = json.loads(wulian("list", "operating_funds", "--json", data_dir=station_dir).stdout)
    assert sorted(f["amount_yuan"] for f in funds) == ["20,000.00", "5,000.00"]
    orgs = json.loads(wulian("list", "organisations", "--json", data_dir=station_dir).stdout)
    assert len(orgs) == 25 and orgs[0]["phone"] == "139****5678"
