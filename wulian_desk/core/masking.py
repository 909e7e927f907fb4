"""Masking of identifying numbers and addresses in lists, prints and exports (PIPL minimum
disclosure).

Three kinds of value are masked: a structured field (a client's ID number, a phone, an address),
a form field whose definition declares it holds one of those, and free text, where ID and phone
numbers are found by their shape:

- 18-character resident ID numbers whose check digit is right, or whose birth date is a real date
  (a mistyped ID is still someone's ID), and 15-digit first-generation IDs with a real birth date;
- mobile numbers 1[3-9]x xxxx xxxx, written whole or in 3-4-4 groups, with or without +86;
- landlines with an area code: 029-12345678, 0755 1234567, (010)12345678, 02912345678.

A number counts only where no digit touches it on either side, so dates, amounts, case numbers,
hours and long reference numbers are left alone. Local numbers without an area code (5551234) are
left alone too: seven or eight digits alone cannot be told from an amount or a count.
Full-width digits and brackets, as Chinese input methods type them, are recognised like ASCII.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from wulian_desk.core.identity import check_digit

# Kinds a form field can declare (forms/*.toml `mask = "..."`) and structured columns map to.
ID_NUMBER = "id_number"
PHONE = "phone"
ADDRESS = "address"
KINDS = (ID_NUMBER, PHONE, ADDRESS)

HIDDEN = "****"

# One character for one character, so a match in the translated text is a match in the original.
_ASCII_SHADOW = str.maketrans(
    {**{chr(0xFF10 + d): str(d) for d in range(10)}, "Ｘ": "X", "ｘ": "x", "（": "(", "）": ")", "－": "-", "＋": "+",
     "　": " "}
)

_ID18 = r"(?P<id18>[0-9]{17}[0-9Xx])"
_ID15 = r"(?P<id15>[1-8][0-9]{14})"
_MOBILE = r"(?P<mobile>(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2})"
_LANDLINE = (
    r"(?P<landline>(?P<area>\(0[1-9][0-9]{1,2}\) ?|0[1-9][0-9]{1,2}[- ])(?P<local>[1-9][0-9]{6,7})"
    r"|(?P<bare>0(?:10|2[0-9])[1-9][0-9]{7}|0[3-9][0-9]{2}[1-9][0-9]{6,7}))"
)
_NUMBERS = re.compile(rf"(?<![0-9])(?:{_ID18}|{_ID15}|{_MOBILE}|{_LANDLINE})(?![0-9])")


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


# -- addresses ---------------------------------------------------------------------------------

# The levels kept: province, prefecture, county or district, and township or sub-district (街道).
# Everything after them (社区/村, road, building, unit, door) is hidden. Longer suffixes first.
_ADMIN_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "街道", "苏木",
                   "省", "市", "州", "盟", "县", "区", "旗", "镇", "乡")
_TOWNSHIP_SUFFIXES = ("街道", "苏木", "镇", "乡")
# A part that holds one of these is a place inside a township, never an administrative division.
_DETAIL_MARKS = ("社区", "小区", "校区", "超市", "村", "组", "号", "栋", "幢", "楼", "单元", "室", "弄", "巷", "院", "里")
_ROAD_MARKS = ("路", "街", "道")  # allowed only in a sub-district named after its road (小寨路街道)
_ADMIN_PART = re.compile(r"[^\s0-9０-９,，;；。、()（）#\-]{1,12}?(?:" + "|".join(_ADMIN_SUFFIXES) + ")")
_MAX_ADMIN_PARTS = 5


def coarse_address(value: str | None) -> str:
    """The administrative part of an address, down to the township or sub-district at most:
    '陕西省西安市雁塔区小寨路街道长安中路88号3单元502室' -> '陕西省西安市雁塔区小寨路街道'."""
    text = (value or "").strip()
    end, parts = 0, 0
    while parts < _MAX_ADMIN_PARTS:
        found = _ADMIN_PART.match(text, end)
        if found is None or not _is_division(found.group()):
            break
        end, parts = found.end(), parts + 1
        if found.group().endswith(_TOWNSHIP_SUFFIXES):
            break
    return text[:end]


def _is_division(part: str) -> bool:
    if any(mark in part for mark in _DETAIL_MARKS):
        return False
    return part.endswith("街道") or not any(mark in part for mark in _ROAD_MARKS)


def mask_address(value: str | None) -> str:
    """The administrative part kept, the rest (community, road, building, door) shown as ****:
    where someone lives stays countable by district and township, never findable at the door."""
    text = (value or "").strip()
    if not text:
        return ""
    coarse = coarse_address(text)
    return coarse if coarse == text else coarse + HIDDEN


def mask_kind(kind: str | None, value: str | None) -> str:
    """A structured value masked by what it holds (one of KINDS); free text otherwise."""
    if kind == ID_NUMBER:
        return mask_id_number(value)
    if kind == PHONE:
        return mask_phone(value)
    if kind == ADDRESS:
        return mask_address(value)
    return mask_numbers_in_text(value)


# -- free text ---------------------------------------------------------------------------------


def mask_numbers_in_text(text: str | None) -> str:
    """The text with every ID number, mobile and landline in it masked; everything else as it was."""
    if not text:
        return "" if text is None else text
    shadow = text.translate(_ASCII_SHADOW)
    out, last = [], 0
    for found in _NUMBERS.finditer(shadow):
        masked = _masked(found)
        if masked is None:
            continue
        out += [text[last:found.start()], masked]
        last = found.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _masked(found: re.Match) -> str | None:
    """The masked form of one match, or None where the digits are not a number to hide."""
    if found["id18"]:
        number = found["id18"].upper()
        if check_digit(number[:17]) != number[17] and not _real_date(number[6:14]):
            return None
        return mask_id_number(number)
    if found["id15"]:
        number = found["id15"]
        return mask_id_number(number) if _real_date("19" + number[6:12]) else None
    if found["mobile"]:
        digits = re.sub(r"[^0-9]", "", found["mobile"])[-11:]
        prefix = found["mobile"][: len(found["mobile"]) - len(found["mobile"].lstrip("+86- "))]
        return prefix + digits[:3] + "****" + digits[-4:]
    if found["bare"]:
        number = found["bare"]
        area = 3 if number[1] in "12" else 4
        return number[:area] + "*" * (len(number) - area - 4) + number[-4:]
    local = found["local"]
    return found["area"] + "*" * (len(local) - 4) + local[-4:]


def _real_date(yyyymmdd: str) -> bool:
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return 1880 <= born.year <= 2100


def mask_numbers_deep(value: object) -> object:
    """Every string inside `value` (lists, tuples, dicts, dataclasses) with its numbers masked, as
    a new value of the same shape: for a whole document whose every text a person may have typed."""
    if isinstance(value, str):
        return mask_numbers_in_text(value)
    if isinstance(value, list):
        return [mask_numbers_deep(v) for v in value]
    if isinstance(value, tuple):
        return tuple(mask_numbers_deep(v) for v in value)
    if isinstance(value, dict):
        return {k: mask_numbers_deep(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: mask_numbers_deep(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


def mask_person_name(name: str | None) -> str:
    """A name shown where the person need not be known: the first and last characters kept
    (王*兰, 李*), at most three stars between, so a printed or typed code stays short."""
    text = "".join((name or "").split())
    if len(text) <= 1:
        return text
    if len(text) == 2:
        return text[0] + "*"
    return text[0] + "*" * min(len(text) - 2, 3) + text[-1]
