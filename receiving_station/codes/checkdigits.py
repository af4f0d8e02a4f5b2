"""Check-digit algorithms for the codes the bench sees.

The carrier algorithms are the ones the tracking-number community's shared definitions name
(jkeen/tracking_number_data, `CHECKSUM_ALGORITHMS.md` and its reference implementations in
the `tracking_number` gem and trackingnumber.fyi's `checksum.js`), each written once and
driven by the parameters a definition gives (`check_character(spec, serial)`).  GS1's own
mod 10 (GTINs, SSCCs, our LPNs) is one setting of the same `mod10`.

Every function takes the code WITHOUT its check character and returns the check character,
so one function both validates (compare) and generates (append: the demo data does).  None of
them raises on odd input: a character that is not a digit counts as the reference
implementations count it (0 for most, a letter's own value where the algorithm maps letters),
and an answer that cannot be worked out is "" (which no check character equals).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from typing import Any

ALNUM36 = string.digits + string.ascii_uppercase
S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def _digit(char: str) -> int:
    """A character's value where the reference takes its leading integer (Ruby `to_i`)."""
    return ord(char) - 48 if "0" <= char <= "9" else 0


def _complement(total: int, modulo: int) -> str:
    return str((modulo - total % modulo) % modulo) if modulo > 0 else ""


def mod10(
    sequence: str,
    *,
    evens_multiplier: int = 1,
    odds_multiplier: int = 1,
    modulo: int = 10,
    reverse: bool = False,
) -> str:
    """Weighted sum, complement to the next multiple of `modulo` (`mod10` in the data).

    Positions count from 0 at the left (from the right with `reverse`): even positions are
    multiplied by `evens_multiplier`, odd ones by `odds_multiplier`.  A letter counts as
    (its code - 3) mod 10 (A = 2 … J = 1, K = 2 …: UPS's 1Z numbers).
    """
    chars = reversed(sequence) if reverse else sequence
    total = 0
    for index, char in enumerate(chars):
        value = ord(char) - 48 if "0" <= char <= "9" else (ord(char) - 3) % 10
        total += value * (odds_multiplier if index % 2 else evens_multiplier)
    return _complement(total, modulo)


def gs1_mod10(digits: str) -> str:
    """GS1 mod-10 check digit (GTIN-8/12/13/14, SSCC, GSIN, our LPNs): weights 3,1,3,1… from
    the right (GS1 General Specifications §7.9.1)."""
    return mod10(digits, evens_multiplier=3, odds_multiplier=1, reverse=True)


def mod7(sequence: str, *, modulo: int = 7) -> str:
    """The number itself mod `modulo` (DHL Express waybills): its leading digits as an integer."""
    digits = ""
    for char in sequence:
        if not "0" <= char <= "9":
            break
        digits += char
    if not digits or modulo <= 0:
        return ""
    return str(int(digits) % modulo)


def s10(sequence: str, *, weightings: Sequence[int] = S10_WEIGHTS, modulo: int = 11) -> str:
    """UPU S10 (`RR123456785SE`): r = Σ digit × weight mod 11; check 0 when r = 1, 5 when
    r = 0, else 11 - r (UPU standard S10)."""
    if modulo <= 0:
        return ""
    total = sum(_digit(char) * weight for char, weight in zip(sequence, weightings, strict=False))
    remainder = total % modulo
    if remainder == 1:
        return "0"
    if remainder == 0:
        return "5"
    return str(modulo - remainder)


