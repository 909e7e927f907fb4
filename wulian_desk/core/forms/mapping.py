"""Which form fields stand for a client's or a case's own fields (`fills = "client.phone"`): the
targets a definition may name, the checks at load, the answers a new form starts with, and what
a saved form says differently from the record.

The record's values come in as "facts": a mapping from target name to the value in the form's own
stored shape (ISO dates, option codes, booleans), so this module reads nothing and knows no
database. A target is either kept in step both ways (prefilled, and offered back when the form
says otherwise) or only prefilled (the case's worker, a derived "under 18"), because changing
those is a decision of its own made elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.conditions import is_visible
from wulian_desk.core.forms.locate import ParseContext
from wulian_desk.core.forms.values import clean_value, is_blank, where_of
from wulian_desk.core.masking import ADDRESS, ID_NUMBER, PHONE
from wulian_desk.core.texts import Text, translate


@dataclass(frozen=True)
class Target:
    name: str
    text: Text  # what the field holds, for a refusal naming it
    types: tuple[str, ...]  # the field types that can hold it
    mask: str | None = None  # the `mask` a text field holding it must declare
    codes: tuple[str, ...] = ()  # the option codes a choice field must offer
    writes: bool = False  # offered back to the record when the form differs


CLIENT_CONSENT = "client.consent"
CLIENT_REFERRAL_CONSENT = "client.referral_consent"
CASE_RISK = "case.risk"
GUARDIAN_NAME = "consent.guardian_name"
GUARDIAN_RELATION = "consent.guardian_relation"

TARGETS = {t.name: t for t in (
    Target("client.name", translate("core.forms.mapping", "姓名"), (m.TEXT,), writes=True),
    Target("client.gender", translate("core.forms.mapping", "性别"), (m.SINGLE_CHOICE,), codes=("male", "female"), writes=True),
    Target("client.birth_date", translate("core.forms.mapping", "出生日期"), (m.DATE,), writes=True),
    Target("client.id_number", translate("core.forms.mapping", "身份证号码"), (m.ID_NUMBER,), writes=True),
    Target("client.phone", translate("core.forms.mapping", "电话"), (m.TEXT,), mask=PHONE, writes=True),
    Target("client.address", translate("core.forms.mapping", "住址"), (m.TEXT, m.LONG_TEXT), mask=ADDRESS, writes=True),
    Target(CLIENT_CONSENT, translate("core.forms.mapping", "知情同意"), (m.YES_NO,), writes=True),
    Target(CLIENT_REFERRAL_CONSENT, translate("core.forms.mapping", "同意转介"), (m.YES_NO,), writes=True),
    # The guardian who signed: prefilled from the consent in force, and written with a consent the
    # form records (not on its own: a consent is changed by recording a new one).
    Target(GUARDIAN_NAME, translate("core.forms.mapping", "监护人姓名（知情同意）"), (m.TEXT,)),
    Target(GUARDIAN_RELATION, translate("core.forms.mapping", "监护人与服务对象关系（知情同意）"), (m.SINGLE_CHOICE,)),
    Target("client.is_minor", translate("core.forms.mapping", "未满 18 周岁（由出生日期得出）"), (m.YES_NO,)),
    Target(CASE_RISK, translate("core.forms.mapping", "个案风险等级"), (m.SINGLE_CHOICE,), codes=("low", "medium", "high"),
           writes=True),
    Target("case.worker", translate("core.forms.mapping", "个案负责社工"), (m.TEXT,)),
    Target("case.opened_on", translate("core.forms.mapping", "开案日期"), (m.DATE,)),
    Target("user.name", translate("core.forms.mapping", "当前登录的工作人员"), (m.TEXT,)),
)}

# Values a person may be shown only masked; a masked value sent back means "as in the record".
MASKED_KINDS = {"client.id_number": ID_NUMBER, "client.phone": PHONE}


# -- checks at load ---------------------------------------------------------------------------------


def parse_fills(ctx: ParseContext, table: dict, line: int, what: str, kind: str,
                codes: tuple[str, ...]) -> str | None:
    """The target a field names with `fills`, refused at its line when the field cannot hold it."""
    name = table.get("fills")
    if name is None:
        return None
    at = ctx.attr_line("fills", line)
    target = TARGETS.get(name) if isinstance(name, str) else None
    if target is None:
        ctx.fail(at, translate("core.forms.mapping", "{what}的 fills“{name}”不认识（可用：{join}）。").format(what=what, name=name, join='、'.join(TARGETS), join2=', '.join(TARGETS)))
    if kind not in target.types:
        ctx.fail(at, translate("core.forms.mapping", "{what}是 {kind} 类型，不能对应 {name}（{target}应放在 {join} 类型的字段）。").format(what=what, kind=kind, name=name, target=target.text, join='、'.join(target.types), join2=' or '.join(target.types)))
    if target.mask is not None and table.get("mask") != target.mask:
        ctx.fail(at, translate("core.forms.mapping", "{what}对应 {name}，须同时声明 mask = \"{mask}\"，打印时才会遮盖。").format(what=what, name=name, mask=target.mask))
    if not set(target.codes) <= set(codes):
        ctx.fail(at, translate("core.forms.mapping", "{what}对应 {name}，选项须包括 {join}。").format(what=what, name=name, join='、'.join(target.codes), join2=', '.join(target.codes)))
    return name


def check_fills(ctx: ParseContext, form: m.FormDefinition) -> None:
    """One field per target that is written back, so a save never has two answers to offer; and
    none inside a repeat group, whose items are not the client."""
    seen: dict[str, str] = {}
    for entry in form.entries():
        if isinstance(entry, m.RepeatGroup):
            for sub in entry.fields:
                if sub.fills:
                    ctx.fail(ctx.attr_line("fills", ctx.locator.key_line(sub.key) or 1, sub.fills),
                             translate("core.forms.mapping", "重复组 {key} 里的字段 {key2} 不能对应 {fills}：每一项都不是服务对象本人。").format(key=entry.key, key2=sub.key, fills=sub.fills))
            continue
        if entry.fills and TARGETS[entry.fills].writes:
            if entry.fills in seen:
                ctx.fail(ctx.attr_line("fills", ctx.locator.key_line(entry.key) or 1, entry.fills),
                         translate("core.forms.mapping", "字段 {key} 和 {seen} 都对应 {fills}，只能有一个。").format(key=entry.key, seen=seen[entry.fills], fills=entry.fills))
            seen[entry.fills] = entry.key


# -- prefill and differences -----------------------------------------------------------------------


def mapped_fields(form: m.FormDefinition) -> list[m.Field]:
    return [e for e in form.entries() if isinstance(e, m.Field) and e.fills]


def prefill_answers(form: m.FormDefinition, facts: Mapping[str, object]) -> dict[str, object]:
    """The answers a new form starts with: each mapped field the record has a value for."""
    out: dict[str, object] = {}
    for field in mapped_fields(form):
        value = facts.get(field.fills)
        if value is not None and value != "":
            out[field.key] = value
    return out


def is_masked(value: object) -> bool:
    return isinstance(value, str) and "*" in value


def kept_masked(form: m.FormDefinition, answers: Mapping[str, object], shown: Mapping[str, object]) -> set[str]:
    """Keys whose answer is still the masked value the form was opened with: "as in the record"."""
    return {f.key for f in mapped_fields(form)
            if f.fills in MASKED_KINDS and is_masked(answers.get(f.key)) and answers.get(f.key) == shown.get(f.key)}


def restore_masked(form: m.FormDefinition, answers: Mapping[str, object], full: Mapping[str, object],
                   shown: Mapping[str, object]) -> dict[str, object]:
    """`answers` with each masked value the form was opened with replaced by the record's full
    value, so the form keeps the real number though the person filling it never saw it."""
    keep = kept_masked(form, answers, shown)
    by_key = {f.key: f for f in mapped_fields(form)}
    return {k: (full.get(by_key[k].fills) if k in keep else v) for k, v in answers.items()}


@dataclass(frozen=True)
class Difference:
    """A field where a saved form says something other than the record."""

    key: str  # the form's field
    target: str  # what it fills
    label_zh: str
    label_en: str
    current: object  # the record's value, in the form's stored shape (None: not recorded)
    proposed: object


def differences(form: m.FormDefinition, answers: Mapping[str, object], facts: Mapping[str, object], *,
                today: date) -> list[Difference]:
    """What the saved `answers` would change in the record, in the form's order. A blank, hidden
    or invalid answer never counts, a masked one is "as in the record", and a consent is only ever
    given here: withdrawing one is its own deliberate act (the client's consent screen)."""
    out = []
    for field in mapped_fields(form):
        target = TARGETS[field.fills]
        value = answers.get(field.key)
        if not target.writes or is_blank(value) or is_masked(value) or not is_visible(form, field, answers):
            continue
        try:
            value = clean_value(field, value, where_of(field), today=today)
        except ValidationError:
            continue
        current = facts.get(field.fills)
        if target.types == (m.YES_NO,):
            if value is not True or current is True:
                continue
        elif _same(current, value):
            continue
        out.append(Difference(field.key, field.fills, field.label_zh, field.label_en or field.key, current, value))
    return out


def consent_guardian(form: m.FormDefinition, answers: Mapping[str, object]) -> tuple[str, str]:
    """(name, relation in words) of the guardian the form names for a consent, blank if none;
    the relation is kept as the option's Chinese words, as the consent screen keeps it typed."""
    name = relation = ""
    for field in mapped_fields(form):
        value = answers.get(field.key)
        if is_blank(value) or not is_visible(form, field, answers):
            continue
        if field.fills == GUARDIAN_NAME:
            name = str(value).strip()
        elif field.fills == GUARDIAN_RELATION:
            option = field.option(value)
            relation = option.zh if option is not None else str(value).strip()
    return name, relation


def _same(current: object, proposed: object) -> bool:
    if isinstance(current, str) and isinstance(proposed, str):
        return current.strip().upper() == proposed.strip().upper()
    return current == proposed
