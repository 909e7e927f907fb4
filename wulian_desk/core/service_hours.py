"""What a service-hours record (志愿服务记录) may be, for every path that makes one: typing it in
the window (one volunteer, a whole activity, a correction) and importing it from an Excel roster.
Both call these, so what the window refuses the import refuses too, in the same words, and a new
record has the same columns whichever way it came. The hours themselves (0.5-24) and lateness are
core/volunteers.py's rules.
"""

from __future__ import annotations

from datetime import date, datetime

from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.ids import new_id
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.core.volunteers import lateness

CONTENT_MAX, PLACE_MAX, ORGANISER_MAX, PERSON_IN_CHARGE_MAX, REASON_MAX = 500, 80, 80, 40, 200


def check_served_on(served_on: date, *, today: date) -> date:
    """Service that happened: not after today, and not implausibly long ago."""
    return check_date(served_on, DateKind.HAPPENED, today=today, field="served_on")


def clean_content(content: str | None, *, required: bool) -> str:
    """服务内容: required when typed for one volunteer; where an activity stands behind the record
    (a whole activity, an import row) an empty content takes the activity's."""
    return clean_text(content, field="content", label=translate("core.service_hours", "服务内容"), max_len=CONTENT_MAX, required=required)


def clean_place(place: str | None) -> str:
    """服务地点, optional: empty means the activity's room or place."""
    return clean_text(place, field="place", label=translate("core.service_hours", "服务地点"), max_len=PLACE_MAX, required=False)


def clean_organiser(organiser: str | None) -> str:
    """组织单位, optional: empty means the station."""
    return clean_text(organiser, field="organiser", label=translate("core.service_hours", "组织单位"), max_len=ORGANISER_MAX, required=False)


def clean_person_in_charge(person: str | None) -> str:
    """负责人, optional."""
    return clean_text(person, field="person_in_charge", label=translate("core.service_hours", "负责人"), max_len=PERSON_IN_CHARGE_MAX,
                      required=False)


def clean_correction_reason(reason: str | None) -> str:
    """更正原因: a correction always says why."""
    return clean_text(reason, field="reason", label=translate("core.service_hours", "更正原因"), max_len=REASON_MAX, required=True)


def service_record_fields(volunteer_id: str, *, served_on: date, minutes: int, content: str, place: str,
                          organiser: str, person_in_charge: str, activity_id: str | None, recorded_by: str,
                          now: datetime, today: date) -> dict:
    """The columns of a new record from checked values: a first version, which corrects nothing
    and nothing supersedes yet, flagged `late` when entered more than ten working days after the
    service (`now` is stored, in UTC; lateness counts the local `today`)."""
    return {
        "id": new_id(), "volunteer_id": volunteer_id, "activity_id": activity_id, "served_on": served_on,
        "place": place, "content": content, "minutes": minutes, "organiser": organiser,
        "person_in_charge": person_in_charge, "recorded_by": recorded_by, "recorded_at": now,
        "late": lateness(served_on, today) is not None, "corrects_id": None, "superseded_by": None,
        "correction_reason": "",
    }
