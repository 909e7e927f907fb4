"""The stages of a government-purchased service project (政府购买服务项目) and the rule for each move.

需求评估 → 发布项目 → 签订协议 → 开展服务 → 中期督导 → 评估验收, one step at a time [seed 004].
This module decides; services/parties/projects.py gathers the facts and records the move and its approver.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wulian_desk.core.dates import DateKind, check_optional_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.money import format_yuan
from wulian_desk.core.texts import Text, join, translate
from wulian_desk.core.vocab import Choice

STAGES = {c.code: c for c in (
    Choice("needs", translate("core.projects", "需求评估")),
    Choice("published", translate("core.projects", "发布项目")),
    Choice("contracted", translate("core.projects", "签订协议")),
    Choice("service", translate("core.projects", "开展服务")),
    Choice("midterm", translate("core.projects", "中期督导")),
    Choice("accepted", translate("core.projects", "评估验收")),
)}
ORDER = tuple(STAGES)


@dataclass(frozen=True)
class ProjectFacts:
    stage: str
    has_needs: bool
    agency_id: str | None
    contract_fen: int
    has_period: bool
    indicators: int
    has_report: bool
    score: float | None


def _refuse(message: Text, field: str = "stage") -> None:
    raise ValidationError(message, field=field)


def check_move(facts: ProjectFacts, target: str) -> None:
    """Raise a ValidationError saying why unless the project may go from its stage to `target`."""
    if target not in STAGES:
        _refuse(translate("core.projects", "未知的项目阶段：{target}").format(target=target))
    here = ORDER.index(facts.stage)
    there = ORDER.index(target)
    if there <= here:
        _refuse(translate("core.projects", "项目已处于“{stages}”阶段，不能退回到“{stages2}”。").format(stages=STAGES[facts.stage].text, stages2=STAGES[target].text))
    if there != here + 1:
        _refuse(translate("core.projects", "不能从“{stages}”跳到“{stages2}”，下一阶段是“{stages3}”。").format(stages=STAGES[facts.stage].text, stages2=STAGES[target].text, stages3=STAGES[ORDER[here + 1]].text))
    if target == "published" and not facts.has_needs:
        _refuse(translate("core.projects", "请先写明社区征集到的服务需求，再发布项目。"), "needs")
    if target == "contracted":
        if not facts.agency_id:
            _refuse(translate("core.projects", "签订协议请选择承接的社会工作服务机构。"), "agency_id")
        if facts.contract_fen <= 0 or not facts.has_period:
            _refuse(translate("core.projects", "签订协议请填写协议金额和服务期限。"), "contract_fen")
        if facts.indicators == 0:
            _refuse(translate("core.projects", "签订协议请至少填写一项绩效指标。"), "indicators")
    if target == "accepted" and (not facts.has_report or facts.score is None):
        _refuse(translate("core.projects", "评估验收请填写评估报告和评分。"), "report")


# What may be written at each stage. The needs, budget and agreement are settled before the
# agreement is signed; money is spent under the agreement until acceptance; indicators are measured
# while the service runs; the evaluation is written at the mid-term stage, before acceptance.
EDIT_GROUPS = {c.code: c for c in (
    Choice("basics", translate("core.projects", "项目名称、服务需求和预算")),
    Choice("agreement", translate("core.projects", "协议条款（承接机构、协议金额、服务期限、绩效指标）")),
    Choice("spending", translate("core.projects", "项目支出")),
    Choice("measures", translate("core.projects", "绩效指标的实测值")),
    Choice("evaluation", translate("core.projects", "评估报告、评分和验收结论")),
)}
EDITABLE = {
    "needs": frozenset({"basics", "agreement"}),
    "published": frozenset({"basics", "agreement"}),
    "contracted": frozenset({"spending"}),
    "service": frozenset({"spending", "measures"}),
    "midterm": frozenset({"spending", "measures", "evaluation"}),
    "accepted": frozenset(),
}
FIELD_GROUPS = {"name": "basics", "needs": "basics", "budget_fen": "basics", "agency_id": "agreement",
                "contract_fen": "agreement", "period_from": "agreement", "period_to": "agreement",
                "report": "evaluation", "score": "evaluation", "accepted": "evaluation"}


def check_edit(stage: str, group: str) -> None:
    """Refuse, naming the stages that allow it, unless `group` may be written at `stage`."""
    if group in EDITABLE[stage]:
        return
    when = [s for s in ORDER if group in EDITABLE[s]]
    what = EDIT_GROUPS[group]
    raise ValidationError(
        translate("core.projects", "{what}只能在“{allowed}”阶段填写或修改，项目现处于“{stages}”阶段。").format(
            what=what.text, stages=STAGES[stage].text, allowed=join([STAGES[s].text for s in when], translate("core.projects", "”“"))), field=group)


def check_period(period_from: date | None, period_to: date | None, *, today: date) -> None:
    """The agreed service period: planned dates (it may start and end in the future), the end
    not before the start."""
    check_optional_date(period_from, DateKind.PLANNED, today=today, field="period_from",
                        label=translate("core.projects", "服务期限的开始日期"))
    check_optional_date(period_to, DateKind.PLANNED, today=today, field="period_to",
                        label=translate("core.projects", "服务期限的结束日期"))
    if period_from and period_to and period_to < period_from:
        raise ValidationError(translate("core.projects", "服务期限的结束日期早于开始日期。"),
                              field="period_to")


def check_spending(*, contract_fen: int, spent_fen: int, amount_fen: int) -> None:
    """The spending of a project stays within the agreed amount."""
    if spent_fen + amount_fen > contract_fen:
        raise ValidationError(
            translate("core.projects", "已支出 {format_yuan} 元，再支出 {format_yuan2} 元将超过协议金额 {format_yuan3} 元。").format(format_yuan=format_yuan(spent_fen), format_yuan2=format_yuan(amount_fen), format_yuan3=format_yuan(contract_fen)), field="amount_fen")
