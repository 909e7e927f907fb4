"""Money: amounts are kept as whole fen (integers) and typed and shown in yuan."""

from __future__ import annotations

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate


def parse_yuan(text: str) -> int | None:
    """'1,234.5' yuan as text -> 123450 fen; empty -> None; anything else is a ValidationError."""
    cleaned = (text or "").strip().replace(",", "").replace("，", "").removesuffix("元")
    if not cleaned:
        return None
    try:
        whole, _, frac = cleaned.partition(".")
        if not whole.lstrip("-").isdigit() or (frac and (not frac.isdigit() or len(frac) > 2)):
            raise ValueError
        return int(whole) * 100 + (-1 if whole.startswith("-") else 1) * int((frac + "00")[:2])
    except ValueError:
        raise ValidationError(
            translate("core.money", "金额格式不对：{text}（例如 3500 或 3500.50）。").format(text=text),
            field="value_fen",
        ) from None


def format_yuan(fen: int | None) -> str:
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"
