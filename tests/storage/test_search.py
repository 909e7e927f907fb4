"""The search indexes follow every write, including raw bulk inserts, through their triggers."""

from datetime import date

from sqlalchemy import text

from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.services.casework import cases, clients
from wulian_desk.storage import search, search_box


def test_client_index_follows_inserts_updates_and_purges(ctx):
    data = ClientInput(name="张三丰", gender="male", org_unit_id=ctx.station_id, birth_date=date(1950, 1, 1),
                       phone="13912345678")
    client_id = clients.create_client(ctx, data, consent=ConsentInput(given_on=date(2026, 1, 1))).ids[0]
    with ctx.reading() as session:
        assert search_box.matching_client_ids(session, "zs", limit=200) == [client_id]
        assert search_box.matching_client_ids(session, "三丰", limit=200) == [client_id]
        assert search_box.matching_client_ids(session, "5678", limit=200) == [client_id]
        assert search_box.matching_client_ids(session, "56", limit=200) == []  # number tails need 4 digits
    clients.update_client(ctx, client_id, ClientInput(**(data.__dict__ | {"name": "李四"})))
    with ctx.reading() as session:
        assert search_box.matching_client_ids(session, "zs", limit=200) == []
        assert search_box.matching_client_ids(session, "ls", limit=200) == [client_id]
    clients.withdraw_consent(ctx, client_id)
    clients.purge_client(ctx, client_id)
    with ctx.reading() as session:
        assert search_box.matching_client_ids(session, "ls", limit=200) == []
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


def _pieces(*texts: str) -> set[str]:
    return {t[i:i + n] for t in texts for n in (1, 2, 3) for i in range(len(t) - n + 1)}


def case_ids(session, query: str, client_ids: list[str]) -> list[str]:
    return [line[0] for line in search_box.case_lines(session, query, client_ids=client_ids, limit=20)]


def _gram_tables_in_step(session) -> None:
    """client_gram and case_gram hold exactly the 1-3 character pieces of every live row of the
    narrow tables, and nothing of deleted or purged rows."""
    clients_live = session.execute(text("SELECT client_id, name, initials FROM client_search WHERE live")).all()
    want = {(g, initials, cid) for cid, name, initials in clients_live for g in _pieces(name)}
    assert set(session.execute(text("SELECT gram, initials, client_id FROM client_gram")).all()) == want
    cases_live = session.execute(text("SELECT case_id, case_number, title FROM case_search WHERE live")).all()
    want = {(g, cid) for cid, number, title in cases_live for g in _pieces(number, title)}
    assert set(session.execute(text("SELECT gram, case_id FROM case_gram")).all()) == want
    # And the narrow rows carry what the search box shows (0010), for every row, live or not.
    assert set(session.execute(text("SELECT client_id, name, org_unit_id FROM client_search")).all()) == set(
        session.execute(text("SELECT id, name, org_unit_id FROM client")).all())
    assert set(session.execute(text("SELECT case_id, stage, worker_id, live FROM case_search")).all()) == set(
        session.execute(text("SELECT id, stage, worker_id, NOT deleted FROM case_file")).all())
    # The case number and title index matches its rows (FTS5 raises SQLITE_CORRUPT_VTAB if not).
    session.execute(text("INSERT INTO case_fts(case_fts, rank) VALUES ('integrity-check', 1)"))


