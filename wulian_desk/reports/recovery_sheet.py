"""The recovery code sheet: printed once at set-up and kept in the station's safe."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from wulian_desk.reports.fonts import register_cjk_font
from wulian_desk.storage.files import private_output


def write_recovery_sheet(out: Path, *, station_name: str, code: str, created: datetime | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    font = register_cjk_font()
    created = created or datetime.now()
    out = Path(out).expanduser()
    with private_output(out) as part:  # no half-written sheet on a full disk
        pdf = canvas.Canvas(str(part), pagesize=A4, initialFontName=font, initialFontSize=12)
        pdf.setTitle("恢复码 Recovery code")
        pdf.setAuthor(station_name)
        width, height = A4
        y = height - 30 * mm
        pdf.setFont(font, 20)
        pdf.drawCentredString(width / 2, y, "五社联动工作台 数据恢复码")
        y -= 14 * mm
        pdf.setFont(font, 12)
        for line in (
            f"站点：{station_name}",
            f"生成时间：{created:%Y-%m-%d %H:%M}",
        ):
            pdf.drawString(25 * mm, y, line)
            y -= 8 * mm
        y -= 10 * mm
        pdf.setLineWidth(1.2)
        pdf.rect(25 * mm, y - 14 * mm, width - 50 * mm, 24 * mm)
        pdf.setFont(font, 22)
        pdf.drawCentredString(width / 2, y - 5 * mm, code)
        y -= 32 * mm
        pdf.setFont(font, 11)
        for line in (
            "这是打开本站数据库的恢复码。忘记全部密码、换电脑或从备份恢复时需要它。",
            "请把这张纸锁进保险柜或档案柜，不要拍照，不要存在电脑或手机里。",
            "任何拿到恢复码和数据文件的人都能看到服务对象的个人信息。",
            "站长可以在程序中重新生成恢复码；重新生成后这张纸上的旧码立即作废。",
            "",
            "This code opens the station's database if every password is lost, on another",
            "computer, or when restoring a backup. Keep it locked away; never photograph it.",
        ):
            pdf.drawString(25 * mm, y, line)
            y -= 7 * mm
        pdf.showPage()
        pdf.save()
    return out
