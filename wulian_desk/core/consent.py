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
from wulian_desk.core.texts import Text, translate
from wulian_desk.core.vocab import Choice

GUARDIAN_AGE = 14

SENSITIVE_KINDS = {
    "health": Choice("health", translate("core.consent", "健康信息")),
    "financial": Choice("financial", translate("core.consent", "经济困难信息")),
    "justice": Choice("justice", translate("core.consent", "涉法信息")),
}

CONSENT_SCOPES = {
    "service": Choice("service", translate("core.consent", "提供社会工作服务")),
    "referral": Choice("referral", translate("core.consent", "转介给其他机构")),
    "report": Choice("report", translate("core.consent", "去标识化后统计上报")),
}


@dataclass(frozen=True)
class Category:
    code: str
    text: Text
    sensitive: str | None  # a key of SENSITIVE_KINDS, or None

    @property
    def zh(self) -> str:
        return self.text.zh


CLIENT_CATEGORIES = {
    c.code: c
    for c in (
        Category("dibao", translate("core.consent", "低保对象"), "financial"),
        Category("tekun", translate("core.consent", "特困人员"), "financial"),
        Category("hardship_family", translate("core.consent", "困难家庭"), "financial"),
        Category("empty_nest", translate("core.consent", "空巢老人"), None),
        Category("left_behind_elderly", translate("core.consent", "农村留守老人"), None),
        Category("left_behind_woman", translate("core.consent", "农村留守妇女"), None),
        Category("left_behind_child", translate("core.consent", "农村留守儿童"), None),
        Category("distressed_child", translate("core.consent", "困境儿童"), None),
        Category("disabled", translate("core.consent", "残疾人"), "health"),
        Category("mental_illness", translate("core.consent", "严重精神障碍患者"), "health"),
        Category("unemployed", translate("core.consent", "失业人员"), None),
        Category("migrant_worker", translate("core.consent", "农民工"), None),
        Category("migrant_child", translate("core.consent", "进城务工人员随迁子女"), None),
        Category("prisoner_child", translate("core.consent", "服刑或强制戒毒人员未成年子女"), "justice"),
        Category("troubled_youth", translate("core.consent", "有不良行为青少年"), "justice"),
        Category("community_correction", translate("core.consent", "社区矫正人员"), "justice"),
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
    text: Text

    @property
    def zh(self) -> str:
        return self.text.zh


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
            missing.append(MissingConsent(kind, translate("core.consent", "对{choice}的单独同意").format(choice=choice.text)))
    # Everything about a child under 14 is sensitive (PIPL Art. 28), so the record needs a guardian.
    if needs_guardian(birth_date, today) and not (consent.active and consent.guardian_name):
        missing.append(
            MissingConsent("guardian", translate("core.consent", "未满十四周岁，需父母或其他监护人同意"))
        )
    return missing
