"""[[scales]]: the scored items' totals, domains, grade bands and the rules that adjust a grade.

Bands are checked to cover every total the items can give, with no gap and no overlap, so every
completed scale gets exactly one grade.
"""

from __future__ import annotations

from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.checks import check_target, parse_condition
from wulian_desk.core.forms.locate import ParseContext
from wulian_desk.core.texts import translate

_SCALE = {"key", "label_zh", "label_en", "domains", "bands", "adjustments", "adjust_toward"}
_DOMAIN = {"code", "zh", "en"}
_BAND = {"min", "max", "code", "label_zh", "label_en"}
_ADJUSTMENT = {"when", "set_band", "raise", "label_zh", "label_en"}


def parse_scales(ctx: ParseContext, raw: object, form: m.FormDefinition) -> tuple[m.Scale, ...]:
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        ctx.fail(ctx.attr_line("scales", 1), translate("core.forms.scales", "scales 应写成 [[scales]] 表数组。"))
    scales: list[m.Scale] = []
    for table in raw:
        key = ctx.identifier(table, "key", ctx.line_of(table, 1), "量表")
        line = ctx.declare(key, ctx.line_of(table, 1))
        what = f"量表 {key} "
        ctx.check_attrs(table, _SCALE, line, what)
        if form.entry(key) is not None or any(s.key == key for s in scales):
            ctx.fail(line, translate("core.forms.scales", "{what}的 key 与其他字段或量表重名。").format(what=what, key=key))
        items = [e for e in form.entries() if isinstance(e, m.Field) and e.type == m.SCALE_ITEM and e.scale == key]
        if not items:
            ctx.fail(line, translate("core.forms.scales", "{what}没有题目（type = \"scale_item\"，scale = \"{key}\"）。").format(what=what, key=key))
        domains = _domains(ctx, table.get("domains", []), line, what)
        _check_item_domains(ctx, items, domains, key)
        low = sum(min(o.score for o in f.options) for f in items)
        high = sum(max(o.score for o in f.options) for f in items)
        bands = _bands(ctx, table.get("bands", []), line, what, low, high)
        scales.append(m.Scale(
            key=key,
            label_zh=ctx.text(table, "label_zh", line, what, required=True),
            label_en=ctx.text(table, "label_en", line, what),
            items=tuple(f.key for f in items),
            domains=domains,
            bands=bands,
            adjustments=_adjustments(ctx, table.get("adjustments", []), line, what, bands, form),
            adjust_toward=_direction(ctx, table, line, what),
            min_total=low,
            max_total=high,
        ))
    return tuple(scales)


def _domains(ctx, raw, line, what) -> tuple[m.Domain, ...]:
    if not isinstance(raw, list):
        ctx.fail(ctx.attr_line("domains", line), translate("core.forms.scales", "{what}的 domains 应为列表。").format(what=what))
    domains: list[m.Domain] = []
    for table in raw:
        if not isinstance(table, dict):
            ctx.fail(ctx.attr_line("domains", line), translate("core.forms.scales", "{what}的每个维度应写成 {{ code = \"…\", zh = \"…\" }}。").format(what=what))
        at = ctx.line_of(table, line)
        ctx.check_attrs(table, _DOMAIN, at, f"{what}的维度")
        code = ctx.identifier(table, "code", at, f"{what}的维度")
        if any(d.code == code for d in domains):
            ctx.fail(at, translate("core.forms.scales", "{what}的维度 code“{code}”重复。").format(what=what, code=code))
        domains.append(m.Domain(code, ctx.text(table, "zh", at, f"{what}的维度 {code} ", required=True), ctx.text(table, "en", at, what)))
    return tuple(domains)


def _check_item_domains(ctx, items, domains, key) -> None:
    codes = {d.code for d in domains}
    for item in items:
        if (item.domain in codes) or (not codes and item.domain is None):
            continue
        at = ctx.attr_line("domain", ctx.locator.key_line(item.key) or 1)
        if codes:
            ctx.fail(at, translate("core.forms.scales", "字段 {key} 的维度 domain“{domain}”不在量表 {key2} 的维度中（{join}）。").format(key=item.key, domain=item.domain, key2=key, join='、'.join(sorted(codes))))
        ctx.fail(at, translate("core.forms.scales", "字段 {key} 写了维度 domain，但量表 {key2} 没有定义 domains。").format(key=item.key, key2=key))


