"""What is inside a bundle's age payload (docs/bundle-format.md): a gzip stream of lines

    line 1  the manifest: one line of JSON repeating the header, naming the recipient, carrying the
            acknowledgements and, per table, its row count and the SHA-256 of its block
    line 2  base64 of the sender's Ed25519 signature over line 1
    then    per table a block: a line {"table", "columns", "rows"} and `rows` lines, each a JSON
            array of the row's stored values in the order of "columns"

Stored values travel as SQLite keeps them (dates as ISO text, flags as 0/1), so a row reads back
exactly as it was written.
"""

from __future__ import annotations

import binascii
import gzip
import hashlib
import json
import zlib
from dataclasses import dataclass

from wulian_desk.core.errors import BundleError
from wulian_desk.core.texts import Text, translate
from wulian_desk.sync import bundle, values
from wulian_desk.sync.bundle import canonical
from wulian_desk.sync.identity import Identity, PublicKeys, b64, unb64

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass
class TableBlock:
    table: str
    columns: list[str]
    rows: list[list]


def encode(manifest: dict, blocks: list[TableBlock], *, sender: Identity) -> bytes:
    """The payload before encryption; `manifest` gets the per-table counts and hashes."""
    parts: list[bytes] = []
    tables = {}
    for block in blocks:
        head = canonical({"table": block.table, "columns": block.columns, "rows": len(block.rows)})
        body = "\n".join(map(_dumps, block.rows)).encode("utf-8")
        data = head + b"\n" + body + (b"\n" if block.rows else b"")
        tables[block.table] = {"rows": len(block.rows), "sha256": hashlib.sha256(data).hexdigest()}
        parts.append(data)
    manifest = dict(manifest, tables=tables)
    line1 = canonical(manifest)
    plain = b"".join([line1, b"\n", b64(sender.sign(line1)).encode("ascii"), b"\n", *parts])
    # mtime=0: the same records give the same bytes.
    return gzip.compress(plain, compresslevel=1, mtime=0)


@dataclass
class Decoded:
    manifest: dict
    blocks: list[TableBlock]


# Inflating stops at the signed header's `content_size` and never goes past this many times the
# payload's size (real bundles inflate about 8 times; a gzip bomb a thousand) nor past MAX_PLAIN.
MAX_RATIO = 100
MAX_PLAIN = 1 << 30
MAX_COLUMNS = 200  # per table block: the widest table has a few dozen
# Keys of the manifest beyond the header fields it repeats.
MANIFEST_FIELDS = ("acks", "tables")
OPTIONAL_MANIFEST_FIELDS = ("journal_head", "journal_proofs", "accounts_key",  # sync/chain_heads.py
                            "forwarded")  # sync/relay.py
REPEATED = ("bundle_id", "sender", "sender_station", "recipient", "recipient_station", "seq", "previous",
            "schema", "created", "counts")
MAX_ACKS = 10_000  # later bundles listed in `acks.also`


def decode(payload: bytes, *, sender: PublicKeys, header: dict) -> Decoded:
    """Check everything before anything is written: the manifest's signature, that it repeats the
    signed header, and every block against the manifest's count and hash. The header was checked
    by bundle.checked_header."""
    plain = inflate(payload, limit=inflate_limit(header, len(payload)))
    end1 = plain.find(b"\n")
    end2 = plain.find(b"\n", end1 + 1)
    if end1 < 0 or end2 < 0:
        raise _malformed(translate("sync.payload", "缺少清单"))
    line1 = plain[:end1]
    try:
        signature = unb64(plain[end1 + 1 : end2].decode("ascii"))
    except (UnicodeDecodeError, binascii.Error, ValueError):
        signature = b""
    if not sender.verify(signature, line1):
        raise BundleError("bad_signature", translate("sync.payload", "数据包清单的签名验证失败。"))
    manifest = _manifest(line1, header)
    tables = manifest["tables"]
    blocks = []
    at = end2 + 1
    while at < len(plain):
        name, columns, count, end = _block_head(plain, at, tables)
        stop = end + 1
        for _ in range(count):
            stop = plain.find(b"\n", stop) + 1
            if stop == 0:
                raise _malformed(translate("sync.payload", "表 {name} 的行数不足").format(name=name))
        if hashlib.sha256(plain[at:stop]).hexdigest() != tables[name]["sha256"]:
            raise _malformed(translate("sync.payload", "表 {name} 的内容与清单不符").format(name=name))
        body = plain[end + 1 : stop].rstrip(b"\n")
        try:
            rows = values.loads(b"[" + body.replace(b"\n", b",") + b"]") if count else []
        except ValueError as err:
            raise _malformed(translate("sync.payload", "表 {name} 的记录格式不对").format(name=name)) from err
        if len(rows) != count or any(not isinstance(r, list) or len(r) != len(columns) for r in rows):
            raise _malformed(translate("sync.payload", "表 {name} 的记录列数不符").format(name=name))
        if any(isinstance(v, list | dict) for r in rows for v in r):
            raise _malformed(translate("sync.payload", "表 {name} 的记录中有嵌套的值").format(name=name))
        blocks.append(TableBlock(name, columns, rows))
        at = stop
    if sorted(b.table for b in blocks) != sorted(tables):
        raise _malformed(translate("sync.payload", "清单所列的表与内容不符"))
    return Decoded(manifest, blocks)


