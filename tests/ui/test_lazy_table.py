"""The lazy table model, without any window: it holds ids and fetches only the pages shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wulian_desk.ui.models.lazy_table import PAGE_SIZE, Column, IdRole, LazyTableModel, RowRole

N = 100_000


class FakeService:
    """list_ids / fetch_rows over N made-up records, counting what the model asks for."""

    def __init__(self, n: int = N) -> None:
        self.records = {f"id{i:06d}": {"id": f"id{i:06d}", "name": f"记录{i}", "size": i % 97} for i in range(n)}
        self.queries: list[dict] = []
        self.fetched: list[list[str]] = []

    def list_ids(self, search: str = "", sort: str = "name", descending: bool = False) -> list[str]:
        self.queries.append({"search": search, "sort": sort, "descending": descending})
        rows = [r for r in self.records.values() if search in r["name"]]
        rows.sort(key=lambda r: (r[sort], r["id"]), reverse=descending)
        return [r["id"] for r in rows]

    def fetch_rows(self, ids: list[str]) -> dict:
        self.fetched.append(list(ids))
        return {i: self.records[i] for i in ids if i in self.records}


COLUMNS = (
    Column("名称", "name", lambda r: r["name"]),
    Column("大小", "size", lambda r: str(r["size"]), numeric=True),
    Column("备注", None, lambda r: ""),
)


def make_model(service: FakeService, **kw) -> LazyTableModel:
    model = LazyTableModel(columns=COLUMNS, context="test", kind="thing", list_ids=service.list_ids,
                           fetch_rows=service.fetch_rows, sort_column=0, **kw)
    model.set_query()
    return model


def test_counts_rows_without_fetching_any(qapp):
    service = FakeService()
    model = make_model(service)
    assert model.rowCount() == N
    assert model.columnCount() == 3
    assert service.fetched == []


def test_fetches_one_page_for_a_visible_row_and_reuses_it(qapp):
    service = FakeService()
    model = make_model(service)
    assert model.index(0, 0).data() == service.records[model.ids[0]]["name"]
    assert model.index(PAGE_SIZE - 1, 1).data() == str(service.records[model.ids[PAGE_SIZE - 1]]["size"])
    assert len(service.fetched) == 1 and len(service.fetched[0]) == PAGE_SIZE
    far = 73_456
    assert model.index(far, 0).data() == service.records[model.ids[far]]["name"]
    assert len(service.fetched) == 2
    assert service.fetched[1] == model.ids[(far // PAGE_SIZE) * PAGE_SIZE:(far // PAGE_SIZE + 1) * PAGE_SIZE]
    assert model.cached_count == 2 * PAGE_SIZE  # never the whole table


def test_cache_is_bounded(qapp):
    service = FakeService()
    model = make_model(service, cached_pages=3)
    for page in range(10):
        model.index(page * PAGE_SIZE, 0).data()
    assert model.cached_count == 3 * PAGE_SIZE
    model.index(0, 0).data()  # evicted long ago: fetched again
    assert len(service.fetched) == 11


def test_sorting_asks_the_service_and_ignores_unsortable_columns(qapp):
    service = FakeService(500)
    model = make_model(service)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert service.queries[-1] == {"search": "", "sort": "size", "descending": True}
    assert model.index(0, 1).data() == "96"
    queries = len(service.queries)
    model.sort(2)  # 备注 has no sort key
    assert len(service.queries) == queries and model.sort_column == 1


def test_search_goes_to_the_service(qapp):
    service = FakeService(2000)
    model = make_model(service)
    model.set_query(search="记录19")
    assert service.queries[-1]["search"] == "记录19"
    assert model.rowCount() == 111  # 19, 190-199, 1900-1999
    assert {model.index(r, 0).data() for r in range(model.rowCount())} >= {"记录19", "记录1999"}


def test_changes_drop_only_the_changed_rows(qapp):
    service = FakeService(1000)
    model = make_model(service)
    model.index(0, 0).data()
    first, second = model.ids[0], model.ids[1]
    service.records[first]["name"] = "改过的名称"
    fetched = len(service.fetched)
    model.apply_changes(frozenset({"thing"}), (first,))
    assert model.cached_count == PAGE_SIZE - 1
    assert model.index(model.row_of(first), 0).data() == "改过的名称"
    assert len(service.fetched) == fetched + 1 and service.fetched[-1] == [first]
    assert model.index(model.row_of(second), 0).data() == service.records[second]["name"]
    model.apply_changes(frozenset({"other"}), ("x",))  # not shown here: nothing happens
    assert len(service.queries) == 2


def test_drop_cache_forgets_every_row(qapp):
    service = FakeService(1000)
    model = make_model(service)
    model.index(0, 0).data()
    model.drop_cache()
    assert model.cached_count == 0
    assert model.index(0, 0).data(IdRole) == model.ids[0]


def test_real_services_fetch_pages_of_assets(big_ctx, qapp):
    """Thousands of assets made by the demo service: the model reads one page per visible area."""
    from wulian_desk.services.facilities import facilities
    from wulian_desk.ui.facilities.assets import COL_TAG, assets_model

    model = assets_model(big_ctx)
    model.set_query()
    total = model.rowCount()
    assert total >= 3000
    assert model.fetches == 0
    assert model.index(0, COL_TAG).data() == facilities.get_asset(big_ctx, model.ids[0]).asset_tag
    assert model.fetches == 1 and model.cached_count == PAGE_SIZE
    last = total - 1
    assert model.index(last, COL_TAG).data() == facilities.get_asset(big_ctx, model.ids[last]).asset_tag
    assert model.fetches == 2 and model.cached_count < 2 * PAGE_SIZE + 1
    tags = [model.index(r, COL_TAG).data() for r in range(PAGE_SIZE)]
    assert tags == sorted(tags)  # the service's order (asset tag), untouched by the model


# -- the first page before the id list ----------------------------------------------------------


class PagedService(FakeService):
    """Also answers the first page alone, as a keyset LIMIT query would."""

    def __init__(self, n: int = N) -> None:
        super().__init__(n)
        self.pages: list[dict] = []

    def first_page(self, limit: int, **query) -> dict:
        self.pages.append({"limit": limit, **query})
        ids = self.list_ids(**query)[:limit]
        self.queries.pop()  # the page is not a list query
        return {i: self.records[i] for i in ids}


def paged_model(service: PagedService, runner) -> LazyTableModel:
    return LazyTableModel(columns=COLUMNS, context="test", kind="thing", list_ids=service.list_ids,
                          fetch_rows=service.fetch_rows, first_page=service.first_page, runner=runner, sort_column=0)


def test_first_page_paints_before_the_id_list_arrives(qtbot, runner, wait_tasks):
    service = PagedService()
    model = paged_model(service, runner)
    loaded, inserted, resets = [], [], []
    model.ids_loaded.connect(lambda: loaded.append(model.rowCount()))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.set_query()
    # Painted from the one page query: rows shown without a fetch, the id list not yet read.
    assert model.rowCount() == PAGE_SIZE + 1 and not model.complete
    assert service.pages == [{"limit": PAGE_SIZE + 1, "sort": "name", "descending": False}]
    assert model.index(PAGE_SIZE, 0).data() == service.records[model.ids[-1]]["name"]
    assert service.fetched == [] and loaded == []
    wait_tasks()
    # The rest arrives from the task runner, appended after the page: the view keeps its place.
    assert model.complete and model.rowCount() == N and loaded == [N]
    assert inserted == [(PAGE_SIZE + 1, N - 1)] and resets == [PAGE_SIZE + 1]
    assert model.ids == service.list_ids(sort="name")
    assert model.index(N - 1, 0).data() == service.records[model.ids[-1]]["name"]
    assert len(service.fetched) == 1  # the last page only; the first came with the page query


def test_a_first_page_shorter_than_asked_is_the_whole_list(qtbot, runner):
    service = PagedService(PAGE_SIZE)  # a page exactly: the one row more it asked for is not there
    model = paged_model(service, runner)
    loaded = []
    model.ids_loaded.connect(lambda: loaded.append(True))
    model.set_query()
    assert model.complete and model.rowCount() == PAGE_SIZE and loaded == [True]
    assert not runner.busy and service.queries == []  # no id list needed


def test_an_older_querys_ids_are_dropped(qtbot, runner, wait_tasks):
    service = PagedService(5000)
    model = paged_model(service, runner)
    loaded = []
    model.ids_loaded.connect(lambda: loaded.append(model.rowCount()))
    model.set_query()
    model.set_query(search="记录1")  # typed on before the first list came back
    wait_tasks()
    assert [q["search"] for q in service.queries] == ["记录1"]  # the older one never even ran its query
    assert model.query == {"search": "记录1"}
    assert model.complete and model.ids == service.list_ids(search="记录1")
    assert loaded == [1111]  # 1, 10-19, 100-199, 1000-1999: the whole list only once, this one


def test_a_list_changed_meanwhile_replaces_the_page(qtbot, runner, wait_tasks):
    service = PagedService(1000)
    model = paged_model(service, runner)
    model.set_query()
    first = model.ids[0]
    del service.records[first]  # deleted elsewhere between the page and the id list
    resets = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    wait_tasks()
    assert resets == [999] and model.complete and first not in model.ids


def test_without_a_runner_the_model_loads_ids_first(qapp):
    service = PagedService(1000)
    model = LazyTableModel(columns=COLUMNS, context="test", kind="thing", list_ids=service.list_ids,
                           fetch_rows=service.fetch_rows, first_page=service.first_page)
    model.set_query()
    assert model.complete and model.rowCount() == 1000 and service.pages == []


def test_real_services_paint_the_clients_first_page_then_load_ids(big_ctx, qtbot, runner, wait_tasks):
    """The clients list over the demo station's thousands of clients: one keyset page, then the
    ids from a worker, in the same order as the page."""
    from wulian_desk.services.casework import clients
    from wulian_desk.ui.clients.page import clients_model

    model = clients_model(big_ctx, runner)
    model.set_query()
    assert model.rowCount() == PAGE_SIZE + 1 and not model.complete
    page = list(model.ids)
    wait_tasks()
    everyone = clients.client_ids(big_ctx)
    assert model.complete and model.ids == everyone and everyone[:PAGE_SIZE + 1] == page
    assert model.fetches == 0
    shown = model.index(PAGE_SIZE, 0).data(RowRole)
    assert shown == clients.clients_by_id(big_ctx, [page[-1]])[page[-1]]


def test_real_services_paint_the_cases_first_page_then_load_ids(big_ctx, qtbot, runner, wait_tasks):
    """The cases list likewise, with a filter: one LIMIT page in the list's order (newest opened
    first), then every id from a worker, in the same order."""
    from wulian_desk.services.casework import cases
    from wulian_desk.ui.cases.page import cases_model

    model = cases_model(big_ctx, runner)
    for query in ({}, {"stage": "service"}):
        model.set_query(**query)
        assert model.rowCount() == PAGE_SIZE + 1 and not model.complete, query
        page = list(model.ids)
        wait_tasks()
        every = cases.case_ids(big_ctx, **query)
        assert model.complete and model.ids == every and every[:PAGE_SIZE + 1] == page, query
        rows = cases.cases_by_id(big_ctx, every)
        opened = [(rows[i].opened_on, i) for i in every]
        assert opened == sorted(opened, reverse=True)


def test_with_a_runner_alone_the_ids_come_from_the_worker_and_replace_the_rows(qtbot, runner, wait_tasks):
    service = FakeService(500)
    model = LazyTableModel(columns=COLUMNS, context="test", kind="thing", list_ids=service.list_ids,
                           fetch_rows=service.fetch_rows, runner=runner, sort_column=0)
    model.set_query()
    assert model.rowCount() == 0 and not model.complete  # nothing read on the GUI thread
    wait_tasks()
    assert model.complete and model.rowCount() == 500
    model.set_query(search="记录12")
    assert model.rowCount() == 500  # the old rows stay until the search's ids come
    wait_tasks()
    assert model.complete and model.ids == service.list_ids(search="记录12")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    wait_tasks()
    assert model.ids == service.list_ids(search="记录12", sort="size", descending=True)
