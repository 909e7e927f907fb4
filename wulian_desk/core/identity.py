"""Resident ID numbers (GB 11643-1999): the check digit, and the birth date and gender they carry.

A first-generation 15-digit number (born 19yy, no check digit) is still read: it is upgraded to
the 18-digit number the same person holds today (GB 11643-1999 appendix), so both spellings of
one person are one number."""

from __future__ import annotations

from datetime import date

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def check_digit(first17: str) -> str:
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def parse_id_number(value: str, *, field: str = "id_number") -> tuple[str, date, str]:
    """(normalised 18-digit number, birth date, gender 'male'/'female'), or a ValidationError
    saying why not."""
    text = (value or "").strip().upper().replace(" ", "")
    if len(text) == 15 and text.isdigit():
        text = upgrade_15(text)
    elif len(text) != 18:
        raise ValidationError(
            translate("core.identity", "身份证号码应为 18 位（或旧的 15 位），现在是 {count} 位。").format(count=len(text)),
            field=field,
        )
    elif not text[:17].isdigit() or not (text[17].isdigit() or text[17] == "X"):
        raise ValidationError(
            translate("core.identity", "身份证号码应为 18 位：前 17 位是数字，最后一位是数字或 X。"),
            field=field,
        )
    if check_digit(text[:17]) != text[17]:
        raise ValidationError(
            translate("core.identity", "身份证号码校验位不对（最后一位应为 {check_digit}），请核对是否抄错。").format(check_digit=check_digit(text[:17])),
            field=field,
        )
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise ValidationError(translate("core.identity", "身份证号码第 7–14 位的出生日期 {text} 不是真实的日期。").format(text=text[6:14]),
                              field=field) from None
    return text, born, gender_of(text)


def gender_of(number: str) -> str:
    """The gender a valid 18-digit number gives: its 17th digit is odd for men, even for women."""
    return "male" if int(number[16]) % 2 else "female"


def upgrade_15(number: str) -> str:
    """The 18-digit form of a 15-digit number: '19' before the two-digit year, a check digit after."""
    first17 = number[:6] + "19" + number[6:]
    return first17 + check_digit(first17)


def id_facts(value: str | None) -> tuple[date, str] | None:
    """(birth date, gender) when `value` is a whole valid number, else None: for filling in a
    form as the number is typed, where an unfinished number is not yet an error."""
    try:
        _number, born, gender = parse_id_number(value or "")
    except ValidationError:
        return None
    return born, gender


def make_id_number(region: str, born: date, sequence: int, gender: str) -> str:
    """A valid number for made-up people (demo and tests)."""
    seq = sequence % 100 * 10 + (1 if gender == "male" else 0) + (sequence // 100 % 5) * 2
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
