"""The CJK font every PDF embeds: WenQuanYi Micro Hei, TrueType outlines (reportlab cannot embed
the CFF outlines of Noto CJK), shipped in resources/fonts so prints look the same everywhere."""

from __future__ import annotations

from functools import cache

from wulian_desk.paths import cjk_font_path

CJK = "WQYMicroHei"


@cache
def register_cjk_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(CJK, str(cjk_font_path()), subfontIndex=0))
    return CJK
