"""Bundles from an insider: validly signed and encrypted with an enrolled station's own keys, but
carrying what the station may not send (the county's tables) or values no program writes. Each is
refused whole with a named reason, the receiver's database unchanged, and every list still works."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from datetime import UTC, datetime

import pytest

from tests.sync.helpers import snapshot
from tests.sync.insider import Block, forge, peer_named, small_blocks, table_rows, with_value
from wulian_desk.core.ids import new_id
from wulian_desk.services.reports import catalog
from wulian_desk.services.station import maintenance
from wulian_desk.services.sync import county_documents, enrolment, sync


def _import(ctx, tmp_path, data: bytes):
    path = tmp_path / f"insider-{new_id()[-8:]}.wlb"
    path.write_bytes(data)
    [result] = sync.import_bundles(ctx, [path])
    return result


def _still_sound(ctx) -> None:
    """Every list of every kind reads, and `check` passes."""
    for kind in catalog.KINDS.values():
        kind.rows(ctx)
    failed = [r.name for r in maintenance.check_station(ctx) if not r.ok]
    assert not failed, failed


def _refused(ctx, tmp_path, data: bytes, reason: str):
    before = snapshot(ctx)
    result = _import(ctx, tmp_path, data)
    assert (result.status, result.reason) == ("rejected", reason), result.message
    assert result.message
    assert snapshot(ctx) == before
    _still_sound(ctx)
    return result


def _document(owner_ctx, *, kind: str, key: str, content: str, owner: str | None = None) -> Block:
    """A county_document row written as `owner_ctx` would stamp it."""
    columns, _ = table_rows(owner_ctx, "county_document")
    values = {"id": new_id(), "owner": owner or owner_ctx.station_id, "device_id": owner_ctx.store.device_id,
              "counter": 10**6, "updated_at": "2026-11-01 10:00:00.000000", "deleted": 0,
              "base_version": None, "kind": kind, "key": key, "content": content, "for_station": None}
    return Block("county_document", columns, [[values[c] for c in columns]])


# -- what a sender may send ------------------------------------------------------------------


def test_a_station_cannot_revoke_another_station(county, station_a, station_b, tmp_path):
    """A revocation naming station B, in station A's signed bundle, is the county's word in A's
    hand: refused, and B's next genuine bundle still imports."""
    b_device = station_b.ctx.store.device_id
    revocation = _document(station_a.ctx, kind="revocation", key=b_device, content="{}")
    result = _refused(county.ctx, tmp_path, forge(station_a.ctx, blocks=[revocation]), "foreign_record")
    assert "无权发送" in result.message and "county_document" in result.message
    assert peer_named(county.ctx, b_device).status == "active"
    stick = tmp_path / "stick"
    stick.mkdir()
    [genuine] = sync.export_all(station_b.ctx, stick)
    [imported] = sync.import_bundles(county.ctx, [genuine.path])
    assert imported.status == "imported", imported.message


def test_a_revocation_counts_only_from_the_county(county, station_a, station_b, tmp_path):
    """Even a revocation that reached the database some other way (here: owned by a station and
    stored directly) revokes nobody: only the county's own revocations do."""
    from wulian_desk.core.models import CountyDocument

    b_device = station_b.ctx.store.device_id
    with county.ctx.writing() as session:
        session.add(CountyDocument(id=new_id(), owner=station_a.ctx.station_id, device_id=station_a.ctx.store.device_id,
                                   counter=1, updated_at=datetime(2026, 11, 1, tzinfo=UTC), kind="revocation",
                                   key=b_device, content="{}"))
    stick = tmp_path / "stick"
    stick.mkdir()
    [genuine] = sync.export_all(station_a.ctx, stick)
    assert sync.import_bundles(county.ctx, [genuine.path])[0].status == "imported"
    assert peer_named(county.ctx, b_device).status == "active"


def test_a_station_cannot_change_what_the_countys_sharing_shows(county, station_a, tmp_path):
    before = county_documents.sharing_policy(county.ctx)
    widened = _document(station_a.ctx, kind="sharing_policy", key="default",
                        content=json.dumps({"version": 1, "keep": ["client.id_number", "client.phone"]}))
    _refused(county.ctx, tmp_path, forge(station_a.ctx, blocks=[widened]), "foreign_record")
    assert county_documents.sharing_policy(county.ctx) == before


