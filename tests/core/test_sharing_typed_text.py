"""What goes up to the county never carries a whole ID or phone number inside typed text, since the
sharing policy withholds those numbers in their own columns."""

from __future__ import annotations

import json

import sqlalchemy as sa

from wulian_desk.core.sharing import (
    DEFAULT_WITHHELD,
    TYPED_JSON,
    TYPED_TEXT,
    SharingPolicy,
    apply_policy,
)
from wulian_desk.storage.records import synced_tables

ID_X = "11010519491231002X"
NOTE = f"联系人电话13812345678，座机029-88886666，身份证{ID_X}"
MASKED = "联系人电话138****5678，座机029-****6666，身份证1101**********002X"


def _up(table: str, row: dict, policy: SharingPolicy | None = None) -> dict:
    columns = list(row)
    [out] = apply_policy(policy or SharingPolicy(), table, columns, [list(row.values())], set())
    return dict(zip(columns, out, strict=True))


def test_numbers_in_a_free_text_column_that_goes_up_are_masked():
    row = _up("service_record", {"id": "r1", "content": NOTE, "place": "活动室", "minutes": 60})
    assert row == {"id": "r1", "content": MASKED, "place": "活动室", "minutes": 60}


def test_a_table_with_nothing_withheld_still_has_its_typed_text_masked():
    assert "activity" not in DEFAULT_WITHHELD
    assert _up("activity", {"id": "a1", "description": NOTE})["description"] == MASKED


def test_a_column_the_county_widened_to_read_goes_up_with_its_numbers_masked():
    policy = SharingPolicy.widened(["service_session.content"])
    row = _up("service_session", {"id": "s1", "content": NOTE, "next_steps": "再访"}, policy)
    assert row == {"id": "s1", "content": MASKED, "next_steps": ""}


def test_a_structured_number_column_the_county_widened_goes_up_whole():
    policy = SharingPolicy.widened(["client.phone"])
    row = _up("client", {"id": "c1", "phone": "13812345678", "health_notes": NOTE}, policy)
    assert row["phone"] == "13812345678"
    assert row["health_notes"] == ""  # still withheld


def test_json_columns_keep_valid_json_with_their_strings_masked():
    policy = SharingPolicy.widened(["form_record.answers"])
    answers = json.dumps({"id_number": ID_X, "phone": "13812345678", "age": 13812345678, "ok": True},
                         ensure_ascii=False)
    row = _up("form_record", {"id": "f1", "answers": answers}, policy)
    assert json.loads(row["answers"]) == {"id_number": "1101**********002X", "phone": "138****5678",
                                          "age": 13812345678, "ok": True}
    partners = json.dumps(["阳光社工站"], ensure_ascii=False)
    assert _up("activity", {"id": "a1", "partners": partners})["partners"] == partners  # unchanged, not rewritten


# Columns of synced tables that hold codes, references, names of things, numbers as text or JSON
# of codes: nothing a person writes notes into. Every other text column must be withheld or masked.
CODED = {
    "base_version", "username", "display_name", "role", "resolution", "status", "requested_by", "answered_by",
    "record_table", "kind", "key", "for_station", "name", "donor_type", "subject_table",
    "tier", "division_code", "area_kind", "credit_code", "gender", "categories", "name_initials", "fund_type",
    "entry", "org_type", "registration_number", "room_type", "id_type", "service_categories", "activity_number",
    "activity_type", "major_event", "recipient_kind", "item", "unit", "asset_tag", "category", "case_number",
    "priority", "risk", "stage", "stage_before_pause", "scopes", "sensitive", "guardian_relation", "member_code",
    "result", "evaluated_by", "post", "certificate", "awarded_by", "number", "records_digest", "issued_by",
    "rating", "from_stage", "to_stage", "by_account", "computed", "filled_by", "approved_by", "session_type",
    "recorded_by", "recorded_at", "superseded_by", "subject", "decision", "decided_by", "phase", "allocated_by",
    "seal", "month", "submitted_by",
    # The person key is a keyed hash (core/person_key.py); the national volunteer number is a public
    # identifier by design (志愿者统一编号), the one meant to travel instead of the ID number.
    "person_key", "national_number",
    "sign_public",  # a public key (installation_key)
    "record_kind", "person",  # a link names a record and a person id
}
# County documents (forms, policy texts) and its correction requests travel down, not up.
DOWNWARD_ONLY = {("county_document", "content"), ("correction_request", "message")}


def test_every_text_column_that_goes_up_is_classified():
    unclassified = []
    for table in synced_tables():
        for column in table.c:
            if not isinstance(getattr(column.type, "impl", column.type), sa.String) or column.name in ("id", "owner", "device_id", "updated_at"):
                continue
            if column.name.endswith("_id") or (table.name, column.name) in DOWNWARD_ONLY:
                continue
            known = (column.name in DEFAULT_WITHHELD.get(table.name, {}) or column.name in TYPED_TEXT.get(table.name, ())
                     or column.name in TYPED_JSON.get(table.name, ()))
            if not known and column.name not in CODED:
                unclassified.append(f"{table.name}.{column.name}")
    assert unclassified == []
