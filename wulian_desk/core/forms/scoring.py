"""Scale totals, domain subtotals and grades computed from the answers.

A grade is given only when every shown item is answered: a grade from half a scale would look
like a finding. The running total is always given, so a screen can show it while filling in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.conditions import holds, is_visible


@dataclass(frozen=True)
class ScaleResult:
    key: str
    total: int
    min_total: int
    max_total: int
    subtotals: dict[str, int]
    answered: int
    items: int  # items shown; a hidden item neither counts nor blocks the grade
    preliminary_band: str | None  # from the total alone
    band: str | None  # after the adjustment rules
    adjusted_by: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return self.answered == self.items

    def to_dict(self) -> dict:
        return {
            "total": self.total, "min_total": self.min_total, "max_total": self.max_total,
            "subtotals": dict(self.subtotals), "answered": self.answered, "items": self.items,
            "complete": self.complete, "preliminary_band": self.preliminary_band,
            "band": self.band, "adjusted_by": list(self.adjusted_by),
        }


def score_scale(form: m.FormDefinition, scale: m.Scale, answers: Mapping[str, object]) -> ScaleResult:
    total = answered = shown = 0
    subtotals = {d.code: 0 for d in scale.domains}
    for key in scale.items:
        item = form.entry(key)
        if not is_visible(form, item, answers):
            continue
        shown += 1
        option = item.option(answers.get(key))
        if option is None:
            continue
        answered += 1
        total += option.score
        if item.domain in subtotals:
            subtotals[item.domain] += option.score
    preliminary = scale.band_for(total) if answered == shown and scale.bands else None
    band, reasons = _adjust(form, scale, preliminary, answers)
    return ScaleResult(
        scale.key, total, scale.min_total, scale.max_total, subtotals, answered, shown,
        preliminary.code if preliminary else None, band.code if band else None, reasons,
    )


def _adjust(form, scale: m.Scale, band: m.Band | None, answers) -> tuple[m.Band | None, tuple[str, ...]]:
    """Rules only ever make a grade worse, and raises do not add up: two reasons to raise by one
    raise by one, as GB/T 42195 words its rules."""
    if band is None:
        return None, ()
    worst_first = scale.bands if scale.adjust_toward == "low" else tuple(reversed(scale.bands))
    start = worst_first.index(band)
    rank, reasons = start, []
    for rule in scale.adjustments:
        target = form.entry(rule.when.field)
        if not is_visible(form, target, answers) or not holds(rule.when, target, answers.get(target.key)):
            continue
        reasons.append(rule.label_zh)
        if rule.set_band is not None:
            rank = min(rank, worst_first.index(scale.band(rule.set_band)))
        else:
            rank = min(rank, max(0, start - rule.raise_by))
    return worst_first[rank], tuple(reasons)


def compute(form: m.FormDefinition, answers: Mapping[str, object]) -> dict[str, object]:
    """{scale key: its result as a dict, computed field key: the value it shows}."""
    results = {s.key: score_scale(form, s, answers) for s in form.scales}
    computed: dict[str, object] = {key: r.to_dict() for key, r in results.items()}
    for entry in form.entries():
        if isinstance(entry, m.Field) and entry.type == m.COMPUTED:
            computed[entry.key] = _field_value(entry, results[entry.scale])
    return computed


def _field_value(field: m.Field, result: ScaleResult) -> object:
    if field.compute == "total":
        return result.total
    if field.compute == "subtotal":
        return result.subtotals.get(field.domain, 0)
    return result.band if field.compute == "band" else result.preliminary_band