@pytest.mark.parametrize("table", ["county_document", "correction_request"])
def test_a_station_cannot_send_the_countys_tables_even_as_its_own(county, station_a, tmp_path, table):
    """The owner column says the station; the table is the county's all the same."""
    columns, rows = table_rows(county.ctx, "county_document")
    block = _document(station_a.ctx, kind="form", key="planted", content="{}") if table == "county_document" else None
    if block is None:
        columns, _ = table_rows(county.ctx, "correction_request")
        row = {"id": new_id(), "owner": station_a.ctx.station_id, "device_id": station_a.ctx.store.device_id,
               "counter": 5, "updated_at": "2026-11-01 10:00:00.000000", "deleted": 0, "base_version": None,
               "station_id": station_a.ctx.station_id, "record_table": "client", "record_id": new_id(),
               "message": "改一下", "requested_by": "admin", "requested_on": "2026-11-01"}
        block = Block("correction_request", columns, [[row[c] for c in columns]])
    _refused(county.ctx, tmp_path, forge(station_a.ctx, blocks=[block]), "foreign_record")


def test_a_county_cannot_plant_accounts_or_records_at_a_station(county, station_a, tmp_path):
    """Down, a county sends its documents and correction requests; an account row (a head with a
    name of the county's choosing) or a client row it says it owns is refused."""
    to_a = peer_named(county.ctx, station_a.ctx.store.device_id)
    columns, [admin] = table_rows(county.ctx, "account")
    planted = dict(zip(columns, admin, strict=True), id=new_id(), username="county-head", role="head")
    accounts = Block("account", columns, [[planted[c] for c in columns]])
    _refused(station_a.ctx, tmp_path, forge(county.ctx, to=to_a, blocks=[accounts]), "foreign_record")
    client = next(b for b in small_blocks(station_a.ctx) if b.table == "client")
    client.rows[0][client.columns.index("owner")] = county.ctx.station_id
    client.rows[0][client.columns.index("id")] = new_id()
    _refused(station_a.ctx, tmp_path, forge(county.ctx, to=to_a, blocks=[client]), "foreign_record")


def test_a_station_still_sends_every_table_of_its_own(county, station_a, tmp_path):
    """The demo station's full bundle, every table it holds, imports whole."""
    stick = tmp_path / "stick"
    stick.mkdir()
    [bundle] = sync.export_all(station_a.ctx, stick)
    result = _import(county.ctx, tmp_path, bundle.path.read_bytes())
    assert result.status == "imported", result.message
    assert len(result.counts) > 30
    _still_sound(county.ctx)


def test_every_synced_table_is_sent_by_exactly_one_side():
    """A new synced table fails here until it is put in one list (sync/senders.py)."""
    from wulian_desk.storage.records import synced_tables
    from wulian_desk.sync import senders

    names = {t.name for t in synced_tables()}
    assert not senders.COUNTY_TABLES & senders.STATION_TABLES
    assert names - senders.COUNTY_TABLES - senders.STATION_TABLES == set()
    assert (senders.COUNTY_TABLES | senders.STATION_TABLES) - names == set()
    assert senders.tables_from("device") == senders.COUNTY_TABLES | senders.STATION_TABLES
    assert senders.tables_from("someone") == frozenset()


# -- values in rows ----------------------------------------------------------------------------

BAD_VALUES = [
    ("client", "birth_date", "2026-13-45"),
    ("client", "birth_date", "0001-01-01"),
    ("client", "updated_at", "garbage"),
    ("client", "updated_at", "2026-02-30 10:00:00"),
    ("client", "counter", float("nan")),
    ("client", "counter", 2**63),
    ("client", "counter", 2**63 - 1),
    ("client", "counter", "7"),
    ("client", "counter", 2.5),
    ("client", "counter", -5),
    ("client", "counter", True),
    ("client", "deleted", True),
    ("client", "deleted", 2),
    ("client", "name", "名" * 41),
    ("client", "name", "\ud800"),
    ("client", "name", 12),
    ("client", "categories", "not json ["),
    ("client", "categories", '{"a": 1}'),
    ("room", "area_m2", float("inf")),
    ("room", "area_m2", 1e300),
    ("activity", "planned_minutes", 1.5),
    ("activity", "starts_at", "2026-11-01T10:00:00"),
    ("service_record", "recorded_at", "garbage"),
    ("service_record", "late", 0.5),
]


@pytest.mark.parametrize(("table", "column", "value"), BAD_VALUES, ids=[f"{t}.{c}={v!r}"[:50] for t, c, v in BAD_VALUES])
def test_a_value_no_program_writes_is_refused(county, station_a, tmp_path, table, column, value):
    blocks = with_value(small_blocks(station_a.ctx), table, column, value)
    _refused(county.ctx, tmp_path, forge(station_a.ctx, blocks=blocks), "malformed")


def test_the_same_rows_with_their_own_values_are_applied(county, station_a, tmp_path):
    """The rows the refusals above start from are sound: only the changed value was refused."""
    result = _import(county.ctx, tmp_path, forge(station_a.ctx, blocks=small_blocks(station_a.ctx)))
    assert result.status == "imported", result.message
    assert catalog.KINDS["clients"].rows(county.ctx)
    _still_sound(county.ctx)


