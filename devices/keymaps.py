r"""Keyboard layouts as data: which character a scanner means by each key it presses.

A USB scanner in keyboard mode does not send characters: it sends *key codes*, chosen for the
keyboard country it is set to (a setting scanned from its manual), so that a computer with that
layout types the right text.  Reading the scanner directly from its input device (evdev), the
station has to undo that with the same layout.  A Swedish-set scanner sends "@" as AltGr + the
2 key; decoded with the US map it would read as "2".

Key codes are Linux's (include/uapi/linux/input-event-codes.h), named here after the US key cap
in that position.  Each layout gives, per key, the character with no modifier, with Shift and
with AltGr (level 1, 2 and 3 of xkeyboard-config's symbols/us, se, no, dk and de, which match
the Windows layouts of the same names for the printable ASCII a barcode carries).

What moves, compared with "us" (letters, digits, space, "." and "," stay put everywhere; the
Shift layer's symbols are where each country's key caps show them):

    layout              needs AltGr              dead keys (sent followed by Space)
    se  Swedish/Finnish @ $ { [ ] } \ | and €    ^ ~ (right of Å), ` and ´ (right of +)
    no  Norwegian       @ $ { [ ] } and €        ^ ~ (right of Å), ` (Shift, right of +);
                        (| is left of 1 and \ right of +, without AltGr)
    dk  Danish          @ $ { [ ] } | \ and €    ^ ~ (right of Å), ` and ´ (right of +)
    de  German          @ { [ ] } \ ~ | and €    ^ (left of 1), ` and ´ (right of ß);
                        (Y and Z swap places)
    nl  Dutch           € only                   ' " ` ~ ^ (US-International)
    us  US English      nothing                  none

"nl" is the US-International layout: Dutch sites type on US-style keyboards and Dutch-market
scanners default to the US country setting; US-International is the US layout with `' " ` ~ ^`
as dead keys, which a scanner set to it sends followed by Space.  A scanner left on plain "US"
at a Dutch site needs `keymap = "us"`.

The keypad's keys mean the same in every layout, except its decimal key: "," in se, no, dk and
de (xkeyboard-config's kpdl(comma)), "." in us and nl.

Control characters are typed with Ctrl: Ctrl + a letter is that letter's control code (Ctrl+B
is STX, a common configured prefix), and Ctrl + the keys in the US `[ \ ] 6 -` positions give
ESC, FS, GS (the GS1 group separator), RS and US in every layout: they are told by the key's
position, because on the Nordic and German layouts those keys carry other characters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# -- Linux key codes (include/uapi/linux/input-event-codes.h) ---------------------------------

KEY_ESC = 1
KEY_1, KEY_2, KEY_3, KEY_4, KEY_5, KEY_6, KEY_7, KEY_8, KEY_9, KEY_0 = range(2, 12)
KEY_MINUS = 12
KEY_EQUAL = 13
KEY_BACKSPACE = 14
KEY_TAB = 15
KEY_Q, KEY_W, KEY_E, KEY_R, KEY_T, KEY_Y, KEY_U, KEY_I, KEY_O, KEY_P = range(16, 26)
KEY_LEFTBRACE = 26
KEY_RIGHTBRACE = 27
KEY_ENTER = 28
KEY_LEFTCTRL = 29
KEY_A, KEY_S, KEY_D, KEY_F, KEY_G, KEY_H, KEY_J, KEY_K, KEY_L = range(30, 39)
KEY_SEMICOLON = 39
KEY_APOSTROPHE = 40
KEY_GRAVE = 41
KEY_LEFTSHIFT = 42
KEY_BACKSLASH = 43
KEY_Z, KEY_X, KEY_C, KEY_V, KEY_B, KEY_N, KEY_M = range(44, 51)
KEY_COMMA = 51
KEY_DOT = 52
KEY_SLASH = 53
KEY_RIGHTSHIFT = 54
KEY_KPASTERISK = 55
KEY_LEFTALT = 56
KEY_SPACE = 57
KEY_CAPSLOCK = 58
KEY_NUMLOCK = 69
KEY_SCROLLLOCK = 70
KEY_KP7, KEY_KP8, KEY_KP9 = 71, 72, 73
KEY_KPMINUS = 74
KEY_KP4, KEY_KP5, KEY_KP6 = 75, 76, 77
KEY_KPPLUS = 78
KEY_KP1, KEY_KP2, KEY_KP3 = 79, 80, 81
KEY_KP0 = 82
KEY_KPDOT = 83
KEY_102ND = 86  # the extra key left of Z on ISO (European) keyboards: < > on most layouts
KEY_KPENTER = 96
KEY_RIGHTCTRL = 97
KEY_KPSLASH = 98
KEY_RIGHTALT = 100  # AltGr on the European layouts
KEY_LEFTMETA = 125
KEY_RIGHTMETA = 126

# The keys of the four character rows, left to right, as the layouts below list them.
NUMBER_ROW = (KEY_GRAVE, *range(KEY_1, KEY_0 + 1), KEY_MINUS, KEY_EQUAL)
TOP_ROW = (*range(KEY_Q, KEY_P + 1), KEY_LEFTBRACE, KEY_RIGHTBRACE)
HOME_ROW = (*range(KEY_A, KEY_L + 1), KEY_SEMICOLON, KEY_APOSTROPHE, KEY_BACKSLASH)
BOTTOM_ROW = (KEY_102ND, *range(KEY_Z, KEY_M + 1), KEY_COMMA, KEY_DOT, KEY_SLASH)
ROWS = (NUMBER_ROW, TOP_ROW, HOME_ROW, BOTTOM_ROW)

KEYPAD_DIGITS = {
    KEY_KP0: "0",
    KEY_KP1: "1",
    KEY_KP2: "2",
    KEY_KP3: "3",
    KEY_KP4: "4",
    KEY_KP5: "5",
    KEY_KP6: "6",
    KEY_KP7: "7",
    KEY_KP8: "8",
    KEY_KP9: "9",
}
KEYPAD_OPERATORS = {KEY_KPMINUS: "-", KEY_KPPLUS: "+", KEY_KPASTERISK: "*", KEY_KPSLASH: "/"}

#: Ctrl + the key in this (US) position: the control character, in every layout.
CONTROL_BY_POSITION = {
    KEY_LEFTBRACE: "\x1b",  # Ctrl+[  ESC
    KEY_BACKSLASH: "\x1c",  # Ctrl+\  FS
    KEY_RIGHTBRACE: "\x1d",  # Ctrl+]  GS: the GS1 group separator (FNC1 inside a code)
    KEY_6: "\x1e",  # Ctrl+^  RS: ISO/IEC 15434 record separator
    KEY_MINUS: "\x1f",  # Ctrl+_  US
}

PLAIN, SHIFT, ALTGR = 0, 1, 2
_NOTHING = " "  # in the row strings below: no character on this key at this level


@dataclass(frozen=True)
class Stroke:
    """One key press with the modifiers held around it (for typing a character)."""

    key: int
    shift: bool = False
    altgr: bool = False
    ctrl: bool = False


@dataclass(frozen=True)
class Keymap:
    """One keyboard country: key code -> (plain, Shift, AltGr) characters ("" for none)."""

    name: str
    title: str
    keys: Mapping[int, tuple[str, str, str]]
    #: (key, level) pairs that are dead keys: the accent waits for the next key (Space: the
    #: accent itself).
    dead: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    keypad_decimal: str = "."

    def char(self, key: int, level: int) -> str:
        """The character of `key` at `level` (PLAIN, SHIFT, ALTGR); "" when there is none."""
        return self.keys.get(key, ("", "", ""))[level]

    def is_dead(self, key: int, level: int) -> bool:
        return (key, level) in self.dead

    def is_letter(self, key: int) -> bool:
        """Caps Lock applies: the key's plain and Shift characters are a letter's two cases
        (å/Å, ö/Ö and ü/Ü included; ß/? not)."""
        plain, shifted, _altgr = self.keys.get(key, ("", "", ""))
        return plain.isalpha() and shifted == plain.upper() != plain

    def keypad(self, key: int) -> str:
        if key == KEY_KPDOT:
            return self.keypad_decimal
        return KEYPAD_DIGITS.get(key) or KEYPAD_OPERATORS.get(key, "")

    def control(self, key: int) -> str:
        """The control character Ctrl + `key` gives; "" when none."""
        if key in CONTROL_BY_POSITION:
            return CONTROL_BY_POSITION[key]
        plain = self.char(key, PLAIN)
        if len(plain) == 1 and "a" <= plain <= "z":
            return chr(ord(plain) - ord("a") + 1)
        return ""

    def strokes(self, char: str) -> tuple[Stroke, ...]:
        """The key presses that type `char` with this layout (the inverse of the decoder):
        a dead accent is followed by Space; control characters are Ctrl + a key.  Empty when
        the layout cannot type it."""
        if char == " ":
            return (Stroke(KEY_SPACE),)
        for level in (PLAIN, SHIFT, ALTGR):
            for key, chars in self.keys.items():
                if chars[level] == char:
                    stroke = Stroke(key, shift=level == SHIFT, altgr=level == ALTGR)
                    if self.is_dead(key, level):
                        return (stroke, Stroke(KEY_SPACE))
                    return (stroke,)
        for key in (*CONTROL_BY_POSITION, *self.keys):
            if self.control(key) == char:
                return (Stroke(key, ctrl=True),)
        return ()


def _layout(*rows: tuple[str, str, str]) -> dict[int, tuple[str, str, str]]:
    """Rows of characters (plain, Shift, AltGr strings, one character a key, " " for none)
    -> key code -> (plain, shift, altgr)."""
    keys: dict[int, tuple[str, str, str]] = {}
    for codes, (plain, shifted, altgr) in zip(ROWS, rows, strict=True):
        altgr = altgr.ljust(len(codes), _NOTHING)
        if not len(plain) == len(shifted) == len(altgr) == len(codes):
            raise ValueError(f"a layout row has {len(codes)} keys: {plain!r} {shifted!r}")
        for code, levels in zip(codes, zip(plain, shifted, altgr, strict=True), strict=True):
            chars = tuple("" if c == _NOTHING else c for c in levels)
            if any(chars):
                keys[code] = (chars[0], chars[1], chars[2])
    keys[KEY_SPACE] = (" ", " ", "")
    return keys


def _frozen(keys: dict[int, tuple[str, str, str]]) -> Mapping[int, tuple[str, str, str]]:
    return MappingProxyType(keys)


_US_ROWS = (
    ("`1234567890-=", "~!@#$%^&*()_+", ""),
    ("qwertyuiop[]", "QWERTYUIOP{}", ""),
    ("asdfghjkl;'\\", 'ASDFGHJKL:"|', ""),
    (" zxcvbnm,./", " ZXCVBNM<>?", ""),
)

US = Keymap("us", "US English", _frozen(_layout(*_US_ROWS)))

# US-International: the US keys, with ' " ` ~ ^ as dead keys and € on AltGr+5.
_NL_ROWS = (
    (*_US_ROWS[0][:2], "     €"),
    *_US_ROWS[1:],
)
NL = Keymap(
    "nl",
    "Dutch (US-International)",
    _frozen(_layout(*_NL_ROWS)),
    frozenset(
        {
            (KEY_APOSTROPHE, PLAIN),
            (KEY_APOSTROPHE, SHIFT),
            (KEY_GRAVE, PLAIN),
            (KEY_GRAVE, SHIFT),
            (KEY_6, SHIFT),
        }
    ),
)

# The Nordic layouts share the number row's Shift and AltGr characters and the Å key.
_NORDIC_SHIFT_NUMBERS = '!"#¤%&/()=?'  # on 1 ... 0 and +
_NORDIC_TOP = ("qwertyuiopå¨", "QWERTYUIOPÅ^", "  €" + _NOTHING * 8 + "~")
_NORDIC_BOTTOM_PLAIN, _NORDIC_BOTTOM_SHIFT = "<zxcvbnm,.-", ">ZXCVBNM;:_"
_NORDIC_DEAD = {(KEY_RIGHTBRACE, PLAIN), (KEY_RIGHTBRACE, SHIFT), (KEY_RIGHTBRACE, ALTGR)}

SE = Keymap(
    "se",
    "Swedish / Finnish",
    _frozen(
        _layout(
            ("§1234567890+´", "½" + _NORDIC_SHIFT_NUMBERS + "`", "  @£$€ {[]}\\"),
            _NORDIC_TOP,
            ("asdfghjklöä'", "ASDFGHJKLÖÄ*", ""),
            (_NORDIC_BOTTOM_PLAIN, _NORDIC_BOTTOM_SHIFT, "|"),
        )
    ),
    frozenset({*_NORDIC_DEAD, (KEY_EQUAL, PLAIN), (KEY_EQUAL, SHIFT)}),
    keypad_decimal=",",
)

NO = Keymap(
    "no",
    "Norwegian",
    _frozen(
        _layout(
            ("|1234567890+\\", "§" + _NORDIC_SHIFT_NUMBERS + "`", "  @£$  {[]} ´"),
            _NORDIC_TOP,
            ("asdfghjkløæ'", "ASDFGHJKLØÆ*", ""),
            (_NORDIC_BOTTOM_PLAIN, _NORDIC_BOTTOM_SHIFT, ""),
        )
    ),
    frozenset({*_NORDIC_DEAD, (KEY_EQUAL, SHIFT), (KEY_EQUAL, ALTGR)}),
    keypad_decimal=",",
)

DK = Keymap(
    "dk",
    "Danish",
    _frozen(
        _layout(
            ("½1234567890+´", "§" + _NORDIC_SHIFT_NUMBERS + "`", "  @£$  {[]} |"),
            _NORDIC_TOP,
            ("asdfghjklæø'", "ASDFGHJKLÆØ*", ""),
            (_NORDIC_BOTTOM_PLAIN, _NORDIC_BOTTOM_SHIFT, "\\"),
        )
    ),
    frozenset({*_NORDIC_DEAD, (KEY_EQUAL, PLAIN), (KEY_EQUAL, SHIFT)}),
    keypad_decimal=",",
)

DE = Keymap(
    "de",
    "German",
    _frozen(
        _layout(
            ("^1234567890ß´", '°!"§$%&/()=?`', "       {[]}\\"),
            ("qwertzuiopü+", "QWERTZUIOPÜ*", "@ €" + _NOTHING * 8 + "~"),
            ("asdfghjklöä#", "ASDFGHJKLÖÄ'", ""),
            ("<yxcvbnm,.-", ">YXCVBNM;:_", "|"),
        )
    ),
    frozenset({(KEY_GRAVE, PLAIN), (KEY_EQUAL, PLAIN), (KEY_EQUAL, SHIFT)}),
    keypad_decimal=",",
)

KEYMAPS: Mapping[str, Keymap] = MappingProxyType(
    {keymap.name: keymap for keymap in (US, SE, NO, DK, DE, NL)}
)


def keymap_named(name: str) -> Keymap:
    """The layout called `name` ("us", "se", ...); ValueError naming the choices if none."""
    try:
        return KEYMAPS[name]
    except KeyError:
        raise ValueError(
            f"keymap {name!r}: one of {', '.join(KEYMAPS)} (the keyboard country the scanner "
            "is set to; Finnish is se)"
        ) from None