def test_gram_indexes_follow_inserts_updates_tombstones_and_purges(ctx):
    data = ClientInput(name="欧阳娜娜", gender="female", org_unit_id=ctx.station_id, birth_date=date(1949, 12, 31),
                       phone="13912345678", id_number="11010519491231002X")
    client_id = clients.create_client(ctx, data, consent=ConsentInput(given_on=date(2026, 1, 1))).ids[0]
    other = clients.create_client(ctx, ClientInput(name="娜仁", gender="female", org_unit_id=ctx.station_id,
                                                   birth_date=date(1951, 2, 2), phone="13800005678")).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title="独居老人照护").ids[0]
    with ctx.reading() as session:
        _gram_tables_in_step(session)
        assert search_box.matching_client_ids(session, "娜", limit=200) == [other, client_id]  # initials order: nr, oynn
        assert search_box.matching_client_ids(session, "欧阳娜娜", limit=200) == [client_id]  # longer than a piece: checked
        assert search_box.matching_client_ids(session, "欧阳娜娜娜", limit=200) == []
        assert search_box.matching_client_ids(session, "oy", limit=200) == [client_id]
        assert search_box.matching_client_ids(session, "OY", limit=200) == [client_id]  # initials ignore case, as before
        assert search_box.matching_client_ids(session, "5678", limit=200) == [other, client_id]
        assert search_box.matching_client_ids(session, "345678", limit=200) == [client_id]
        assert search_box.matching_client_ids(session, "1002", limit=200) == []  # the ID ends in X
        assert search_box.matching_client_ids(session, "o%", limit=200) == [client_id]  # a LIKE pattern, as before
        assert case_ids(session, "老人照护", []) == [case_id]
        assert case_ids(session, "老人照顾", []) == []
    clients.update_client(ctx, client_id, ClientInput(**(data.__dict__ | {"name": "李四", "phone": "13911112222"})))
    with ctx.writing() as session:  # a case renamed (no form edits titles: as a sync import writes it)
        session.execute(text("UPDATE case_file SET title = '独居老人照顾' WHERE id = :id"), {"id": case_id})
    with ctx.reading() as session:
        _gram_tables_in_step(session)
        assert search_box.matching_client_ids(session, "娜", limit=200) == [other]
        assert search_box.matching_client_ids(session, "李四", limit=200) == [client_id]
        assert search_box.matching_client_ids(session, "5678", limit=200) == [other]
        assert search_box.matching_client_ids(session, "2222", limit=200) == [client_id]
        assert case_ids(session, "老人照护", []) == []
        assert case_ids(session, "老人照顾", []) == [case_id]
    with ctx.writing() as session:  # a tombstone, as a sync import writes it
        session.execute(text("UPDATE client SET deleted = 1 WHERE id = :id"), {"id": other})
        session.execute(text("UPDATE case_file SET deleted = 1 WHERE id = :id"), {"id": case_id})
    with ctx.reading() as session:
        _gram_tables_in_step(session)
        assert search_box.matching_client_ids(session, "娜", limit=200) == []
        assert search_box.matching_client_ids(session, "5678", limit=200) == []
        assert case_ids(session, "独居", []) == []
    clients.withdraw_consent(ctx, client_id)
    clients.purge_client(ctx, client_id)
    with ctx.reading() as session:
        _gram_tables_in_step(session)
        assert search_box.matching_client_ids(session, "ls", limit=200) == []


def test_gram_indexes_follow_rows_written_with_raw_sql(ctx):
    """Sync imports insert and update whole rows with plain SQL; the triggers keep the indexes."""
    client_id = clients.create_client(
        ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id, birth_date=date(1948, 5, 6),
                         phone="13700001111")).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title="独居老人照护").ids[0]
    with ctx.writing() as session:
        conn = session.connection()
        for table, changes in (("client", {"id": "imported-client", "name": "赵六", "name_initials": "zl",
                                           "phone": "13600002222"}),
                               ("case_file", {"id": "imported-case", "client_id": "imported-client",
                                              "case_number": "GA2099-0001", "title": "社区康复"})):
            source = case_id if table == "case_file" else client_id
            row = dict(conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id = ?", (source,)).mappings().one())
            row |= changes
            cols = ", ".join(f'"{c}"' for c in row)
            conn.exec_driver_sql(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})",
                                 tuple(row.values()))
        conn.exec_driver_sql("UPDATE client SET name = ?, name_initials = ? WHERE id = ?", ("王秀英", "wxy", client_id))
    with ctx.reading() as session:
        _gram_tables_in_step(session)
        assert search_box.matching_client_ids(session, "赵六", limit=200) == ["imported-client"]
        assert search_box.matching_client_ids(session, "2222", limit=200) == ["imported-client"]
        assert search_box.matching_client_ids(session, "wxy", limit=200) == [client_id]
        assert search_box.matching_client_ids(session, "秀兰", limit=200) == []
        assert case_ids(session, "GA2099", []) == ["imported-case"]
        assert case_ids(session, "康复", ["imported-client"]) == ["imported-case"]
        assert sorted(case_ids(session, "zzz", [client_id, "imported-client"])) == sorted(
            [case_id, "imported-case"])
