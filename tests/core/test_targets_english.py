"""Every target the dashboard computes carries its name, target and figure in English as well, for
the English window; stations', communities' and agencies' names stay as they are."""

from __future__ import annotations

import re

import pytest

from wulian_desk.catalogue import english
from wulian_desk.core.policy import parse_policy
from wulian_desk.core.targets import Snapshot, TargetResult, Unit, compute
from wulian_desk.paths import policies_dir

YEAR = 2025
CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def profile(code: str):
    path = policies_dir() / f"{code}.toml"
    return parse_policy(code, path.read_text(encoding="utf-8"), origin=str(path))


def snapshot() -> Snapshot:
    """A street station with two urban communities and a rural one, staff, an agency with training
    and operating funds."""
    units = (Unit("st", "首善街道", "township", None), Unit("u1", "滨河社区", "community", "urban"),
             Unit("u2", "景贤社区", "community", "urban"), Unit("r1", "槐芽村", "community", "rural"))
    organisations = tuple((f"o{n}", "u1" if n < 12 else "u2" if n < 14 else "r1",
                           "life_service" if n % 2 else "culture_sports", n < 2, n < 1, n == 0) for n in range(16))
    staff = (("s1", "st", True, "a1"), ("s2", "st", False, "a1"), ("s3", "st", False, None))
    trainings = (("t1", "s1", 24.0, "督导实务|2025-05-06"), ("t2", "s2", 24.0, "督导实务|2025-05-06"))
    agencies = (("a1", "st", "眉县启航社会工作服务中心"),)
    funds = (("f1", "st", 2_000_000), ("f2", "u1", 500_000))
    return Snapshot(YEAR, "st", units, organisations, staff, trainings, agencies, funds)


def english_missing(result: TargetResult) -> list[str]:
    """Texts whose English is still Chinese (the catalogue lacks a template, or it does not format)."""
    pairs = {"name": result.name, "target": result.target, "figure": result.figure_text}
    return [f"{result.key}/{result.zh}: {what}" for what, text in pairs.items() if CHINESE.search(english(text))]


@pytest.mark.parametrize("code", ["dalian", "huangshan", "meixian"])
def test_every_result_and_breakdown_row_has_english(code):
    results = compute(profile(code), snapshot())
    assert results
    missing = [m for r in results for row in (r, *r.breakdown) for m in english_missing(row)
               if not (row in r.breakdown and m.endswith(": name"))]  # a unit's or agency's name stays as it is
    assert missing == []
    for r in results:
        for row in r.breakdown:
            assert english(row.name) == row.zh


def test_english_wording():
    got = {r.key: r for r in compute(profile("meixian"), snapshot())}
    urban = got["organisations_urban"]
    goal_year = re.search(r"（(\d{4})年目标）", urban.zh).group(1)
    assert english(urban.name) == f"Community social organisations per urban community ({goal_year} target)"
    assert english(urban.figure_text) == "7 (14 organisations / 2 communities)"
    assert urban.target_zh.endswith(" 个") and english(urban.target) == urban.target_zh.removesuffix(" 个")
    staff = got["staff"]
    assert english(staff.figure_text) == f"{int(staff.figure)}/{int(staff.threshold)} stations meet it"
    assert staff.breakdown[0].figure_zh == "3 人" and english(staff.breakdown[0].figure_text) == "3 people"
    assert got["agency_training"].breakdown[0].figure_zh == "24 课时"
    assert english(got["agency_training"].breakdown[0].figure_text) == "24 hours"


def test_counts_of_one_are_singular_in_english():
    got = {r.key: r for r in compute(profile("meixian"), snapshot())}
    professionals = got["professionals"].breakdown[0]
    assert professionals.figure_zh == "1 人" and english(professionals.figure_text) == "1 person"
    rural = got.get("organisations_rural")
    if rural is not None:
        assert "(2 organisations / 1 community)" in english(rural.figure_text)


def test_an_unrecognised_district_is_said_in_english():
    fed = next(r for r in compute(profile("huangshan"), snapshot()) if r.key == "federation_coverage")
    assert "未识别所在区县，按最低" in fed.zh
    assert english(fed.name).endswith("(district not recognised, lowest 50% used)")
