"""Policy profiles: a city's targets as data (resources/policies/*.toml), parsed and checked here.

Each city sets its own numbers; the county picks a profile and sends it down. This module only
parses text it is given, so the core stays free of file access.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field

from wulian_desk.core.errors import PolicyError
from wulian_desk.core.policy_targets import Targets, parse_targets
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import ASSET_CATEGORIES, ROOM_TYPES, TIERS


@dataclass(frozen=True)
class FacilityMinimum:
    """What one tier of station must have: total room area and the rooms it must hold."""

    tier: str
    min_area_m2: float
    required_rooms: tuple[str, ...]
    required_assets: tuple[str, ...] = ()
    min_operating_funds_yuan: int | None = None


@dataclass(frozen=True)
class PolicyProfile:
    code: str
    name: str
    source: str
    facilities: dict[str, FacilityMinimum] = field(default_factory=dict)
    # Total volunteer hours that earn each star, ascending; empty when the profile grades none.
    volunteer_star_hours: tuple[int, ...] = ()
    # The targets of the other parties (organisations, staff, agencies): None where the city is silent.
    targets: Targets | None = None
    # A month's report is due by this day of the next month ([reporting] due_day; 按时上报).
    report_due_day: int = 5

    def facility_minimum(self, tier: str) -> FacilityMinimum | None:
        return self.facilities.get(tier)


def parse_policy(code: str, text: str, *, origin: str = "") -> PolicyProfile:
    """Parse a profile; a broken file raises PolicyError naming the file and what is wrong."""
    where = origin or code
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(
            translate("core.policy", "政策配置文件 {where} 格式错误：{exc}").format(where=where, exc=exc)
        ) from exc
    try:
        name = str(data["name"])
        facilities = {}
        for tier, spec in data.get("facilities", {}).items():
            if tier not in TIERS:
                raise ValueError(f"未知站点层级 {tier}")
            rooms = tuple(spec.get("required_rooms", ()))
            unknown = [r for r in rooms if r not in ROOM_TYPES]
            if unknown:
                raise ValueError(f"未知功能室类型 {', '.join(unknown)}")
            assets = tuple(spec.get("required_assets", ()))
            unknown = [a for a in assets if a not in ASSET_CATEGORIES]
            if unknown:
                raise ValueError(f"未知资产类别 {', '.join(unknown)}")
            area = float(spec["min_area_m2"])
            if area < 0:
                raise ValueError("最小面积不能为负数")
            funds = spec.get("min_operating_funds_yuan")
            facilities[tier] = FacilityMinimum(
                tier=tier,
                min_area_m2=area,
                required_rooms=rooms,
                required_assets=assets,
                min_operating_funds_yuan=int(funds) if funds is not None else None,
            )
        star_hours = _star_hours(data.get("volunteers", {}))
        targets = parse_targets(data)
        due_day = _due_day(data.get("reporting", {}))
    except (KeyError, TypeError, ValueError) as exc:
        raise PolicyError(
            translate("core.policy", "政策配置文件 {where} 内容有误：{exc}").format(where=where, exc=exc)
        ) from exc
    return PolicyProfile(
        code=code, name=name, source=str(data.get("source", "")), facilities=facilities,
        volunteer_star_hours=star_hours, targets=targets, report_due_day=due_day,
    )


def _due_day(section: dict) -> int:
    value = section.get("due_day", 5)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 28:
        raise ValueError("上报截止日 due_day 应为 1 到 28 的整数")
    return value


def _star_hours(section: dict) -> tuple[int, ...]:
    values = section.get("star_hours", [])
    if not isinstance(values, list) or any(isinstance(v, bool) or not isinstance(v, int) for v in values):
        raise ValueError("志愿者星级时长 star_hours 应为整数列表")
    if any(v <= 0 for v in values) or values != sorted(set(values)):
        raise ValueError("志愿者星级时长 star_hours 须为递增的正整数")
    return tuple(values)
