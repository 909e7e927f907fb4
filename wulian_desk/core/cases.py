"""The case lifecycle (个案工作): stages, the moves between them, and the rule for each move.

接案 intake → 预估 assessment → 计划 planning → 服务/介入 service → 评估 evaluation → 结案 closed,
plus 转介 referred (out, to a named organisation) and 暂停 paused. A refused move says why.
This module decides; services/casework/cases.py gathers the facts (forms on file, approvals, consent) and
records the move.
"""

from __future__ import annotations

from dataclasses import dataclass

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.vocab import Choice

STAGES = {
    c.code: c
    for c in (
        Choice("intake", "接案", "Intake"),
        Choice("assessment", "预估", "Assessment"),
        Choice("planning", "计划", "Planning"),
        Choice("service", "服务/介入", "Service"),
        Choice("evaluation", "评估", "Evaluation"),
        Choice("closed", "结案", "Closed"),
        Choice("referred", "转介", "Referred out"),
        Choice("paused", "暂停", "Paused"),
    )
}
MAIN_LINE = ("intake", "assessment", "planning", "service", "evaluation", "closed")
OPEN_STAGES = frozenset(MAIN_LINE[:-1])

PRIORITIES = {c.code: c for c in (
    Choice("low", "低", "Low"), Choice("normal", "一般", "Normal"),
    Choice("high", "高", "High"), Choice("urgent", "紧急", "Urgent"))}
RISKS = {c.code: c for c in (
    Choice("low", "低风险", "Low risk"), Choice("medium", "中风险", "Medium risk"), Choice("high", "高风险", "High risk"))}
SESSION_TYPES = {c.code: c for c in (
    Choice("interview", "面谈", "Interview"), Choice("phone", "电话", "Phone call"),
    Choice("home_visit", "家访", "Home visit"), Choice("group", "小组", "Group"),
    Choice("referral_followup", "转介跟进", "Referral follow-up"))}

# What the date of each dated case record is called when a refusal names it (the field is "on").
SESSION_DATE_LABELS = {
    "session": ("服务日期", "session date"),
    "supervision": ("督导日期", "supervision date"),
    "move": ("阶段变更日期", "date of the stage change"),
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


def _refuse(zh: str, en: str) -> None:
    raise ValidationError(zh, en, field="stage")


def check_move(facts: CaseFacts, target: str, *, referral_to: str = "", reopen_reason: str = "") -> None:
    """Raise a ValidationError saying why unless the case may move from its stage to `target`."""
    here = facts.stage
    if target not in STAGES:
        _refuse(f"未知的阶段：{target}", f"Unknown stage: {target}")
    if target == here:
        _refuse(f"个案已处于“{STAGES[here].zh}”阶段。", f"The case is already at {STAGES[here].en}.")
    if here == "closed":
        if target not in ("assessment", "service"):
            _refuse("已结案的个案只能重新开案到“预估”或“服务/介入”阶段。", "A closed case reopens to assessment or service.")
        if not reopen_reason.strip():
            _refuse("重新开案请写明原因。", "Give a reason for reopening.")
        return
    if here == "referred":
        if target != "closed":
            _refuse("已转介的个案只能结案（或在结案后重新开案）。", "A referred case can only be closed.")
        return
    if target == "paused":
        return
    if here == "paused":
        if target != facts.stage_before_pause:
            back = STAGES[facts.stage_before_pause or "intake"].zh
            _refuse(f"暂停的个案恢复时回到暂停前的“{back}”阶段。", "A paused case resumes where it paused.")
        return
    if target == "referred":
        if not referral_to.strip():
            _refuse("转介请写明转介到哪个机构。", "Name the organisation the case is referred to.")
        if not facts.referral_consent:
            _refuse("服务对象的知情同意不包括“转介给其他机构”，不能转介。请先补签同意书。",
                    "The client's consent does not cover referral.")
        if "referral" not in facts.forms_on_file:
            _refuse("转介前请先填写转介表。", "Fill in the referral form first.")
        return
    if target == "closed":
        if "closure" not in facts.forms_on_file:
            _refuse("没有结案评估表，不能结案。", "No closure form: the case cannot be closed.")
        if not facts.closure_approved:
            _refuse("结案评估表还没有督导审批同意，不能结案。", "The closure needs a supervisor's approval.")
        if here not in ("evaluation", "service"):
            _refuse("个案需在“服务/介入”或“评估”阶段后才能结案。", "Close from service or evaluation.")
        return
    if here in MAIN_LINE and target in MAIN_LINE:
        step = MAIN_LINE.index(target) - MAIN_LINE.index(here)
        if step != 1:
            if step < 0:
                return  # going back a step to redo work is allowed; the history keeps both
            _refuse(f"不能从“{STAGES[here].zh}”跳到“{STAGES[target].zh}”，请按阶段推进。",
                    "Stages cannot be skipped.")
        needed = STAGE_FORMS.get(here)
        if needed and needed not in facts.forms_on_file and here != "planning":
            _refuse(f"进入下一阶段前请先完成“{STAGES[here].zh}”阶段的表格。",
                    f"Complete the {STAGES[here].en} form first.")
        if here == "planning" and not facts.plan_approved:
            _refuse("服务计划还没有督导审批同意，不能开始服务。", "The service plan needs a supervisor's approval.")
        return
    _refuse(f"不能从“{STAGES[here].zh}”转到“{STAGES[target].zh}”。", "This move is not allowed.")