def test_a_row_sent_twice_in_one_block_is_refused(county, station_a, tmp_path):
    blocks = small_blocks(station_a.ctx)
    client = next(b for b in blocks if b.table == "client")
    client.rows.append(list(client.rows[0]))
    _refused(county.ctx, tmp_path, forge(station_a.ctx, blocks=blocks), "malformed")


def test_a_reference_to_a_record_nobody_holds_is_refused(county, station_a, tmp_path):
    blocks = with_value(small_blocks(station_a.ctx), "room", "org_unit_id", new_id())
    _refused(county.ctx, tmp_path, forge(station_a.ctx, blocks=blocks), "broken_reference")


@pytest.mark.parametrize("row", [b"[" * 5000 + b"]" * 5000, b"[1, NaN]", b"[Infinity]", b'["a", [1, 2]]'])
def test_a_row_the_program_never_writes_is_refused(county, station_a, tmp_path, row):
    columns, _ = table_rows(station_a.ctx, "client")
    _refused(county.ctx, tmp_path, forge(station_a.ctx, blocks=[Block("client", columns, [row])]), "malformed")


# -- the header and the manifest ---------------------------------------------------------------

BAD_HEADERS = [
    {"seq": "7"}, {"seq": 2.5}, {"seq": -5}, {"seq": 0}, {"seq": True}, {"seq": 10**12},
    {"created": "2026-13-45"}, {"created": "garbage"}, {"created": 5}, {"created": "0001-01-01T00:00:00+00:00"},
    {"schema": 12}, {"schema": "x"}, {"previous": 5}, {"bundle_id": ["x"]}, {"bundle_id": "x" * 200},
    {"counts": {"client": -1}}, {"counts": {"client": float("inf")}}, {"counts": []},
    {"unknown_field": 1}, {"journal_head": {"count": -1, "hash": "0" * 64}},
    {"journal_head": {"count": 1, "hash": "xyz"}},
]


@pytest.mark.parametrize("changed", BAD_HEADERS, ids=[repr(h)[:40] for h in BAD_HEADERS])
def test_a_header_value_no_program_writes_is_refused(county, station_a, tmp_path, changed):
    _refused(county.ctx, tmp_path, forge(station_a.ctx, header=changed), "malformed")


@pytest.mark.parametrize("changed", [{"payload_size": "12"}, {"payload_size": float("nan")}, {"payload_size": 2**64},
                                     {"payload_sha256": 5}, {"content_size": -1}, {"content_size": "1"}])
def test_a_size_or_hash_of_the_wrong_kind_is_refused(county, station_a, tmp_path, changed):
    _refused(county.ctx, tmp_path, forge(station_a.ctx, late_header=changed), "malformed")


def test_a_header_nested_too_deeply_is_refused(county, station_a, tmp_path):
    deep = b'{"x":' + b"[" * 20000 + b"]" * 20000 + b"}"
    _refused(county.ctx, tmp_path, forge(station_a.ctx, raw_header=deep), "malformed")


def test_an_unsigned_header_nested_too_deeply_is_refused(county, tmp_path):
    """Before any signature verifies, the header is read only to word the message."""
    data = b"WULIAN-BUNDLE/1\n" + b"[" * 30000 + b"\nAAAA\n" + b"payload"
    _refused(county.ctx, tmp_path, data, "bad_signature")


BAD_MANIFESTS = [
    {"acks": {"through": "3", "also": []}}, {"acks": {"through": 0, "also": list(range(1, 20000))}},
    {"acks": {"through": 0, "also": [2.5]}}, {"acks": []}, {"tables": []}, {"seq": True},
    {"journal_head": {"count": 1}}, {"journal_head": "head"}, {"extra": 1},
]


@pytest.mark.parametrize("changed", BAD_MANIFESTS, ids=[repr(m)[:40] for m in BAD_MANIFESTS])
def test_a_manifest_value_no_program_writes_is_refused(county, station_a, tmp_path, changed):
    _refused(county.ctx, tmp_path, forge(station_a.ctx, manifest=changed), "malformed")


def test_a_sound_journal_head_in_the_manifest_is_accepted(county, station_a, tmp_path):
    data = forge(station_a.ctx, blocks=small_blocks(station_a.ctx), manifest={"journal_head": {"count": 3, "hash": "a" * 64}})
    assert _import(county.ctx, tmp_path, data).status == "imported"


@pytest.mark.parametrize("count", ["1", 1.0, -1, 10**12, None, True])
def test_a_block_whose_count_is_not_what_it_holds_is_refused(county, station_a, tmp_path, count):
    blocks = small_blocks(station_a.ctx)
    client = next(b for b in blocks if b.table == "client")
    client.count = count
    _refused(county.ctx, tmp_path, forge(station_a.ctx, blocks=blocks), "malformed")