def inflate_limit(header: dict, payload_size: int) -> int:
    """The most bytes the payload may inflate to: what the signed header says, within the caps."""
    cap = min(MAX_PLAIN, max(payload_size, 1) * MAX_RATIO)
    stated = header.get("content_size")
    if stated is None:
        return cap
    if stated > cap:
        raise _too_large()
    return stated


def inflate(payload: bytes, *, limit: int) -> bytes:
    """The one gzip member in `payload`, refused as soon as it grows past `limit` bytes: nothing
    beyond the limit is ever held."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = bytearray()
    pending = payload
    try:
        while pending and not inflater.eof:
            out += inflater.decompress(pending, limit + 1 - len(out))
            if len(out) > limit:
                raise _too_large()
            pending = inflater.unconsumed_tail
    except zlib.error as err:
        raise _malformed(translate("sync.payload", "数据包内容无法解压")) from err
    if not inflater.eof:
        raise _malformed(translate("sync.payload", "数据包内容无法解压（不完整）"))
    if inflater.unused_data:
        raise _malformed(translate("sync.payload", "压缩数据之后还有多余的内容"))
    return bytes(out)


def _manifest(line1: bytes, header: dict) -> dict:
    """The signed manifest: it repeats the header, and its acks and tables are of their kinds."""
    try:
        manifest = values.loads(line1.decode("utf-8"))
    except ValueError as err:
        raise _malformed(translate("sync.payload", "清单不是有效的 JSON")) from err
    if not isinstance(manifest, dict):
        raise _malformed(translate("sync.payload", "清单不是对象"))
    for key in REPEATED:
        if key not in manifest or not _same(manifest[key], header[key]):
            raise _malformed(translate("sync.payload", "清单与包头不一致（{key}）").format(key=key))
    allowed = set(REPEATED) | set(MANIFEST_FIELDS) | set(OPTIONAL_MANIFEST_FIELDS)
    if set(MANIFEST_FIELDS) - set(manifest) or set(manifest) - allowed:
        raise _malformed(translate("sync.payload", "清单的字段不对"))
    if "journal_head" in manifest and not bundle.is_journal_head(manifest["journal_head"]):
        raise _malformed(translate("sync.payload", "清单的审计链头不对"))
    if "accounts_key" in manifest and not values.is_hex64(manifest["accounts_key"]):
        raise _malformed(translate("sync.payload", "清单的账号签名公钥不对"))
    acks = manifest["acks"]
    if not (isinstance(acks, dict) and set(acks) == {"through", "also"}
            and values.is_int(acks["through"], 0, values.MAX_SEQ) and isinstance(acks["also"], list)
            and len(acks["also"]) <= MAX_ACKS and all(values.is_int(s, 1, values.MAX_SEQ) for s in acks["also"])):
        raise _malformed(translate("sync.payload", "清单的确认信息不对"))
    tables = manifest["tables"]
    if not (isinstance(tables, dict) and len(tables) <= bundle.MAX_TABLES and all(
            isinstance(t, dict) and set(t) == {"rows", "sha256"} and values.is_int(t["rows"], 0, bundle.MAX_ROWS)
            and values.is_hex64(t["sha256"]) for t in tables.values())):
        raise _malformed(translate("sync.payload", "清单缺少表或表的信息不对"))
    if {name: t["rows"] for name, t in tables.items()} != header["counts"]:
        raise BundleError("malformed", translate("sync.payload", "数据包清单与包头的记录数不一致。"))
    return manifest


def _same(a, b) -> bool:
    """Equal and of one kind: JSON's true is not the number 1 here."""
    return type(a) is type(b) and a == b


def _block_head(plain: bytes, at: int, tables: dict) -> tuple[str, list[str], int, int]:
    """A block's first line: its table (one the manifest lists), columns and row count."""
    end = plain.find(b"\n", at)
    if end < 0:
        raise _malformed(translate("sync.payload", "表头不完整"))
    try:
        head = values.loads(plain[at:end].decode("utf-8"))
    except ValueError as err:
        raise _malformed(translate("sync.payload", "表头格式不对")) from err
    if not isinstance(head, dict) or set(head) != {"table", "columns", "rows"}:
        raise _malformed(translate("sync.payload", "表头格式不对"))
    name, columns, count = head["table"], head["columns"], head["rows"]
    if not isinstance(name, str) or not isinstance(tables.get(name), dict):
        raise _malformed(translate("sync.payload", "表 {name} 不在清单中").format(name=str(name)[:40]))
    if not _same(count, tables[name]["rows"]):
        raise _malformed(translate("sync.payload", "表 {name} 的行数与清单不符").format(name=name))
    if not (isinstance(columns, list) and 0 < len(columns) <= MAX_COLUMNS
            and all(values.is_text(c, 64) for c in columns) and len(set(columns)) == len(columns)):
        raise _malformed(translate("sync.payload", "表 {name} 的列名不对").format(name=name))
    return name, columns, count, end


def _too_large() -> BundleError:
    return BundleError("too_large", translate("sync.payload", "数据包解压后超出了包头所说的大小（或大得不合理），不予导入。"))


def _malformed(what: Text) -> BundleError:
    return BundleError("malformed", translate("sync.payload", "数据包内容有误：{what}。").format(what=what))
