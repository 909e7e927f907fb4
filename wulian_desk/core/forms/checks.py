"""Checks that need the whole form: visible_if targets and cycles, scale and domain references."""

from __future__ import annotations

from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.locate import ParseContext
from wulian_desk.core.texts import translate

_CONDITION = {"field", *m.CONDITION_OPS}


def parse_condition(ctx: ParseContext, raw: object, line: int, what: str) -> m.Condition:
    """{ field = "x", equals = … } (or not_equals, in, answered): exactly one operator."""
    if not isinstance(raw, dict):
        ctx.fail(line, translate("core.forms.checks", "{what}的条件应写成 {{ field = \"…\", equals = … }}。").format(what=what))
    ctx.check_attrs(raw, _CONDITION, line, f"{what}的条件")
    ops = [op for op in m.CONDITION_OPS if op in raw]
    if len(ops) != 1:
        ctx.fail(line, translate("core.forms.checks", "{what}的条件要有且只有一个 equals、not_equals、in 或 answered。").format(what=what))
    target = raw.get("field")
    if not isinstance(target, str) or not target:
        ctx.fail(line, translate("core.forms.checks", "{what}的条件缺少 field。").format(what=what))
    op, value = ops[0], raw[ops[0]]
    if op == "in":
        if not isinstance(value, list) or not value:
            ctx.fail(line, translate("core.forms.checks", "{what}的条件 in 应为非空列表。").format(what=what))
        value = tuple(value)
    if op == "answered" and not isinstance(value, bool):
        ctx.fail(line, translate("core.forms.checks", "{what}的条件 answered 应为 true 或 false。").format(what=what))
    return m.Condition(target, op, value)


def check_conditions(ctx: ParseContext, form: m.FormDefinition) -> None:
    chain: dict[str, str] = {}  # node -> the node its visibility depends on
    for entry in form.entries():
        line = ctx.locator.key_line(entry.key) or 1
        if entry.visible_if is not None:
            _check_target(ctx, form, entry, None, line)
            chain[entry.key] = entry.visible_if.field
        if isinstance(entry, m.RepeatGroup):
            for sub in entry.fields:
                if sub.visible_if is not None:
                    sub_line = ctx.locator.assignment("key", sub.key, after=line - 1) or line
                    target = _check_target(ctx, form, sub, entry, sub_line)
                    inner = entry.field(target.key) is target
                    chain[f"{entry.key}.{sub.key}"] = f"{entry.key}.{target.key}" if inner else target.key
    _refuse_cycles(ctx, chain)


def check_target(
    ctx: ParseContext, form: m.FormDefinition, cond: m.Condition, line: int, what: str,
    group: m.RepeatGroup | None = None, *, word: str = "visible_if",
) -> m.Field | m.RepeatGroup:
    """The field a condition looks at, refused if missing or if the values cannot match it."""
    target = (group.field(cond.field) if group else None) or form.entry(cond.field)
    if target is None:
        ctx.fail(line, translate("core.forms.checks", "{what}的 {word} 引用了不存在的字段“{field}”。").format(what=what, word=word, field=cond.field))
    if target.type == m.COMPUTED:
        ctx.fail(line, translate("core.forms.checks", "{what}的条件不能引用计算字段“{field}”。").format(what=what, field=cond.field))
    if cond.op == "answered":
        return target
    if target.type == m.REPEAT:
        ctx.fail(line, translate("core.forms.checks", "{what}的条件对重复组“{field}”只能用 answered。").format(what=what, field=cond.field))
    values = cond.value if cond.op == "in" else (cond.value,)
    for value in values:
        if target.type in m.CHOICE_TYPES and target.option(value) is None:
            ctx.fail(line, translate("core.forms.checks", "{what}的条件里，字段“{field}”没有选项“{value}”。").format(what=what, field=cond.field, value=value))
        if target.type == m.YES_NO and not isinstance(value, bool):
            ctx.fail(line, translate("core.forms.checks", "{what}的条件里，是否题“{field}”只能与 true 或 false 比较。").format(what=what, field=cond.field))
    return target


def _check_target(ctx, form, entry, group, line) -> m.Field | m.RepeatGroup:
    where = ctx.attr_line("visible_if", line)
    return check_target(ctx, form, entry.visible_if, where, f"字段 {entry.key} ", group)


def _refuse_cycles(ctx: ParseContext, chain: dict[str, str]) -> None:
    # Each field has at most one condition, so a dependency is a chain: follow it until it ends.
    for start in chain:
        path = [start]
        while path[-1] in chain:
            path.append(chain[path[-1]])
            if path[-1] in path[:-1]:
                key = start.rsplit(".", 1)[-1]
                line = ctx.attr_line("visible_if", ctx.locator.key_line(key) or 1)
                loop = " → ".join(path[path.index(path[-1]):])
                ctx.fail(line, translate("core.forms.checks", "visible_if 形成循环：{loop}，这些字段永远不会显示。").format(loop=loop))


def check_scales(ctx: ParseContext, form: m.FormDefinition) -> None:
    """Every item and computed field names a scale (and domain) that exists."""
    for entry in form.entries():
        if not isinstance(entry, m.Field) or entry.type not in (m.SCALE_ITEM, m.COMPUTED):
            continue
        line = ctx.locator.key_line(entry.key) or 1
        scale = form.scale(entry.scale)
        if scale is None:
            ctx.fail(ctx.attr_line("scale", line), translate("core.forms.checks", "字段 {key} 引用的量表“{scale}”没有定义（[[scales]]）。").format(key=entry.key, scale=entry.scale))
        if entry.type == m.SCALE_ITEM:
            continue
        if entry.compute == "subtotal" and scale.domain(entry.domain) is None:
            ctx.fail(ctx.attr_line("domain", line), translate("core.forms.checks", "字段 {key} 的 subtotal 需要量表“{key2}”里存在的维度 domain。").format(key=entry.key, key2=scale.key))
        if entry.compute in ("band", "preliminary_band") and not scale.bands:
            ctx.fail(ctx.attr_line("compute", line), translate("core.forms.checks", "字段 {key} 要显示分级，但量表“{key2}”没有 bands。").format(key=entry.key, key2=scale.key))
