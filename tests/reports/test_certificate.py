"""The certificate PDF, read back with pdftotext: every field the order asks for, the CJK font
embedded, and a QR code on the page."""

import shutil
import subprocess
from datetime import date

import pytest

from wulian_desk.reports.certificate import CertificateDoc, write_certificate

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by dev.py")

DOC = CertificateDoc(
    station_name="首善街道社会工作服务站", number="ZM2026-000042", code="ZM2026-000042-ABCDEFGH23456723",
    volunteer_name="张秀英", gender="女", id_number="6103**********002X", period_from=date(2026, 1, 1),
    period_to=date(2026, 10, 31), total_hours="126.5", records=58, issued_on=date(2026, 11, 2),
    summary=[("邻里守望", 40, "90"), ("文体活动", 18, "36.5")], contents=["独居老人探访", "重阳节敬老活动"],
)


def test_the_certificate_shows_its_fields(tmp_path):
    out = write_certificate(tmp_path / "c.pdf", DOC)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    for words in ("志愿服务记录证明", "张秀英", "6103**********002X", "2026年1月1日至2026年10月31日", "126.5小时",
                  "58条服务记录", "独居老人探访", "邻里守望", "记录单位首善街道社会工作服务站", "证明编号ZM2026-000042",
                  "出具日期2026-11-02", "ZM2026-000042-ABCDEFGH23456723"):
        assert words in flat, words
    # A reader is told how to have it checked in words a station worker follows, not a command line.
    assert "“志愿者”页面，点“核验证明…”，输入上面的验证码" in flat
    assert "wulian-desk" not in flat and "verify-certificate" not in flat
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts and all(" yes " in line for line in fonts.splitlines()[2:] if line.strip())


def _dark_pixels(path) -> int:
    pgm = subprocess.run(["pdftoppm", "-r", "40", "-gray", str(path)], capture_output=True, check=True).stdout
    pixels = pgm.split(b"\n", 3)[3]  # after the P5 header: width height, then 255
    return sum(1 for b in pixels if b < 64)


def test_the_qr_code_carries_the_code_and_is_drawn(tmp_path, monkeypatch):
    from reportlab.graphics.shapes import Drawing

    from wulian_desk.reports import certificate

    assert certificate._qr(DOC.code, 32).contents[0].value == DOC.code
    with_qr = _dark_pixels(write_certificate(tmp_path / "c.pdf", DOC))
    monkeypatch.setattr(certificate, "_qr", lambda code, size: Drawing(10, 10))
    without = _dark_pixels(write_certificate(tmp_path / "d.pdf", DOC))
    assert with_qr > without + 500  # a 32 mm square of modules, about half of them dark
