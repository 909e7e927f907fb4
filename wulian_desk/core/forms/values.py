"""Cleaning one answer of one field: check it against the field's rules and give its stored form.

Stored forms are plain JSON values (dates as ISO strings, yes/no as booleans) because answers are
kept as JSON and must read back exactly as they were saved.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime

from wulian_desk.core.dates import PLANNED_YEARS, DateKind, earliest, latest
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import model as m
from wulian_desk.core.identity import parse_id_number
from wulian_desk.core.texts import Given, Text, translate

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YES = {"yes", "true", "是", "1"}
_NO = {"no", "false", "否", "0"}


@dataclass(frozen=True)
class Where:
    """Where an answer sits: the key path for code, the labels for people."""

    path: str  # "members[2].name": the index is the list index, so a screen can find the row
    label: Text  # 「家庭成员」第 3 项的「姓名」

    def refuse(self, reason: Text) -> ValidationError:
        return ValidationError(translate("core.forms.values", "{where}{reason}").format(where=self.label, reason=reason),
                               field=self.path)


def where_of(field: m.Field | m.RepeatGroup) -> Where:
    return Where(field.key, translate("core.forms.values", "「{label}」").format(
        label=Given(field.label_zh, field.label_en or field.key)))


def is_blank(raw: object) -> bool:
    if raw is None:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    return isinstance(raw, list | tuple | set | dict) and not raw


def clean_value(field: m.Field, raw: object, where: Where, *, today: date) -> object:
    """The stored form of a non-blank answer, or a ValidationError naming the field."""
    return _CLEANERS[field.type](field, raw, where, today)


def fmt_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def parse_date_bound(bound: float | str | None, today: date) -> date | None:
    if bound is None:
        return None
    return today if bound == "today" else date.fromisoformat(str(bound))


def _clean_text(field: m.Field, raw: object, where: Where, today: date) -> str:
    if not isinstance(raw, str):
        raise where.refuse(translate("core.forms.values", "应填写文字。"))
    text = raw.strip()
    if field.min is not None and len(text) < field.min:
        raise where.refuse(translate("core.forms.values", "至少需要 {fmt_number} 个字。").format(fmt_number=fmt_number(field.min)))
    if field.max is not None and len(text) > field.max:
        raise where.refuse(translate("core.forms.values", "最多 {fmt_number} 个字，现在是 {count} 个字。").format(fmt_number=fmt_number(field.max), count=len(text)))
    if field.pattern and not re.fullmatch(field.pattern, text):
        reason = Given(field.pattern_message, field.pattern_message_en) if field.pattern_message \
            else translate("core.forms.values", "格式不对，请核对。")
        raise where.refuse(translate("core.forms.values", "：{reason}").format(reason=reason))
    return text


def _clean_number(field: m.Field, raw: object, where: Where, today: date) -> int | float:
    value = _to_number(raw)
    if value is None:
        raise where.refuse(translate("core.forms.values", "应填写数字。"))
    if field.integer and not value.is_integer():
        raise where.refuse(translate("core.forms.values", "应为整数。"))
    unit = field.unit
    if field.min is not None and value < field.min:
        raise where.refuse(translate("core.forms.values", "不能小于 {fmt_number}{unit}。").format(fmt_number=fmt_number(field.min), unit=unit))
    if field.max is not None and value > field.max:
        raise where.refuse(translate("core.forms.values", "不能大于 {fmt_number}{unit}。").format(fmt_number=fmt_number(field.max), unit=unit))
    return int(value) if value.is_integer() else value


def _to_number(raw: object) -> float | None:
    if isinstance(raw, bool):  # True is an int in Python, but never a count or an amount
        return None
    if isinstance(raw, int | float):
        value = float(raw)
    elif isinstance(raw, str):
        try:
            value = float(raw.strip().replace(",", ""))
        except ValueError:
            return None
    else:
        return None
    return value if math.isfinite(value) else None


def _clean_date(field: m.Field, raw: object, where: Where, today: date) -> str:
    day = _to_date(raw)
    if day is None:
        raise where.refuse(translate("core.forms.values", "应为日期，格式如 2024-03-05。"))
    low, high = parse_date_bound(field.min, today), parse_date_bound(field.max, today)
    if low is not None and day < low:
        raise where.refuse(translate("core.forms.values", "早于{date_words}（填的是 {isoformat}）。").format(date_words=_date_words(field.min, low), isoformat=day.isoformat()))
    if high is not None and day > high:
        raise where.refuse(translate("core.forms.values", "{isoformat} 晚于{date_words}。").format(isoformat=day.isoformat(), date_words=_date_words(field.max, high)))
    _refuse_implausible(day, where, today, bounded_low=low is not None,
                        bounded_high=high is not None)
    return day.isoformat()


def _refuse_implausible(day: date, where: Where, today: date, *, bounded_low: bool,
                        bounded_high: bool) -> None:
    """A bound the definition leaves open still has an end: a form records the service (nothing
    before the floor of service records) and plans ahead (a few years at most). A definition
    that needs older dates, such as a birth date, says so with its own `min`."""
    floor, ceiling = earliest(DateKind.HAPPENED), latest(DateKind.PLANNED, today)
    if not bounded_low and day < floor:
        raise where.refuse(translate("core.forms.values", "早于 {isoformat}，请核对（填的是 {isoformat2}）。").format(isoformat=floor.isoformat(), isoformat2=day.isoformat()))
    if not bounded_high and day > ceiling:
        raise where.refuse(translate("core.forms.values", "{isoformat} 晚于 {isoformat2}（今天起 {planned_years} 年），请核对。").format(isoformat=day.isoformat(), isoformat2=ceiling.isoformat(), planned_years=PLANNED_YEARS))


def _to_date(raw: object) -> date | None:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str) and _ISO_DATE.fullmatch(raw.strip()):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            return None
    return None


def _date_words(bound: float | str | None, day: date) -> Text | str:
    return translate("core.forms.values", "今天（{day}）").format(day=day.isoformat()) if bound == "today" \
        else f" {day.isoformat()}"


def _clean_single(field: m.Field, raw: object, where: Where, today: date) -> str:
    if field.option(raw) is None:
        raise where.refuse(translate("core.forms.values", "的选项“{raw}”不在可选范围内。").format(raw=raw))
    return str(raw)


def _clean_multi(field: m.Field, raw: object, where: Where, today: date) -> list[str]:
    if isinstance(raw, str) or not isinstance(raw, list | tuple | set | frozenset):
        raise where.refuse(translate("core.forms.values", "应为一组选项。"))
    unknown = [code for code in raw if field.option(code) is None]
    if unknown:
        raise where.refuse(translate("core.forms.values", "的选项“{unknown}”不在可选范围内。").format(unknown=unknown[0]))
    # Stored in the definition's order, so two saves of the same picks compare equal.
    picked = [o.code for o in field.options if o.code in raw]
    if field.min is not None and len(picked) < field.min:
        raise where.refuse(translate("core.forms.values", "至少选择 {fmt_number} 项。").format(fmt_number=fmt_number(field.min)))
    if field.max is not None and len(picked) > field.max:
        raise where.refuse(translate("core.forms.values", "最多选择 {fmt_number} 项。").format(fmt_number=fmt_number(field.max)))
    return picked


def _clean_yes_no(field: m.Field, raw: object, where: Where, today: date) -> bool:
    if isinstance(raw, bool):
        return raw
    word = str(raw).strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise where.refuse(translate("core.forms.values", "应选择“是”或“否”。"))


def _clean_id_number(field: m.Field, raw: object, where: Where, today: date) -> str:
    try:
        number, _born, _gender = parse_id_number(str(raw), field=where.path)
    except ValidationError as err:
        raise where.refuse(translate("core.forms.values", "：{reason}").format(reason=err.text)) from None
    return number


_CLEANERS = {
    m.TEXT: _clean_text,
    m.LONG_TEXT: _clean_text,
    m.NUMBER: _clean_number,
    m.DATE: _clean_date,
    m.SINGLE_CHOICE: _clean_single,
    m.SCALE_ITEM: _clean_single,
    m.MULTI_CHOICE: _clean_multi,
    m.YES_NO: _clean_yes_no,
    m.ID_NUMBER: _clean_id_number,
}
