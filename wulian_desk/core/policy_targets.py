"""The targets section of a policy profile: organisations per community by year, type shares,
brands, federation coverage, staff minimums, agencies and training hours. Every key is optional,
because the cities' documents set different ones; an absent key is a target the city did not set.
A value of the wrong kind raises ValueError, which core/policy.py reports with the file name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wulian_desk.core.vocab import TIERS


@dataclass(frozen=True)
class Targets:
    per_urban_community: tuple[tuple[int, float], ...] = ()  # (year, minimum average), ascending
    per_rural_community: tuple[tuple[int, float], ...] = ()
    service_types_share_above: float | None = None  # strictly more than this share
    brand_organisations: int | None = None
    brand_projects: int | None = None
    federation_coverage: dict[str, float] = field(default_factory=dict)  # district name -> share
    staff: dict[str, tuple[int, int]] = field(default_factory=dict)  # tier -> (staff, professionals)
    agencies_per_station: int | None = None
    agencies_pilot: dict[str, int] = field(default_factory=dict)  # pilot station name -> minimum
    agency_training_hours: float | None = None


def by_year(steps: tuple[tuple[int, float], ...], year: int) -> tuple[int, float] | None:
    """The step in force in `year`: the latest one set for that year or before."""
    due = [s for s in steps if s[0] <= year]
    return due[-1] if due else None


def _count(value, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} 应为非负整数")
    return value


def _share(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ValueError(f"{what} 应为 0 到 1 之间的比例")
    return float(value)


def _steps(table, what: str) -> tuple[tuple[int, float], ...]:
    if not isinstance(table, dict):
        raise ValueError(f"{what} 应为“年份 = 数量”的表")
    steps = []
    for year, value in table.items():
        if not str(year).isdigit() or not 2000 <= int(year) <= 2100:
            raise ValueError(f"{what} 的年份 {year} 不对")
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ValueError(f"{what} 在 {year} 年的数量应为非负数")
        steps.append((int(year), float(value)))
    return tuple(sorted(steps))


def parse_targets(data: dict) -> Targets | None:
    orgs, staff, agencies = data.get("organisations", {}), data.get("staff", {}), data.get("agencies", {})
    if not (orgs or staff or agencies):
        return None
    for section, name in ((orgs, "organisations"), (staff, "staff"), (agencies, "agencies")):
        if not isinstance(section, dict):
            raise ValueError(f"[{name}] 应为一个表")
    known = {"per_urban_community", "per_rural_community", "service_types_share_above", "brand_organisations",
             "brand_projects", "federation_coverage"}
    if unknown := set(orgs) - known:
        raise ValueError(f"[organisations] 中有未知的项 {', '.join(sorted(unknown))}")
    staff_min = {}
    for tier, spec in staff.items():
        if tier not in TIERS or not isinstance(spec, dict):
            raise ValueError(f"[staff] 中未知站点层级 {tier}")
        staff_min[tier] = (_count(spec["min_staff"], "min_staff"), _count(spec.get("min_professional", 0), "min_professional"))
    share = orgs.get("service_types_share_above")
    hours = agencies.get("training_hours_per_year")
    if hours is not None and (isinstance(hours, bool) or not isinstance(hours, int | float) or hours <= 0):
        raise ValueError("training_hours_per_year 应为正数")
    return Targets(
        per_urban_community=_steps(orgs.get("per_urban_community", {}), "per_urban_community"),
        per_rural_community=_steps(orgs.get("per_rural_community", {}), "per_rural_community"),
        service_types_share_above=_share(share, "service_types_share_above") if share is not None else None,
        brand_organisations=_count(orgs["brand_organisations"], "brand_organisations") if "brand_organisations" in orgs else None,
        brand_projects=_count(orgs["brand_projects"], "brand_projects") if "brand_projects" in orgs else None,
        federation_coverage={str(k): _share(v, f"federation_coverage {k}") for k, v in orgs.get("federation_coverage", {}).items()},
        staff=staff_min,
        agencies_per_station=_count(agencies["min_per_station"], "min_per_station") if "min_per_station" in agencies else None,
        agencies_pilot={str(k): _count(v, f"pilot_stations {k}") for k, v in agencies.get("pilot_stations", {}).items()},
        agency_training_hours=float(hours) if hours is not None else None,
    )
