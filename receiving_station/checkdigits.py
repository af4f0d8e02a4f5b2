"""Check-digit algorithms (shared by identify, LPNs and the demo-data generator)."""

from __future__ import annotations


def gs1_mod10(digits: str) -> str:
    """GS1 mod-10 check digit for the digits given (without the check digit).

    Weights 3,1,3,1… from the right (GS1 General Specifications §7.9).
    """
    total = 0
    for position, char in enumerate(reversed(digits)):
        total += int(char) * (3 if position % 2 == 0 else 1)
    return str((10 - total % 10) % 10)
