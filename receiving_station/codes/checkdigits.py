"""Check-digit algorithms for the codes the bench sees.

Each function takes the code WITHOUT its check character and returns the check character, so
the same function validates (compare) and generates (append; the demo data does).  Sources are
cited per function; test vectors are in tests/receiving_station/test_identify_vectors.py.
"""

from __future__ import annotations

import string

_ALNUM36 = string.digits + string.ascii_uppercase


def gs1_mod10(digits: str) -> str:
    """GS1 mod-10 check digit (GTIN-8/12/13/14, SSCC, GSIN, our LPNs).

    Weights 3,1,3,1… from the right (GS1 General Specifications §7.9.1).
    """
    total = 0
    for position, char in enumerate(reversed(digits)):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def ups_check(body: str) -> str:
    """UPS `1Z` tracking number: body = the 15 characters after `1Z`, without the check digit.

    Letters map to digits as (ord - 63) mod 10 (A=2 … J=1, K=2 …); the sum of the odd-position
    values plus twice the even-position values, check = (10 - sum mod 10) mod 10
    (jkeen/tracking_number_data, couriers/ups.json: mod10, odds_multiplier 1, evens 2).
    """
    total = 0
    for index, char in enumerate(body.upper()):
        value = int(char) if char.isdigit() else (ord(char) - 63) % 10
        total += value * (2 if index % 2 == 1 else 1)
    return str((10 - total % 10) % 10)


def usps_check(body: str) -> str:
    """USPS IMpb (20/22 digits): the GS1 mod-10 over the digits before the check digit."""
    return gs1_mod10(body)


def fedex12_check(body11: str) -> str:
    """FedEx Express 12-digit: weights 3,1,7 repeating from the left over the 11 digits, sum
    mod 11, then mod 10 (jkeen/tracking_number_data couriers/fedex.json, "FedEx Express (12)")."""
    return str(weighted_mod11_mod10(body11, (3, 1, 7)))


def weighted_mod11_mod10(digits: str, weights: tuple[int, ...]) -> int:
    """Sum of digit × weight (weights repeating from the left), mod 11, mod 10."""
    total = sum(int(char) * weights[i % len(weights)] for i, char in enumerate(digits))
    return total % 11 % 10


def fedex_ground_check(body: str) -> str:
    """FedEx Ground 15/22/34-digit forms: GS1-style mod-10 (weights 3,1 from the right)."""
    return gs1_mod10(body)


def dhl_mod7_check(body: str) -> str:
    """DHL Express 10/11-digit waybill: check digit = number mod 7 (DEVICES.md)."""
    return str(int(body) % 7)


S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check(serial8: str) -> str:
    """UPU S10 (`RR123456785SE`): weights 8,6,4,2,3,5,9,7; r = 11 - (sum mod 11);
    r = 10 -> 0, r = 11 -> 5 (UPU standard S10)."""
    total = sum(int(char) * weight for char, weight in zip(serial8, S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 10:
        return "0"
    if check == 11:
        return "5"
    return str(check)


def iso7064_mod37_36_check(body: str) -> str:
    """ISO/IEC 7064 MOD 37,36 hybrid system (DPD 28-character parcel labels).

    Characters 0-9 and A-Z take the values 0-35; the result is one character of the same set.
    """
    modulus = 36
    product = modulus
    for char in body.upper():
        value = _ALNUM36.index(char)
        total = (product + value) % modulus or modulus
        product = (total * 2) % (modulus + 1)
    return _ALNUM36[(modulus + 1 - product) % modulus]
