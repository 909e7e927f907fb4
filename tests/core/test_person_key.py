from datetime import date

from wulian_desk.core.identity import make_id_number
from wulian_desk.core.person_key import is_person_key, normalise_id_number, person_key

SECRET = b"s" * 32


def test_same_number_same_key_however_typed():
    number = make_id_number("610326", date(1960, 5, 4), 12, "female")
    typed = [number, number.lower(), f" {number[:6]} {number[6:]} ",
             number.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))]
    keys = {person_key(SECRET, "resident_id", t) for t in typed}
    assert len(keys) == 1
    assert is_person_key(keys.pop())


def test_first_generation_number_matches_its_replacement():
    number = make_id_number("610326", date(1960, 5, 4), 12, "female")
    old = number[:6] + number[8:17]
    assert normalise_id_number("resident_id", old) == number
    assert person_key(SECRET, "resident_id", old) == person_key(SECRET, "resident_id", number)


def test_keys_differ_by_secret_by_document_kind_and_need_a_number():
    number = make_id_number("610326", date(1960, 5, 4), 12, "female")
    assert person_key(SECRET, "resident_id", number) != person_key(b"t" * 32, "resident_id", number)
    assert person_key(SECRET, "passport", "E1234567") != person_key(SECRET, "resident_id", "E1234567")
    assert person_key(SECRET, "resident_id", "") is None
    assert person_key(SECRET, "resident_id", None) is None
    assert not is_person_key("ABC") and not is_person_key("g" * 64)
