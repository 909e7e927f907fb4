"""The audit screen's record names: a page of the journal names its records in one query, a
client masked, a case by its number, a deleted record still by its name."""

from __future__ import annotations

from datetime import date

from wulian_desk.core.clients import ClientInput
from wulian_desk.core.models import RoomCreate
from wulian_desk.services.casework import cases, clients
from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import audit_log
from wulian_desk.storage.queries import audit_names_sqlite


def test_a_page_of_the_journal_names_its_records(ctx):
    client_id = clients.create_client(ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id,
                                                       birth_date=date(1948, 5, 6))).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title="独居老人照护").ids[0]
    room_id = facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="活动室", room_type="group",
                                                     area_m2=30)).ids[0]
    facilities.delete_room(ctx, room_id)
    seqs = audit_log.journal_seqs(ctx)
    lines = audit_log.journal_lines(ctx, seqs)
    names = {(line.record_kind, line.record_id): line.record_name for line in lines.values()}
    number = cases.cases_by_id(ctx, [case_id])[case_id].case_number
    assert names[("client", client_id)] == "王*兰"
    assert names[("case", case_id)] == number
    assert names[("room", room_id)] == "活动室"  # deleted, and still known by name


def test_every_named_kind_reads_from_a_real_table_and_column(ctx):
    # One query over every kind: a misspelt table or column would fail here, not on a user's screen.
    wanted = {kind: ["no-such-id"] for kind in audit_names_sqlite.RECORD_NAMES}
    with ctx.reading() as session:
        assert audit_names_sqlite.record_names(session, wanted) == []
