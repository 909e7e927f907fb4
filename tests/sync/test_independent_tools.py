"""Our files checked by tools we did not write: the standard `age` decrypts a bundle's payload
with the recipient's identity (from `keys backup`), and OpenSSL verifies line 3 over line 2."""

from __future__ import annotations

import base64
import gzip
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from wulian_desk.services.sync import enrolment, sync


@pytest.fixture(autouse=True)
def _tools_installed():
    """Never skipped: `python3 dev.py test` installs both (apt-get)."""
    missing = [tool for tool in ("age", "openssl") if shutil.which(tool) is None]
    assert not missing, f"install {missing} (python3 dev.py test does it with apt-get)"


@pytest.fixture
def real_bundle(county, station_a, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    [result] = sync.export_all(station_a.ctx, stick)
    return result.path


def test_openssl_verifies_the_header_signature(real_bundle, station_a, tmp_path):
    lines = real_bundle.read_bytes().split(b"\n", 3)
    (tmp_path / "header.json").write_bytes(lines[1])
    (tmp_path / "header.sig").write_bytes(base64.b64decode(lines[2]))
    (tmp_path / "sender.pem").write_text(enrolment.keys_info(station_a.ctx).sign_pem)
    verify = ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(tmp_path / "sender.pem"), "-rawin",
              "-in", str(tmp_path / "header.json"), "-sigfile", str(tmp_path / "header.sig")]
    done = subprocess.run(verify, capture_output=True, text=True)
    assert done.returncode == 0 and "Signature Verified Successfully" in done.stdout, done.stderr

    (tmp_path / "header.json").write_bytes(lines[1].replace(b'"seq":1', b'"seq":2'))
    assert subprocess.run(verify, capture_output=True).returncode != 0


def test_age_decrypts_the_payload_with_the_escrowed_identity(real_bundle, county, station_a, tmp_path):
    header = json.loads(real_bundle.read_bytes().split(b"\n", 3)[1])
    payload = real_bundle.read_bytes().split(b"\n", 3)[3]
    assert len(payload) == header["payload_size"]
    (tmp_path / "payload.age").write_bytes(payload)
    keys = enrolment.backup_keys(county.ctx, tmp_path / "county-keys.txt", confirmed=True)
    assert "AGE-SECRET-KEY-1" in keys.read_text()
    done = subprocess.run(["age", "-d", "-i", str(keys), str(tmp_path / "payload.age")], capture_output=True)
    assert done.returncode == 0, done.stderr
    lines = gzip.decompress(done.stdout).split(b"\n")
    manifest = json.loads(lines[0])
    assert manifest["bundle_id"] == header["bundle_id"] and manifest["recipient"] == header["recipient"]
    assert manifest["tables"]["client"]["rows"] == header["counts"]["client"]
    # Client identities went up pseudonymised: no real name or ID number in the payload.
    block = lines.index(next(line for line in lines if line.startswith(b'{"columns"') and b'"table":"client"' in line))
    columns = json.loads(lines[block])["columns"]
    first = json.loads(lines[block + 1])
    assert first[columns.index("name")].startswith("服务对象-")
    assert first[columns.index("id_number")] in (None, "")

    # The station's own identity cannot open what was sent to the county.
    mine = enrolment.backup_keys(station_a.ctx, tmp_path / "station-keys.txt", confirmed=True)
    assert subprocess.run(["age", "-d", "-i", str(mine), str(tmp_path / "payload.age")], capture_output=True).returncode != 0


def test_keys_show_pem_is_what_openssl_reads(station_a, tmp_path):
    info = enrolment.keys_info(station_a.ctx)
    (tmp_path / "pub.pem").write_text(info.sign_pem)
    done = subprocess.run(["openssl", "pkey", "-pubin", "-in", str(tmp_path / "pub.pem"), "-noout", "-text"],
                          capture_output=True, text=True)
    assert done.returncode == 0 and "ED25519" in done.stdout.upper()


def test_the_shell_recipe_in_the_format_document_works(real_bundle, county, station_a, tmp_path):
    """docs/bundle-format.md's commands, run as written."""
    (tmp_path / "sender.pem").write_text(enrolment.keys_info(station_a.ctx).sign_pem)
    enrolment.backup_keys(county.ctx, tmp_path / "recipient-keys.txt", confirmed=True)
    shutil.copy(real_bundle, tmp_path / "bundle.wlb")
    doc = (Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")
    recipe = doc.split("```sh\n", 1)[1].split("```", 1)[0]
    done = subprocess.run(["bash", "-eu", "-c", recipe], cwd=tmp_path, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout
    assert b"Signature Verified Successfully" in out
    header = json.loads((tmp_path / "header.json").read_bytes())
    assert header["payload_sha256"].encode() in out
    assert b'"acks":' in out and header["bundle_id"].encode() in out
