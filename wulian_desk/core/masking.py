"""Masking of identifying numbers in lists, prints and exports (PIPL minimum disclosure)."""

from __future__ import annotations


def mask_id_number(value: str | None) -> str:
    """'320102199001011234' -> '3201**********1234': region and last four stay, birth date goes."""
    if not value:
        return ""
    text = value.strip()
    if len(text) <= 8:
        return "*" * len(text)
    return text[:4] + "*" * (len(text) - 8) + text[-4:]


def mask_phone(value: str | None) -> str:
    """'13812345678' -> '138****5678'; landlines keep their last four only."""
    if not value:
        return ""
    text = value.strip()
    if len(text) == 11 and text.isdigit():
        return text[:3] + "****" + text[-4:]
    if len(text) <= 4:
        return "*" * len(text)
    return "*" * (len(text) - 4) + text[-4:]
