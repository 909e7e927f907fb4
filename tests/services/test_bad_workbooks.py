"""Workbooks that are damaged, disguised or made to hurt: each refused with one reason that starts
"不是有效的 .xlsx 工作簿", before anything is written, for every roster the station imports."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from tests.services.test_volunteers_import import roster_row, workbook
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.roster import VOLUNTEER_COLUMNS
from wulian_desk.services.parties import parties_import
from wulian_desk.services.volunteering import roster_import
from wulian_desk.storage import workbook_file

SHEET = "xl/worksheets/sheet1.xml"
SAFE_FILE = "C:/Windows/win.ini"  # what an XXE entity would read; never opened


def good_roster(path: Path) -> Path:
    """A roster with one row that imports cleanly, so a file that slips through shows up as a
    volunteer in the database."""
    return workbook(path, VOLUNTEER_COLUMNS, [roster_row(1, "张秀英")])


def rewritten(source: Path, target: Path, change) -> Path:
    """A copy of `source` with each part passed through change(name, data); None drops it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = change(info.filename, src.read(info))
            if data is not None:
                out.writestr(info.filename, data)
    target.write_bytes(buffer.getvalue())
    return target


def with_doctype(declaration: bytes, name_cell: bytes):
    """Puts the declaration before the sheet's root and `name_cell` in place of the volunteer's name."""
    def change(name: str, data: bytes) -> bytes:
        if name != SHEET:
            return data
        return declaration + data.replace("张秀英".encode(), name_cell)
    return change


def flipped(source: Path, target: Path) -> Path:
    """Bytes in the middle of the sheet's deflate stream inverted, as a bad stick would."""
    raw = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    for i in range(middle, middle + 16):
        raw[i] ^= 0xFF
    target.write_bytes(bytes(raw))
    return target


