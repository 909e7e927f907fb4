from datetime import date

from wulian_desk.core.clients import ClientInput
from wulian_desk.services.casework import cases, clients, search
from wulian_desk.services.station import accounts, station


def test_quick_search_finds_by_name_initials_number_and_note(ctx):
    zhang = clients.create_client(ctx, ClientInput(name="张三", gender="male", org_unit_id=ctx.station_id,
                                                   birth_date=date(1950, 1, 1), phone="13900001234")).ids[0]
    case_id = cases.open_case(ctx, client_id=zhang, title="独居老人照护").ids[0]
    cases.add_session(ctx, case_id, on=date.today(), minutes=30, session_type="home_visit", content="协助申请高龄津贴")
    for query in ("张三", "zs", "1234", "高龄津贴"):
        hits = search.quick_search(ctx, query)
        assert [c.id for c in hits.cases] == [case_id], query
        if query != "高龄津贴":
            assert [c.id for c in hits.clients] == [zhang], query
    assert search.quick_search(ctx, "  ") == search.SearchHits([], [])
    for query in ("ga", "Ga", "GA", "ga20", "GA20"):  # case numbers match whatever the letter case
        assert [c.id for c in search.quick_search(ctx, query).cases] == [case_id], query


def test_quick_search_shows_only_what_the_user_may_see(ctx, station_dir):
    accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker", password="worker-pass-1")
    client_id = clients.create_client(ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id,
                                                       birth_date=date(1948, 5, 6))).ids[0]
    cases.open_case(ctx, client_id=client_id, title="照护")  # the head's own case
    worker = station.open_station(station_dir, passphrase="worker-pass-1", username="liwei")
    try:
        hits = search.quick_search(worker, "wxl")
        assert [c.id for c in hits.clients] == [client_id] and hits.cases == []
    finally:
        worker.close()


def test_a_worker_finds_their_own_cases_among_many_others(ctx, station_dir):
    """A worker's cases are looked up as theirs, not picked from the station's first matches: with
    a screenful of two, the head's thirty newer 王 cases do not hide the worker's older one."""
    worker_id = accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker",
                                        password="worker-pass-1").ids[0]
    mine = clients.create_client(ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id,
                                                  birth_date=date(1948, 5, 6))).ids[0]
    my_case = cases.open_case(ctx, client_id=mine, title="独居照护", worker_id=worker_id).ids[0]
    cases.add_session(ctx, my_case, on=date.today(), minutes=30, session_type="home_visit",
                      content="协助申请高龄津贴，补贴比例 100% 到位")
    for n in range(30):
        other = clients.create_client(ctx, ClientInput(name=f"王{'一二三四五六七八九十'[n % 10]}{n}", gender="male",
                                                       org_unit_id=ctx.station_id, birth_date=date(1950, 1, 1))).ids[0]
        head_case = cases.open_case(ctx, client_id=other, title="独居照护").ids[0]
        cases.add_session(ctx, head_case, on=date.today(), minutes=30, session_type="home_visit",
                          content="协助申请高龄津贴")
    worker = station.open_station(station_dir, passphrase="worker-pass-1", username="liwei")
    try:
        for query in ("王", "独居", "高龄津贴", "100%", "wxl", "ga20"):
            assert [c.id for c in search.quick_search(worker, query, limit=2).cases] == [my_case], query
        assert search.quick_search(worker, "10_%", limit=2).cases == []  # wildcards are text, not patterns
        assert search.quick_search(worker, "zzz").cases == []
    finally:
        worker.close()
    head_hits = [c.id for c in search.quick_search(ctx, "独居", limit=40).cases]
    assert len(head_hits) == 31 and head_hits == sorted(head_hits, reverse=True)  # UUIDv7 ids: newest first
    assert head_hits[-1] == my_case  # the worker's case was opened first


def test_a_large_caseload_walks_the_note_index_and_still_finds_a_rare_word(ctx, station_dir, monkeypatch):
    """Past CASELOAD_READ_DIRECTLY cases a worker's note search walks the station's trigram index;
    when a word common in others' notes fills the walk's allowance without one of theirs, their
    own notes are read after all."""
    from wulian_desk.storage import search_box

    monkeypatch.setattr(search_box, "CASELOAD_READ_DIRECTLY", 1)
    monkeypatch.setattr(search_box, "WALK_AT_MOST", 3)
    worker_id = accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker",
                                        password="worker-pass-1").ids[0]

    def case_with_note(name: str, note: str, worker: str | None = None) -> str:
        client = clients.create_client(ctx, ClientInput(name=name, gender="female", org_unit_id=ctx.station_id,
                                                        birth_date=date(1950, 1, 1))).ids[0]
        case = cases.open_case(ctx, client_id=client, title="照护", worker_id=worker).ids[0]
        cases.add_session(ctx, case, on=date.today(), minutes=30, session_type="home_visit", content=note)
        return case

    rare = case_with_note("王秀兰", "协助申请高龄津贴", worker_id)  # the worker's, recorded first
    mine = case_with_note("刘桂英", "陪同复诊", worker_id)
    for n in range(6):  # newer notes of the head's cases, all with the same word
        case_with_note(f"赵{'一二三四五六'[n]}", "协助申请高龄津贴")
    worker = station.open_station(station_dir, passphrase="worker-pass-1", username="liwei")
    try:
        assert [c.id for c in search.quick_search(worker, "高龄津贴").cases] == [rare]  # found after the walk
        assert [c.id for c in search.quick_search(worker, "陪同复诊").cases] == [mine]  # found by the walk
        assert search.quick_search(worker, "不存在的词").cases == []
    finally:
        worker.close()
