"""Pinyin initials of Chinese names, so "zs" finds 张三 (pypinyin, imported on first use)."""

from __future__ import annotations


def name_initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(p[0] for p in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore") if p).lower()
