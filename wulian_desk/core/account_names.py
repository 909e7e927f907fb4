"""The rule for the names of staff accounts: user names (typed at login, shown in the journal)
and display names (shown wherever someone's work is named).

Two accounts must never print alike. Names are normalised (NFKC: full-width letters become
plain ones, compatibility forms their plain form) and refused if they hold a character a reader
cannot see or that reorders the text around it: controls, format characters (zero-width spaces
and joiners, right-to-left overrides, the BOM), private-use and unassigned code points,
surrogates, line and paragraph separators, and the blank letters that render as nothing. A
user name that mixes Latin letters with Cyrillic or Greek ones is refused too: "аdmin" with a
Cyrillic "а" prints exactly like "admin" (Unicode TR 39's mixed-script rule, for the scripts whose
letters pass for Latin ones).
"""

from __future__ import annotations

import unicodedata

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import Text, translate

USERNAME_MAX = 40
DISPLAY_NAME_MAX = 40

# Cc control, Cf format (ZWSP, ZWJ, RLO, BOM ...), Co private use, Cn unassigned, Cs surrogate,
# Zl/Zp line and paragraph separators.
_REFUSED_CATEGORIES = {"Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"}
# Letters and marks that draw nothing: Hangul fillers, the braille blank, the combining grapheme
# joiner, variation selectors (shown as nothing after a letter they do not vary).
_BLANK = {0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x17B4, 0x17B5}
_BLANK_RANGES = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))


def _invisible(char: str) -> bool:
    code = ord(char)
    if code in _BLANK or any(lo <= code <= hi for lo, hi in _BLANK_RANGES):
        return True
    return unicodedata.category(char) in _REFUSED_CATEGORIES


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def _clean(text: str, *, field: str, label: Text, max_len: int) -> str:
    text = unicodedata.normalize("NFKC", text or "").strip()
    bad = next((c for c in text if _invisible(c)), None)
    if bad is not None:
        raise ValidationError(
            translate("core.account_names", "{label}含有看不见或会改变文字方向的字符（{describe}），请去掉后重新输入。").format(label=label, describe=_describe(bad)),
            field=field,
        )
    if len(text) > max_len:
        raise ValidationError(
            translate("core.account_names", "{label}不能超过 {max_len} 个字符。").format(label=label, max_len=max_len), field=field
        )
    return text


_LOOKALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _lookalike_scripts(text: str) -> set[str]:
    """Which of Latin, Cyrillic and Greek the letters of `text` come from."""
    found = set()
    for char in text:
        if char.isalpha():
            script = unicodedata.name(char, "").split(" ", 1)[0]
            if script in _LOOKALIKE_SCRIPTS:
                found.add(script)
    return found


def clean_username(username: str) -> str:
    """The user name as it will be kept: NFKC, no invisible characters, no spaces, 1-40 long,
    not mixing letters that pass for one another."""
    text = _clean(username, field="username", label=translate("core.account_names", "用户名"), max_len=USERNAME_MAX)
    if not text or any(c.isspace() for c in text):
        raise ValidationError(
            translate("core.account_names", "用户名不能为空、不能含空格，且不超过 40 个字符。"),
            field="username",
        )
    if len(_lookalike_scripts(text)) > 1:
        raise ValidationError(
            translate("core.account_names", "用户名混用了拉丁字母和西里尔或希腊字母，看起来会与别的账号一样，请只用一种字母。"),
            field="username",
        )
    return text


def clean_display_name(display_name: str, *, username: str) -> str:
    """The display name as it will be kept (the user name where none is given); inner spaces
    are kept as one space each."""
    text = _clean(display_name, field="display_name", label=translate("core.account_names", "姓名"),
                  max_len=DISPLAY_NAME_MAX)
    text = " ".join(text.split())
    return text or username
