"""The case lifecycle (个案工作): stages, the moves between them, and the rule for each move.

接案 intake → 预估 assessment → 计划 planning → 服务/介入 service → 评估 evaluation → 结案 closed,
plus 转介 referred (out, to a named organisation) and 暂停 paused. A refused move says why.
This module decides; services/casework/cases.py gathers the facts (forms on file, approvals, consent) and
records the move.
"""

from __future__ import annotations

from dataclasses import dataclass

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import Text, translate
from wulian_desk.core.vocab import Choice

STAGES = {
    c.code: c
    for c in (
        Choice("intake", translate("core.cases", "接案")),
        Choice("assessment", translate("core.cases", "预估")),
        Choice("planning", translate("core.cases", "计划")),
        Choice("service", translate("core.cases", "服务/介入")),
        Choice("evaluation", translate("core.cases", "评估")),
        Choice("closed", translate("core.cases", "结案")),
        Choice("referred", translate("core.cases", "转介")),
        Choice("paused", translate("core.cases", "暂停")),
    )
}
MAIN_LINE = ("intake", "assessment", "planning", "service", "evaluation", "closed")
OPEN_STAGES = frozenset(MAIN_LINE[:-1])

PRIORITIES = {c.code: c for c in (
    Choice("low", translate("core.cases", "低")), Choice("normal", translate("core.cases", "一般")),
    Choice("high", translate("core.cases", "高")), Choice("urgent", translate("core.cases", "紧急")))}
RISKS = {c.code: c for c in (
    Choice("low", translate("core.cases", "低风险")), Choice("medium", translate("core.cases", "中风险")), Choice("high", translate("core.cases", "高风险")))}
SESSION_TYPES = {c.code: c for c in (
    Choice("interview", translate("core.cases", "面谈")), Choice("phone", translate("core.cases", "电话")),
    Choice("home_visit", translate("core.cases", "家访")), Choice("group", translate("core.cases", "小组")),
    Choice("referral_followup", translate("core.cases", "转介跟进")))}

# What the date of each dated case record is called when a refusal names it (the field is "on").
SESSION_DATE_LABELS = {
    "session": translate("core.cases", "服务日期"),
    "supervision": translate("core.cases", "督导日期"),
    "move": translate("core.cases", "阶段变更日期"),
}

# The form a stage's work is recorded on; the case file prints them in this order.
STAGE_FORMS = {"intake": "intake", "assessment": "needs_assessment", "planning": "service_plan",
               "evaluation": "closure", "referred": "referral"}


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about a case; the service fills it in from the database."""

    stage: str
    stage_before_pause: str | None
    forms_on_file: frozenset[str]  # form ids with a final record on this case
    plan_approved: bool  # the latest service plan is approved by a supervisor
    closure_approved: bool  # the latest closure form is approved by a supervisor
    referral_consent: bool  # the client's active consent covers referral


def _refuse(message: Text) -> None:
    raise ValidationError(message, field="stage")


def check_move(facts: CaseFacts, target: str, *, referral_to: str = "", reopen_reason: str = "") -> None:
    """Raise a ValidationError saying why unless the case may move from its stage to `target`."""
    here = facts.stage
    if target not in STAGES:
        _refuse(translate("core.cases", "未知的阶段：{target}").format(target=target))
    if target == here:
        _refuse(translate("core.cases", "个案已处于“{stages}”阶段。").format(stages=STAGES[here].text))
    if here == "closed":
        if target not in ("assessment", "service"):
            _refuse(translate("core.cases", "已结案的个案只能重新开案到“预估”或“服务/介入”阶段。"))
        if not reopen_reason.strip():
            _refuse(translate("core.cases", "重新开案请写明原因。"))
        return
    if here == "referred":
        if target != "closed":
            _refuse(translate("core.cases", "已转介的个案只能结案（或在结案后重新开案）。"))
        return
    if target == "paused":
        return
    if here == "paused":
        if target != facts.stage_before_pause:
            back = STAGES[facts.stage_before_pause or "intake"].zh
            _refuse(translate("core.cases", "暂停的个案恢复时回到暂停前的“{back}”阶段。").format(back=back))
        return
    if target == "referred":
        if not referral_to.strip():
            _refuse(translate("core.cases", "转介请写明转介到哪个机构。"))
        if not facts.referral_consent:
            _refuse(translate("core.cases", "服务对象的知情同意不包括“转介给其他机构”，不能转介。请先补签同意书。"))
        if "referral" not in facts.forms_on_file:
            _refuse(translate("core.cases", "转介前请先填写转介表。"))
        return
    if target == "closed":
        if "closure" not in facts.forms_on_file:
            _refuse(translate("core.cases", "没有结案评估表，不能结案。"))
        if not facts.closure_approved:
            _refuse(translate("core.cases", "结案评估表还没有督导审批同意，不能结案。"))
        if here not in ("evaluation", "service"):
            _refuse(translate("core.cases", "个案需在“服务/介入”或“评估”阶段后才能结案。"))
        return
    if here in MAIN_LINE and target in MAIN_LINE:
        step = MAIN_LINE.index(target) - MAIN_LINE.index(here)
        if step != 1:
            if step < 0:
                return  # going back a step to redo work is allowed; the history keeps both
            _refuse(translate("core.cases", "不能从“{stages}”跳到“{stages2}”，请按阶段推进。").format(stages=STAGES[here].text, stages2=STAGES[target].text))
        needed = STAGE_FORMS.get(here)
        if needed and needed not in facts.forms_on_file and here != "planning":
            _refuse(translate("core.cases", "进入下一阶段前请先完成“{stages}”阶段的表格。").format(stages=STAGES[here].text))
        if here == "planning" and not facts.plan_approved:
            _refuse(translate("core.cases", "服务计划还没有督导审批同意，不能开始服务。"))
        return
    _refuse(translate("core.cases", "不能从“{stages}”转到“{stages2}”。").format(stages=STAGES[here].text, stages2=STAGES[target].text))
