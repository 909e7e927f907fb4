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


def decode(payload: bytes, *, sender: PublicKeys, header: dict) -> Decoded:
    """Check everything before anything is written: the manifest's signature, that it repeats the
    signed header, and every block against the manifest's count and hash."""
    try:
        plain = gzip.decompress(payload)
    except (OSError, EOFError, zlib.error) as err:
        raise _malformed("数据包内容无法解压") from err
    end1 = plain.find(b"\n")
    end2 = plain.find(b"\n", end1 + 1)
    if end1 < 0 or end2 < 0:
        raise _malformed("缺少清单")
    line1 = plain[:end1]
    try:
        signature = unb64(plain[end1 + 1 : end2].decode("ascii"))
    except (UnicodeDecodeError, binascii.Error, ValueError):
        signature = b""
    if not sender.verify(signature, line1):
        raise BundleError("bad_signature", "数据包清单的签名验证失败。", "The manifest's signature does not verify.")
    manifest = json.loads(line1.decode("utf-8"))
    for key in ("bundle_id", "sender", "sender_station", "recipient", "recipient_station", "seq", "schema"):
        if manifest.get(key) != header.get(key):
            raise _malformed(f"清单与包头不一致（{key}）")
    tables = manifest.get("tables")
    if not isinstance(tables, dict):
        raise _malformed("清单缺少表")
    blocks = []
    at = end2 + 1
    while at < len(plain):
        end = plain.find(b"\n", at)
        if end < 0:
            raise _malformed("表头不完整")
        try:
            head = json.loads(plain[at:end].decode("utf-8"))
            name, columns, count = head["table"], head["columns"], head["rows"]
        except (ValueError, KeyError, TypeError) as err:
            raise _malformed("表头格式不对") from err
        stop = end + 1
        for _ in range(count):
            stop = plain.find(b"\n", stop) + 1
            if stop == 0:
                raise _malformed(f"表 {name} 的行数不足")
        expected = tables.get(name)
        if not isinstance(expected, dict) or expected.get("rows") != count:
            raise _malformed(f"表 {name} 不在清单中或行数不符")
        if hashlib.sha256(plain[at:stop]).hexdigest() != expected.get("sha256"):
            raise _malformed(f"表 {name} 的内容与清单不符")
        body = plain[end + 1 : stop].rstrip(b"\n")
        try:
            rows = json.loads(b"[" + body.replace(b"\n", b",") + b"]") if count else []
        except ValueError as err:
            raise _malformed(f"表 {name} 的记录格式不对") from err
        if not isinstance(columns, list) or any(not isinstance(r, list) or len(r) != len(columns) for r in rows):
            raise _malformed(f"表 {name} 的记录列数不符")
        blocks.append(TableBlock(name, columns, rows))
        at = stop
    if sorted(b.table for b in blocks) != sorted(tables):
        raise _malformed("清单所列的表与内容不符")
    return Decoded(manifest, blocks)


def _malformed(what: str) -> BundleError:
    return BundleError("malformed", f"数据包内容有误：{what}。", f"The bundle's content is malformed: {what}.")
