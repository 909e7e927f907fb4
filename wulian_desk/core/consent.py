"""Consent under PIPL: which consents a client's record needs before it may be kept.

Basic facts a station records under its statutory duties need no consent; sensitive personal
information (PIPL Art. 28: health, financial accounts and hardship, legal matters, and any
information of a child under 14) needs the person's separate consent (单独同意, Art. 29), and for
a child under 14 the consent of a parent or guardian (Art. 31).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wulian_desk.core.identity import age_on
from wulian_desk.core.vocab import Choice

GUARDIAN_AGE = 14

SENSITIVE_KINDS = {
    "health": Choice("health", "健康信息", "health information"),
    "financial": Choice("financial", "经济困难信息", "financial hardship information"),
    "justice": Choice("justice", "涉法信息", "legal and justice information"),
}

CONSENT_SCOPES = {
    "service": Choice("service", "提供社会工作服务", "providing social work services"),
    "referral": Choice("referral", "转介给其他机构", "referral to other organisations"),
    "report": Choice("report", "去标识化后统计上报", "de-identified statistics reported upward"),
}


@dataclass(frozen=True)
class Category:
    code: str
    zh: str
    en: str
    sensitive: str | None  # a key of SENSITIVE_KINDS, or None


CLIENT_CATEGORIES = {
    c.code: c
    for c in (
        Category("dibao", "低保对象", "Minimum-living-allowance recipient", "financial"),
        Category("tekun", "特困人员", "Person in extreme hardship", "financial"),
        Category("hardship_family", "困难家庭", "Family in hardship", "financial"),
        Category("empty_nest", "空巢老人", "Empty-nest elderly", None),
        Category("left_behind_elderly", "农村留守老人", "Left-behind rural elderly", None),
        Category("left_behind_woman", "农村留守妇女", "Left-behind rural woman", None),
        Category("left_behind_child", "农村留守儿童", "Left-behind rural child", None),
        Category("distressed_child", "困境儿童", "Child in distress", None),
        Category("disabled", "残疾人", "Person with a disability", "health"),
        Category("mental_illness", "严重精神障碍患者", "Person with severe mental illness", "health"),
        Category("unemployed", "失业人员", "Unemployed", None),
        Category("migrant_worker", "农民工", "Migrant worker", None),
        Category("migrant_child", "进城务工人员随迁子女", "Child of migrant workers", None),
        Category("prisoner_child", "服刑或强制戒毒人员未成年子女", "Minor child of a detained parent", "justice"),
        Category("troubled_youth", "有不良行为青少年", "Youth with problem behaviour", "justice"),
        Category("community_correction", "社区矫正人员", "Person under community correction", "justice"),
    )
}


@dataclass(frozen=True)
class ConsentState:
    """What the client's current consent covers; None fields mean no consent on record."""

    given_on: date | None
    scopes: frozenset[str]
    sensitive: frozenset[str]
    guardian_name: str
    withdrawn_on: date | None

    @property
    def active(self) -> bool:
        return self.given_on is not None and self.withdrawn_on is None


NO_CONSENT = ConsentState(None, frozenset(), frozenset(), "", None)


@dataclass(frozen=True)
class MissingConsent:
    key: str  # a sensitive kind, or "guardian"
    zh: str
    en: str


def needs_guardian(birth_date: date | None, today: date) -> bool:
    return birth_date is not None and age_on(birth_date, today) < GUARDIAN_AGE


def missing_consents(
    *, categories: list[str], health_notes: str, birth_date: date | None, consent: ConsentState, today: date
) -> list[MissingConsent]:
    """The consents this record would need and does not have, in a stable order."""
    missing = []
    kinds = {CLIENT_CATEGORIES[c].sensitive for c in categories if CLIENT_CATEGORIES[c].sensitive}
    if health_notes.strip():
        kinds.add("health")
    kinds = sorted(kinds)
    for kind in kinds:
        if not consent.active or kind not in consent.sensitive:
            choice = SENSITIVE_KINDS[kind]
            missing.append(MissingConsent(kind, f"对{choice.zh}的单独同意", f"separate consent to {choice.en}"))
    # Everything about a child under 14 is sensitive (PIPL Art. 28), so the record needs a guardian.
    if needs_guardian(birth_date, today) and not (consent.active and consent.guardian_name):
        missing.append(
            MissingConsent("guardian", "未满十四周岁，需父母或其他监护人同意", "consent of a parent or guardian (under 14)")
        )
    return missing
