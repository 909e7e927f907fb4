"""Pinyin initials of Chinese names, so "zs" finds 张三 (pypinyin, imported on first use)."""

from __future__ import annotations


def name_initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(p[0] for p in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore") if p).lower()


def pinyin_key(text: str | None) -> tuple[tuple[str, ...], str]:
    """What names and titles sort by: their pinyin syllable by syllable (西安 xi·an before 先
    xian), so 安 comes before 白 as in a dictionary, not in code-point order; latin letters and
    digits as themselves, lower-cased. The text breaks ties between homophones."""
    from pypinyin import Style, lazy_pinyin

    text = text or ""
    return tuple(s.lower() for s in lazy_pinyin(text, style=Style.NORMAL)), text
