"""The search indexes follow every write, including raw bulk inserts, through their triggers."""

from datetime import date

from sqlalchemy import text

from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.services import cases, clients
from wulian_desk.storage import search


def test_client_index_follows_inserts_updates_and_purges(ctx):
    data = ClientInput(name="张三丰", gender="male", org_unit_id=ctx.station_id, birth_date=date(1950, 1, 1),
                       phone="13912345678")
    client_id = clients.create_client(ctx, data, consent=ConsentInput(given_on=date(2026, 1, 1))).ids[0]
    with ctx.reading() as session:
        assert search.client_matches(session, "zs") == [client_id]
        assert search.client_matches(session, "三丰") == [client_id]
        assert search.client_matches(session, "5678") == [client_id]
        assert search.client_matches(session, "56") == []  # number tails need 4 digits
    clients.update_client(ctx, client_id, ClientInput(**(data.__dict__ | {"name": "李四"})))
    with ctx.reading() as session:
        assert search.client_matches(session, "zs") == []
        assert search.client_matches(session, "ls") == [client_id]
    clients.withdraw_consent(ctx, client_id)
    clients.purge_client(ctx, client_id)
    with ctx.reading() as session:
        assert search.client_matches(session, "ls") == []
        assert session.execute(text("SELECT count(*) FROM client_search")).scalar() == 0


def test_note_index_follows_sessions_and_short_queries_are_routed(ctx):
    client_id = clients.create_client(
        ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id, birth_date=date(1948, 5, 6))
    ).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title="独居老人照护").ids[0]
    cases.add_session(ctx, case_id, on=date.today(), minutes=30, session_type="phone", content="协助办理高龄津贴申请")
    with ctx.reading() as session:
        assert search.session_note_matches(session, "高龄津贴") == [case_id]
        assert search.session_note_matches(session, "津贴") == []  # 2 chars: trigram cannot; names only
        assert search.case_matches(session, "津贴") == []
        assert search.case_matches(session, "王秀") == [case_id]
        assert search.case_matches(session, "独居") == [case_id]
        assert search.case_matches(session, '"高龄') == []  # quotes in a query are data, not syntax
