"""Personal data: e-mail, international phone numbers and checksummed national ids."""

import pytest

from bot.filters.privacy import (
    find_personal_data,
    valid_fodselsnummer,
    valid_personnummer,
    valid_pesel,
)


def labels(text: str) -> list[str]:
    return [m.label for m in find_personal_data(text)]


@pytest.mark.parametrize("pnr", ["811218-9876", "8112189876", "19811218-9876", "811278-9873"])
def test_valid_personnummer(pnr: str) -> None:
    assert valid_personnummer(pnr)


@pytest.mark.parametrize("pnr", ["811218-9877", "811318-9876", "1234567890"])
def test_invalid_personnummer(pnr: str) -> None:
    assert not valid_personnummer(pnr)


@pytest.mark.parametrize("fnr", ["01010750160", "15076500565"])
def test_valid_fodselsnummer(fnr: str) -> None:
    assert valid_fodselsnummer(fnr)


@pytest.mark.parametrize("fnr", ["01010750161", "12345678901", "32010750160"])
def test_invalid_fodselsnummer(fnr: str) -> None:
    assert not valid_fodselsnummer(fnr)


@pytest.mark.parametrize("pesel", ["44051401359", "02070803628"])
def test_valid_pesel(pesel: str) -> None:
    assert valid_pesel(pesel)


@pytest.mark.parametrize("pesel", ["44051401358", "44151401359", "12345678901"])
def test_invalid_pesel(pesel: str) -> None:
    assert not valid_pesel(pesel)


def test_random_digit_strings_are_not_ids() -> None:
    assert labels("order 12345678901, ticket 8811223344, price 1999") == []


def test_email_is_found_with_its_span() -> None:
    text = "mail anna.svensson@example.se now"
    (match,) = find_personal_data(text)
    assert (match.label, text[match.start : match.end]) == ("email", "anna.svensson@example.se")


@pytest.mark.parametrize(
    "phone",
    [
        "+46 70 123 45 67",
        "+47 912 34 567",
        "+48 512 345 678",
        "+1 (555) 123-4567",
        "0046 70-123 45 67",
    ],
)
def test_international_phone_numbers(phone: str) -> None:
    assert labels(f"call {phone} today") == ["phone"]


def test_id_numbers_in_text_are_labelled_by_country() -> None:
    assert labels("pnr 811218-9876, fnr 01010750160, pesel 44051401359") == [
        "personnummer",
        "fodselsnummer",
        "pesel",
    ]
