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
    mod10,
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


# carrier tracking-number makers per market: (maker name, weight); the formats are those of
# resources/carriers (docs/carriers.md)
CARRIERS_BY_MARKET = {
    "SE": (
        ("postnord_s10", 30),
        ("postnord_sscc", 20),
        ("dhl", 15),
        ("instabox", 10),
        ("ups", 10),
        ("dpd", 10),
        ("dbschenker", 5),
    ),
    "NO": (
        ("bring_s10", 30),
        ("bring_gsin", 20),
        ("bring_sscc", 10),
        ("helthjem", 10),
        ("postnord_sscc", 5),
        ("ups", 15),
        ("dhl", 10),
    ),
    "DK": (
        ("postnord_s10_dk", 40),
        ("gls", 15),
        ("dao", 10),
        ("dpd", 15),
        ("ups", 10),
        ("dhl", 10),
    ),
    "NL": (("postnl_s10", 20), ("postnl_3s", 25), ("dhl_piece", 20), ("dpd", 20), ("ups", 15)),
    "DE": (("dhl", 25), ("dhl_nve", 20), ("gls", 15), ("dpd", 20), ("ups", 10), ("s10_de", 10)),
}


INTERNATIONAL = (("fedex", 50), ("usps", 50))  # cross-border returns: 2 % in every market

#: S10 makers and the country each issues in
_S10_COUNTRY = {
    "postnord_s10": "SE",
    "postnord_s10_dk": "DK",
    "bring_s10": "NO",
    "postnl_s10": "NL",
    "s10_de": "DE",
}


#: GS1-keyed makers: the number's first digits (an SSCC's extension digit and company prefix,
#: or a 17-digit shipment number's prefix) and what is printed before it
_GS1_PREFIX = {
    "postnord_sscc": ("37350000", ""),
    "bring_gsin": ("7071234", ""),
    "bring_sscc": ("37071234", ""),
    "helthjem": ("37072476", ""),
    "dbschenker": ("57331343", ""),
    "dao": ("057151271", ""),
    "dhl_nve": ("340434", "00"),
}


def _gtin13(body12: str) -> str:
    return body12 + gs1_mod10(body12)


def _with_gs1_check(body: str) -> str:
    return body + gs1_mod10(body)


def _gls(depot_service: str, serial: int) -> str:
    """A GLS parcel number that no other 12-digit reading takes first: not a valid UPC-A (read
    as an item) nor a valid DHL Paket number (ranked before GLS on a tie): docs/carriers.md."""
    for attempt in range(100):
        body = f"{depot_service}{(serial * 100 + attempt) % 10**7:07d}"
        number = body + mod10("01" + body, evens_multiplier=3, odds_multiplier=1)
        upc = gs1_mod10(number[:-1]) == number[-1]
        dhl = mod10(number[:-1], evens_multiplier=4, odds_multiplier=9) == number[-1]
        if not upc and not dhl:
            return number
    raise AssertionError("no GLS number found")  # pragma: no cover - 100 tries never all fail


def tracking_number(maker: str, serial: int, rng: random.Random) -> str:
    """A valid tracking number of the given format; `serial` makes it unique."""
    if maker in _S10_COUNTRY:
        digits = f"{serial % 100_000_000:08d}"
        return f"{rng.choice(('RR', 'RA', 'CP', 'UA', 'RB'))}{digits}{s10_check(digits)}{_S10_COUNTRY[maker]}"
    if maker in _GS1_PREFIX:
        prefix, lead = _GS1_PREFIX[maker]
        width = 16 - len(prefix) if maker == "bring_gsin" else 17 - len(prefix)
        return lead + _with_gs1_check(f"{prefix}{serial % 10**width:0{width}d}")
    if maker == "gls":
        return _gls(f"{rng.choice(('99', '36', '54'))}{rng.choice(('10', '32', '68'))}", serial)
    if maker == "postnl_3s":
        return f"3S{rng.choice(('KBTQ', 'CBNL', 'DKSH'))}{serial % 10**9:09d}"
    if maker == "instabox":
        return f"{rng.choice(('MP', 'ZA'))}{serial % 10**10:010d}"
    if maker == "dhl":
        body = f"{3 + serial // 10**8 % 6}{serial % 10**8:08d}"
        return body + dhl_mod7_check(body)
    if maker == "dhl_piece":
        return f"JJD00{rng.randrange(10**4):04d}{serial % 10**12:012d}"
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
        for attempt in range(100):  # not one DPD's 15-character format also accepts (ranked first)
            body = f"61{(serial * 100 + attempt) % 10**12:012d}"
            number = body + gs1_mod10(body)
            if iso7064_mod37_36_check(number[:-1]) != number[-1]:
                return number
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
    """The courier code the shop announces for a maker's numbers (what identify() names)."""
    return {
        "postnord_s10": "postnord",
        "postnord_s10_dk": "postnord",
        "postnord_sscc": "postnord",
        "bring_s10": "bring",
        "bring_gsin": "bring",
        "bring_sscc": "bring",
        "helthjem": "helthjem",
        "dbschenker": "dbschenker",
        "dao": "dao",
        "gls": "gls",
        "postnl_s10": "postnl",
        "postnl_3s": "postnl",
        "instabox": "instabox",
        "s10_de": "s10",
        "dhl": "dhl",
        "dhl_nve": "dhl",
        "dhl_piece": "dhl",
        "dpd": "dpd",
        "ups": "ups",
        "usps": "usps",
        "fedex": "fedex",
    }[maker]
