"""The certificate code's encoding: what goes in comes out, every single mistyped character is
caught by the check character, and the first format is told apart."""

from __future__ import annotations

from datetime import date

import pytest

from wulian_desk.core import certificate_code as codes
from wulian_desk.core.masking import mask_person_name

CLAIM = codes.CertificateClaim("ZM2026-B-000012", "person:" + "3f" * 8, 12_690, date(1998, 3, 1), date(2026, 12, 5),
                               date(2026, 12, 6), "王*兰")


def _code() -> str:
    return codes.encode(CLAIM, b"\x01\x02\x03\x04", bytes(range(64)))


def test_a_code_reads_back_as_it_was_written_in_any_case_and_spacing():
    code = _code()
    number, body = code[:len(CLAIM.number)], code[len(CLAIM.number) + 1:]
    parsed = codes.parse(f"  {number.lower()} {body.lower().replace('-', ' ')} ")
    assert (parsed.claim, parsed.key_id, parsed.signature, parsed.legacy) == (CLAIM, b"\x01\x02\x03\x04",
                                                                               bytes(range(64)), None)
    assert len(code) < 220


def test_every_single_mistyped_character_is_a_typing_error():
    code = _code()
    for at, ch in enumerate(code):
        if ch == "-":
            continue
        for other in "A7Z0":
            if other != ch:
                with pytest.raises(codes.CodeError) as err:
                    codes.parse(code[:at] + other + code[at + 1:])
                assert err.value.reason == "typing", (at, other)


def test_other_text_is_not_a_code_and_the_first_format_is_recognised():
    for text in ("hello", "", "ZM2026-000001"):
        with pytest.raises(codes.CodeError) as err:
            codes.parse(text)
        assert err.value.reason == "format"
    assert codes.parse("zm2026-000001-abcdefghijklmnop").legacy == "ABCDEFGHIJKLMNOP"


def test_the_signed_message_names_every_figure():
    message = CLAIM.signed_message("device-1").decode()
    for part in ("device-1", "ZM2026-B-000012", "person:" + "3f" * 8, "12690", "1998-03-01", "2026-12-05",
                 "2026-12-06", "王*兰"):
        assert part in message.split("\n")


@pytest.mark.parametrize(("name", "masked"), [("王秀兰", "王*兰"), ("李明", "李*"), ("欧阳春花", "欧**花"),
                                              ("王", "王"), ("", ""), ("Maria Gonzalez Lopez", "M***z")])
def test_names_are_masked_short(name, masked):
    assert mask_person_name(name) == masked
