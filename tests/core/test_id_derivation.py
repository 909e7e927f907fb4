"""What an ID number gives (birth date, gender; the old 15-digit numbers too), a contradiction
named precisely, and date refusals that say which date and which bound."""

from __future__ import annotations

from datetime import date

import pytest

from wulian_desk.catalogue import english
from wulian_desk.core.clients import ClientInput, check_client_fields
from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import parse_form, validate_answers
from wulian_desk.core.identity import id_facts, make_id_number, parse_id_number, upgrade_15

TODAY = date(2026, 12, 6)
WOMAN = make_id_number("610113", date(1948, 5, 6), 12, "female")
MAN = make_id_number("610113", date(1950, 3, 7), 7, "male")


def client(**changes) -> ClientInput:
    return ClientInput(**({"name": "王秀兰", "gender": "", "org_unit_id": "unit"} | changes))


def test_a_whole_number_gives_birth_date_and_gender_and_an_unfinished_one_nothing():
    assert id_facts(WOMAN) == (date(1948, 5, 6), "female")
    assert id_facts(MAN.lower()) == (date(1950, 3, 7), "male")
    assert id_facts(WOMAN[:10]) is None
    assert id_facts(WOMAN[:-1] + ("0" if WOMAN[-1] != "0" else "1")) is None  # wrong check digit
    assert id_facts("") is None


def test_an_old_15_digit_number_is_read_as_the_18_digit_one():
    old = "610113480506122"  # born 1948-05-06, sequence 122: even, a woman
    number, born, gender = parse_id_number(old)
    assert number == upgrade_15(old) and len(number) == 18 and number.startswith("61011319480506122")
    assert (born, gender) == (date(1948, 5, 6), "female")
    assert parse_id_number(number)[0] == number


def test_a_number_of_the_wrong_length_says_how_long_it_is():
    with pytest.raises(ValidationError) as err:
        parse_id_number("6101131948")
    assert err.value.message == "身份证号码应为 18 位（或旧的 15 位），现在是 10 位。"


def test_the_service_rules_fill_gender_and_birth_date_from_the_number():
    data = check_client_fields(client(id_number=WOMAN), today=TODAY)
    assert (data.gender, data.birth_date, data.id_number) == ("female", date(1948, 5, 6), WOMAN)


def test_without_a_number_gender_must_be_chosen():
    with pytest.raises(ValidationError) as err:
        check_client_fields(client(birth_date=date(1948, 5, 6)), today=TODAY)
    assert err.value.field == "gender"
    assert err.value.message == "请选择性别（填写身份证号码时由号码得出）。"
    assert check_client_fields(client(gender="male"), today=TODAY).gender == "male"


def test_a_gender_or_birth_date_that_contradicts_the_number_is_named_precisely():
    with pytest.raises(ValidationError) as err:
        check_client_fields(client(id_number=WOMAN, gender="male"), today=TODAY)
    assert err.value.field == "gender"
    assert err.value.message == f"性别选的是男，身份证号码第 17 位（{WOMAN[16]}）表示女，两者不一致。"
    with pytest.raises(ValidationError) as err:
        check_client_fields(client(id_number=WOMAN, birth_date=date(1948, 6, 5)), today=TODAY)
    assert err.value.field == "birth_date"
    assert err.value.message == ("出生日期填的是 1948-06-05，身份证号码中的出生日期是 1948-05-06（第 7–14 位），"
                                 "两者不一致。")


def test_a_number_born_in_the_future_says_so():
    future = make_id_number("610113", date(2030, 1, 5), 1, "male")
    with pytest.raises(ValidationError) as err:
        check_client_fields(client(id_number=future), today=TODAY)
    assert err.value.field == "id_number"
    assert err.value.message == "身份证号码中的出生日期 2030-01-05 晚于今天（2026-12-06）。"


def test_a_birth_date_out_of_range_says_which_date_and_which_bound():
    with pytest.raises(ValidationError) as err:
        check_date(date(2030, 1, 5), DateKind.BIRTH, today=TODAY, field="birth_date")
    assert err.value.message == "出生日期 2030-01-05 晚于今天（2026-12-06）。"
    assert english(err.value.text) == "The birth date 2030-01-05 is after today (2026-12-06)."
    with pytest.raises(ValidationError) as err:
        check_date(date(1899, 12, 31), DateKind.BIRTH, today=TODAY, field="birth_date")
    assert err.value.message == "出生日期早于 1900-01-01，请核对（填的是 1899-12-31）。"


FORM = """
id = "birth"
version = 1
title_zh = "出生"

[[sections]]
title = "一"

[[sections.fields]]
key = "birth_date"
type = "date"
label_zh = "出生日期"
min = "1900-01-01"
max = "today"
"""


def test_a_form_date_out_of_range_says_which_date_and_which_bound():
    form = parse_form(FORM, filename="birth.toml")
    with pytest.raises(ValidationError) as err:
        validate_answers(form, {"birth_date": "2030-01-05"}, today=TODAY)
    assert err.value.message == "「出生日期」2030-01-05 晚于今天（2026-12-06）。"
    with pytest.raises(ValidationError) as err:
        validate_answers(form, {"birth_date": "1899-12-31"}, today=TODAY)
    assert err.value.message == "「出生日期」早于 1900-01-01（填的是 1899-12-31）。"
