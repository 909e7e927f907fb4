from datetime import date

import pytest
from sqlalchemy import text

from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import PermissionDenied, ValidationError
from wulian_desk.core.identity import make_id_number
from wulian_desk.services.casework import clients
from wulian_desk.services.station import accounts, audit_log, station

ELDER_ID = make_id_number("610326", date(1948, 5, 6), 12, "female")
CHILD_BORN = date(date.today().year - 9, 3, 1)


def elder(ctx, **changes):
    data = dict(name="王秀兰", gender="female", org_unit_id=ctx.station_id, id_number=ELDER_ID,
                phone="13812345678", address="城关镇南街 12 号", categories=["empty_nest"])
    return ClientInput(**(data | changes))


def test_id_number_is_checked_and_fills_the_birth_date(ctx):
    with pytest.raises(ValidationError, match="校验位") as err:
        clients.create_client(ctx, elder(ctx, id_number=ELDER_ID[:-1] + ("0" if ELDER_ID[-1] != "0" else "1")))
    assert err.value.field == "id_number"
    with pytest.raises(ValidationError, match="性别选的是男，身份证号码第 17 位"):
        clients.create_client(ctx, elder(ctx, gender="male"))
    with pytest.raises(ValidationError, match="不一致"):
        clients.create_client(ctx, elder(ctx, birth_date=date(1950, 1, 1)))
    client_id = clients.create_client(ctx, elder(ctx)).ids[0]
    assert clients.view_client(ctx, client_id).birth_date == date(1948, 5, 6)


def test_sensitive_categories_need_separate_consent_and_the_refusal_says_which(ctx):
    data = elder(ctx, categories=["dibao", "disabled"])
    with pytest.raises(clients.ConsentMissingError) as err:
        clients.create_client(ctx, data)
    assert "对健康信息的单独同意" in str(err.value) and "对经济困难信息的单独同意" in str(err.value)
    with pytest.raises(clients.ConsentMissingError, match="健康信息") as err:
        clients.create_client(ctx, data, consent=ConsentInput(given_on=date.today(), sensitive=["financial"]))
    assert "经济困难" not in str(err.value)
    assert clients.client_ids(ctx) == []  # nothing was saved
    clients.create_client(ctx, data, consent=ConsentInput(given_on=date.today(), sensitive=["financial", "health"]))
    assert len(clients.client_ids(ctx)) == 1


def test_health_notes_need_health_consent_even_without_a_category(ctx):
    client_id = clients.create_client(ctx, elder(ctx)).ids[0]
    with pytest.raises(clients.ConsentMissingError, match="健康信息"):
        clients.update_client(ctx, client_id, elder(ctx, health_notes="高血压，独居"))
    clients.record_consent(ctx, client_id, ConsentInput(given_on=date.today(), sensitive=["health"]))
    clients.update_client(ctx, client_id, elder(ctx, health_notes="高血压，独居"))
    assert clients.view_client(ctx, client_id).health_notes == "高血压，独居"


def test_a_child_under_14_needs_a_guardian(ctx):
    child = ClientInput(name="李小明", gender="male", org_unit_id=ctx.station_id, birth_date=CHILD_BORN,
                        categories=["left_behind_child"])
    with pytest.raises(clients.ConsentMissingError, match="监护人"):
        clients.create_client(ctx, child, consent=ConsentInput(given_on=date.today()))
    with pytest.raises(ValidationError, match="关系"):
        clients.create_client(ctx, child, consent=ConsentInput(given_on=date.today(), guardian_name="李大山"))
    clients.create_client(
        ctx, child, consent=ConsentInput(given_on=date.today(), guardian_name="李大山", guardian_relation="父亲")
    )


def test_withdrawn_consent_blocks_sensitive_edits(ctx):
    data = elder(ctx, categories=["disabled"])
    client_id = clients.create_client(ctx, data, consent=ConsentInput(given_on=date(2025, 1, 2), sensitive=["health"])).ids[0]
    clients.withdraw_consent(ctx, client_id)
    with pytest.raises(clients.ConsentMissingError):
        clients.update_client(ctx, client_id, data)
    assert not clients.view_client(ctx, client_id).consent.active


def test_duplicates_warn_before_saving(ctx):
    clients.create_client(ctx, elder(ctx))
    with pytest.raises(clients.DuplicateClientWarning):
        clients.create_client(ctx, elder(ctx))
    with pytest.raises(clients.DuplicateClientWarning):  # same name and birth date, no ID number
        clients.create_client(ctx, elder(ctx, id_number=None, birth_date=date(1948, 5, 6)))
    clients.create_client(ctx, elder(ctx), confirm_duplicate=True)
    assert len(clients.client_ids(ctx)) == 2


def test_numbers_are_masked_unless_a_permitted_full_copy_is_asked_for(ctx, station_dir):
    client_id = clients.create_client(ctx, elder(ctx)).ids[0]
    row = clients.clients_by_id(ctx, [client_id])[client_id]
    assert row.id_number == ELDER_ID[:4] + "*" * 10 + ELDER_ID[-4:]
    assert row.phone == "138****5678"
    assert clients.view_client(ctx, client_id).phone == "138****5678"
    full = clients.view_client(ctx, client_id, full=True)
    assert (full.id_number, full.phone) == (ELDER_ID, "13812345678")
    assert [e.action for e in audit_log.journal(ctx, record_id=client_id)][:2] == ["full_copy", "view"]
    accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker", password="worker-pass-1")
    worker = station.open_station(station_dir, passphrase="worker-pass-1", username="liwei")
    try:
        with pytest.raises(PermissionDenied, match="完整证件号"):
            clients.view_client(worker, client_id, full=True)
    finally:
        worker.close()


