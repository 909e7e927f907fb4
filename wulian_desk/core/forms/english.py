"""Which texts of a form definition have no English, each at the line of its file to fix.

The parser does not ask for English: a form a county writes and sends down is used as it is, and
the English window shows its Chinese where a text has no English. The forms shipped with the
program are held to more: every text a user reads has its English (tests/core check them with
`english_gaps`).
"""

from __future__ import annotations

from collections import Counter

from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.errors import FormDefinitionError
from wulian_desk.core.forms.locate import Locator
from wulian_desk.core.forms.parser import parse_form
from wulian_desk.core.texts import translate


def english_gaps(text: str, *, filename: str) -> list[FormDefinitionError]:
    """Every text of the form in `text` that lacks its English, in file order; [] when complete.
    A form the parser refuses raises its FormDefinitionError as parse_form does."""
    return _Gaps(parse_form(text, filename=filename), text, filename).find()


class _Gaps:
    def __init__(self, form: m.FormDefinition, text: str, filename: str) -> None:
        self.form = form
        self.filename = filename
        self.locator = Locator(text)
        self.declared: Counter[str] = Counter()
        self.found: dict[tuple[int, str], FormDefinitionError] = {}

    def find(self) -> list[FormDefinitionError]:
        form = self.form
        self.check(form.title_en, "title_en", form.title_zh, self.line("title_zh"), "表单")
        if form.description:
            self.check(form.description_en, "description_en", form.description, self.line("description"), "表单")
        after = 0
        for section in form.sections:
            after = self.locator.assignment("title", section.title, after=after) or after
            self.check(section.title_en, "title_en", section.title, after or 1, f"分节“{section.title}”")
            for entry in section.fields:
                self.entry(entry)
                if isinstance(entry, m.RepeatGroup):
                    for sub in entry.fields:
                        self.entry(sub)
        for scale in form.scales:
            self.scale(scale)
        return [self.found[key] for key in sorted(self.found)]

    def line(self, name: str, value: object = None, after: int = 0) -> int:
        return self.locator.assignment(name, value, after=max(after - 1, 0)) or after or 1

    def declaration(self, key: str) -> int:
        # The nth declaration of a key is its nth `key = "…"` line, as the parser counts them.
        self.declared[key] += 1
        return self.locator.key_line(key, nth=self.declared[key]) or 1

    def check(self, english: str, name: str, chinese: str, line: int, what: str) -> None:
        if english.strip():
            return
        self.found.setdefault((line, name), FormDefinitionError(
            self.filename, line, translate("core.forms.english", "{what}缺少英文 {name}（中文为“{chinese}”）。").format(what=what, name=name, chinese=chinese),
        ))

    def entry(self, entry: m.Field | m.RepeatGroup) -> None:
        line = self.declaration(entry.key)
        what = f"字段 {entry.key} "
        self.check(entry.label_en, "label_en", entry.label_zh, line, what)
        for name in ("help", "pattern_message", "unit"):
            chinese = getattr(entry, name, "")
            if chinese:
                self.check(getattr(entry, f"{name}_en"), f"{name}_en", chinese, self.line(name, after=line), what)
        for option in getattr(entry, "options", ()):
            # An option of a shared set is written above the field: look there when not below.
            at = self.locator.assignment("zh", option.zh, after=line - 1) or self.locator.assignment("zh", option.zh) or line
            self.check(option.en, "en", option.zh, at, f"{what}的选项 {option.code} ")

    def scale(self, scale: m.Scale) -> None:
        line = self.declaration(scale.key)
        what = f"量表 {scale.key} "
        self.check(scale.label_en, "label_en", scale.label_zh, line, what)
        for domain in scale.domains:
            self.check(domain.en, "en", domain.zh, self.line("code", domain.code, line), f"{what}的维度 {domain.code} ")
        for band in scale.bands:
            self.check(band.label_en, "label_en", band.label_zh, self.line("code", band.code, line), f"{what}的分级 {band.code} ")
        for rule in scale.adjustments:
            self.check(rule.label_en, "label_en", rule.label_zh, self.line("label_zh", rule.label_zh, line), f"{what}的等级调整")
