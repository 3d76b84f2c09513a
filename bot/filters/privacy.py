"""Personal data in message text: e-mail addresses, phone numbers and national id numbers.

Identity numbers are validated (dates and check digits: Swedish personnummer with Luhn,
Norwegian fødselsnummer with both mod-11 digits, Polish PESEL with its weighted checksum),
so order numbers and random digit strings do not match. Phone numbers are recognized in
international form (+CC or 00CC, 8 to 15 digits).
"""

from __future__ import annotations

import datetime as dt

import re2

from bot.filters.types import Match, Severity

__all__ = [
    "find_personal_data",
    "valid_fodselsnummer",
    "valid_personnummer",
    "valid_pesel",
]

_DETECTOR = "privacy"
_EMAIL = r"(\b[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b)"
_PHONE = (
    r"((?:\+|\b00)[1-9][0-9]{0,2}(?:[ .-]?\(0?\)|[ .-]?\([0-9]{1,4}\))?"
    r"(?:[ .-]?[0-9]{1,5}){2,6}\b)"
)
_ID = r"(\b(?:[0-9]{6}[-+ ]?[0-9]{4,5}|[0-9]{8}-?[0-9]{4})\b)"
_PATTERN = re2.compile(f"(?i){_EMAIL}|{_PHONE}|{_ID}".encode())


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _date_ok(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def valid_personnummer(text: str) -> bool:
    """Swedish personnummer/samordningsnummer: YYMMDD-NNNC or YYYYMMDDNNNC, Luhn-checked."""
    digits = "".join(c for c in text if c.isdigit())
    if len(digits) == 12:
        century, digits = digits[:2], digits[2:]
        if century not in ("18", "19", "20"):
            return False
        year = int(century + digits[:2])
    elif len(digits) == 10:
        year = 2000 + int(digits[:2])  # century unknown; only 1900 vs 2000 differ (29 Feb)
    else:
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if day > 60:  # samordningsnummer
        day -= 60
    return _date_ok(year, month, day) and _luhn_ok(digits)


_FNR_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_FNR_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    rest = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
    if rest == 11:
        return 0
    return None if rest == 10 else rest


def valid_fodselsnummer(text: str) -> bool:
    """Norwegian fødselsnummer (also D- and H-numbers): DDMMYY + 5 digits, two mod-11 checks."""
    digits = "".join(c for c in text if c.isdigit())
    if len(digits) != 11:
        return False
    day, month = int(digits[:2]), int(digits[2:4])
    if day > 40:  # D-number
        day -= 40
    if month > 40:  # H-number
        month -= 40
    if not _date_ok(2000, month, day):
        return False
    k1 = _mod11(digits[:9], _FNR_W1)
    if k1 is None or k1 != int(digits[9]):
        return False
    k2 = _mod11(digits[:10], _FNR_W2)
    return k2 is not None and k2 == int(digits[10])


_PESEL_W = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def valid_pesel(text: str) -> bool:
    """Polish PESEL: YYMMDDZZZXQ with the century in the month and a weighted checksum."""
    digits = "".join(c for c in text if c.isdigit())
    if len(digits) != 11:
        return False
    year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    century = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}.get(month - month % 20)
    if century is None or not _date_ok(century + year, month % 20, day):
        return False
    check = (10 - sum(int(d) * w for d, w in zip(digits, _PESEL_W, strict=False)) % 10) % 10
    return check == int(digits[10])


def _phone_ok(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    return 8 <= digits <= 15


def _id_label(candidate: str) -> str | None:
    digits = "".join(c for c in candidate if c.isdigit())
    if len(digits) in (10, 12) and valid_personnummer(candidate):
        return "personnummer"
    if len(digits) == 11:
        if valid_fodselsnummer(digits):
            return "fodselsnummer"
        if valid_pesel(digits):
            return "pesel"
    return None


def find_personal_data(text: str) -> list[Match]:
    """E-mail addresses, phone numbers and valid national id numbers in `text`."""
    view = text.encode("ascii", "replace")
    if b"@" not in view and not _has_digits(view):
        return []
    out = []
    for m in _PATTERN.finditer(view):
        start, end = m.span()
        candidate = text[start:end]
        if m.group(1) is not None:
            label, sev = "email", Severity.MILD
        elif m.group(2) is not None:
            if not _phone_ok(candidate):
                continue
            label, sev = "phone", Severity.MILD
        else:
            id_label = _id_label(candidate)
            if id_label is None:
                continue
            label, sev = id_label, Severity.ABUSIVE
        out.append(Match(_DETECTOR, label, sev, None, start, end, candidate))
    return out


_DIGIT_RUN = re2.compile(rb"[0-9]{2}")


def _has_digits(view: bytes) -> bool:
    return _DIGIT_RUN.search(view) is not None
