"""The org units a record can belong to, as the combo boxes show them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


@dataclass(frozen=True)
class UnitChoice:
    id: str
    name: str


def load_units(ctx) -> list[UnitChoice]:
    from wulian_desk.services.station.station import list_org_units

    return [UnitChoice(unit.id, unit.name) for unit in list_org_units(ctx)]


def fill_unit_combo(combo: QComboBox, units: list[UnitChoice], *, with_all: bool, current: str | None = None) -> None:
    combo.blockSignals(True)
    combo.clear()
    if with_all:
        combo.addItem(QCoreApplication.translate("units", "全部站点"), None)
    for unit in units:
        combo.addItem(unit.name, unit.id)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class UnitFilter(QComboBox):
    """"All units" or one of them, over a list: `on_change(unit_id or None)` when the choice
    changes; `reload()` after units were added, keeping the choice."""

    def __init__(self, ctx, on_change: Callable[[str | None], None], parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("unitFilter")
        fill_unit_combo(self, load_units(ctx), with_all=True)
        self.currentIndexChanged.connect(lambda _i: on_change(self.currentData()))

    def reload(self) -> None:
        fill_unit_combo(self, load_units(self.ctx), with_all=True, current=self.currentData())
