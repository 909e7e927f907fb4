"""Masking ID and phone numbers inside free text, addresses by their administrative part, and
whole documents."""

from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wulian_desk.core.identity import check_digit, make_id_number
from wulian_desk.core.masking import (
    coarse_address,
    mask_address,
    mask_kind,
    mask_numbers_deep,
    mask_numbers_in_text,
)

ID = make_id_number("610326", date(1950, 1, 1), 7, "female")
ID_X = "11010519491231002X"


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        (f"身份证{ID}，", f"身份证{ID[:4]}**********{ID[-4:]}，"),
        (f"证号 {ID_X} 已核", "证号 1101**********002X 已核"),
        (f"证号{ID_X.lower()}", "证号1101**********002X"),
        ("手机13812345678，", "手机138****5678，"),
        ("手机 138-1234-5678 或 139 8765 4321", "手机 138****5678 或 139****4321"),
        ("+8613812345678", "+86138****5678"),
        ("+86 13812345678", "+86 138****5678"),
        ("座机029-12345678", "座机029-****5678"),
        ("座机0755-1234567", "座机0755-***4567"),
        ("座机0755 12345678", "座机0755 ****5678"),
        ("座机(010)12345678", "座机(010)****5678"),
        ("座机（010）12345678", "座机(010)****5678"),
        ("座机02912345678", "座机029****5678"),
        ("座机075512345678", "座机0755****5678"),
        ("旧证110105491231002", "旧证1101*******1002"),
        ("全角１３８１２３４５６７８号码", "全角138****5678号码"),
    ],
)
def test_numbers_inside_text_are_masked(raw, masked):
    assert mask_numbers_in_text(raw) == masked


def test_a_mistyped_id_with_a_real_birth_date_is_still_masked():
    wrong = ID[:17] + ("0" if ID[17] != "0" else "1")
    assert wrong not in mask_numbers_in_text(f"号码{wrong}")


@pytest.mark.parametrize(
    "ordinary",
    [
        "2026-03-15 上午 9:30 至 11:00，共 1.5 小时",
        "金额 12345.67 元，合计 -300 元，编号 GA2026-000123",
        "个案编号 CA-2026-0001，第 3 次服务，参与 25 人",
        "区划代码 610326001000，邮编 721000",
        "电话号码区号 029，分机 8001",
        "日期20260315，时间 20260315093000",
        "银行流水 123456789012345678901",  # 21 digits: not an ID, not a phone
        "共 13812345 人次",  # eight digits starting like a mobile: a count
        "999999999999999999",  # 18 digits, no real birth date, wrong check digit
    ],
)
def test_ordinary_numbers_are_left_alone(ordinary):
    assert mask_numbers_in_text(ordinary) == ordinary


def test_empty_and_missing_text():
    assert mask_numbers_in_text("") == ""
    assert mask_numbers_in_text(None) == ""


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("陕西省西安市雁塔区小寨路街道长安中路88号3单元502室", "陕西省西安市雁塔区小寨路街道****"),
        ("北京市朝阳区建国路88号", "北京市朝阳区****"),
        ("西安市雁塔区幸福小区5栋2单元", "西安市雁塔区****"),
        ("陕西省渭南市蒲城县城关镇东街村三组", "陕西省渭南市蒲城县城关镇****"),
        ("广东省深圳市南山区粤海街道科技园社区科苑路15号", "广东省深圳市南山区粤海街道****"),
        ("新疆维吾尔自治区乌鲁木齐市天山区", "新疆维吾尔自治区乌鲁木齐市天山区"),
        ("幸福路12号院3号楼", "****"),
        ("城关镇华润超市旁", "城关镇****"),
        ("", ""),
    ],
)
def test_addresses_keep_only_their_administrative_part(address, masked):
    assert mask_address(address) == masked


def test_the_coarse_part_never_holds_a_door_number():
    assert coarse_address("陕西省西安市雁塔区长安中路88号") == "陕西省西安市雁塔区"


def test_masking_by_kind():
    assert mask_kind("id_number", ID_X) == "1101**********002X"
    assert mask_kind("phone", "13812345678") == "138****5678"
    assert mask_kind("address", "西安市雁塔区长安中路88号") == "西安市雁塔区****"
    assert mask_kind(None, "电话13812345678") == "电话138****5678"


@dataclass(frozen=True)
class _Doc:
    title: str
    rows: list
    count: int


def test_whole_documents_are_masked_in_every_string_and_keep_their_shape():
    doc = _Doc("电话13812345678", [("备注", f"身份证{ID_X}"), {"k": ["029-12345678"]}], 13812345678)
    masked = mask_numbers_deep(doc)
    assert masked == _Doc("电话138****5678", [("备注", "身份证1101**********002X"), {"k": ["029-****5678"]}],
                          13812345678)
    assert doc.title == "电话13812345678"  # the original is not changed


# -- properties ------------------------------------------------------------------------------

_CHINESE = st.text(
    alphabet=st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), st.sampled_from("，。；：、 ()（）-+abcXx")),
    max_size=30,
)


@st.composite
def valid_ids(draw) -> str:
    region = draw(st.integers(110000, 659999))
    born = draw(st.dates(date(1900, 1, 1), date(2025, 12, 31)))
    seq = draw(st.integers(0, 999))
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


mobiles = st.builds(lambda second, rest: f"1{second}{rest:09d}", st.sampled_from("3456789"), st.integers(0, 10**9 - 1))


@settings(max_examples=300, deadline=None)
@given(before=_CHINESE, after=_CHINESE, number=st.one_of(valid_ids(), mobiles))
def test_no_valid_id_or_mobile_survives_anywhere_in_chinese_text(before, after, number):
    text = before + number + after
    masked = mask_numbers_in_text(text)
    assert number not in masked
    assert number.upper() not in masked.upper()
    assert masked.startswith(before)  # what stands around the number is kept as it was
    assert masked.endswith(after)


@settings(max_examples=200, deadline=None)
@given(
    before=_CHINESE,
    day=st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    yuan=st.decimals(min_value=-100000, max_value=1000000, places=2, allow_nan=False),
    hours=st.decimals(min_value=0, max_value=24, places=1, allow_nan=False),
    case_seq=st.integers(1, 999999),
    count=st.integers(0, 99999),
)
def test_dates_amounts_case_numbers_and_hours_are_left_alone(before, day, yuan, hours, case_seq, count):
    text = f"{before}{day.isoformat()} {day:%Y年%m月%d日} 金额{yuan}元 {hours}小时 CA{day.year}-{case_seq:06d} {count}人"
    assert mask_numbers_in_text(text) == text
