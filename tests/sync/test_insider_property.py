"""Generated bundles from an enrolled insider: the station's real keys sign and encrypt them, so
only the importer's own checks stand between their contents and the county's database. Whatever
JSON they carry (in the header, the manifest, the block heads or the rows; of the wrong kind,
huge, NaN or Infinity, nested deep, long, in tables the station may not send), the import is
refused with a named reason or applied, never fails inside; a refused one changes nothing; and
afterwards `check` passes and every list at the county still reads."""

from __future__ import annotations

import copy
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSWORD, USERNAME
from tests.sync.helpers import snapshot
from tests.sync.insider import Block, forge, small_blocks, table_rows
from wulian_desk.core.ids import new_id
from wulian_desk.services.reports import catalog
from wulian_desk.services.station import maintenance, station
from wulian_desk.services.sync import sync
from wulian_desk.sync.bundle import HEADER_FIELDS

# Every reason docs/bundle-format.md names.
REASONS = {"not_a_bundle", "truncated", "unknown_sender", "revoked_sender", "bad_signature", "wrong_recipient",
           "newer_schema", "tampered", "malformed", "foreign_record", "broken_reference", "too_large"}


@pytest.fixture(scope="module")
def sites(enrolled_template, tmp_path_factory):
    """The county and station A, opened once for the whole module; each example's import lands
    on top of the last one's, as bundles do at a real county."""
    base = tmp_path_factory.mktemp("insider")
    opened = {}
    for name in ("county", "a"):
        shutil.copytree(enrolled_template / name, base / name)
        opened[name] = station.open_station(base / name, passphrase=PASSWORD, username=USERNAME)
    blocks = small_blocks(opened["a"])
    documents = Block("county_document", *table_rows(opened["county"], "county_document"))
    yield opened["county"], opened["a"], blocks, documents, base
    for ctx in opened.values():
        ctx.close()


SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=2**53 - 2, max_value=2**70),
    st.integers(max_value=-(2**53) + 2, min_value=-(2**70)),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.sampled_from(["2026-13-45", "garbage", "2026-11-01", "0001-01-01", "9999-12-31",
                     "2026-11-01 10:00:00.000000", "2026-02-30 10:00:00", "\ud800", "[]", "{}", "7", "x" * 5000]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                                           max_size=3), max_leaves=6)
# Lines no JSON encoder writes: too deep to parse, NaN, more values than columns.
RAW_ROWS = st.sampled_from([b"[" * 3000 + b"]" * 3000, b"[NaN]", b"[1e999]", b"not json", b"[]", b"{}"])


CHANGES = ["none", "value", "values", "scalar", "raw_row", "count", "block_head", "foreign_table", "header",
           "manifest", "late_header"]
HEADER_KEYS = st.sampled_from([*HEADER_FIELDS, "journal_head", "content_size", "extra"])
MANIFEST_KEYS = st.sampled_from(["acks", "tables", "journal_head", "seq", "counts", "created", "extra"])
LATE_KEYS = st.sampled_from(["payload_size", "payload_sha256", "content_size"])


@st.composite
def insider_bundles(draw, blocks: list[Block], documents: Block) -> dict:
    """How to forge one bundle: the station's rows, and one or two kinds of change to them (none,
    values replaced, a raw row, a wrong count or block head, a table of the county's, or header,
    manifest or size fields replaced)."""
    blocks = copy.deepcopy(blocks)
    plan = {"blocks": blocks, "header": {}, "manifest": {}, "late_header": {}}

    def some_block() -> Block:
        return blocks[draw(st.integers(0, len(blocks) - 1))]

    def replace_value(values) -> None:
        block = some_block()
        row = block.rows[draw(st.integers(0, len(block.rows) - 1))]
        row[draw(st.integers(0, len(block.columns) - 1))] = draw(values)

    for change in draw(st.lists(st.sampled_from(CHANGES), min_size=1, max_size=2)):
        if change in ("value", "scalar"):
            replace_value(SCALARS)
        elif change == "values":
            for _ in range(draw(st.integers(1, 3))):
                replace_value(VALUES)
        elif change == "raw_row":
            some_block().rows.append(draw(RAW_ROWS))
        elif change == "count":
            some_block().count = draw(VALUES)
        elif change == "block_head":
            some_block().head[draw(st.sampled_from(["table", "columns", "extra"]))] = draw(VALUES)
        elif change == "foreign_table":
            foreign = copy.deepcopy(documents)
            foreign.rows = foreign.rows[:1]
            if draw(st.booleans()):  # claimed as the station's own
                foreign.rows[0][foreign.columns.index("owner")] = blocks[0].rows[0][blocks[0].columns.index("owner")]
            blocks.append(foreign)
        elif change == "header":
            plan["header"][draw(HEADER_KEYS)] = draw(VALUES)
        elif change == "manifest":
            plan["manifest"][draw(MANIFEST_KEYS)] = draw(VALUES)
        elif change == "late_header":
            plan["late_header"][draw(LATE_KEYS)] = draw(VALUES)
    return plan


def test_any_bundle_an_insider_forges_is_refused_with_a_reason_or_applied(sites):
    county, station_a, blocks, documents, base = sites
    outcomes: dict[str, int] = {}

    @settings(max_examples=150, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(insider_bundles(blocks, documents))
    def run(plan):
        data = forge(station_a, blocks=plan["blocks"], header=plan["header"], manifest=plan["manifest"],
                     late_header=plan["late_header"])
        path = base / f"forged-{new_id()[-12:]}.wlb"
        path.write_bytes(data)
        before = snapshot(county)
        [result] = sync.import_bundles(county, [path])  # any exception but a refusal fails here
        assert result.status in ("imported", "rejected"), (result.status, result.message)
        if result.status == "rejected":
            assert result.reason in REASONS and result.message, (result.reason, result.message)
            assert snapshot(county) == before
        outcomes[result.reason or result.status] = outcomes.get(result.reason or result.status, 0) + 1
        failed = [r.name for r in maintenance.check_station(county) if not r.ok]
        assert not failed, failed
        for kind in catalog.KINDS.values():
            kind.rows(county)

    run()
    # Both ends were reached: some bundles were applied, and some refused for what they carried.
    assert outcomes.get("imported") and outcomes.get("malformed"), outcomes
