"""Demo facilities: the communities under the station, their rooms and equipment."""

from __future__ import annotations

import random
from datetime import date, timedelta

from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Asset, OrgUnit, Room
from wulian_desk.core.tasks import Progress
from wulian_desk.core.texts import translate
from wulian_desk.storage.bulk import BulkWriter

CHUNK = 5000

_COMMUNITY_NAMES = (
    "城关", "首善", "青年路", "槐芽", "横渠", "金渠", "常兴", "汤峪", "齐镇", "营头", "太白路", "渭滨",
    "桃园", "杏林", "南街", "北街", "东关", "西关", "文化路", "宝鸡路", "红星", "新民", "和平", "幸福",
)
_ASSET_MODELS = {
    "furniture": ("办公桌", "会议椅", "沙盘桌", "心理咨询沙发", "文件柜台"),
    "computer": ("联想台式电脑", "华为笔记本电脑", "一体机电脑"),
    "printer": ("惠普激光打印机", "兄弟多功能一体机", "得力票据打印机"),
    "cabinet": ("铁皮档案柜", "密集档案柜", "保密文件柜"),
    "projector": ("爱普生投影仪", "明基投影仪"),
    "other": ("音响设备", "沙盘游戏套装", "放松椅", "血压计", "扫描仪"),
}
_ROOM_PLAN = {
    "township": (("office", "办公室", 24, 32), ("counselling", "个案室", 12, 18), ("group", "小组活动室", 25, 40),
                 ("meeting", "共享会议室", 20, 35), ("archive", "档案室", 8, 12)),
    "community": (("counselling", "个案室", 10, 16), ("group", "小组活动室", 15, 30)),
    "county": (("office", "办公室", 40, 60), ("meeting", "会议室", 30, 45), ("archive", "档案室", 15, 20)),
}


def fill_facilities(writer: BulkWriter, rng: random.Random, station: OrgUnit, scale: int, progress: Progress) -> list[dict]:
    """Units under the station, their rooms, and `200 × scale` assets; returns the units.

    A few units deliberately miss a minimum (a community without a group room, one under 30 m²)
    so the compliance view has something to show.
    """
    units = _demo_units(rng, station, scale)
    rooms = [r for unit in [station, *units] for r in _demo_rooms(rng, unit)]
    writer.insert(OrgUnit, units)
    writer.insert(Room, rooms)
    n_assets = 200 * scale
    for start in range(0, n_assets, CHUNK):
        progress.step(start, n_assets, translate("services.demo.facilities", "资产"))
        writer.insert(Asset, [_demo_asset(rng, rooms, start + i) for i in range(min(CHUNK, n_assets - start))])
    return units


def _demo_units(rng: random.Random, station: OrgUnit, scale: int) -> list[dict]:
    if station.tier == "community":
        return []
    count = min(6 + scale, 200)
    units = []
    for i in range(count):
        base = _COMMUNITY_NAMES[i % len(_COMMUNITY_NAMES)]
        rural = i % 3 == 2
        suffix = "村" if rural else "社区"
        name = f"{base}{suffix}社工室" if i < len(_COMMUNITY_NAMES) else f"{base}{i // len(_COMMUNITY_NAMES) + 1}{suffix}社工室"
        units.append(
            {
                "id": new_id(),
                "name": name,
                "tier": "community",
                "parent_id": station.id,
                "division_code": None,
                "area_kind": "rural" if rural else "urban",
            }
        )
    return units


def _demo_rooms(rng: random.Random, unit) -> list[dict]:
    tier = unit["tier"] if isinstance(unit, dict) else unit.tier
    unit_id = unit["id"] if isinstance(unit, dict) else unit.id
    plan = list(_ROOM_PLAN[tier])
    if tier == "community" and rng.random() < 0.2:
        plan = plan[:1]  # a room still waiting for its group room: shows up as non-compliant
    small = tier == "community" and rng.random() < 0.15
    rooms = []
    for room_type, name, low, high in plan:
        area = rng.randint(low, high) * (0.5 if small else 1.0)
        rooms.append(
            {
                "id": new_id(),
                "org_unit_id": unit_id,
                "name": name,
                "room_type": room_type,
                "area_m2": float(area),
                "notes": "",
            }
        )
    return rooms


def _demo_asset(rng: random.Random, rooms: list[dict], n: int) -> dict:
    room = rooms[rng.randrange(len(rooms))]
    category = rng.choices(list(_ASSET_MODELS), weights=(40, 20, 10, 15, 5, 10))[0]
    bought = date(2022, 11, 3) + timedelta(days=rng.randrange(0, 1400))
    bought = min(bought, date.today())
    price = {"furniture": (300, 2500), "computer": (3500, 7000), "printer": (1200, 4000),
             "cabinet": (600, 2200), "projector": (2500, 6000), "other": (200, 3000)}[category]
    return {
        "id": new_id(),
        "org_unit_id": room["org_unit_id"],
        "asset_tag": f"WL-{bought.year}-{n + 1:06d}",
        "name": rng.choice(_ASSET_MODELS[category]),
        "category": category,
        "status": rng.choices(("in_use", "idle", "repair", "scrapped"), weights=(85, 8, 4, 3))[0],
        "room_id": room["id"],
        "purchase_date": bought,
        "value_fen": rng.randint(*price) * 100,
    }