def test_search_by_name_initials_and_last_digits(ctx):
    client_id = clients.create_client(ctx, elder(ctx)).ids[0]
    for query in ("王秀", "wxl", "wx", ELDER_ID[-4:], "5678"):
        assert clients.client_ids(ctx, search=query) == [client_id], query
    assert clients.client_ids(ctx, search="zs") == []


def test_purge_erases_only_after_withdrawal(ctx):
    client_id = clients.create_client(ctx, elder(ctx, categories=["dibao"]),
                                      consent=ConsentInput(given_on=date(2025, 1, 2), sensitive=["financial"])).ids[0]
    with pytest.raises(PermissionDenied, match="撤回了同意"):
        clients.purge_client(ctx, client_id)
    clients.withdraw_consent(ctx, client_id)
    clients.purge_client(ctx, client_id)
    with ctx.reading() as session:
        assert session.execute(text("SELECT count(*) FROM client")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM consent")).scalar() == 0
    purge = audit_log.journal(ctx, action="purge")
    assert [(e.record_kind, e.record_id, e.detail) for e in purge] == [("client", client_id, {})]


def test_only_the_head_may_purge(ctx, station_dir):
    accounts.create_account(ctx, username="sup", display_name="督导", role="supervisor", password="super-pass-1")
    client_id = clients.create_client(ctx, elder(ctx)).ids[0]
    sup = station.open_station(station_dir, passphrase="super-pass-1", username="sup")
    try:
        with pytest.raises(PermissionDenied):
            clients.purge_client(sup, client_id)
    finally:
        sup.close()


def test_purge_after_retention_erases_cases_and_their_history(ctx):
    from wulian_desk.core.models import Case
    from wulian_desk.services.casework import cases, drafts

    client_id = clients.create_client(ctx, elder(ctx)).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title="独居老人照护").ids[0]
    cases.add_session(ctx, case_id, on=date(2026, 3, 1), minutes=30, session_type="phone", content="电话回访")
    drafts.save_draft(ctx, f"form:{case_id}:closure", {"x": "半填的结案表"})
    with pytest.raises(PermissionDenied, match="结案已满 10 年"):
        clients.purge_client(ctx, client_id)
    with ctx.writing() as session:  # the case closed eleven years ago
        case = session.get(Case, case_id)
        case.stage, case.closed_on = "closed", date(2015, 6, 1)
        session.add(case)
    with pytest.raises(PermissionDenied):
        clients.purge_client(ctx, client_id, today=date(2025, 5, 31))  # not yet ten years then
    clients.purge_client(ctx, client_id)
    with ctx.reading() as session:
        for table in ("client", "consent", "case_file", "case_event", "service_session", "client_search",
                      "case_search"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
        assert session.execute(text("SELECT count(*) FROM session_fts WHERE session_fts MATCH '电话回访'")).scalar() == 0
    assert drafts.load_draft(ctx, f"form:{case_id}:closure") is None
    assert [e.action for e in audit_log.journal(ctx, record_id=client_id)][0] == "purge"


def test_a_worker_edits_a_record_without_seeing_or_wiping_its_numbers(ctx, station_dir):
    client_id = clients.create_client(ctx, elder(ctx)).ids[0]
    accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker", password="worker-pass-1")
    worker = station.open_station(station_dir, passphrase="worker-pass-1", username="liwei")
    try:
        shown = clients.view_client(worker, client_id)
        clients.update_client(worker, client_id, elder(worker, id_number=shown.id_number, phone=shown.phone,
                                                       address="城关镇北街 3 号"))
    finally:
        worker.close()
    full = clients.view_client(ctx, client_id, full=True)
    assert (full.id_number, full.phone, full.address) == (ELDER_ID, "13812345678", "城关镇北街 3 号")


def test_a_birth_date_after_today_is_refused(ctx):
    from datetime import timedelta

    with pytest.raises(ValidationError, match=f"出生日期 {date.today() + timedelta(days=1)} 晚于今天（{date.today().isoformat()}）") as err:
        clients.create_client(ctx, elder(ctx, id_number=None, birth_date=date.today() + timedelta(days=1)))
    assert err.value.field == "birth_date"
    assert clients.client_ids(ctx) == []


def test_the_first_page_is_the_front_of_the_id_list_for_every_filter(demo_ctx):
    """A list paints `client_page` before `client_ids` arrives: same order, same rows, masked."""
    with demo_ctx.reading() as session:
        unit = session.execute(text("SELECT org_unit_id FROM client GROUP BY 1 ORDER BY count(*) DESC")).first()[0]
        gone = session.execute(text("SELECT id FROM client ORDER BY name_initials, id LIMIT 1 OFFSET 3")).scalar()
    with demo_ctx.writing() as session:  # a tombstone (as a sync of a deletion leaves) shows in neither
        session.execute(text("UPDATE client SET deleted = 1 WHERE id = :id"), {"id": gone})
    for query in ({}, {"search": "王"}, {"search": "w"}, {"search": "zh"}, {"org_unit_id": unit},
                  {"org_unit_id": unit, "search": "l"}, {"search": "0001"}):
        ids = clients.client_ids(demo_ctx, **query)
        assert ids and gone not in ids, query
        page = clients.client_page(demo_ctx, limit=40, **query)
        assert list(page) == ids[:40], query
        assert page == clients.clients_by_id(demo_ctx, ids[:40]), query
    row = next(iter(clients.client_page(demo_ctx, limit=1).values()))
    assert "*" in row.id_number and "*" in row.phone
    assert clients.client_page(demo_ctx, limit=40, search="12") == {}  # number tails need four digits
