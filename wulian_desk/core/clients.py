"""Rules for a client's own fields (服务对象): what a valid record is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from wulian_desk.core.consent import CLIENT_CATEGORIES
from wulian_desk.core.dates import DateKind, check_date, check_optional_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.identity import parse_id_number
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import Text, translate
from wulian_desk.core.validation import collect_errors, raise_first
from wulian_desk.core.vocab import Choice

GENDERS = {"male": translate("core.clients", "男"), "female": translate("core.clients", "女")}
_PHONE = re.compile(r"^(1\d{10}|0\d{2,3}-?\d{7,8})$")

# 家庭成员: each kept as {"name", "relation" (a code below), "birth_year" (or None)}.
HOUSEHOLD_RELATIONS = {c.code: c for c in (
    Choice("spouse", translate("core.clients", "配偶")),
    Choice("child", translate("core.clients", "子女")),
    Choice("parent", translate("core.clients", "父母")),
    Choice("grandparent", translate("core.clients", "祖父母/外祖父母")),
    Choice("grandchild", translate("core.clients", "孙子女/外孙子女")),
    Choice("sibling", translate("core.clients", "兄弟姐妹")),
    Choice("other", translate("core.clients", "其他亲属或同住人")),
)}
MAX_HOUSEHOLD = 20


@dataclass
class ClientInput:
    name: str
    gender: str
    org_unit_id: str
    birth_date: date | None = None
    id_number: str | None = None
    phone: str = ""
    address: str = ""
    categories: list[str] = field(default_factory=list)
    household: list[dict] = field(default_factory=list)
    health_notes: str = ""


@dataclass
class ConsentInput:
    given_on: date
    scopes: list[str] = field(default_factory=lambda: ["service"])
    sensitive: list[str] = field(default_factory=list)
    guardian_name: str = ""
    guardian_relation: str = ""


def check_client_fields(data: ClientInput, *, today: date) -> ClientInput:
    """Validate and normalise. An ID number gives the birth date and gender when they are left
    blank, and must agree with them when they are given. Refuses with the first of
    `client_errors`."""
    raise_first(client_errors(data, today=today))
    birth, gender, id_number = data.birth_date, data.gender, None
    if data.id_number and data.id_number.strip():
        id_number, birth, gender = parse_id_number(data.id_number)
    return ClientInput(
        name=clean_text(data.name, field="name", label=translate("core.clients", "姓名"), max_len=40, required=True),
        gender=gender,
        org_unit_id=data.org_unit_id,
        birth_date=birth,
        id_number=id_number,
        phone=(data.phone or "").strip().replace(" ", ""),
        address=clean_text(data.address, field="address", label=translate("core.clients", "住址"), max_len=120, required=False),
        categories=sorted(set(data.categories), key=list(CLIENT_CATEGORIES).index),
        household=check_household(data.household, today=today),
        health_notes=clean_text(data.health_notes, field="health_notes", label=translate("core.clients", "健康与特殊情况"), max_len=2000, required=False),
    )


def client_errors(data: ClientInput, *, today: date) -> list[ValidationError]:
    """Every problem of a draft client at once, at most one per field, in the order a save meets them."""
    return collect_errors([
        lambda: clean_text(data.name, field="name", label=translate("core.clients", "姓名"), max_len=40, required=True),
        lambda: _check_gender(data.gender),
        lambda: _check_identity(data, today),
        lambda: _check_phone(data.phone),
        lambda: _check_categories(data.categories),
        lambda: _check_unit(data.org_unit_id),
        lambda: clean_text(data.address, field="address", label=translate("core.clients", "住址"), max_len=120, required=False),
        lambda: check_household(data.household, today=today),
        lambda: clean_text(data.health_notes, field="health_notes", label=translate("core.clients", "健康与特殊情况"), max_len=2000,
                           required=False),
    ])


def _check_gender(gender: str | None) -> None:
    if gender and gender not in GENDERS:
        raise ValidationError(translate("core.clients", "请选择性别。"), field="gender")


def _check_identity(data: ClientInput, today: date) -> None:
    """The ID number, and the birth date and gender it must agree with; without one, a gender
    must be chosen."""
    birth, gender = data.birth_date, (data.gender if data.gender in GENDERS else None)
    if data.id_number and data.id_number.strip():
        number, id_birth, id_gender = parse_id_number(data.id_number)
        check_against_id(number, id_birth, id_gender, birth=birth, gender=gender)
        check_date(id_birth, DateKind.BIRTH, today=today, field="id_number", label=_ID_BIRTH)
        birth, gender = id_birth, id_gender
    elif not data.gender:
        raise ValidationError(translate("core.clients", "请选择性别（填写身份证号码时由号码得出）。"), field="gender")
    check_optional_date(birth, DateKind.BIRTH, today=today, field="birth_date")


def _check_phone(phone: str) -> None:
    phone = (phone or "").strip().replace(" ", "")
    if phone and not _PHONE.match(phone):
        raise ValidationError(
            translate("core.clients", "电话号码格式不对（手机 11 位，座机如 0917-5512345）。"), field="phone"
        )


def _check_categories(categories: list[str]) -> None:
    unknown = [c for c in categories if c not in CLIENT_CATEGORIES]
    if unknown:
        raise ValidationError(translate("core.clients", "未知的服务对象类别：{join}").format(join='、'.join(unknown)), field="categories")


def _check_unit(org_unit_id: str) -> None:
    if not org_unit_id:
        raise ValidationError(translate("core.clients", "请选择所在社区（村）。"), field="org_unit_id")


_ID_BIRTH = translate("core.clients", "身份证号码中的出生日期")


def check_against_id(number: str, id_birth: date, id_gender: str, *, birth: date | None, gender: str | None) -> None:
    """Refuse a birth date or gender that contradicts the ID number, saying what each says."""
    if birth is not None and birth != id_birth:
        raise ValidationError(
            translate("core.clients", "出生日期填的是 {birth:%Y-%m-%d}，身份证号码中的出生日期是 {id_birth:%Y-%m-%d}（第 7–14 位），两者不一致。").format(birth=birth, id_birth=id_birth),
            field="birth_date",
        )
    if gender is not None and gender != id_gender:
        raise ValidationError(
            translate("core.clients", "性别选的是{chosen}，身份证号码第 17 位（{digit}）表示{given}，两者不一致。").format(
                chosen=GENDERS[gender], digit=number[16], given=GENDERS[id_gender]),
            field="gender",
        )


def check_household(members: list, *, today: date) -> list[dict]:
    """家庭成员, checked and normalised: a name, a relation from HOUSEHOLD_RELATIONS, and an
    optional birth year; a refusal names the member by its place in the list."""
    if not isinstance(members, list) or not all(isinstance(m, dict) for m in members):
        raise ValidationError(translate("core.clients", "家庭成员的格式不对。"), field="household")
    if len(members) > MAX_HOUSEHOLD:
        raise ValidationError(translate("core.clients", "家庭成员最多登记 {max_household} 人。").format(max_household=MAX_HOUSEHOLD), field="household")
    cleaned = []
    for number, member in enumerate(members, start=1):
        where = translate("core.clients", "第 {number} 位家庭成员").format(number=number)
        name = str(member.get("name") or "").strip()
        if not name:
            raise ValidationError(translate("core.clients", "请填写{where}的姓名。").format(where=where), field="household")
        if len(name) > 40:
            raise ValidationError(translate("core.clients", "{where}的姓名不能超过 40 个字。").format(where=where),
                                  field="household")
        relation = member.get("relation")
        if relation not in HOUSEHOLD_RELATIONS:
            raise ValidationError(translate("core.clients", "请选择{where}（{name}）与服务对象的关系。").format(where=where, name=name), field="household")
        cleaned.append({"name": name, "relation": relation,
                        "birth_year": _birth_year(member.get("birth_year"), where, today)})
    return cleaned


def _birth_year(value, where: Text, today: date) -> int | None:
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise ValidationError(translate("core.clients", "{where}的出生年份应为四位数字，如 1948。").format(where=where), field="household")
    year = int(text)
    if not 1900 <= year <= today.year:
        raise ValidationError(translate("core.clients", "{where}的出生年份应在 1900 到 {year} 之间。").format(where=where, year=today.year), field="household")
    return year
