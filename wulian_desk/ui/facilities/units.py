"""The org units a record can belong to, as the combo boxes show them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


@dataclass(frozen=True)
class UnitChoice:
    id: str
    name: str


def load_units(ctx) -> list[UnitChoice]:
    from wulian_desk.services.station import list_org_units

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