LAUGHS = (b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
XXE = f'<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///{SAFE_FILE}">]>'.encode()


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each crafted file and the words its refusal must contain."""
    good = good_roster(folder / "good.xlsx")
    csv = folder / "roster.csv"
    csv.write_text("姓名,身份证号码,同意登记日期\n张秀英,61032619550607001X,2026-03-01\n", encoding="utf-8")
    xls = folder / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    return {
        "deflate data flipped": (flipped(good, folder / "flipped.xlsx"), "压缩数据已损坏"),
        "sheet XML cut": (rewritten(good, folder / "cut.xlsx",
                                    lambda n, d: d[: len(d) * 2 // 3] if n == SHEET else d), "工作表内容不完整"),
        "sheet part missing": (rewritten(good, folder / "missing.xlsx",
                                         lambda n, d: None if n == SHEET else d), "缺少第一个工作表"),
        "entity expansion": (rewritten(good, folder / "laughs.xlsx", with_doctype(LAUGHS, b"&c;")), "实体声明"),
        "external entity": (rewritten(good, folder / "xxe.xlsx", with_doctype(XXE, b"&x;")), "实体声明"),
        "csv given as a roster": (csv, "文本文件（如 .csv）"),
        "old .xls": (xls, ".xls"),
        "zip directory cut": (_cut_tail(good, folder / "tail.xlsx"), "压缩包已损坏"),
    }


def _cut_tail(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes()[:-40])
    return target


def counts(ctx) -> tuple[int, int, int, int]:
    with ctx.reading() as session:
        return tuple(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                     for table in ("volunteer", "organisation", "donor", "audit_entry"))


@pytest.fixture(scope="module")
def crafted(tmp_path_factory):
    return bad_files(tmp_path_factory.mktemp("crafted"))


@pytest.mark.parametrize("case", ["deflate data flipped", "sheet XML cut", "sheet part missing", "entity expansion",
                                  "external entity", "csv given as a roster", "old .xls", "zip directory cut"])
@pytest.mark.parametrize("importer", ["volunteers", "hours", "organisations", "donors"])
def test_a_bad_file_is_refused_with_its_reason_and_nothing_written(ctx, crafted, case, importer):
    path, words = crafted[case]
    before = counts(ctx)
    with pytest.raises(ValidationError) as err:
        if importer in roster_import.KINDS:
            roster_import.import_roster(ctx, importer, path)
        else:
            parties_import.import_rows(ctx, importer, path)
    message = str(err.value)
    assert message.startswith(f"{path.name} 不是有效的 .xlsx 工作簿："), message
    assert words in message and "\n" not in message
    assert counts(ctx) == before


def test_the_untouched_roster_still_imports(ctx, tmp_path):
    """The crafted files differ from this one only by their damage."""
    before = counts(ctx)
    report = roster_import.import_roster(ctx, "volunteers", good_roster(tmp_path / "good.xlsx"))
    assert report.taken == 1
    assert counts(ctx)[0] == before[0] + 1


def _bomb(path: Path, megabytes: int) -> Path:
    """A sheet whose XML inflates to `megabytes` MiB from a file of a few hundred KiB."""
    good = good_roster(path.with_name("source.xlsx"))
    filler = b"<!-- " + b" " * (1024 * 1024 - 10) + b" -->"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != SHEET:
                out.writestr(info.filename, data)
                continue
            head, _, rest = data.partition(b"<sheetData>")
            with out.open(SHEET, "w", force_zip64=True) as part:
                part.write(head)
                for _ in range(megabytes):
                    part.write(filler)
                part.write(b"<sheetData>" + rest)
    return path


def test_a_zip_bomb_is_refused_without_inflating_it_into_memory(ctx, tmp_path):
    bomb = _bomb(tmp_path / "bomb.xlsx", 200)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    before = counts(ctx)
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(ValidationError, match="不是有效的 .xlsx 工作簿：.*压缩"):
            roster_import.import_roster(ctx, "volunteers", bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024 and time.monotonic() - started < 20
    assert counts(ctx) == before


def test_a_bomb_whose_directory_understates_its_size_is_still_refused(tmp_path, monkeypatch):
    """The size and ratio checks read the zip directory, which can lie; inflating stops at the
    stated size and the checksum then fails, so a lie gains nothing."""
    bomb = _bomb(tmp_path / "bomb.xlsx", 40)
    monkeypatch.setattr(workbook_file, "MAX_RATIO", 10**9)
    monkeypatch.setattr(workbook_file, "MAX_UNPACKED_BYTES", 8 * 1024 * 1024)
    with zipfile.ZipFile(bomb) as archive:  # what the directory claims is all within the limit
        assert sum(i.file_size for i in archive.infolist()) > workbook_file.MAX_UNPACKED_BYTES
    real_infolist = zipfile.ZipFile.infolist

    def understated(self):
        infos = real_infolist(self)
        for info in infos:
            info.file_size = min(info.file_size, info.compress_size)
        return infos

    monkeypatch.setattr(zipfile.ZipFile, "infolist", understated)
    with pytest.raises(ValidationError, match="不是有效的 .xlsx 工作簿"):
        workbook_file.check_workbook(bomb)


def test_more_rows_than_an_import_takes_are_refused(ctx, tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append([c.header for c in VOLUNTEER_COLUMNS])
    for n in range(workbook_file.MAX_ROWS + 1):
        ws.append([n])
    wb.save(tmp_path / "long.xlsx")
    before = counts(ctx)
    with pytest.raises(ValidationError, match=f"超过一次导入的上限 {workbook_file.MAX_ROWS} 行"):
        parties_import.import_rows(ctx, "donors", tmp_path / "long.xlsx")
    assert counts(ctx) == before


def test_rows_split_across_read_chunks_are_counted_once(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook_file, "CHUNK", 7)  # every row tag straddles a chunk boundary somewhere
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    for n in range(50):
        ws.append([n, f"第{n}行"])
    wb.save(tmp_path / "fifty.xlsx")
    monkeypatch.setattr(workbook_file, "MAX_ROWS", 50)
    workbook_file.check_workbook(tmp_path / "fifty.xlsx")
    monkeypatch.setattr(workbook_file, "MAX_ROWS", 49)
    with pytest.raises(ValidationError, match="50 行"):
        workbook_file.check_workbook(tmp_path / "fifty.xlsx")
