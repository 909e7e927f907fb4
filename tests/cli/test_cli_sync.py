"""The sync commands as a county and a station use them, headless, with good and bad input."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import assert_known_error, wulian
from tests.conftest import USERNAME
from tests.sync.conftest import make_site


@pytest.fixture
def pair(tmp_path):
    county = make_site(tmp_path / "county", name="城固县社会工作服务总站", tier="county", code="610722")
    site = make_site(tmp_path / "station", name="博望街道社会工作服务站", tier="township", code="610722001")
    county.ctx.close()
    site.ctx.close()
    return tmp_path / "county", tmp_path / "station"


def run(folder, *args):
    return wulian(*args, data_dir=folder, env_extra={"WULIAN_DESK_USER": USERNAME})


def test_enrol_export_import_from_the_command_line(pair, tmp_path):
    county, station = pair
    r = run(station, "enrol", "request", "--out", str(tmp_path / "req.wer"))
    assert r.returncode == 0 and "本机指纹" in r.stdout, r.stderr
    shown = json.loads(run(county, "enrol", "show", str(tmp_path / "req.wer"), "--json").stdout)
    assert shown["station_name"] == "博望街道社会工作服务站"

    wrong = run(county, "enrol", "accept", str(tmp_path / "req.wer"), "--out", str(tmp_path / "reply.wer"),
                "--fingerprint", "AAAA-BBBB-CCCC-DDDD")
    assert_known_error(wrong, "指纹不一致")
    assert not (tmp_path / "reply.wer").exists()
    typed = shown["fingerprint"].lower().replace("-", " ")  # read out on the phone, typed loosely
    r = run(county, "enrol", "accept", str(tmp_path / "req.wer"), "--out", str(tmp_path / "reply.wer"), "--fingerprint", typed)
    assert r.returncode == 0, r.stderr

    county_keys = json.loads(run(county, "keys", "show", "--json").stdout)
    assert county_keys["age_recipient"].startswith("age1") and "BEGIN PUBLIC KEY" in county_keys["ed25519_public_pem"]
    r = run(station, "enrol", "import", str(tmp_path / "reply.wer"), "--fingerprint", county_keys["fingerprint"])
    assert r.returncode == 0 and "城固县" in r.stdout, r.stderr

    stick = tmp_path / "stick"
    stick.mkdir()
    preview = json.loads(run(station, "export", "--to", str(stick), "--preview", "--json").stdout)
    [(peer, plan)] = preview.items()
    assert plan["name"] == "城固县社会工作服务总站"
    assert_known_error(run(station, "export", "--to", str(tmp_path / "no-stick")), "不存在")
    exported = json.loads(run(station, "export", "--to", str(stick), "--json").stdout)
    [bundle] = exported
    assert bundle["seq"] == 1 and bundle["file"].endswith(".wlb")

    checked = json.loads(run(county, "import", bundle["file"], "--dry-run", "--json").stdout)
    assert checked[0]["status"] == "checked"
    (stick / "junk.wlb").write_bytes(b"not a bundle at all")
    r = run(county, "import", bundle["file"], str(stick / "junk.wlb"), "--json")
    results = json.loads(r.stdout)
    assert r.returncode == 15 and [x["status"] for x in results] == ["imported", "rejected"]
    assert results[1]["reason"] == "not_a_bundle"
    again = json.loads(run(county, "import", bundle["file"], "--json").stdout)
    assert again[0]["status"] == "duplicate"

    status = json.loads(run(county, "reporting", "--month", bundle["file"].split("_")[-1][:4] + "-"
                             + bundle["file"].split("_")[-1][4:6], "--json").stdout)
    # The bundle arrived this month, but only a submission after the month ends reports it.
    assert status["reporting_rate"] == 0.0 and status["stations"][0]["received"]
    assert (status["stations"][0]["state"], status["stations"][0]["on_time"]) == ("not submitted", False)
    assert_known_error(run(county, "reporting", "--month", "2026-13"), "月份格式不对")
    peers = json.loads(run(county, "peers", "--json").stdout)
    assert peers[0]["relation"] == "station" and peers[0]["in_last_seq"] == 1


def test_keys_backup_asks_first(pair, tmp_path):
    county, _ = pair
    assert_known_error(run(county, "keys", "backup", "--out", str(tmp_path / "keys.txt")), "--yes")
    assert not (tmp_path / "keys.txt").exists()
    r = run(county, "keys", "backup", "--out", str(tmp_path / "keys.txt"), "--yes")
    assert r.returncode == 0 and "AGE-SECRET-KEY-1" in (tmp_path / "keys.txt").read_text()


def test_bad_enrolment_input_is_refused_plainly(pair, tmp_path):
    county, station = pair
    assert_known_error(run(county, "enrol", "show", str(tmp_path / "missing.wer")), "找不到文件")
    (tmp_path / "fake.wer").write_text("hello")
    assert_known_error(run(county, "enrol", "show", str(tmp_path / "fake.wer")), "不是登记申请")
    run(station, "enrol", "request", "--out", str(tmp_path / "req.wer"))
    data = (tmp_path / "req.wer").read_bytes().replace("博望".encode(), "假冒".encode())
    (tmp_path / "forged.wer").write_bytes(data)
    assert_known_error(run(county, "enrol", "show", str(tmp_path / "forged.wer")), "签名验证失败")
    assert_known_error(run(station, "enrol", "accept", str(tmp_path / "req.wer"), "--out", str(tmp_path / "r.wer"),
                           "--fingerprint", "x"), "本机自己")
    assert_known_error(run(station, "export", "--to", str(tmp_path)), "还没有登记")
    assert_known_error(run(county, "corrections", "request", "--station", "nope", "--table", "client", "--record", "x",
                           "--message", "请核对"), "还没有在本总站登记")
