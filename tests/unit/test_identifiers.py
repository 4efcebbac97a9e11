"""Identifier check characters (resident identity numbers, unified social credit codes) and masking."""
import pytest

from referral_service.identifiers import (mask_resident_id, resident_id_check_char, resident_id_problem,
                                          uscc_check_char, uscc_problem)


def make_uscc(body17: str) -> str:
    return body17 + uscc_check_char(body17)


def make_id(body17: str) -> str:
    return body17 + resident_id_check_char(body17)


@pytest.mark.parametrize("code", [
    "91350100M000100Y43",  # published example (GB 32100-2015 style)
    "911201020000000000"[:17] + uscc_check_char("911201020000000000"[:17]),
])
def test_valid_credit_codes(code):
    assert uscc_problem(code) is None


def test_credit_code_errors_say_what_is_wrong():
    good = make_uscc("91120102MA05K3XQ1")
    assert uscc_problem(good) is None
    wrong_check = good[:17] + ("0" if good[17] != "0" else "1")
    assert "check character" in uscc_problem(wrong_check)
    assert "18 characters" in uscc_problem(good[:17])
    assert "not allowed" in uscc_problem(good[:5] + "I" + good[6:])


def test_resident_id_numbers():
    number = make_id("12010219850312123")
    assert resident_id_problem(number) is None
    assert resident_id_problem("11010519491231002X") is None  # the standard's own example
    other = number[:17] + ("0" if number[17] != "0" else "1")
    assert "check digit" in resident_id_problem(other)
    assert "birth date" in resident_id_problem(make_id("12010219851332123"))
    assert "17 digits" in resident_id_problem("12010219850312")


def test_masking_keeps_first_and_last_four():
    assert mask_resident_id("11010519491231002X") == "1101**********002X"
