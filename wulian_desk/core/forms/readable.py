"""Answers as (label, text) rows in the form's order: what a print-out or a read-only view shows.

`render_stored` picks the definition of the exact version the answers were given against, and
falls back to plain key: value rows when that definition is gone, so no record becomes unreadable.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.answer_set import AnswerSet
from wulian_desk.core.forms.conditions import is_visible
from wulian_desk.core.forms.registry import FormRegistry
from wulian_desk.core.forms.scoring import compute
from wulian_desk.core.forms.values import fmt_number, is_blank

Row = tuple[str, str]
UNANSWERED = "（未填）"
LEFTOVER_TITLE = "其他（本版本表单中没有的项）"


def render_sections(
    form: m.FormDefinition, answers: Mapping[str, object], computed: Mapping[str, object] | None = None
) -> list[tuple[str, list[Row]]]:
    """(section title, rows) for each section; hidden fields are left out."""
    computed = compute(form, answers) if computed is None else computed
    out = []
    for section in form.sections:
        rows: list[Row] = []
        for entry in section.fields:
            if not is_visible(form, entry, answers):
                continue
            if isinstance(entry, m.RepeatGroup):
                rows.extend(_group_rows(form, entry, answers))
            elif entry.type == m.COMPUTED:
                rows.append((entry.label_zh, _computed_text(form, entry, computed)))
            else:
                rows.append((entry.label_zh, display_value(entry, answers.get(entry.key))))
        out.append((section.title, rows))
    known = {e.key for e in form.entries()}
    leftover = [(str(k), plain_text(v)) for k, v in answers.items() if k not in known]
    if leftover:
        out.append((LEFTOVER_TITLE, leftover))
    return out


def render_readable(
    form: m.FormDefinition, answers: Mapping[str, object], computed: Mapping[str, object] | None = None
) -> list[Row]:
    return [row for _title, rows in render_sections(form, answers, computed) for row in rows]


def render_stored(forms: FormRegistry, stored: AnswerSet | str) -> list[Row]:
    """Rows for stored answers, with their own version's definition when it is still loaded."""
    answer_set = AnswerSet.from_json(stored) if isinstance(stored, str | bytes) else stored
    form = forms.get((answer_set.form_id, answer_set.form_version))
    if form is None:
        return readable_without_definition(answer_set)
    return render_readable(form, answer_set.answers, answer_set.computed or None)


def readable_without_definition(stored: AnswerSet | str) -> list[Row]:
    """key: value rows for answers whose form version is no longer available."""
    answer_set = AnswerSet.from_json(stored) if isinstance(stored, str | bytes) else stored
    rows: list[Row] = [(
        "表单",
        f"{answer_set.form_id} 第 {answer_set.form_version} 版（该版本的表单定义已不在，按原始字段显示）",
    )]
    for key, value in answer_set.answers.items():
        rows.extend(_plain_rows(str(key), value))
    for key, value in answer_set.computed.items():
        if isinstance(value, Mapping) and "total" in value:
            rows.append((f"{key} 总分", f"{value.get('total')} / {value.get('max_total')}"))
            if value.get("band"):
                rows.append((f"{key} 等级", str(value["band"])))
        elif not isinstance(value, Mapping):
            rows.append((str(key), plain_text(value)))
    return rows


def display_value(field: m.Field, value: object) -> str:
    """One answer as a person reads it. Codes a definition does not know are shown as they are."""
    if is_blank(value):
        return UNANSWERED
    if field.type in (m.SINGLE_CHOICE, m.SCALE_ITEM):
        option = field.option(value)
        if option is None:
            return str(value)
        return f"{option.zh}（{option.score} 分）" if field.type == m.SCALE_ITEM else option.zh
    if field.type == m.MULTI_CHOICE and isinstance(value, list | tuple):
        return "、".join(o.zh if (o := field.option(v)) else str(v) for v in value)
    if field.type == m.YES_NO:
        return plain_text(value)
    if field.type == m.NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{fmt_number(value)}{field.unit}"
    if field.type == m.DATE:
        return chinese_date(value)
    return str(value)


def chinese_date(value: object) -> str:
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return f"{day.year}年{day.month}月{day.day}日"


def plain_text(value: object) -> str:
    if is_blank(value):
        return UNANSWERED
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple):
        return "、".join(plain_text(v) for v in value)
    if isinstance(value, float):
        return fmt_number(value)
    return str(value)


def _plain_rows(key: str, value: object) -> list[Row]:
    if isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        return [
            (f"{key} 第 {index} 项 · {sub}", plain_text(v))
            for index, item in enumerate(value, start=1)
            for sub, v in item.items()
        ]
    return [(key, plain_text(value))]


def _group_rows(form, group: m.RepeatGroup, answers) -> list[Row]:
    items = answers.get(group.key)
    if not isinstance(items, list) or not items:
        return [(group.label_zh, "（无）")]
    rows: list[Row] = []
    for index, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            continue
        for field in group.fields:
            if is_visible(form, field, answers, group=group, item=item):
                rows.append((f"{group.label_zh} {index} · {field.label_zh}", display_value(field, item.get(field.key))))
    return rows


def _computed_text(form: m.FormDefinition, field: m.Field, computed: Mapping[str, object]) -> str:
    scale = form.scale(field.scale)
    result = computed.get(scale.key)
    result = result if isinstance(result, Mapping) else {}
    value = computed.get(field.key)
    if field.compute in ("total", "subtotal"):
        if value is None:
            return UNANSWERED
        suffix = f"（满分 {scale.max_total}）" if field.compute == "total" else ""
        if field.compute == "total" and not result.get("complete", True):
            suffix = f"（已答 {result.get('answered')}/{result.get('items')} 题，未答完）"
        return f"{value} 分{suffix}"
    band = scale.band(value)
    if band is None:
        return "（未答完，暂不分级）" if value is None else str(value)
    reasons = result.get("adjusted_by") or []
    if field.compute == "band" and reasons and value != result.get("preliminary_band"):
        return f"{band.label_zh}（依据：{'；'.join(reasons)}）"
    return band.label_zh
