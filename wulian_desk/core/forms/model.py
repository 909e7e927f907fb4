"""The typed model of a form definition: what the parser builds and the renderers read.

Everything is frozen: a loaded definition is shared by every screen and print job, and answers
stored against (id, version) must always meet the same definition.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

# One constant per field type, so the parser, the validator and the renderers agree on spelling.
TEXT = "text"
LONG_TEXT = "long_text"
NUMBER = "number"
DATE = "date"
SINGLE_CHOICE = "single_choice"
MULTI_CHOICE = "multi_choice"
YES_NO = "yes_no"
ID_NUMBER = "id_number"
SCALE_ITEM = "scale_item"
COMPUTED = "computed"
REPEAT = "repeat"

FIELD_TYPES = (
    TEXT, LONG_TEXT, NUMBER, DATE, SINGLE_CHOICE, MULTI_CHOICE, YES_NO, ID_NUMBER, SCALE_ITEM,
    COMPUTED, REPEAT,
)
CHOICE_TYPES = (SINGLE_CHOICE, MULTI_CHOICE, SCALE_ITEM)

# What a computed field shows: a scale's total, one domain's subtotal, or its grade. The grade
# before adjustments ("preliminary_band") is kept because GB/T 42195 prints both.
COMPUTE_KINDS = ("total", "subtotal", "band", "preliminary_band")

# The operators of a visible_if condition; exactly one is given.
CONDITION_OPS = ("equals", "not_equals", "in", "answered")


@dataclass(frozen=True)
class Option:
    code: str
    zh: str
    en: str = ""
    score: int | None = None


@dataclass(frozen=True)
class Condition:
    """`field` op `value`: shows a field only when another field's answer matches."""

    field: str
    op: str
    value: object = None


@dataclass(frozen=True)
class Field:
    """One input (or a computed value). min/max mean the value for numbers, the length for text,
    the date (ISO or "today") for dates and the number of picks for multiple choice."""

    key: str
    type: str
    label_zh: str
    label_en: str = ""
    required: bool = False
    help: str = ""
    help_en: str = ""
    options: tuple[Option, ...] = ()
    min: float | str | None = None
    max: float | str | None = None
    integer: bool = False
    pattern: str | None = None
    pattern_message: str = ""
    pattern_message_en: str = ""
    visible_if: Condition | None = None
    unit: str = ""
    unit_en: str = ""
    default: object = None
    scale: str | None = None
    domain: str | None = None
    compute: str | None = None
    # What personal value a free-text field holds ("id_number", "phone" or "address"), declared
    # in the definition so prints mask it by what it is, never by guessing from its label.
    mask: str | None = None
    # The client's or case's field this one stands for ("client.phone"; see forms/mapping.py):
    # prefilled when a new form opens, offered back to the record when a save says otherwise.
    fills: str | None = None

    def option(self, code: object) -> Option | None:
        return next((o for o in self.options if o.code == code), None)


@dataclass(frozen=True)
class RepeatGroup:
    """A list of items, each answering the same fields (family members, goals, tasks)."""

    key: str
    label_zh: str
    label_en: str = ""
    fields: tuple[Field, ...] = ()
    min_items: int = 0
    max_items: int | None = None
    help: str = ""
    help_en: str = ""
    visible_if: Condition | None = None

    type = REPEAT  # so code that walks a section can ask every entry for its type

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[Field | RepeatGroup, ...]
    title_en: str = ""


@dataclass(frozen=True)
class Domain:
    code: str
    zh: str
    en: str = ""


@dataclass(frozen=True)
class Band:
    """A grade: totals from min to max inclusive."""

    min: int
    max: int
    code: str
    label_zh: str
    label_en: str = ""


@dataclass(frozen=True)
class Adjustment:
    """A rule that changes the grade the total gave: set it outright, or move it `raise_by` bands
    toward the worse end of the scale (GB/T 42195: coma sets 完全丧失, dementia raises a level)."""

    when: Condition
    label_zh: str
    set_band: str | None = None
    raise_by: int = 0
    label_en: str = ""


@dataclass(frozen=True)
class Scale:
    """Scored single-choice items (fields of type scale_item naming this scale) with a total."""

    key: str
    label_zh: str
    label_en: str = ""
    items: tuple[str, ...] = ()
    domains: tuple[Domain, ...] = ()
    bands: tuple[Band, ...] = ()  # sorted by min, lowest totals first
    adjustments: tuple[Adjustment, ...] = ()
    adjust_toward: str = "low"  # which end of the totals is the worse grade: "low" or "high"
    min_total: int = 0
    max_total: int = 0

    def band_for(self, total: int) -> Band | None:
        return next((b for b in self.bands if b.min <= total <= b.max), None)

    def band(self, code: str | None) -> Band | None:
        return next((b for b in self.bands if b.code == code), None)

    def domain(self, code: str | None) -> Domain | None:
        return next((d for d in self.domains if d.code == code), None)


@dataclass(frozen=True)
class FormDefinition:
    id: str
    version: int
    title_zh: str
    title_en: str = ""
    description: str = ""
    description_en: str = ""
    sections: tuple[Section, ...] = ()
    scales: tuple[Scale, ...] = ()
    source: str = field(default="", compare=False)  # the file it came from, for messages

    def entries(self) -> Iterator[Field | RepeatGroup]:
        """Every top-level field and repeat group, in the order they are shown."""
        for section in self.sections:
            yield from section.fields

    def entry(self, key: str) -> Field | RepeatGroup | None:
        return next((e for e in self.entries() if e.key == key), None)

    def scale(self, key: str | None) -> Scale | None:
        return next((s for s in self.scales if s.key == key), None)