def test_counts_must_equal_the_rows_read(county, station_a, tmp_path):
    blocks = small_blocks(station_a.ctx)
    counts = {b.table: len(b.rows) for b in blocks} | {"client": 2}
    _refused(county.ctx, tmp_path, forge(station_a.ctx, blocks=blocks, header={"counts": counts}), "malformed")


# -- sizes an insider chooses ------------------------------------------------------------------


def _bomb(manifest_line: bytes, size: int) -> bytes:
    """A gzip stream of `size` bytes that packs to a few hundred times less."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [packer.compress(manifest_line)]
    chunk = b"\0" * (1 << 20)
    for _ in range(size >> 20):
        parts.append(packer.compress(chunk))
    parts.append(packer.flush())
    return b"".join(parts)


def test_a_gzip_bomb_is_refused_without_inflating_it(county, station_a, tmp_path):
    data = forge(station_a.ctx, compressed=_bomb(b"{}\n", 64 << 20))
    tracemalloc.start()
    try:
        _refused(county.ctx, tmp_path, data, "too_large")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 << 20, peak


def test_a_payload_larger_than_its_header_says_is_refused(county, station_a, tmp_path):
    from wulian_desk.sync.bundle import split

    stick = tmp_path / "stick"
    stick.mkdir()
    [real] = sync.export_all(station_a.ctx, stick)
    header = json.loads(split(real.path.read_bytes())[0])
    assert header["content_size"] > real.size  # every bundle names it now
    data = forge(station_a.ctx, blocks=small_blocks(station_a.ctx), late_header={"content_size": 100})
    _refused(county.ctx, tmp_path, data, "too_large")


def test_data_after_the_gzip_stream_is_refused(county, station_a, tmp_path):
    stream = gzip.compress(b"x", mtime=0) + b"trailing"
    _refused(county.ctx, tmp_path, forge(station_a.ctx, compressed=stream, late_header={"content_size": 1}),
             "malformed")


def test_a_high_sequence_number_allocates_nothing(county, station_a, tmp_path):
    """The gaps before seq 10^9 are named by their first hundred, not counted out one by one."""
    data = forge(station_a.ctx, blocks=small_blocks(station_a.ctx), header={"seq": 10**9})
    tracemalloc.start()
    try:
        result = _import(county.ctx, tmp_path, data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.status == "imported", result.message
    assert result.missing[:3] == [1, 2, 3] and len(result.missing) == sync.MISSING_LISTED
    assert peak < 64 << 20, peak


def test_missing_numbers_skip_the_ones_seen():
    assert sync.missing_before(6, {1, 3}) == [2, 4, 5]
    assert sync.missing_before(10**9, set(), listed=3) == [1, 2, 3]
    assert sync.missing_before(1, set()) == []


# -- enrolment replies -------------------------------------------------------------------------


def test_an_enrolment_file_nested_too_deeply_is_refused(station_a, tmp_path):
    """Read before any signature is checked: a self-signed file must not exhaust the parser."""
    from wulian_desk.core.errors import BundleError
    from wulian_desk.sync import enrol_file

    path = tmp_path / "reply.wer"
    path.write_bytes(enrol_file.REPLY + b"\n" + b"[" * 100000 + b"\nAAAA\n")
    with pytest.raises(BundleError) as refused:
        enrolment.import_reply(station_a.ctx, path, fingerprint="0" * 16)
    assert refused.value.reason == "malformed"


@pytest.mark.parametrize("records", [
    {"table": "county_document", "columns": ["id"], "rows": ["x"]},
    {"table": "county_document", "columns": [["id"]], "rows": []},
    {"table": "county_document", "columns": ["id"], "rows": [[{"a": 1}]]},
    {"table": "account", "columns": ["id"], "rows": []},
])
def test_a_county_reply_carrying_what_no_reply_holds_is_refused(county, station_a, tmp_path, records):
    """Signed with the county's real keys, fingerprint confirmed: still only sound documents."""
    from wulian_desk.core.errors import BundleError
    from wulian_desk.sync import enrol_file

    content = {"type": "enrol-reply",
               "issuer": {"station_id": county.ctx.station_id, "name": "总站", "division_code": "610722",
                          "tier": "county", "device_id": county.ctx.store.device_id},
               "station": {"station_id": station_a.ctx.station_id, "device_id": station_a.ctx.store.device_id},
               "records": records}
    path = tmp_path / "reply.wer"
    path.write_bytes(enrol_file.write(enrol_file.REPLY, content, enrolment.my_identity(county.ctx)))
    before = snapshot(station_a.ctx)
    with pytest.raises(BundleError) as refused:
        enrolment.import_reply(station_a.ctx, path, fingerprint=enrolment.keys_info(county.ctx).fingerprint)
    assert refused.value.reason == "malformed"
    assert snapshot(station_a.ctx) == before