def _bands(ctx, raw, line, what, low: int, high: int) -> tuple[m.Band, ...]:
    if not isinstance(raw, list):
        ctx.fail(ctx.attr_line("bands", line), translate("core.forms.scales", "{what}的 bands 应为列表。").format(what=what))
    bands: list[tuple[m.Band, int]] = []
    for table in raw:
        if not isinstance(table, dict):
            ctx.fail(ctx.attr_line("bands", line), translate("core.forms.scales", "{what}的每个分级应写成 {{ min = …, max = …, code = \"…\", label_zh = \"…\" }}。").format(what=what))
        at = ctx.line_of(table, line)
        ctx.check_attrs(table, _BAND, at, f"{what}的分级")
        code = ctx.identifier(table, "code", at, f"{what}的分级")
        b_low, b_high = table.get("min"), table.get("max")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (b_low, b_high)) or b_low > b_high:
            ctx.fail(at, translate("core.forms.scales", "{what}的分级 {code} 需要整数 min 和 max，且 min 不大于 max。").format(what=what, code=code))
        if any(b.code == code for b, _ in bands):
            ctx.fail(at, translate("core.forms.scales", "{what}的分级 code“{code}”重复。").format(what=what, code=code))
        label = ctx.text(table, "label_zh", at, f"{what}的分级 {code} ", required=True)
        bands.append((m.Band(b_low, b_high, code, label, ctx.text(table, "label_en", at, what)), at))
    bands.sort(key=lambda pair: pair[0].min)
    _check_coverage(ctx, bands, line, what, low, high)
    return tuple(b for b, _ in bands)


def _check_coverage(ctx, bands, line, what, low, high) -> None:
    if not bands:
        return
    first, first_line = bands[0]
    if first.min > low:
        ctx.fail(first_line, translate("core.forms.scales", "{what}的分级有缺口：总分 {low}–{value} 没有对应的分级（总分范围 {low}–{high}）。").format(what=what, low=low, value=first.min - 1, high=high))
    for (prev, _), (band, at) in zip(bands, bands[1:], strict=False):
        if band.min <= prev.max:
            ctx.fail(at, translate("core.forms.scales", "{what}的分级 {code}（{min}–{max}）与 {code2}（{min2}–{max2}）重叠。").format(what=what, code=prev.code, min=prev.min, max=prev.max, code2=band.code, min2=band.min, max2=band.max))
        if band.min > prev.max + 1:
            ctx.fail(at, translate("core.forms.scales", "{what}的分级有缺口：{code} 与 {code2} 之间的总分 {value}–{value2} 没有对应的分级。").format(what=what, code=prev.code, code2=band.code, value=prev.max + 1, value2=band.min - 1))
    last, last_line = bands[-1]
    if last.max < high:
        ctx.fail(last_line, translate("core.forms.scales", "{what}的分级有缺口：总分 {value}–{high} 没有对应的分级（总分范围 {low}–{high}）。").format(what=what, value=last.max + 1, high=high, low=low))


def _direction(ctx, table, line, what) -> str:
    # Whether a low total is the worse grade (ability scores) or a high one (needs, risk) differs
    # between scales; guessing it would silently turn a "raise a level" rule into a lowering.
    direction = table.get("adjust_toward")
    if direction is None and table.get("adjustments"):
        ctx.fail(line, translate("core.forms.scales", "{what}有等级调整规则，需写明 adjust_toward = \"low\"（总分越低越严重）或 \"high\"。").format(what=what))
    if direction not in (None, "low", "high"):
        ctx.fail(ctx.attr_line("adjust_toward", line), translate("core.forms.scales", "{what}的 adjust_toward 应为 \"low\" 或 \"high\"。").format(what=what))
    return direction or "low"


def _adjustments(ctx, raw, line, what, bands, form) -> tuple[m.Adjustment, ...]:
    if not isinstance(raw, list):
        ctx.fail(ctx.attr_line("adjustments", line), translate("core.forms.scales", "{what}的 adjustments 应为列表。").format(what=what))
    rules = []
    for table in raw:
        at = ctx.attr_line("when", line) if isinstance(table, dict) else line
        if not isinstance(table, dict) or "when" not in table:
            ctx.fail(at, translate("core.forms.scales", "{what}的每条等级调整规则都要有 when 条件。").format(what=what))
        line = at + 1  # the next rule is written below this one
        ctx.check_attrs(table, _ADJUSTMENT, at, f"{what}的等级调整")
        when = parse_condition(ctx, table["when"], at, f"{what}的等级调整")
        check_target(ctx, form, when, at, f"{what}的等级调整", word="when")
        set_band, raise_by = table.get("set_band"), table.get("raise", 0)
        if (set_band is None) == (raise_by == 0):
            ctx.fail(at, translate("core.forms.scales", "{what}的等级调整要有且只有 set_band 或 raise 之一。").format(what=what))
        if set_band is not None and not any(b.code == set_band for b in bands):
            ctx.fail(at, translate("core.forms.scales", "{what}的等级调整引用了不存在的分级“{set_band}”。").format(what=what, set_band=set_band))
        if isinstance(raise_by, bool) or not isinstance(raise_by, int) or raise_by < 0:
            ctx.fail(at, translate("core.forms.scales", "{what}的等级调整 raise 应为正整数。").format(what=what))
        label = ctx.text(table, "label_zh", at, f"{what}的等级调整", required=True)
        rules.append(m.Adjustment(when, label, set_band, raise_by, ctx.text(table, "label_en", at, f"{what}的等级调整")))
    return tuple(rules)

