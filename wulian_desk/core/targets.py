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
from wulian_desk.core.texts import Text, chinese, translate


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
    """Texts are `Text`s shown in the reader's language (a station's or agency's name is a plain
    string and stays as it is); the `*_zh` properties give the Chinese for reports and the CLI."""

    key: str
    name: Text | str
    target: Text | str
    figure: float
    threshold: float
    met: bool
    record_ids: tuple[str, ...] = ()
    figure_text: Text | str = ""
    unit_id: str | None = None
    breakdown: tuple[TargetResult, ...] = field(default_factory=tuple)

    @property
    def zh(self) -> str:
        return chinese(self.name)

    @property
    def target_zh(self) -> str:
        return chinese(self.target)

    @property
    def figure_zh(self) -> str:
        return chinese(self.figure_text)


def _num(x: float) -> str:
    return f"{x:g}" if x == int(x) else f"{x:.1f}"


def _stations_met(met: int, total: int) -> Text:
    return translate("core.targets", "{met}/{total} 个站点达标").format(met=met, total=total)


def _per_community(snap: Snapshot, kind: str, step: tuple[int, float]) -> TargetResult | None:
    communities = [u for u in snap.units if u.tier == "community" and u.area_kind == kind]
    if not communities:
        return None
    year, minimum = step
    parts = []
    for u in communities:
        ids = tuple(o[0] for o in snap.organisations if o[1] == u.id)
        parts.append(TargetResult(f"organisations_{kind}", u.name, f"≥{_num(minimum)}", len(ids), minimum,
                                  len(ids) >= minimum, ids, translate("core.targets", "{count} 个").format(count=len(ids)), u.id))
    ids = tuple(i for p in parts for i in p.record_ids)
    average = round(len(ids) / len(communities), 2)
    name = translate("core.targets", "每个城镇社区平均社区社会组织数（{year}年目标）") if kind == "urban" \
        else translate("core.targets", "每个农村社区平均社区社会组织数（{year}年目标）")
    figure = translate("core.targets", "{average} 个（{organisations} / {communities}）").format(
        average=_num(average), organisations=translate("core.targets", "%n 个组织", None, len(ids)),
        communities=translate("core.targets", "%n 个社区", None, len(communities)))
    return TargetResult(f"organisations_{kind}", name.format(year=year),
                        translate("core.targets", "≥{minimum} 个").format(minimum=_num(minimum)), average, minimum,
                        average >= minimum, ids, figure, breakdown=tuple(parts))


def _share(snap: Snapshot, above: float) -> TargetResult:
    ids = tuple(o[0] for o in snap.organisations if o[2] in SERVICE_TYPES)
    total = len(snap.organisations)
    share = len(ids) / total if total else 0.0
    return TargetResult("service_types_share", translate("core.targets", "服务性、公益性、互助性组织占比"), f">{above:.0%}",
                        round(share, 4), above, share > above, ids,
                        translate("core.targets", "{share:.1%}（{count}/{total}）").format(share=share, count=len(ids), total=total))


def _count(key: str, name: Text, ids: tuple[str, ...], minimum: int, unit: str) -> TargetResult:
    """`unit`: the Chinese measure word (家, 个), which English does without."""
    return TargetResult(key, name, translate("core.targets", "≥{minimum} {unit}").format(minimum=minimum, unit=unit), len(ids),
                        minimum, len(ids) >= minimum, ids,
                        translate("core.targets", "{count} {unit}").format(count=len(ids), unit=unit))


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
    where = district or translate("core.targets", "未识别所在区县，按最低 {lowest:.0%}").format(lowest=min(coverage.values()))
    return TargetResult("federation_coverage",
                        translate("core.targets", "城市社区社区社会组织联合会覆盖率（{where}）").format(where=where),
                        f"≥{share:.0%}", round(figure, 4), share, figure >= share, ids, f"{figure:.0%}")


def _per_unit(snap: Snapshot, key: str, name: Text, tiers: dict[str, float],
              measure: Callable[[Unit], tuple[float, tuple[str, ...], Text]],
              target_text: Callable[[float], Text],
              urban_communities_only: bool = False) -> TargetResult | None:
    """One row per station or community; measure gives the figure, its records and its text."""
    parts = []
    for u in snap.units:
        if u.tier not in tiers or (urban_communities_only and u.tier == "community" and u.area_kind != "urban"):
            continue
        figure, ids, text = measure(u)
        parts.append(TargetResult(key, u.name, target_text(tiers[u.tier]), figure, tiers[u.tier],
                                  figure >= tiers[u.tier], ids, text, u.id))
    if not parts:
        return None
    met = sum(1 for p in parts if p.met)
    return TargetResult(key, name, translate("core.targets", "每个站点均达标"), met, len(parts), met == len(parts),
                        tuple(i for p in parts for i in p.record_ids), _stations_met(met, len(parts)),
                        breakdown=tuple(parts))


