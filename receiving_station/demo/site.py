"""The demo site: the markets it sells in and their currencies, its people and benches, what it sells (categories, products, weights) and the carriers that bring its returns, with valid tracking numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from db.enums import (
    Role,
)
from receiving_station.codes.checkdigits import (
    dhl_mod7_check,
    gs1_mod10,
    iso7064_mod37_36_check,
    s10_check,
    ups_check,
)

MARKETS = ("SE", "NO", "DK", "NL", "DE")


MARKET_WEIGHTS = (35, 15, 12, 18, 20)


CURRENCY = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "NL": "EUR", "DE": "EUR"}


#: price in EUR → price in the market's currency (rounded to a shop price below).
EUR_RATE = {
    "SEK": Decimal("11.5"),
    "NOK": Decimal("11.7"),
    "DKK": Decimal("7.46"),
    "EUR": Decimal(1),
}


FIRST_NAMES = {
    "SE": ["Anna", "Erik", "Maja", "Lars", "Elin", "Johan", "Karin", "Oskar", "Sara", "Nils"],
    "NO": ["Ingrid", "Ole", "Kari", "Lars", "Nora", "Jonas", "Sigrid", "Emil", "Marte", "Henrik"],
    "DK": ["Mette", "Søren", "Freja", "Mads", "Ida", "Rasmus", "Sofie", "Anders", "Emma", "Jens"],
    "NL": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Sem", "Anouk", "Thijs", "Eva", "Luuk"],
    "DE": ["Jonas", "Lea", "Lukas", "Hannah", "Felix", "Mia", "Paul", "Lena", "Max", "Julia"],
}


LAST_NAMES = {
    "SE": ["Lindqvist", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Berg"],
    "NO": ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen"],
    "DK": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen"],
    "NL": ["de Vries", "Jansen", "de Jong", "van Dijk", "Bakker", "Visser", "Smit"],
    "DE": ["Becker", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner"],
}


STAFF = [
    ("B-1001", "Sara Holm", Role.STAFF),
    ("B-1002", "Ahmed Nour", Role.STAFF),
    ("B-1003", "Linnea Ek", Role.STAFF),
    ("B-1004", "Piotr Nowak", Role.STAFF),
    ("B-1005", "Maria Silva", Role.STAFF),
    ("B-1006", "Jonas Berg", Role.STAFF),
    ("B-1007", "Aisha Khan", Role.STAFF),
    ("B-1008", "Tomas Lind", Role.STAFF),
    ("B-2001", "Leo Lindgren", Role.LEAD),
    ("B-2002", "Frida Sand", Role.LEAD),
    ("B-3001", "Eva Strand", Role.SUPERVISOR),
]


STATIONS = ("BENCH-01", "BENCH-02", "BENCH-03", "BENCH-04")


@dataclass(frozen=True)
class CategorySpec:
    name: str
    share: int
    items: tuple[tuple[str, str, int, str], ...]  # (code, name, price EUR, weight kg)
    sizes: tuple[str, ...]  # the variants each product comes in (in its SKU)
    reasons: tuple[str, ...]
    returnable: bool = True
    serialised: bool = False


CATEGORIES = (
    CategorySpec(
        "apparel",
        45,
        (
            ("JKT", "Rain jacket", 79, "0.650"),
            ("TSH", "T-shirt", 15, "0.180"),
            ("JNS", "Jeans", 59, "0.600"),
            ("DRS", "Dress", 49, "0.350"),
            ("SWT", "Wool sweater", 69, "0.550"),
            ("PNT", "Chinos", 45, "0.500"),
            ("SHR", "Shirt", 35, "0.250"),
            ("HDY", "Hoodie", 49, "0.600"),
        ),
        ("XS", "S", "M", "L", "XL"),
        ("too_big", "too_small", "changed_mind", "not_as_described", "damaged", "late_delivery"),
    ),
    CategorySpec(
        "shoes",
        20,
        (
            ("SNK", "Sneaker", 89, "0.950"),
            ("TRL", "Trail shoe", 119, "1.100"),
            ("BOT", "Winter boot", 139, "1.500"),
            ("SND", "Sandal", 39, "0.500"),
        ),
        ("38", "39", "40", "41", "42", "43", "44", "45"),
        ("too_big", "too_small", "changed_mind", "defective"),
    ),
    CategorySpec(
        "electronics",
        12,
        (
            ("PHN", "Phone 128 GB", 229, "0.420"),
            ("HPH", "Noise-cancelling headphones", 179, "0.480"),
            ("TAB", "Tablet 10 inch", 299, "0.750"),
            ("SPK", "Bluetooth speaker", 69, "0.600"),
            ("WCH", "Smart watch", 149, "0.200"),
        ),
        ("BK", "WH"),
        ("defective", "changed_mind", "not_as_described", "damaged"),
        serialised=True,
    ),
    CategorySpec(
        "home",
        20,
        (
            ("LMP", "Table lamp", 39, "1.800"),
            ("CUS", "Cushion cover", 19, "0.300"),
            ("BLK", "Wool blanket", 59, "1.400"),
            ("MUG", "Mug set of 4", 25, "1.600"),
            ("TWL", "Towel set", 35, "1.200"),
        ),
        ("WH", "GR", "BL"),
        ("damaged", "changed_mind", "not_as_described"),
    ),
    CategorySpec(
        "hygiene",
        3,
        (("TBR", "Electric toothbrush heads", 19, "0.100"), ("SHV", "Razor", 29, "0.250")),
        ("STD",),
        ("changed_mind", "defective"),
        returnable=False,
    ),
)


# carrier tracking-number makers per market: (maker name, weight)
CARRIERS_BY_MARKET = {
    "SE": (("postnord_s10", 35), ("postnord_sscc", 20), ("dhl", 20), ("ups", 10), ("dpd", 10)),
    "NO": (("bring_s10", 35), ("bring_gsin", 25), ("postnord_sscc", 10), ("ups", 15), ("dhl", 10)),
    "DK": (("postnord_s10_dk", 45), ("dpd", 20), ("ups", 15), ("dhl", 15)),
    "NL": (("upu_s10_nl", 35), ("dhl_piece", 25), ("dpd", 20), ("ups", 15)),
    "DE": (("dhl", 40), ("dpd", 25), ("ups", 15), ("upu_s10_de", 10)),
}


INTERNATIONAL = (("fedex", 50), ("usps", 50))  # cross-border returns: 2 % in every market


def _gtin13(body12: str) -> str:
    return body12 + gs1_mod10(body12)


def tracking_number(maker: str, serial: int, rng: random.Random) -> str:
    """A valid tracking number of the given format; `serial` makes it unique."""
    if maker in ("postnord_s10", "postnord_s10_dk", "bring_s10", "upu_s10_nl", "upu_s10_de"):
        country = {
            "postnord_s10": "SE",
            "postnord_s10_dk": "DK",
            "bring_s10": "NO",
            "upu_s10_nl": "NL",
            "upu_s10_de": "DE",
        }[maker]
        digits = f"{serial % 100_000_000:08d}"
        return f"{rng.choice(('RR', 'RA', 'CP', 'UA', 'RB'))}{digits}{s10_check(digits)}{country}"
    if maker == "postnord_sscc":
        body = f"37350000{serial % 10**9:09d}"
        return body + gs1_mod10(body)
    if maker == "bring_gsin":
        body = f"7071234{serial % 10**9:09d}"
        return body + gs1_mod10(body)
    if maker == "dhl":
        body = f"{3 + serial // 10**8 % 6}{serial % 10**8:08d}"
        return body + dhl_mod7_check(body)
    if maker == "dhl_piece":
        return f"JJD00{rng.randrange(10**4):04d}{serial % 10**9:09d}"
    if maker == "dpd":
        body = f"0{rng.randrange(10**4):04d}{rng.randrange(10**6):06d}{serial % 10**16:016d}"
        return body + iso7064_mod37_36_check(body)
    if maker == "ups":
        body = f"{rng.choice(('A1B2C3', '999AA1', '4V8W19', '0F1A49'))}{rng.choice(('01', '03', '12'))}{serial % 10**7:07d}"
        return "1Z" + body + ups_check(body)
    if maker == "usps":
        body = f"9400111{serial % 10**14:014d}"
        return body + gs1_mod10(body)
    if maker == "fedex":
        body = f"61{serial % 10**12:012d}"
        return body + gs1_mod10(body)
    raise ValueError(maker)


def _weighted(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def _shop_price(eur: int, currency: str, rng: random.Random) -> Decimal:
    value = Decimal(eur) * EUR_RATE[currency] * Decimal(rng.choice(("1", "1", "0.8", "1.2")))
    if currency == "EUR":
        return value.quantize(Decimal(1)) - Decimal("0.05")  # 79 → 78.95
    return (value / 10).quantize(Decimal(1), ROUND_HALF_EVEN) * 10 - 1  # 908.5 → 909.00 → 909 - 1


@dataclass(frozen=True)
class CatalogueItem:
    product_id: int
    sku: str
    gtin14: str
    gtin13: str
    description: str
    category: CategorySpec
    price_eur: int
    weight: Decimal


#: The shop's six product lines: each product comes in every line ("Fjell wool sweater").
PRODUCT_LINES = ("Alva", "Bris", "Fjell", "Kust", "Ljung", "Nord")


#: How a variant code in a SKU reads in the product's name.
COLOURS = {"BK": "black", "WH": "white", "GR": "grey", "BL": "blue"}


def product_name(name: str, line: int, category: CategorySpec, size: str) -> str:
    """A product's name as the shop writes it: "Fjell wool sweater, size S", "Kust mug set of
    4, white", "Bris razor" (its line, what it is, then its size or colour: never a model
    number and a size run together, as in "Mug set of 4 5 WH")."""
    what = name[0].lower() + name[1:] if name[1:2].islower() else name  # T-shirt stays
    base = f"{PRODUCT_LINES[line - 1]} {what}"
    if size in COLOURS:
        return f"{base}, {COLOURS[size]}"
    if len(category.sizes) > 1:
        return f"{base}, size {size}"
    return base


def _catalogue(rng: random.Random) -> list[CatalogueItem]:
    items: list[CatalogueItem] = []
    number = 0
    for category in CATEGORIES:
        for code, name, price, weight in category.items:
            for model in range(1, 7):
                for size in category.sizes:
                    number += 1
                    gtin13 = _gtin13(f"735{number:09d}")
                    items.append(
                        CatalogueItem(
                            product_id=number,
                            sku=f"{code}-{model:02d}{rng.randrange(10)}-{size}",
                            gtin14=gtin13.zfill(14),
                            gtin13=gtin13,
                            description=product_name(name, model, category, size),
                            category=category,
                            price_eur=max(5, price + rng.randrange(-10, 11)),
                            weight=Decimal(weight),
                        )
                    )
    return items


def _carrier_of(maker: str) -> str | None:
    return {
        "postnord_s10": "postnord",
        "postnord_s10_dk": "postnord",
        "postnord_sscc": "postnord",
        "bring_s10": "bring",
        "bring_gsin": "bring",
        "upu_s10_nl": "upu",
        "upu_s10_de": "upu",
        "dhl": "dhl",
        "dhl_piece": "dhl",
        "dpd": "dpd",
        "ups": "ups",
        "usps": "usps",
        "fedex": "fedex",
    }[maker]
