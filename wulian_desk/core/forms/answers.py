"""Checking a set of answers against its form: hidden answers dropped, the rest cleaned or refused.

A refusal is a ValidationError whose `field` is the key path ("members[2].name", the list index)
so a screen can put the cursor there, and whose message names the field as the person sees it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.conditions import is_visible
from wulian_desk.core.forms.values import Where, clean_value, is_blank, where_of
from wulian_desk.core.texts import Given, translate


def validate_answers(
    form: m.FormDefinition, answers: Mapping[str, object], *, today: date | None = None
) -> dict[str, object]:
    """The cleaned answers, or the first problem (in the order the form shows its fields)."""
    cleaned, problems = _check(form, answers, today or date.today())
    if problems:
        raise problems[0]
    return cleaned


def answer_problems(
    form: m.FormDefinition, answers: Mapping[str, object], *, today: date | None = None
) -> list[ValidationError]:
    """Every problem at once, so a screen can mark all the fields to fix in one go."""
    return _check(form, answers, today or date.today())[1]


def _check(form, answers, today) -> tuple[dict[str, object], list[ValidationError]]:
    if not isinstance(answers, Mapping):
        error = ValidationError(translate("core.forms.answers", "答案应为“字段: 答案”的对应表。"))
        return {}, [error]
    problems = _unknown_keys(form, answers, [e for e in form.entries()], "")
    cleaned: dict[str, object] = {}
    for entry in form.entries():
        if entry.type == m.COMPUTED or not is_visible(form, entry, answers):
            continue  # computed values are derived, and a hidden question has no answer
        raw = answers.get(entry.key)
        if isinstance(entry, m.RepeatGroup):
            value = _clean_group(form, entry, raw, answers, today, problems)
        else:
            value = _clean_one(entry, raw, where_of(entry), today, problems)
        if value is not None:
            cleaned[entry.key] = value
    return cleaned, problems


def _clean_one(field: m.Field, raw: object, where: Where, today: date, problems: list) -> object:
    if is_blank(raw):
        if field.required:
            required = translate("core.forms.answers", "请选择{where}。") if field.type in (*m.CHOICE_TYPES, m.YES_NO) \
                else translate("core.forms.answers", "请填写{where}。")
            problems.append(ValidationError(required.format(where=where.label), field=where.path))
        return None
    try:
        return clean_value(field, raw, where, today=today)
    except ValidationError as err:
        problems.append(err)
        return None


def _clean_group(form, group: m.RepeatGroup, raw, answers, today, problems) -> list[dict] | None:
    where = where_of(group)
    if is_blank(raw):
        raw = []
    if not isinstance(raw, list | tuple):
        problems.append(where.refuse(translate("core.forms.answers", "应为多项列表。")))
        return None
    items: list[dict] = []
    for index, item in enumerate(raw):
        if not isinstance(item, Mapping):
            problems.append(where.refuse(translate("core.forms.answers", "第 {value} 项格式不对。").format(value=index + 1)))
            continue
        # A row the person added and left empty is not an item; it should not trip "required".
        if all(is_blank(v) for v in item.values()):
            continue
        items.append(_clean_item(form, group, index, item, answers, today, problems))
    count = len(items)
    if count < group.min_items:
        problems.append(where.refuse(translate("core.forms.answers", "至少需要 {min_items} 项，现在有 {count} 项。").format(min_items=group.min_items, count=count)))
    if group.max_items is not None and count > group.max_items:
        problems.append(where.refuse(translate("core.forms.answers", "最多 {max_items} 项，现在有 {count} 项。").format(max_items=group.max_items, count=count)))
    return items or None


def _clean_item(form, group, index, item, answers, today, problems) -> dict:
    prefix = f"{group.key}[{index}]"
    problems.extend(_unknown_keys(form, item, list(group.fields), prefix))
    cleaned = {}
    for field in group.fields:
        if not is_visible(form, field, answers, group=group, item=item):
            continue
        where = Where(
            f"{prefix}.{field.key}",
            translate("core.forms.answers", "「{group}」第 {number} 项的「{field}」").format(
                group=Given(group.label_zh, group.label_en or group.key), number=index + 1,
                field=Given(field.label_zh, field.label_en or field.key)),
        )
        value = _clean_one(field, item.get(field.key), where, today, problems)
        if value is not None:
            cleaned[field.key] = value
    return cleaned


def _unknown_keys(form, answers: Mapping, entries: list, prefix: str) -> list[ValidationError]:
    known = {e.key for e in entries}
    problems = []
    for key in answers:
        if key not in known:
            path = f"{prefix}.{key}" if prefix else str(key)
            problems.append(ValidationError(
                translate("core.forms.answers", "表单「{title}」（第 {version} 版）中没有“{key}”这一项。").format(title=Given(form.title_zh, form.title_en or form.id), version=form.version, key=key),
                field=path,
            ))
    return problems