def luhn(sequence: str, *, modulo: int = 10) -> str:
    """Luhn: from the right, every other digit doubled (the first one included), 9 taken off
    a product over 9, complement to the next multiple of `modulo`."""
    total = 0
    for index, char in enumerate(reversed(sequence)):
        value = _digit(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return _complement(total, modulo)


def mod_37_36(sequence: str, *, modulo: int = 36, alphabet: str = ALNUM36) -> str:
    """ISO/IEC 7064 MOD 37,36 hybrid system (DPD parcel labels: DPD Parcel Label Specification).

    Digits and letters take the values 0-35; the answer is the character at that position of
    `alphabet`."""
    running = modulo
    for char in sequence:
        value = ord(char.upper()) - 55 if char.isascii() and char.isalpha() else _digit(char)
        running += value
        if running > modulo:
            running -= modulo
        running *= 2
        if running > modulo:
            running -= modulo + 1
    expected = modulo + 1 - running
    if expected == modulo:
        expected = 0
    return alphabet[expected] if 0 <= expected < len(alphabet) else ""


def sum_product_with_weightings_and_modulo(
    sequence: str, *, weightings: Sequence[int] = (), modulo1: int = 11, modulo2: int = 10
) -> str:
    """Σ digit × weight (weights from the left; a digit past the last weight counts 0), mod
    `modulo1`, mod `modulo2` (FedEx Express: weights 3,1,7, mod 11, mod 10)."""
    if modulo1 <= 0 or modulo2 <= 0:
        return ""
    total = sum(_digit(char) * weight for char, weight in zip(sequence, weightings, strict=False))
    return str(total % modulo1 % modulo2)


#: The algorithms a definition may name, and the parameters each takes from it.
ALGORITHMS: dict[str, tuple[Callable[..., str], frozenset[str]]] = {
    "mod10": (
        mod10,
        frozenset({"evens_multiplier", "odds_multiplier", "modulo", "reverse"}),
    ),
    "mod7": (mod7, frozenset({"modulo"})),
    "s10": (s10, frozenset({"weightings", "modulo"})),
    "luhn": (luhn, frozenset({"modulo"})),
    "mod_37_36": (mod_37_36, frozenset({"modulo", "alphabet"})),
    "sum_product_with_weightings_and_modulo": (
        sum_product_with_weightings_and_modulo,
        frozenset({"weightings", "modulo1", "modulo2"}),
    ),
}


class ChecksumSpecError(ValueError):
    """A definition's `checksum` names an algorithm we do not have, or bad parameters."""


def checker(spec: Mapping[str, Any]) -> Callable[[str], str]:
    """The check-character function a definition's `validation.checksum` describes, its
    parameters bound once (at load, not per scan).  Raises ChecksumSpecError when the spec
    is not one we can run, saying why."""
    name = spec.get("name")
    if not isinstance(name, str) or name not in ALGORITHMS:
        known = ", ".join(sorted(ALGORITHMS))
        raise ChecksumSpecError(f"unknown check-digit algorithm {name!r} (known: {known})")
    function, accepted = ALGORITHMS[str(name)]
    params: dict[str, Any] = {}
    for key, value in spec.items():
        if key == "name":
            continue
        if key not in accepted:  # the data documents extra keys (e.g. mod7's "modulo" only)
            continue
        params[key] = _parameter(str(name), key, value)
    if name == "sum_product_with_weightings_and_modulo" and not {"modulo1", "modulo2"} <= set(
        params
    ):
        raise ChecksumSpecError(f"{name} needs modulo1 and modulo2")

    def check(serial: str) -> str:
        return function(serial, **params)

    return check


def _parameter(algorithm: str, key: str, value: Any) -> Any:
    if key == "reverse":
        if not isinstance(value, bool):
            raise ChecksumSpecError(f"{algorithm}: reverse must be true or false, not {value!r}")
        return value
    if key == "weightings":
        if not isinstance(value, list) or not all(
            isinstance(w, int) and not isinstance(w, bool) and abs(w) <= 1000 for w in value
        ):
            raise ChecksumSpecError(
                f"{algorithm}: weightings must be a list of whole numbers (up to 1000)"
            )
        return tuple(value)
    if key == "alphabet":
        if not isinstance(value, str) or len(value) < 2:
            raise ChecksumSpecError(f"{algorithm}: alphabet must be a text of characters")
        return value
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 1000:
        raise ChecksumSpecError(
            f"{algorithm}: {key} must be a whole number from 1 to 1000, not {value!r}"
        )
    return value


# -- the station's named uses (the demo data generates with these) -----------------------------


def ups_check(body: str) -> str:
    """UPS `1Z` number: body = the 15 characters after `1Z` (couriers/ups.json: mod10, odds 2)."""
    return mod10(body.upper(), odds_multiplier=2)


def fedex12_check(body11: str) -> str:
    """FedEx Express 12-digit (couriers/fedex.json "FedEx Express (12)")."""
    return sum_product_with_weightings_and_modulo(
        body11, weightings=(3, 1, 7) * 4, modulo1=11, modulo2=10
    )


def dhl_mod7_check(body: str) -> str:
    """DHL Express 10/11-digit waybill: the number mod 7 (couriers/dhl.json)."""
    return mod7(body)


def s10_check(serial8: str) -> str:
    """UPU S10 check digit of the 8-digit serial."""
    return s10(serial8)


def iso7064_mod37_36_check(body: str) -> str:
    """DPD's 28-character parcel label check character."""
    return mod_37_36(body.upper())
