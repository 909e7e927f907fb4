"""What goes up to the county: the sharing policy.

By default statistics and case metadata (stage, category, dates, worker) go up; client identities
are pseudonymised and free-text notes stay at the station. Rows are never left out, only columns
blanked, so every reference a shared row makes still points at a row the county holds. The county
may widen the policy (for supervision) by naming columns to keep; it cannot ask for a column the
default keeps anyway, nor for a table we do not have.

ID and phone numbers are withheld in their own columns, so they are not let out through the text
people type either: in every free-text column that goes up (by default, or because the county
widened the policy to read it) the ID numbers, mobiles and landlines written inside are masked.
Keeping `client.phone` gives the county the client's phone column, not numbers in the notes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.masking import mask_numbers_deep, mask_numbers_in_text
from wulian_desk.core.texts import translate

# How a withheld column is replaced in what goes up.
PSEUDONYM = "pseudonym"  # a stable code derived from the row id: 服务对象-3F9A2C
YEAR_ONLY = "year_only"  # a date kept to its year (YYYY-01-01): ages still count, birthdays do not
EMPTY = "empty"  # "" (or JSON "[]" / "{}" where the column holds a list or an object)
NULL = "null"

# table -> {column: replacement}. Tables not named here go up as they are. A client's and a
# volunteer's `person_key` (core/person_key.py) and a volunteer's `national_number` go up: they
# are how the county knows one person across stations without ever receiving the ID number.
DEFAULT_WITHHELD: dict[str, dict[str, str]] = {
    "client": {"name": PSEUDONYM, "name_initials": EMPTY, "id_number": NULL, "phone": EMPTY, "address": EMPTY,
               "birth_date": YEAR_ONLY, "household": "[]", "health_notes": EMPTY},
    "consent": {"guardian_name": EMPTY},
    "case_file": {"title": EMPTY},
    "case_event": {"note": EMPTY},
    "service_session": {"content": EMPTY, "next_steps": EMPTY},
    "supervision": {"notes": EMPTY},
    "approval": {"comments": EMPTY},
    # Scores, totals and bands go up (an ability grade counts); the answers themselves stay.
    "form_record": {"answers": "{}"},
    "group_session": {"notes": EMPTY},
    "volunteer": {"id_number": EMPTY, "phone": EMPTY, "birth_date": YEAR_ONLY},
    "donor": {"phone": EMPTY},
    "staff": {"phone": EMPTY},
    "agency": {"phone": EMPTY},
    "organisation": {"phone": EMPTY},
}


# table -> columns holding what a person typed, whose ID and phone numbers are masked on the way up.
TYPED_TEXT: dict[str, tuple[str, ...]] = {
    "client": ("health_notes",),
    "case_file": ("title", "referral_to"),
    "case_event": ("note",),
    "service_session": ("place", "content", "next_steps"),
    "supervision": ("notes",),
    "approval": ("comments",),
    "group_work": ("goals", "target_members", "outcome_summary"),
    "group_session": ("place", "plan", "notes"),
    "operating_fund": ("note",),
    "room": ("notes",),
    "volunteer": ("residence_area", "skills"),
    "volunteer_team": ("leader", "description"),
    "activity": ("title", "place", "organiser", "person_in_charge", "description"),
    "allocation": ("purpose",),
    "donation": ("notes",),
    "donor": ("contact",),
    "agency": ("contact",),
    "organisation": ("leader", "charter", "brand_project"),
    "organisation_evaluation": ("comments",),
    "project": ("needs", "report"),
    "project_event": ("note",),
    "project_spending": ("purpose",),
    "volunteer_evaluation": ("comments",),
    "volunteer_training": ("content", "organiser"),
    "staff_training": ("organiser",),
    "service_record": ("place", "content", "organiser", "person_in_charge", "correction_reason"),
    "correction_answer": ("answer",),
    "month_submission": ("note",),  # written for the county, so it goes up, numbers masked
    # The reason a certificate was revoked goes up (the county says why); numbers in it do not.
    "volunteer_certificate": ("revoked_reason",),
    # Why a township returned or reopened its community room's month goes up to the county.
    "month_decision": ("reason",),
}
# The same for JSON columns: the strings inside are masked, the JSON stays valid.
TYPED_JSON: dict[str, tuple[str, ...]] = {
    "client": ("household",),
    "form_record": ("answers",),
    "activity": ("partners",),
    "project_event": ("documents",),
}


@dataclass(frozen=True)
class SharingPolicy:
    """The default, widened by the columns the county asked to keep ("table.column")."""

    keep: frozenset[str] = frozenset()

    def withheld(self, table: str) -> dict[str, str]:
        return {col: how for col, how in DEFAULT_WITHHELD.get(table, {}).items() if f"{table}.{col}" not in self.keep}

    def to_json(self) -> str:
        return json.dumps({"version": 1, "keep": sorted(self.keep)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SharingPolicy:
        try:
            data = json.loads(text)
            keep = data["keep"]
            if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
                raise TypeError
        except (ValueError, KeyError, TypeError) as err:
            raise ValidationError(translate("core.sharing", "共享策略格式不对。")) from err
        return cls.widened(keep)

    @classmethod
    def widened(cls, keep: list[str]) -> SharingPolicy:
        for item in keep:
            table, _, column = item.partition(".")
            if column not in DEFAULT_WITHHELD.get(table, {}):
                raise ValidationError(
                    translate("core.sharing", "共享策略中的“{item}”不是默认不上报的字段；可放开的字段有：{join}。").format(item=item, join=', '.join(widenable())),
                    field="keep",
                )
        return cls(frozenset(keep))


def widenable() -> list[str]:
    return [f"{table}.{col}" for table, cols in DEFAULT_WITHHELD.items() for col in cols]


def pseudonym(row_id: str) -> str:
    return "服务对象-" + hashlib.sha256(row_id.encode("ascii")).hexdigest()[:6].upper()


def replacement(how: str, value: object, row_id: str, *, nullable: bool) -> object:
    """The value that goes up in place of a withheld one (stored form: dates are ISO text)."""
    if value is None:
        return None
    if how == PSEUDONYM:
        return pseudonym(row_id)
    if how == YEAR_ONLY:
        return f"{str(value)[:4]}-01-01"
    if how == NULL:
        return None if nullable else ""
    if how == EMPTY:
        return ""
    return how  # a literal, such as "[]" for a list column


def apply_policy(policy: SharingPolicy, table: str, columns: list[str], rows: list[list], nullable: set[str]) -> list[list]:
    """The rows as they go up: withheld columns replaced and numbers in typed text masked, in
    place of a copy per row."""
    withheld = policy.withheld(table)
    typed = [columns.index(c) for c in TYPED_TEXT.get(table, ()) if c in columns and c not in withheld]
    typed_json = [columns.index(c) for c in TYPED_JSON.get(table, ()) if c in columns and c not in withheld]
    if not withheld and not typed and not typed_json:
        return rows
    id_at = columns.index("id")
    plan = [(columns.index(col), how, col in nullable) for col, how in withheld.items() if col in columns]
    for row in rows:
        for at, how, can_null in plan:
            row[at] = replacement(how, row[at], row[id_at], nullable=can_null)
        for at in typed:
            if isinstance(row[at], str):
                row[at] = mask_numbers_in_text(row[at])
        for at in typed_json:
            if isinstance(row[at], str):
                row[at] = masked_json_text(row[at])
    return rows


def masked_json_text(text: str) -> str:
    """JSON text with the numbers inside its strings masked; unchanged text is returned as it was
    (not re-serialised), and text that is not JSON is masked as plain text."""
    try:
        value = json.loads(text)
    except ValueError:
        return mask_numbers_in_text(text)
    masked = mask_numbers_deep(value)
    return text if masked == value else json.dumps(masked, ensure_ascii=False)
