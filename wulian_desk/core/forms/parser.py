"""Parse one form file's text into a FormDefinition, or refuse it with the file, line and reason."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.checks import check_conditions, check_scales, parse_condition
from wulian_desk.core.forms.locate import IDENTIFIER, ParseContext
from wulian_desk.core.forms.mapping import check_fills, parse_fills
from wulian_desk.core.forms.options import parse_option_sets, parse_options
from wulian_desk.core.forms.scales import parse_scales
from wulian_desk.core.forms.values import clean_value, where_of
from wulian_desk.core.masking import KINDS as MASK_KINDS
from wulian_desk.core.texts import translate

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")

_TOP = {"id", "version", "title_zh", "title_en", "description", "description_en", "sections", "scales", "option_sets"}
_SECTION = {"title", "title_en", "fields"}
_COMMON = {"key", "type", "label_zh", "label_en", "help", "help_en", "visible_if"}
_INPUT = _COMMON | {"required", "default", "fills"}
_CHOICE = {"options", "option_set"}
# Which attributes each type takes; anything else is a typo or a misunderstanding worth refusing.
_ALLOWED = {
    m.TEXT: _INPUT | {"min", "max", "pattern", "pattern_message", "pattern_message_en", "mask"},
    m.LONG_TEXT: _INPUT | {"min", "max", "pattern", "pattern_message", "pattern_message_en", "mask"},
    m.NUMBER: _INPUT | {"min", "max", "integer", "unit", "unit_en"},
    m.DATE: _INPUT | {"min", "max"},
    m.SINGLE_CHOICE: _INPUT | _CHOICE,
    m.MULTI_CHOICE: _INPUT | _CHOICE | {"min", "max"},
    m.YES_NO: _INPUT,
    m.ID_NUMBER: _INPUT,
    m.SCALE_ITEM: _INPUT | _CHOICE | {"scale", "domain"},
    m.COMPUTED: _COMMON | {"scale", "domain", "compute", "unit", "unit_en"},
    m.REPEAT: _COMMON | {"fields", "min_items", "max_items"},
}


def parse_form(text: str, *, filename: str) -> m.FormDefinition:
    """The definition in `text`; any problem raises FormDefinitionError naming file and line."""
    ctx = ParseContext(filename, text)
    data = _load_toml(ctx, text)
    ctx.check_attrs(data, _TOP, 1, "表单")
    form_id = _form_id(ctx, data)
    version = _version(ctx, data)
    title_zh = ctx.text(data, "title_zh", ctx.attr_line("title_zh", 1), "表单", required=True)
    option_sets = parse_option_sets(ctx, data.get("option_sets", {}))
    sections = _sections(ctx, data.get("sections"), option_sets)
    form = m.FormDefinition(
        id=form_id,
        version=version,
        title_zh=title_zh,
        title_en=ctx.text(data, "title_en", 1, "表单"),
        description=ctx.text(data, "description", 1, "表单"),
        description_en=ctx.text(data, "description_en", 1, "表单"),
        sections=sections,
        source=filename,
    )
    check_conditions(ctx, form)
    check_fills(ctx, form)
    scales = parse_scales(ctx, data.get("scales", []), form)
    form = replace(form, scales=scales)
    check_scales(ctx, form)
    return form


def _load_toml(ctx: ParseContext, text: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION.search(message)
        line = int(found.group(1)) if found else len(ctx.locator.lines) or 1
        reason = _TOML_POSITION.sub("", message)
        column = f"第 {found.group(2)} 列" if found else "文件末尾"
        ctx.fail(line, translate("core.forms.parser", "TOML 格式错误（{column}）：{reason}").format(column=column, reason=reason, message=message))


def _form_id(ctx: ParseContext, data: dict) -> str:
    if "id" not in data:
        ctx.fail(1, translate("core.forms.parser", "缺少表单编号 id（例如 id = \"intake\"）。"))
    return ctx.identifier(data, "id", 1, "表单")


def _version(ctx: ParseContext, data: dict) -> int:
    version = data.get("version")
    if version is None:
        ctx.fail(1, translate("core.forms.parser", "缺少版本号 version（例如 version = 1）。"))
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        ctx.fail(ctx.attr_line("version", 1), translate("core.forms.parser", "版本号 version 应为不小于 1 的整数。"))
    return version


def _sections(ctx: ParseContext, raw: object, option_sets: dict) -> tuple[m.Section, ...]:
    if not isinstance(raw, list) or not raw:
        ctx.fail(1, translate("core.forms.parser", "表单至少需要一个分节 [[sections]]。"))
    sections, keys, line = [], {}, 1
    for table in raw:
        if not isinstance(table, dict):
            ctx.fail(line, translate("core.forms.parser", "[[sections]] 的每一项应为表。"))
        line = ctx.line_of(table, line)
        ctx.check_attrs(table, _SECTION, line, "分节")
        title = ctx.text(table, "title", line, "分节", required=True)
        entries = [_entry(ctx, f, line, option_sets, group=None) for f in _field_tables(ctx, table, line, "分节")]
        for entry, entry_line in entries:
            if entry.key in keys:
                ctx.fail(entry_line, translate("core.forms.parser", "字段 key “{key}”重复（第 {keys} 行已经用过）。").format(key=entry.key, keys=keys[entry.key]))
            keys[entry.key] = entry_line
        sections.append(m.Section(title, tuple(e for e, _ in entries), ctx.text(table, "title_en", line, "分节")))
        line = max(keys.values(), default=line)
    return tuple(sections)


def _field_tables(ctx: ParseContext, table: dict, line: int, what: str) -> list[dict]:
    fields = table.get("fields")
    if not isinstance(fields, list) or not fields or not all(isinstance(f, dict) for f in fields):
        ctx.fail(line, translate("core.forms.parser", "{what}至少需要一个字段 fields。").format(what=what))
    return fields


def _entry(ctx, table: dict, after: int, option_sets: dict, *, group: str | None):
    """A field or repeat group and the line it is declared on."""
    key = table.get("key")
    if not isinstance(key, str) or not IDENTIFIER.fullmatch(key):
        line = ctx.line_of(table, after)
        ctx.fail(line, translate("core.forms.parser", "字段缺少 key，或 key“{key}”不是英文小写加下划线的写法。").format(key=key))
    line = ctx.declare(key, ctx.line_of(table, after))
    what = f"字段 {key} "
    kind = table.get("type")
    if kind not in m.FIELD_TYPES:
        ctx.fail(
            ctx.attr_line("type", line),
            translate("core.forms.parser", "{what}的类型“{kind}”不认识（可用：{join}）。").format(what=what, kind=kind, join='、'.join(m.FIELD_TYPES), key=key),
        )
    ctx.check_attrs(table, _ALLOWED[kind], line, what)
    label_zh = ctx.text(table, "label_zh", line, what, required=True)
    visible_if = parse_condition(ctx, table["visible_if"], ctx.attr_line("visible_if", line), what) if "visible_if" in table else None
    common = {"key": key, "label_zh": label_zh, "label_en": ctx.text(table, "label_en", line, what),
              "help": ctx.text(table, "help", line, what), "help_en": ctx.text(table, "help_en", line, what),
              "visible_if": visible_if}
    if kind == m.REPEAT:
        return _repeat(ctx, table, line, option_sets, common, group), line
    return _field(ctx, table, line, kind, option_sets, common), line


def _repeat(ctx, table, line, option_sets, common, group) -> m.RepeatGroup:
    what = f"重复组 {common['key']} "
    if group is not None:
        ctx.fail(line, translate("core.forms.parser", "{what}不能放在另一个重复组 {group} 里面。").format(what=what, group=group))
    low = ctx.whole(table, "min_items", line, what) or 0
    high = ctx.whole(table, "max_items", line, what)
    if high is not None and high < low:
        ctx.fail(ctx.attr_line("max_items", line), translate("core.forms.parser", "{what}的 max_items 小于 min_items。").format(what=what))
    fields, keys = [], set()
    for sub in _field_tables(ctx, table, line, what):
        entry, sub_line = _entry(ctx, sub, line, option_sets, group=common["key"])
        if entry.type in (m.SCALE_ITEM, m.COMPUTED):
            ctx.fail(sub_line, translate("core.forms.parser", "{what}里不能放 {type} 类型的字段。").format(what=what, type=entry.type))
        if entry.key in keys:
            ctx.fail(sub_line, translate("core.forms.parser", "{what}里的字段 key “{key}”重复。").format(what=what, key=entry.key))
        keys.add(entry.key)
        fields.append(entry)
    return m.RepeatGroup(fields=tuple(fields), min_items=low, max_items=high, **common)


def _field(ctx, table, line, kind, option_sets, common) -> m.Field:
    what = f"字段 {common['key']} "
    options = ()
    if kind in m.CHOICE_TYPES:
        options = parse_options(ctx, table, line, what, option_sets, scored=kind == m.SCALE_ITEM)
    low, high = _bounds(ctx, table, line, kind, what)
    pattern = table.get("pattern")
    if pattern is not None:
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            ctx.fail(ctx.attr_line("pattern", line), translate("core.forms.parser", "{what}的 pattern 不是有效的正则表达式：{exc}").format(what=what, exc=exc))
    field = m.Field(
        type=kind,
        required=ctx.flag(table, "required", line, what),
        options=options,
        min=low,
        max=high,
        integer=ctx.flag(table, "integer", line, what),
        pattern=pattern,
        pattern_message=ctx.text(table, "pattern_message", line, what),
        pattern_message_en=ctx.text(table, "pattern_message_en", line, what),
        unit=ctx.text(table, "unit", line, what),
        unit_en=ctx.text(table, "unit_en", line, what),
        default=table.get("default"),
        scale=table.get("scale"),
        domain=table.get("domain"),
        compute=table.get("compute"),
        mask=_mask(ctx, table, line, what),
        fills=parse_fills(ctx, table, line, what, kind, tuple(o.code for o in options)),
        **common,
    )
    if kind in (m.SCALE_ITEM, m.COMPUTED) and not isinstance(field.scale, str):
        ctx.fail(line, translate("core.forms.parser", "{what}缺少所属量表 scale。").format(what=what, key=field.key))
    if kind == m.COMPUTED and field.compute not in m.COMPUTE_KINDS:
        ctx.fail(ctx.attr_line("compute", line), translate("core.forms.parser", "{what}的 compute 应为 {join} 之一。").format(what=what, join='、'.join(m.COMPUTE_KINDS)))
    if field.default is not None:
        _check_default(ctx, field, line)
    return field


def _mask(ctx, table, line, what) -> str | None:
    """The personal value a text field declares it holds; prints mask the field by it."""
    kind = table.get("mask")
    if kind is not None and kind not in MASK_KINDS:
        ctx.fail(ctx.attr_line("mask", line), translate("core.forms.parser", "{what}的 mask 应为 {join} 之一。").format(what=what, join='、'.join(MASK_KINDS), join2=', '.join(MASK_KINDS)))
    return kind


def _bounds(ctx, table, line, kind, what) -> tuple:
    low, high = table.get("min"), table.get("max")
    for name, value in (("min", low), ("max", high)):
        if value is None:
            continue
        if kind == m.DATE:
            ok = value == "today" or (isinstance(value, str) and _is_iso_date(value))
            hint = "ISO 日期（如 \"1900-01-01\"）或 \"today\""
        elif kind == m.NUMBER:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            hint = "数字"
        else:  # lengths and numbers of picks
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
            hint = "不小于 0 的整数"
        if not ok:
            ctx.fail(ctx.attr_line(name, line), translate("core.forms.parser", "{what}的 {name} 应为{hint}。").format(what=what, name=name, hint=hint))
    if low is not None and high is not None and "today" not in (low, high) and low > high:
        ctx.fail(ctx.attr_line("max", line), translate("core.forms.parser", "{what}的 max 小于 min。").format(what=what))
    return low, high


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _check_default(ctx, field: m.Field, line: int) -> None:
    if field.type == m.DATE and field.default == "today":
        return
    try:
        clean_value(field, field.default, where_of(field), today=date.today())
    except ValidationError as err:
        ctx.fail(ctx.attr_line("default", line), translate("core.forms.parser", "字段 {key} 的默认值不可用：{message}").format(key=field.key, message=err.text))