def _staff(snap: Snapshot, t: Targets) -> list[TargetResult]:
    def people(u: Unit, professional: bool):
        ids = tuple(s[0] for s in snap.staff if s[1] == u.id and (s[2] or not professional))
        return len(ids), ids, translate("core.targets", "%n 人", None, len(ids))

    def need(n: float) -> Text:
        return translate("core.targets", "≥%n 人", None, round(n))

    out = [_per_unit(snap, "staff", translate("core.targets", "驻站工作人员"), {k: v[0] for k, v in t.staff.items()},
                     lambda u: people(u, False), need),
           _per_unit(snap, "professionals", translate("core.targets", "其中专业社工（持证）"),
                     {k: v[1] for k, v in t.staff.items()}, lambda u: people(u, True), need)]
    return [r for r in out if r]


def _agencies(snap: Snapshot, t: Targets) -> list[TargetResult]:
    out = []
    stations = [u for u in snap.units if u.tier == "township"]
    if t.agencies_per_station is not None and stations:
        def measure(u: Unit):
            ids = tuple(a[0] for a in snap.agencies if a[1] == u.id)
            return len(ids), ids, translate("core.targets", "{count} 个").format(count=len(ids))
        tiers = {"township": float(t.agencies_per_station)}
        parts = []
        for u in stations:  # a pilot street has its own, higher minimum
            pilot = _named(t.agencies_pilot, [u.name], None)[1]
            figure, ids, text = measure(u)
            need = float(pilot if pilot is not None else tiers["township"])
            parts.append(TargetResult("agencies", u.name, translate("core.targets", "≥{minimum} 个").format(minimum=f"{need:g}"),
                                      figure, need, figure >= need, ids, text, u.id))
        met = sum(1 for p in parts if p.met)
        out.append(TargetResult("agencies", translate("core.targets", "进驻的社会工作服务机构"), translate("core.targets", "每个镇街站均达标"),
                                met, len(parts), met == len(parts), tuple(i for p in parts for i in p.record_ids),
                                _stations_met(met, len(parts)), breakdown=tuple(parts)))
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
            parts.append(TargetResult("agency_training", agency_name,
                                      translate("core.targets", "≥{hours} 课时").format(hours=f"{need:g}"), hours, need,
                                      hours >= need, ids, translate("core.targets", "{hours} 课时").format(hours=_num(hours)),
                                      agency_id))
        met = sum(1 for p in parts if p.met)
        out.append(TargetResult("agency_training",
                                translate("core.targets", "{year}年社会工作服务机构培训课时").format(year=snap.year),
                                translate("core.targets", "每个机构均达标"), met, len(parts), met == len(parts),
                                tuple(i for p in parts for i in p.record_ids),
                                translate("core.targets", "{met}/{total} 个机构达标").format(met=met, total=len(parts)),
                                breakdown=tuple(parts)))
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
        return fen, tuple(f[0] for f in rows), translate("core.targets", "{amount} 元").format(amount=format_yuan(fen))

    def need(fen: float) -> Text:
        return translate("core.targets", "≥{amount} 元").format(amount=format_yuan(int(fen)))

    # Urban community rooms only, as funds_minimum_fen says.
    return _per_unit(snap, "operating_funds", translate("core.targets", "{year}年运行经费").format(year=snap.year), tiers,
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
        results.append(_count("brand_organisations", translate("core.targets", "品牌社区社会组织"),
                              tuple(o[0] for o in snap.organisations if o[3]), t.brand_organisations, "家"))
    if t.brand_projects is not None:
        results.append(_count("brand_projects", translate("core.targets", "社区社会组织品牌项目"),
                              tuple(o[0] for o in snap.organisations if o[4]), t.brand_projects, "个"))
    results.append(_federation(snap, t.federation_coverage, names))
    results += _staff(snap, t)
    results += _agencies(snap, t)
    results.append(_funds(snap, profile))
    return [r for r in results if r is not None]
