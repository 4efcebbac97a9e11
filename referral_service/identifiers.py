"""Identifier checks: unified social credit codes (GB 32100-2015) and resident ID numbers (GB 11643-1999)."""
from __future__ import annotations

from datetime import date

from marshmallow import ValidationError

from .fields import strip_space

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_problem(code: str) -> str | None:
    """Why `code` is not a valid unified social credit code, or None."""
    if len(code) != 18:
        return "A unified social credit code has 18 characters."
    bad = sorted({c for c in code if c not in USCC_ALPHABET})
    if bad:
        return f"Characters not allowed in a unified social credit code: {''.join(bad)}."
    if not code[2:8].isdigit():
        return "Characters 3 to 8 of a unified social credit code are a division code of digits."
    if uscc_check_char(code[:17]) != code[17]:
        return "The check character of the unified social credit code is wrong."
    return None


def resident_id_check_char(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def resident_id_problem(number: str) -> str | None:
    """Why `number` is not a valid 18-digit resident ID number, or None."""
    if len(number) != 18 or not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return "A resident ID number has 17 digits and a check character (a digit or X)."
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return "The birth date in the resident ID number is not a date."
    if born > date.today() or born.year < 1900:
        return "The birth date in the resident ID number is out of range."
    if resident_id_check_char(number[:17]) != number[17]:
        return "The check digit of the resident ID number is wrong."
    return None


def normalize(value: str) -> str:
    return strip_space(value).upper()


def validate_uscc(value: str) -> None:
    """marshmallow validator."""
    problem = uscc_problem(normalize(value))
    if problem:
        raise ValidationError(problem)


def validate_resident_id(value: str) -> None:
    """marshmallow validator."""
    problem = resident_id_problem(normalize(value))
    if problem:
        raise ValidationError(problem)


def mask_resident_id(number: str) -> str:
    """Keep the first 4 and last 4 characters: 1201**********123X."""
    return number[:4] + "*" * (len(number) - 8) + number[-4:] if len(number) > 8 else "*" * len(number)
