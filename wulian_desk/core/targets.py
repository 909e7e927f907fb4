"""The dashboard's arithmetic: a snapshot of the records in, each target of the profile out, with
the figure, met or not, and the ids of the records behind the figure (for drill-down).

Pure: services/reports/targets.py reads the snapshot from the database; nothing here touches it, so the
same numbers are computed for the window, the command line, the PDF and the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from wulian_desk.core.money import format_yuan
from wulian_desk.core.organisations import SERVICE_TYPES
from wulian_desk.core.policy import PolicyProfile
from wulian_desk.core.policy_targets import Targets, by_year


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    tier: str
    area_kind: str | None


@dataclass(frozen=True)
class Snapshot:
    """What the dashboard counts, for one year: live records only."""

    year: int
    station_id: str
    units: tuple[Unit, ...]
    organisations: tuple[tuple[str, str, str, bool, bool, bool], ...]  # id, unit, type, brand org, brand project, federation
    staff: tuple[tuple[str, str, bool, str | None], ...]  # id, unit, professional, agency id
    trainings: tuple[tuple[str, str, float, str], ...]  # id, staff id, hours, "name|date" (one course)
    agencies: tuple[tuple[str, str, str], ...]  # id, unit, name
    funds_received: tuple[tuple[str, str, int], ...]  # id, unit, fen received this year


@dataclass(frozen=True)
class TargetResult:
    key: str
    zh: str
    target_zh: str
    figure: float
    threshold: float
    met: bool
    record_ids: tuple[str, ...] = ()
    figure_zh: str = ""
    unit_id: str | None = None
    breakdown: tuple[TargetResult, ...] = field(default_factory=tuple)
    # The same texts in English for the English window (a station's or agency's name stays as it is).
    en: str = ""
    target_en: str = ""
    figure_en: str = ""


def _num(x: float) -> str:
    return f"{x:g}" if x == int(x) else f"{x:.1f}"


def _many(n: float, one: str, many: str) -> str:
    return f"{n:g} {one if n == 1 else many}"


def _people(n: float) -> str:
    return _many(n, "person", "people")


def _per_community(snap: Snapshot, kind: str, step: tuple[int, float]) -> TargetResult | None:
    zh_kind = "城镇" if kind == "urban" else "农村"
    communities = [u for u in snap.units if u.tier == "community" and u.area_kind == kind]
    if not communities:
        return None
    year, minimum = step
    parts = []
    for u in communities:
        ids = tuple(o[0] for o in snap.organisations if o[1] == u.id)
        parts.append(TargetResult(f"organisations_{kind}", u.name, f"≥{_num(minimum)}", len(ids), minimum,
                                  len(ids) >= minimum, ids, f"{len(ids)} 个", u.id,
                                  en=u.name, target_en=f"≥{_num(minimum)}", figure_en=f"{len(ids)}"))
    ids = tuple(i for p in parts for i in p.record_ids)
    average = round(len(ids) / len(communities), 2)
    return TargetResult(f"organisations_{kind}", f"每个{zh_kind}社区平均社区社会组织数（{year}年目标）",
                        f"≥{_num(minimum)} 个", average, minimum, average >= minimum, ids,
                        f"{_num(average)} 个（{len(ids)} 个组织 / {len(communities)} 个社区）", breakdown=tuple(parts),
                        en=f"Community social organisations per {kind} community ({year} target)",
                        target_en=f"≥{_num(minimum)}",
                        figure_en=f"{_num(average)} ({_many(len(ids), 'organisation', 'organisations')} / "
                                  f"{_many(len(communities), 'community', 'communities')})")


def _share(snap: Snapshot, above: float) -> TargetResult:
    ids = tuple(o[0] for o in snap.organisations if o[2] in SERVICE_TYPES)
    total = len(snap.organisations)
    share = len(ids) / total if total else 0.0
    return TargetResult("service_types_share", "服务性、公益性、互助性组织占比", f">{above:.0%}", round(share, 4),
                        above, share > above, ids, f"{share:.1%}（{len(ids)}/{total}）",
                        en="Share of service, public-welfare and mutual-aid organisations", target_en=f">{above:.0%}",
                        figure_en=f"{share:.1%} ({len(ids)}/{total})")


def _count(key: str, zh: str, en: str, ids: tuple[str, ...], minimum: int, unit: str) -> TargetResult:
    return TargetResult(key, zh, f"≥{minimum} {unit}", len(ids), minimum, len(ids) >= minimum, ids, f"{len(ids)} {unit}",
                        en=en, target_en=f"≥{minimum}", figure_en=f"{len(ids)}")


def _named(mapping: dict, names: list[str], default):
    """The value for the first key that appears in one of the names (a district, a pilot street)."""
    for key, value in mapping.items():
        if any(key in n for n in names):
            return key, value
    return None, default


def _federation(snap: Snapshot, coverage: dict[str, float], names: list[str]) -> TargetResult | None:
    urban = [u for u in snap.units if u.tier == "community" and u.area_kind == "urban"]
    if not urban or not coverage:
        return None
    district, share = _named(coverage, names, min(coverage.values()))
    covered = {o[1] for o in snap.organisations if o[5]}
    ids = tuple(o[0] for o in snap.organisations if o[5])
    figure = sum(1 for u in urban if u.id in covered) / len(urban)
    where = district or f"未识别所在区县，按最低 {min(coverage.values()):.0%}"
    where_en = district or f"district not recognised, lowest {min(coverage.values()):.0%} used"
    return TargetResult("federation_coverage", f"城市社区社区社会组织联合会覆盖率（{where}）", f"≥{share:.0%}",
                        round(figure, 4), share, figure >= share, ids, f"{figure:.0%}",
                        en=f"Urban communities covered by a federation of community social organisations ({where_en})",
                        target_en=f"≥{share:.0%}", figure_en=f"{figure:.0%}")


def _per_unit(snap: Snapshot, key: str, zh: str, en: str, tiers: dict[str, float],
              measure: Callable[[Unit], tuple[float, tuple[str, ...], str, str]],
              target_text: Callable[[float], tuple[str, str]],
              urban_communities_only: bool = False) -> TargetResult | None:
    """One row per station or community; measure and target_text give the texts in Chinese and English."""
    parts = []
    for u in snap.units:
        if u.tier not in tiers or (urban_communities_only and u.tier == "community" and u.area_kind != "urban"):
            continue
        figure, ids, text, text_en = measure(u)
        target_zh, target_en = target_text(tiers[u.tier])
        parts.append(TargetResult(key, u.name, target_zh, figure, tiers[u.tier], figure >= tiers[u.tier], ids, text,
                                  u.id, en=u.name, target_en=target_en, figure_en=text_en))
    if not parts:
        return None
    met = sum(1 for p in parts if p.met)
    return TargetResult(key, zh, "每个站点均达标", met, len(parts), met == len(parts),
                        tuple(i for p in parts for i in p.record_ids), f"{met}/{len(parts)} 个站点达标",
                        breakdown=tuple(parts), en=en, target_en="every station meets it",
                        figure_en=f"{met}/{len(parts)} stations meet it")


def _staff(snap: Snapshot, t: Targets) -> list[TargetResult]:
    def people(u: Unit, professional: bool):
        ids = tuple(s[0] for s in snap.staff if s[1] == u.id and (s[2] or not professional))
        return len(ids), ids, f"{len(ids)} 人", _people(len(ids))

    def need(n: float) -> tuple[str, str]:
        return f"≥{n:g} 人", f"≥{_people(n)}"

    out = [_per_unit(snap, "staff", "驻站工作人员", "Staff at the station", {k: v[0] for k, v in t.staff.items()},
                     lambda u: people(u, False), need),
           _per_unit(snap, "professionals", "其中专业社工（持证）", "Of whom certified social workers",
                     {k: v[1] for k, v in t.staff.items()}, lambda u: people(u, True), need)]
    return [r for r in out if r]


def _agencies(snap: Snapshot, t: Targets) -> list[TargetResult]:
    out = []
    stations = [u for u in snap.units if u.tier == "township"]
    if t.agencies_per_station is not None and stations:
        def measure(u: Unit):
            ids = tuple(a[0] for a in snap.agencies if a[1] == u.id)
            return len(ids), ids, f"{len(ids)} 个"
        tiers = {"township": float(t.agencies_per_station)}
        parts = []
        for u in stations:  # a pilot street has its own, higher minimum
            pilot = _named(t.agencies_pilot, [u.name], None)[1]
            figure, ids, text = measure(u)
            need = float(pilot if pilot is not None else tiers["township"])
            parts.append(TargetResult("agencies", u.name, f"≥{need:g} 个", figure, need, figure >= need, ids, text, u.id,
                                      en=u.name, target_en=f"≥{need:g}", figure_en=f"{figure}"))
        met = sum(1 for p in parts if p.met)
        out.append(TargetResult("agencies", "进驻的社会工作服务机构", "每个镇街站均达标", met, len(parts),
                                met == len(parts), tuple(i for p in parts for i in p.record_ids),
                                f"{met}/{len(parts)} 个站点达标", breakdown=tuple(parts),
                                en="Social work agencies based at the station", target_en="every station meets it",
                                figure_en=f"{met}/{len(parts)} stations meet it"))
    if t.agency_training_hours is not None and snap.agencies:
        parts = []
        for agency_id, _unit, agency_name in snap.agencies:
            staff = {s[0] for s in snap.staff if s[3] == agency_id}
            courses: dict[str, tuple[float, list[str]]] = {}
            for tid, sid, hours, course in snap.trainings:
                if sid in staff:
                    courses.setdefault(course, (hours, []))[1].append(tid)
            hours = sum(h for h, _ in courses.values())
            ids = tuple(i for _, ids in courses.values() for i in ids)
            need = t.agency_training_hours
            parts.append(TargetResult("agency_training", agency_name, f"≥{need:g} 课时", hours, need, hours >= need,
                                      ids, f"{_num(hours)} 课时", agency_id,
                                      en=agency_name, target_en=f"≥{need:g} hours", figure_en=f"{_num(hours)} hours"))
        met = sum(1 for p in parts if p.met)
        out.append(TargetResult("agency_training", f"{snap.year}年社会工作服务机构培训课时", "每个机构均达标", met,
                                len(parts), met == len(parts), tuple(i for p in parts for i in p.record_ids),
                                f"{met}/{len(parts)} 个机构达标", breakdown=tuple(parts),
                                en=f"Training hours of social work agencies in {snap.year}",
                                target_en="every agency meets it", figure_en=f"{met}/{len(parts)} agencies meet it"))
    return out


def funds_minimums(profile: PolicyProfile) -> dict[str, int]:
    """The yearly operating funds each tier must receive, in fen (tiers without a minimum left out)."""
    return {tier: m.min_operating_funds_yuan * 100 for tier, m in profile.facilities.items()
            if m.min_operating_funds_yuan is not None}


def funds_minimum_fen(profile: PolicyProfile, tier: str, area_kind: str | None) -> int | None:
    """The minimum one station or room must receive in a year, None where the documents set none.
    The document asks 1 万元 of urban community rooms only ("城镇社区社会工作服务室")."""
    if tier == "community" and area_kind != "urban":
        return None
    return funds_minimums(profile).get(tier)


def _funds(snap: Snapshot, profile: PolicyProfile) -> TargetResult | None:
    tiers = {tier: float(fen) for tier, fen in funds_minimums(profile).items()}

    def measure(u: Unit):
        rows = [f for f in snap.funds_received if f[1] == u.id]
        fen = sum(f[2] for f in rows)
        return fen, tuple(f[0] for f in rows), f"{format_yuan(fen)} 元", f"{format_yuan(fen)} yuan"

    def need(fen: float) -> tuple[str, str]:
        return f"≥{format_yuan(int(fen))} 元", f"≥{format_yuan(int(fen))} yuan"

    # Urban community rooms only, as funds_minimum_fen says.
    return _per_unit(snap, "operating_funds", f"{snap.year}年运行经费", f"Operating funds received in {snap.year}", tiers,
                     measure, need, urban_communities_only=True)


def compute(profile: PolicyProfile, snap: Snapshot) -> list[TargetResult]:
    """Each target the profile sets that applies to these records, in the order the documents list them."""
    t = profile.targets or Targets()
    names = [u.name for u in snap.units if u.id == snap.station_id] + [u.name for u in snap.units]
    results: list[TargetResult | None] = []
    for kind, steps in (("urban", t.per_urban_community), ("rural", t.per_rural_community)):
        if step := by_year(steps, snap.year):
            results.append(_per_community(snap, kind, step))
    if t.service_types_share_above is not None:
        results.append(_share(snap, t.service_types_share_above))
    if t.brand_organisations is not None:
        results.append(_count("brand_organisations", "品牌社区社会组织", "Brand community social organisations",
                              tuple(o[0] for o in snap.organisations if o[3]), t.brand_organisations, "家"))
    if t.brand_projects is not None:
        results.append(_count("brand_projects", "社区社会组织品牌项目", "Brand projects of community social organisations",
                              tuple(o[0] for o in snap.organisations if o[4]), t.brand_projects, "个"))
    results.append(_federation(snap, t.federation_coverage, names))
    results += _staff(snap, t)
    results += _agencies(snap, t)
    results.append(_funds(snap, profile))
    return [r for r in results if r is not None]
