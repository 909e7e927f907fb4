import pytest
from sqlalchemy import text

from wulian_desk.core.models import RoomCreate, RoomUpdate
from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import audit_log, maintenance


def test_changes_are_journaled_with_who_what_and_which_record(ctx):
    room = facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="个案室", room_type="counselling", area_m2=12)).ids[0]
    facilities.update_room(ctx, room, RoomUpdate(area_m2=14))
    facilities.delete_room(ctx, room)
    entries = audit_log.journal(ctx, record_id=room)
    assert [e.action for e in entries] == ["delete", "edit", "create"]
    assert all(e.username == "admin" and e.device_id == ctx.store.device_id and e.record_kind == "room" for e in entries)
    # The journal names records, never their content.
    assert all("个案室" not in str(e.detail) for e in entries)


def test_a_login_is_journaled(ctx):
    assert audit_log.journal(ctx, action="login")[0].account_id == ctx.account_id


def test_the_journal_is_append_only(ctx):
    with pytest.raises(Exception, match="append-only"), ctx.writing() as session:
        session.execute(text("UPDATE audit_entry SET username = 'someone' WHERE seq = 1"))
    with pytest.raises(Exception, match="append-only"), ctx.writing() as session:
        session.execute(text("DELETE FROM audit_entry"))


def test_check_names_the_first_altered_entry(ctx):
    for n in range(3):
        facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name=f"房间{n}", room_type="group", area_m2=10))
    assert all(r.ok for r in maintenance.check_station(ctx))
    victim = audit_log.journal(ctx, action="create")[1]
    # Someone with the key and raw SQL gets past the triggers...
    with ctx.writing() as session:
        session.execute(text("DROP TRIGGER audit_entry_no_update"))
        session.execute(text("UPDATE audit_entry SET username = 'nobody' WHERE seq = :s"), {"s": victim.seq})
    # ...but not past the chain.
    results = {r.name: r for r in maintenance.check_station(ctx)}
    assert not results["audit_chain"].ok
    assert f"第 {victim.seq} 条" in results["audit_chain"].detail


def test_a_deleted_entry_breaks_the_chain_too(ctx):
    facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="房间", room_type="group", area_m2=10))
    with ctx.writing() as session:
        session.execute(text("DROP TRIGGER audit_entry_no_delete"))
        session.execute(text("DELETE FROM audit_entry WHERE seq = 2"))
    result = {r.name: r for r in maintenance.check_station(ctx)}["audit_chain"]
    assert not result.ok and "第 3 条" in result.detail


def test_bad_since_date():
    from wulian_desk.core.errors import ValidationError

    with pytest.raises(ValidationError, match="日期格式不对"):
        audit_log.parse_since("last tuesday")


def test_export_to_xlsx_opens_in_excel_terms(ctx, tmp_path):
    from openpyxl import load_workbook

    facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="房间", room_type="group", area_m2=10))
    path = audit_log.export_journal(ctx, tmp_path / "audit.xlsx", action="create")
    ws = load_workbook(path).active
    assert ws["A1"].value == "审计日志"
    assert [c.value for c in ws[2]] == ["序号", "时间(UTC)", "用户", "操作", "记录类型", "记录编号", "设备"]
    assert ws["D3"].value == "新建" and ws["E3"].value == "room"
    assert ws.freeze_panes == "A3"
    assert audit_log.journal(ctx, action="export")[0].record_kind == "audit"


def test_every_action_the_program_journals_has_a_label():
    """The audit screen shows a label for every action, never a bare code."""
    import re
    from pathlib import Path

    from wulian_desk.services.station import audit_log

    source = Path(__file__).resolve().parents[2] / "wulian_desk"
    pattern = re.compile(r'(?:audit\(session, |audit_now\(|journal_login\(ctx, )"([a-z_]+)"')
    written = {m for path in source.rglob("*.py") for m in pattern.findall(path.read_text(encoding="utf-8"))}
    assert len(written) > 20
    assert written - set(audit_log.ACTION_LABELS) == set()
