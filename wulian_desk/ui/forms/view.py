"""One form definition as a screen: sections as group boxes, inputs in the form's order, fields
shown and hidden as answers change, scale totals and grades live, errors under their fields."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import FormDefinition, RepeatGroup, compute, is_visible
from wulian_desk.core.forms import model as m
from wulian_desk.ui.forms.inputs import ComputedInput
from wulian_desk.ui.forms.repeat import RepeatInput
from wulian_desk.ui.forms.rows import FieldRow, add_field_row
from wulian_desk.ui.i18n import error_text, pick
from wulian_desk.ui.widgets.form import error_label

_ITEM_PATH = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")


class FormView(QWidget):
    def __init__(self, form: FormDefinition, parent: QWidget | None = None,
                 on_edit: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"form_{form.id}")
        self.form = form
        self.on_edit = on_edit
        self.rows: dict[str, FieldRow] = {}
        self.groups: dict[str, tuple[RepeatInput, QFormLayout]] = {}
        self.general_error = error_label("error_general")
        self.building = True
        layout = QVBoxLayout(self)
        if form.description:
            intro = QLabel(pick(form.description, form.description_en))
            intro.setWordWrap(True)
            intro.setProperty("role", "hint")
            layout.addWidget(intro)
        for number, section in enumerate(form.sections):
            box = QGroupBox(pick(section.title, section.title_en))
            box.setObjectName(f"section_{number}")
            grid = QFormLayout(box)
            # A caption goes above its field when both do not fit side by side (a small screen).
            grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for entry in section.fields:
                if isinstance(entry, RepeatGroup):
                    group = RepeatInput(form, entry, self._edited, self.fix_tab_order)
                    grid.addRow(group)
                    self.groups[entry.key] = (group, grid)
                else:
                    self.rows[entry.key] = add_field_row(grid, entry, self._edited, entry.key)
            layout.addWidget(box)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self.building = False
        self.refresh()
        self.fix_tab_order()

    # -- answers -----------------------------------------------------------------------------------

    def answers(self) -> dict:
        out: dict[str, object] = {}
        for entry in self.form.entries():
            value = self.input_of(entry.key).value()
            if value is not None:
                out[entry.key] = value
        return out

    def set_answers(self, answers: dict) -> None:
        self.building = True
        for entry in self.form.entries():
            if entry.type != m.COMPUTED:
                self.input_of(entry.key).set_value(answers.get(entry.key))
        self.building = False
        self.refresh()
        self.fix_tab_order()

    def input_of(self, key: str):
        if key in self.groups:
            return self.groups[key][0]
        return self.rows[key].input

    def _edited(self) -> None:
        if self.building:
            return
        self.refresh()
        if self.on_edit is not None:
            self.on_edit()

    # -- live state ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what the answers make visible, and the scales' totals and grades as they stand."""
        answers = self.answers()
        for entry in self.form.entries():
            visible = is_visible(self.form, entry, answers)
            if isinstance(entry, RepeatGroup):
                group, grid = self.groups[entry.key]
                grid.setRowVisible(group, visible)
                group.refresh(answers)
            else:
                self.rows[entry.key].set_visible(visible)
        if self.form.scales:
            results = compute(self.form, answers)
            for row in self.rows.values():
                if isinstance(row.input, ComputedInput):
                    row.input.show_result(self.computed_text(row.field, results))

    def computed_text(self, field: m.Field, results: dict) -> str:
        scale = self.form.scale(field.scale)
        result = results.get(field.scale) or {}
        if field.compute == "total":
            return self.tr("%1 分（已答 %2/%3 项）").replace("%1", str(result.get("total", 0))) \
                .replace("%2", str(result.get("answered", 0))).replace("%3", str(result.get("items", 0)))
        if field.compute == "subtotal":
            return self.tr("%1 分").replace("%1", str(result.get("subtotals", {}).get(field.domain, 0)))
        code = result.get("band" if field.compute == "band" else "preliminary_band")
        band = scale.band(code) if scale is not None else None
        if band is None:
            return self.tr("（各项答完后给出）")
        text = pick(band.label_zh, band.label_en)
        # Results name their adjustment rules in Chinese (they are stored so); the rule gives the English.
        english = {rule.label_zh: rule.label_en for rule in scale.adjustments}
        reasons = [pick(reason, english.get(reason, "")) for reason in result.get("adjusted_by") or []]
        if field.compute == "band" and reasons:
            text += self.tr("（因%1调整）").replace("%1", self.tr("、").join(reasons))
        return text

    # -- errors --------------------------------------------------------------------------------------

    def clear_problems(self) -> None:
        labels = [self.general_error] + [row.error for row in self.rows.values()]
        for group, _grid in self.groups.values():
            labels += group.error_labels()
        for label in labels:
            label.clear()
            label.hide()

    def show_problems(self, problems: list[ValidationError]) -> None:
        """Each message under the field its path names ("members[2].name" is the third item)."""
        self.clear_problems()
        general = []
        for err in problems:
            label = self.error_label(err.field or "")
            if label is None:
                general.append(error_text(err))
                continue
            text = error_text(err)
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        first = problems[0].field if problems else None
        self.focus_path(first or "")

    def error_label(self, path: str) -> QLabel | None:
        match = _ITEM_PATH.match(path)
        if match:
            key, index, sub = match.group(1), int(match.group(2)), match.group(3)
            group = self.groups.get(key)
            return group[0].error_for(index, sub) if group else None
        if path in self.rows:
            return self.rows[path].error
        if path in self.groups:
            return self.groups[path][0].error
        return None

    def message(self, path: str) -> str:
        label = self.error_label(path) if path else self.general_error
        return label.text() if label is not None and not label.isHidden() else ""

    def focus_path(self, path: str) -> None:
        match = _ITEM_PATH.match(path)
        widgets: list[QWidget] = []
        if match and match.group(1) in self.groups:
            group = self.groups[match.group(1)][0]
            index = int(match.group(2))
            if 0 <= index < len(group.items) and match.group(3) in group.items[index].rows:
                widgets = group.items[index].rows[match.group(3)].input.focus_widgets()
        elif path in self.rows:
            widgets = self.rows[path].input.focus_widgets()
        elif path in self.groups:
            widgets = self.groups[path][0].focus_widgets()
        if widgets:
            widgets[0].setFocus()

    # -- keyboard ----------------------------------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for entry in self.form.entries():
            if isinstance(entry, RepeatGroup):
                chain += self.groups[entry.key][0].focus_widgets()
            else:
                chain += self.rows[entry.key].input.focus_widgets()
        return chain

    def fix_tab_order(self) -> None:
        """Tab walks the fields in the form's order, items added later included."""
        chain = self.focus_chain()
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
