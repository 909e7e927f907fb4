"""Checking an .xlsx that someone hands us before openpyxl reads it, and naming what is wrong.

A roster comes from outside the station: saved by WPS on another computer, cut short on a USB
stick, or made on purpose to hurt. So the file is checked whole first: it must be a zip archive
whose parts all decompress and match their checksums, within hard size and ratio limits (a zip
bomb is refused before anything inflates it into memory), with no DOCTYPE or entity declarations
in any XML part (XXE, billion laughs), with its first sheet present and not more rows than a
roster can sensibly hold. Whatever openpyxl still trips over while reading is reported the same
way. Every refusal is one `ValidationError` that starts "不是有效的 .xlsx 工作簿" and says why.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import Text, translate

MAX_FILE_BYTES = 32 * 1024 * 1024  # a roster of tens of thousands of rows is a few MiB
MAX_PARTS = 1000
MAX_UNPACKED_BYTES = 160 * 1024 * 1024  # all parts together, as they inflate
MAX_RATIO = 200  # sheet XML compresses well, but not this well unless it was made to
RATIO_FLOOR = 1024 * 1024  # small parts (styles, the theme) may compress better than MAX_RATIO
MAX_ROWS = 100_000
CHUNK = 1024 * 1024

_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and .xlsx files with a password
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_ROW = re.compile(rb"<(?:\w{1,16}:)?row[\s/>]")
_TAIL = 24  # bytes kept between chunks so a tag split across two chunks is still seen
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_OFFICE_DOCUMENT = "/officeDocument"


def refuse(path: Path, reason: Text) -> ValidationError:
    return ValidationError(translate("storage.workbook_file", "{name} 不是有效的 .xlsx 工作簿：{reason}").format(
        name=path.name, reason=reason), field="file")


def check_workbook(path: Path) -> None:
    """Refuse a file that is not a sound, reasonably sized .xlsx, before any of it is parsed."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(512)
    except FileNotFoundError:
        raise ValidationError(translate("storage.workbook_file", "找不到文件：{path}").format(path=path), field="file") from None
    except OSError as exc:
        raise ValidationError(translate("storage.workbook_file", "无法读取 {path}：{strerror}").format(path=path, strerror=exc.strerror),
                              field="file") from exc
    if size > MAX_FILE_BYTES:
        raise refuse(path, translate("storage.workbook_file", "文件过大（{value} MiB，上限 {value2} MiB），请分成几个文件导入").format(value=size // (1024 * 1024), value2=MAX_FILE_BYTES // (1024 * 1024), size=size))
    if not head.startswith(_ZIP_MAGIC):
        raise _not_a_zip(path, head)
    try:
        with zipfile.ZipFile(path) as archive:
            sheet_rows = _check_parts(path, archive)
            first = _first_sheet(path, archive)
    except zipfile.BadZipFile as exc:
        raise refuse(path, translate("storage.workbook_file", "压缩包已损坏（文件可能没有拷完整）").format(exc=exc)) from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise refuse(path, translate("storage.workbook_file", "压缩数据已损坏（文件可能没有拷完整）").format(exc=exc)) from exc
    if first not in sheet_rows:
        raise refuse(path, translate("storage.workbook_file", "缺少第一个工作表的内容（{first}）").format(first=first))
    if sheet_rows[first] > MAX_ROWS:
        raise refuse(path, translate("storage.workbook_file", "第一个工作表有 {sheet_rows} 行，超过一次导入的上限 {max_rows} 行，请分成几个文件导入").format(sheet_rows=sheet_rows[first], max_rows=MAX_ROWS))


@contextlib.contextmanager
def reading_workbook(path: Path) -> Iterator[None]:
    """Report what openpyxl cannot read in a checked file (a sheet cut short, a bad value) as a
    refusal of the file, not as a bug; known errors pass through unchanged."""
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise refuse(Path(path), translate("storage.workbook_file", "压缩数据已损坏（文件可能没有拷完整）").format(exc=exc)) from exc
    except ElementTree.ParseError as exc:
        raise refuse(Path(path), translate("storage.workbook_file", "工作表内容不完整或格式错误").format(exc=exc)) from exc
    except (KeyError, ValueError, TypeError, IndexError, AttributeError, UnicodeError) as exc:
        raise refuse(Path(path), translate("storage.workbook_file", "工作簿结构不符合 .xlsx 格式").format(name=type(exc).__name__)) from exc
    except OSError as exc:
        raise refuse(Path(path), translate("storage.workbook_file", "读取失败（{value}）").format(value=exc.strerror or exc, exc=exc)) from exc


def _not_a_zip(path: Path, head: bytes) -> ValidationError:
    if head.startswith(_OLE2_MAGIC):
        return refuse(path, translate("storage.workbook_file", "这是旧版 .xls 文件或加了密码的工作簿，请在 Excel 或 WPS 中去掉密码并另存为 .xlsx"))
    if head and b"\0" not in head:
        return refuse(path, translate("storage.workbook_file", "这是文本文件（如 .csv），请在 Excel 或 WPS 中打开并另存为 .xlsx"))
    return refuse(path, translate("storage.workbook_file", "文件内容不是 .xlsx 格式（可能已损坏或扩展名不对）"))


def _check_parts(path: Path, archive: zipfile.ZipFile) -> dict[str, int]:
    """Inflate every part within the limits (which also checks every CRC), look for entity
    declarations in every XML part, and count the rows of every sheet part."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise refuse(path, translate("storage.workbook_file", "包含 {count} 个部件，超过上限 {max_parts}").format(count=len(infos), max_parts=MAX_PARTS))
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNPACKED_BYTES:
        raise _too_big(path, declared)
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise refuse(path, translate("storage.workbook_file", "部件 {filename} 的压缩比异常（可能是压缩炸弹）").format(filename=info.filename))
    rows: dict[str, int] = {}
    unpacked = 0
    for info in infos:
        if info.is_dir():
            continue
        is_xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
        is_sheet = is_xml and info.filename.startswith("xl/worksheets/")
        count, tail, first = 0, b"", True
        with archive.open(info) as part:
            while chunk := part.read(CHUNK):
                unpacked += len(chunk)
                if unpacked > MAX_UNPACKED_BYTES:  # the directory may understate the sizes
                    raise _too_big(path, unpacked)
                if not is_xml:
                    continue
                if first:
                    _check_encoding(path, info.filename, chunk)
                    first = False
                window = tail + chunk
                if _DECLARATION.search(window):
                    raise refuse(path, translate("storage.workbook_file", "部件 {filename} 含有 DOCTYPE 或实体声明，出于安全原因拒绝读取").format(filename=info.filename))
                if is_sheet:
                    count += _count_rows(window, len(tail))
                tail = window[-_TAIL:]
        if is_sheet:
            rows[info.filename] = count
    return rows


def _count_rows(window: bytes, carried: int) -> int:
    """Row tags in `window` that did not lie wholly inside the `carried` bytes counted last time."""
    return sum(1 for match in _ROW.finditer(window) if match.end() > carried)


def _check_encoding(path: Path, name: str, head: bytes) -> None:
    # Excel, WPS and openpyxl write UTF-8; a UTF-16 part could hide a declaration from the scan.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\0" in head[:64]:
        raise refuse(path, translate("storage.workbook_file", "部件 {name} 不是 UTF-8 编码").format(name=name))


def _too_big(path: Path, size: int) -> ValidationError:
    return refuse(path, translate("storage.workbook_file", "解压后超过 {value} MiB 的上限（可能是压缩炸弹），请分成几个文件导入").format(value=MAX_UNPACKED_BYTES // (1024 * 1024), max_unpacked_bytes=MAX_UNPACKED_BYTES))


def _first_sheet(path: Path, archive: zipfile.ZipFile) -> str:
    """The part name of the workbook's first sheet, found as openpyxl finds it."""
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names:
        raise refuse(path, translate("storage.workbook_file", "缺少 [Content_Types].xml"))
    workbook = _target("", _relationships(path, archive, "_rels/.rels"), _OFFICE_DOCUMENT) or "xl/workbook.xml"
    if workbook not in names:
        raise refuse(path, translate("storage.workbook_file", "缺少工作簿部件 {workbook}").format(workbook=workbook))
    folder, base = posixpath.split(workbook)
    rels = _relationships(path, archive, posixpath.join(folder, "_rels", base + ".rels"))
    sheet = _parse(path, archive, workbook).find(f".//{_SHEET}")
    if sheet is None:
        raise refuse(path, translate("storage.workbook_file", "工作簿里没有工作表"))
    target = rels.get(sheet.get(_REL_ID, ""))
    if target is None:
        raise refuse(path, translate("storage.workbook_file", "第一个工作表没有对应的部件"))
    return _resolve(folder, target)


def _relationships(path: Path, archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    """Relationship id → target; and type suffix → target under the key "type:<suffix>"."""
    if name not in archive.namelist():
        return {}
    found: dict[str, str] = {}
    for rel in _parse(path, archive, name).iter(_REL):
        found[rel.get("Id", "")] = rel.get("Target", "")
        found["type:" + rel.get("Type", "").rsplit("/", 1)[-1]] = rel.get("Target", "")
    return found


def _target(folder: str, rels: dict[str, str], kind: str) -> str | None:
    target = rels.get("type:" + kind.strip("/"))
    return _resolve(folder, target) if target else None


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target))


def _parse(path: Path, archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    # Safe to parse: every XML part was scanned for declarations first, and these are small.
    try:
        return ElementTree.fromstring(archive.read(name))
    except ElementTree.ParseError as exc:
        raise refuse(path, translate("storage.workbook_file", "部件 {name} 格式错误").format(name=name, exc=exc)) from exc
