"""Account names that print alike are refused, and names are kept in one normal form."""

from __future__ import annotations

import pytest

from wulian_desk.core.account_names import clean_display_name, clean_username
from wulian_desk.core.errors import ValidationError

LOOK_ALIKES = {
    "zero-width space": "admin\u200b",
    "zero-width joiner": "ad\u200dmin",
    "word joiner": "\u2060admin",
    "byte-order mark": "\ufeffadmin",
    "right-to-left override": "\u202enimda",
    "right-to-left isolate": "admin\u2067",
    "left-to-right mark": "admin\u200e",
    "soft hyphen": "ad\u00admin",
    "control character": "admin\x07",
    "private use": "admin\ue000",
    "unassigned": "admin\U000e0fff",
    "hangul filler": "admin\u3164",
    "braille blank": "admin\u2800",
    "variation selector": "admin\ufe0f",
    "line separator": "ad\u2028min",
    "tag character": "admin\U000e0041",
}


@pytest.mark.parametrize("name", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_a_user_name_with_an_invisible_character_is_refused(name):
    with pytest.raises(ValidationError, match="看不见或会改变文字方向的字符") as err:
        clean_username(name)
    assert err.value.field == "username"
    assert "U+" in str(err.value)  # names the character, since the user cannot see it


@pytest.mark.parametrize("name", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_a_display_name_with_an_invisible_character_is_refused(name):
    with pytest.raises(ValidationError, match="看不见") as err:
        clean_display_name("王" + name, username="wang")
    assert err.value.field == "display_name"


def test_names_are_kept_in_their_normal_form():
    assert clean_username("ａｄｍｉｎ") == "admin"  # full-width letters typed with a Chinese IME
    assert clean_username("  lixiao ") == "lixiao"
    assert clean_username("李晓") == "李晓"
    assert clean_display_name("王\u3000站长", username="wang") == "王 站长"
    assert clean_display_name("", username="wang") == "wang"


@pytest.mark.parametrize("name", ["", "   ", "li xiao", "a" * 41])
def test_user_names_keep_their_other_rules(name):
    with pytest.raises(ValidationError):
        clean_username(name)


@pytest.mark.parametrize("name", ["\u0430dmin", "adm\u0456n", "\u03bfperator", "wang\u0435"])
def test_a_user_name_mixing_lookalike_alphabets_is_refused(name):
    with pytest.raises(ValidationError, match="拉丁字母和西里尔或希腊字母"):
        clean_username(name)


@pytest.mark.parametrize("name", ["админ", "wang王", "李伟", "zhang.san-2"])
def test_one_alphabet_or_with_chinese_is_fine(name):
    assert clean_username(name) == name
