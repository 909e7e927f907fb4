"""`report monthly` through the real entry point: PDF, .xlsx and JSON; bad input gets one Chinese
line and a non-zero exit, before any password is asked."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import assert_known_error, wulian
from tests.services.rollup_fixtures import fill_small_station, make_station


@pytest.fixture(scope="module")
def small_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-small") / "station"
    ctx = make_station(folder, name="槐芽镇社会工作服务站")
    try:
        fill_small_station(ctx)
    finally:
        ctx.close()
    return folder


def test_monthly_report_as_pdf_xlsx_and_json(small_dir, tmp_path):
    pdf, xlsx = tmp_path / "十月.pdf", tmp_path / "october.XLSX"
    r = wulian("report", "monthly", "--month", "2026-10", "--out", str(pdf), data_dir=small_dir)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"已生成 2026年10月 月度报告：{pdf}"
    assert pdf.read_bytes().startswith(b"%PDF")
    r = wulian("report", "monthly", "--month", "2026-10", "--out", str(xlsx), "--json", data_dir=small_dir)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["out"] == str(xlsx) and xlsx.read_bytes().startswith(b"PK")
    assert data["scope"] == "station" and data["total"]["cases_opened"] == 2
    assert [u["name"] for u in data["stations"][0]["units"]] == ["槐芽镇社会工作服务站", "槐芽村", "西街社区"]
    journal = json.loads(wulian("audit", "--json", data_dir=small_dir).stdout)
    prints = [e for e in journal if e["action"] == "print" and e["record_kind"] == "monthly_report"]
    assert sorted(e["detail"]["format"] for e in prints) == ["pdf", "xlsx"]


@pytest.mark.parametrize(("args", "words"), [
    (("--month", "2026-13"), "月份格式不对：2026-13"),
    (("--month", "下个月"), "月份格式不对"),
    (("--month", "2999-01"), "月份格式不对"),
    (("--month", "2026-10", "--format", "pdf"), "命令行参数有误"),
])
def test_bad_months_and_arguments(tmp_path, args, words):
    r = wulian("report", "monthly", *args, "--out", str(tmp_path / "m.pdf"), passphrase=None, data_dir=tmp_path)
    assert_known_error(r, words)
    assert not (tmp_path / "m.pdf").exists()


def test_bad_output_files(tmp_path):
    for out, words in ((tmp_path / "m.docx", "只能保存为 .pdf 或 .xlsx"), (tmp_path / "m", "只能保存为 .pdf 或 .xlsx"),
                       (tmp_path / "no" / "such" / "m.pdf", "保存位置不存在"), (tmp_path, "是一个文件夹")):
        r = wulian("report", "monthly", "--month", "2026-10", "--out", str(out), passphrase=None, data_dir=tmp_path)
        assert_known_error(r, words)


def test_the_month_is_required(tmp_path):
    r = wulian("report", "monthly", "--out", str(tmp_path / "m.pdf"), passphrase=None, data_dir=tmp_path)
    assert_known_error(r, "--month")


def test_a_worker_may_not_print_it(station_dir, tmp_path):
    from tests.conftest import PASSWORD, USERNAME
    from wulian_desk.services.station import accounts, station

    ctx = station.open_station(station_dir, passphrase=PASSWORD, username=USERNAME)
    try:
        accounts.create_account(ctx, username="lixiao", display_name="李晓", role="worker", password="worker-pass-2026")
    finally:
        ctx.close()
    r = wulian("--user", "lixiao", "report", "monthly", "--month", "2026-10", "--out", str(tmp_path / "m.pdf"),
               passphrase="worker-pass-2026", data_dir=station_dir)
    assert_known_error(r, "社工无权打印月度汇总与报告（只有站长、督导、总站管理员可以）")
    assert not (tmp_path / "m.pdf").exists()
