"""The lazy table model, without any window: it holds ids and fetches only the pages shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wulian_desk.ui.models.lazy_table import PAGE_SIZE, Column, IdRole, LazyTableModel

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
                           fetch_rows=service.fetch_rows, **kw)
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
    from wulian_desk.services import facilities
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
