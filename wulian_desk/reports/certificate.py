"""The printed 志愿服务记录证明 (volunteer service record certificate, 民政部令第67号): the volunteer,
the period, total hours, what the service was, the recording unit, the certificate number, the
date of issue, and a verification code printed as text and as a QR code carrying it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from wulian_desk.reports.fonts import register_cjk_font
from wulian_desk.reports.pdf import esc, styles, table
from wulian_desk.storage.files import private_output


@dataclass
class CertificateDoc:
    station_name: str  # the recording unit (记录单位)
    number: str
    code: str
    volunteer_name: str
    gender: str
    id_number: str  # masked as every print is
    period_from: date
    period_to: date
    total_hours: str
    records: int
    issued_on: date
    summary: list[tuple[str, int, str]] = field(default_factory=list)  # (kind of service, times, hours)
    contents: list[str] = field(default_factory=list)  # the main service contents, most hours first
    national_number: str = ""  # 志愿者统一编号, shown when known
    stations: list[str] = field(default_factory=list)  # where the hours were served, when more than the issuer


# How a reader checks the certificate, said the way a person at a station does it (not a command).
VERIFY_IN_WORDS = ("如需核验，请向出具单位或本县任一社会工作服务站、县级总站提出：工作人员在“五社联动工作台”中打开"
                   "“志愿者”页面，点“核验证明…”，输入上面的验证码（或扫描二维码），即可看到本证明由谁出具、"
                   "所载时长与期间、是否已吊销。验证码带有出具单位的电子签名，核验不需要联网。")


def _identity(doc: CertificateDoc) -> str:
    """Gender, the (masked) ID number where the issuer holds it, the national number where known."""
    parts = [doc.gender] if doc.gender else []
    if doc.id_number:
        parts.append(f"身份证件号码 {doc.id_number}")
    if doc.national_number:
        parts.append(f"志愿者统一编号 {doc.national_number}")
    return "，".join(parts) or "—"


def _qr(code: str, size_mm: float):
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm

    widget = QrCodeWidget(code, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = size_mm * mm
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
                      initialFontName=register_cjk_font())  # else the drawing names an unembedded Helvetica
    drawing.add(widget)
    return drawing


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def write_certificate(out: Path, doc: CertificateDoc) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    font = register_cjk_font()
    st = styles()
    right = ParagraphStyle("right", parent=st["body"], alignment=2)
    story = [
        Paragraph(esc(f"证明编号：{doc.number}"), right),
        Spacer(1, 8 * mm),
        Paragraph("志愿服务记录证明", st["title"]),
        Paragraph(esc(
            f"兹证明 {doc.volunteer_name}（{_identity(doc)}）于 {_day(doc.period_from)} 至 "
            f"{_day(doc.period_to)} 期间，在{'、'.join(doc.stations) or doc.station_name}参加志愿服务，经本单位记录，累计志愿服务时长 "
            f"{doc.total_hours} 小时（{doc.records} 条服务记录）。"), st["body"]),
        Spacer(1, 6 * mm),
        table([
            ("志愿者姓名", doc.volunteer_name), *([("志愿者统一编号", doc.national_number)] if doc.national_number else []),
            ("服务期间", f"{doc.period_from:%Y-%m-%d} 至 {doc.period_to:%Y-%m-%d}"),
            ("志愿服务时长合计", f"{doc.total_hours} 小时"), ("主要服务内容", "；".join(doc.contents) or "—"),
            ("记录单位", doc.station_name), ("证明编号", doc.number), ("出具日期", f"{doc.issued_on:%Y-%m-%d}"),
        ], (45 * mm, 129 * mm), header=False),
        Paragraph("服务内容汇总", st["h2"]),
        table([("服务类别", "次数", "时长（小时）"), *[(k, str(n), h) for k, n, h in doc.summary]],
              (94 * mm, 30 * mm, 50 * mm)),
        Spacer(1, 8 * mm),
    ]
    verify = [
        Paragraph("验证码", st["h2"]),
        Paragraph(esc(doc.code), st["body"]),
        Paragraph(esc(VERIFY_IN_WORDS), st["note"]),
    ]
    block = Table([[_qr(doc.code, 32), verify]], colWidths=(38 * mm, 136 * mm))
    block.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), font)])
    story += [
        block,
        Spacer(1, 14 * mm),
        Paragraph(esc(f"记录单位（盖章）：{doc.station_name}"), right),
        Paragraph(esc(f"出具日期：{_day(doc.issued_on)}"), right),
        Spacer(1, 10 * mm),
        Paragraph("本证明依据《志愿服务记录与证明出具办法》（民政部令第67号）出具，涂改无效。", st["note"]),
    ]
    out = Path(out).expanduser()
    with private_output(out) as part:  # owner-only, and no half-written file on a full disk
        pdf = SimpleDocTemplate(str(part), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                                bottomMargin=18 * mm, title=f"志愿服务记录证明 {doc.number}", author=doc.station_name,
                                initialFontName=font)  # so no page refers to an unembedded Helvetica
        pdf.build(story)
    return out
