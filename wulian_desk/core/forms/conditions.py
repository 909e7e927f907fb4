"""visible_if: whether a field is shown, given the other answers.

A field whose controlling field is itself hidden is hidden too, so a chain of questions collapses
as one. Inside a repeat group a condition looks at the same item first, then at the whole form.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.values import clean_value, is_blank, where_of


def is_visible(
    form: m.FormDefinition,
    entry: m.Field | m.RepeatGroup,
    answers: Mapping[str, object],
    *,
    group: m.RepeatGroup | None = None,
    item: Mapping[str, object] | None = None,
) -> bool:
    cond = entry.visible_if
    if cond is None:
        return True
    sibling = group.field(cond.field) if group is not None else None
    if sibling is not None:
        if not is_visible(form, sibling, answers, group=group, item=item):
            return False
        return holds(cond, sibling, (item or {}).get(sibling.key))
    controller = form.entry(cond.field)
    if controller is None or not is_visible(form, controller, answers):
        return False
    return holds(cond, controller, answers.get(controller.key))


def holds(cond: m.Condition, controller: m.Field | m.RepeatGroup, raw: object) -> bool:
    """For multiple choice, `equals` means "was picked" and `in` means "any of these was picked"."""
    value = _comparable(controller, raw)
    if cond.op == "answered":
        return (value is not None) == bool(cond.value)
    picks = value if isinstance(value, list) else ([] if value is None else [value])
    if cond.op == "equals":
        return any(_same(p, cond.value) for p in picks)
    if cond.op == "not_equals":
        return not any(_same(p, cond.value) for p in picks)
    return any(_same(p, v) for p in picks for v in cond.value)  # "in"


def _comparable(controller: m.Field | m.RepeatGroup, raw: object) -> object:
    if is_blank(raw):
        return None
    if isinstance(controller, m.RepeatGroup):
        return raw
    try:
        # "true" typed as text still means yes; an invalid answer is compared as given and will
        # be refused on its own field anyway.
        return clean_value(controller, raw, where_of(controller), today=date.today())
    except ValidationError:
        return raw


def _same(a: object, b: object) -> bool:
    # True == 1 in Python; a yes/no answer must not match the number 1.
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b
