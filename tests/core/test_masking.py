import pytest

from wulian_desk.core.masking import mask_id_number, mask_phone


@pytest.mark.parametrize(
    ("raw", "masked"),
    [("320102199001011234", "3201**********1234"), ("32010219900101123X", "3201**********123X"), ("", ""), (None, ""), ("1234", "****")],
)
def test_id_numbers(raw, masked):
    assert mask_id_number(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"), [("13812345678", "138****5678"), ("0917-5512345", "********2345"), ("110", "***")]
)
def test_phones(raw, masked):
    assert mask_phone(raw) == masked
