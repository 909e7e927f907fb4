"""The options of choice fields, written inline or once as a named set shared by many items.

Named sets exist because a scale such as GB/T 42195 repeats the same five-level answer under many
items; writing it once keeps the scores from drifting apart between items.
"""

from __future__ import annotations

import re

from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.locate import ParseContext
from wulian_desk.core.texts import translate

# Codes are stored in answers; letters, digits and underscores survive every export format.
OPTION_CODE = re.compile(r"[A-Za-z0-9_]+")
_OPTION = {"code", "zh", "en", "score"}


def parse_option_sets(ctx: ParseContext, raw: object) -> dict[str, tuple[m.Option, ...]]:
    if not isinstance(raw, dict):
        ctx.fail(ctx.attr_line("option_sets", 1), translate("core.forms.options", "option_sets 应为一张表，如 [option_sets]。"))
    start = ctx.locator.find(r"^\s*\[option_sets\]") or 1
    sets = {}
    for name, options in raw.items():
        line = ctx.locator.find(rf"^\s*{re.escape(name)}\s*=", after=start - 1) or start
        sets[name] = _option_list(ctx, options, line, f"选项组 {name} ", scored=False)
    return sets


def parse_options(
    ctx: ParseContext, table: dict, line: int, what: str, option_sets: dict, *, scored: bool
) -> tuple[m.Option, ...]:
    named = table.get("option_set")
    if named is not None and "options" in table:
        ctx.fail(line, translate("core.forms.options", "{what}的 options 和 option_set 只能写一个。").format(what=what))
    if named is None:
        if "options" not in table:
            ctx.fail(line, translate("core.forms.options", "{what}缺少选项 options（或 option_set）。").format(what=what))
        return _option_list(ctx, table["options"], ctx.attr_line("options", line), what, scored=scored)
    where = ctx.attr_line("option_set", line)
    if named not in option_sets:
        ctx.fail(where, translate("core.forms.options", "{what}引用的选项组“{named}”没有定义。").format(what=what, named=named))
    options = option_sets[named]
    if scored and any(o.score is None for o in options):
        ctx.fail(where, translate("core.forms.options", "{what}是量表题，选项组“{named}”的每个选项都要有 score。").format(what=what, named=named))
    return options


def _option_list(ctx: ParseContext, raw: object, line: int, what: str, *, scored: bool) -> tuple[m.Option, ...]:
    if not isinstance(raw, list) or not raw:
        ctx.fail(line, translate("core.forms.options", "{what}的选项应为非空列表。").format(what=what))
    options: list[m.Option] = []
    for item in raw:
        if not isinstance(item, dict):
            ctx.fail(line, translate("core.forms.options", "{what}的每个选项应写成 {{ code = \"…\", zh = \"…\" }}。").format(what=what))
        item_line = ctx.line_of(item, line)
        ctx.check_attrs(item, _OPTION, item_line, f"{what}的选项")
        code = item.get("code")
        if code is None:
            ctx.fail(item_line, translate("core.forms.options", "{what}有选项缺少 code。").format(what=what))
        if not isinstance(code, str) or not OPTION_CODE.fullmatch(code):
            ctx.fail(item_line, translate("core.forms.options", "{what}的选项 code“{code}”只能用英文字母、数字和下划线。").format(what=what, code=code))
        if any(o.code == code for o in options):
            ctx.fail(item_line, translate("core.forms.options", "{what}的选项 code“{code}”重复。").format(what=what, code=code))
        score = item.get("score")
        if score is not None and (isinstance(score, bool) or not isinstance(score, int)):
            ctx.fail(item_line, translate("core.forms.options", "{what}的选项 {code} 的 score 应为整数。").format(what=what, code=code))
        if scored and score is None:
            ctx.fail(item_line, translate("core.forms.options", "{what}是量表题，选项 {code} 缺少 score。").format(what=what, code=code))
        zh = ctx.text(item, "zh", item_line, f"{what}的选项 {code} ", required=True)
        options.append(m.Option(code, zh, ctx.text(item, "en", item_line, f"{what}的选项 {code} "), score))
    return tuple(options)
