"""The keyboard-wedge detector: tells a scanner's typing from a person's, by timing or by a
programmed prefix.  Pure (no Qt, no threads): the UI's application-wide key filter
(ui/input/scan_filter.py) feeds it every key that types a character, on the GUI thread.

A keyboard-wedge scanner is a keyboard.  Through a real X server it presses Shift around every
capital, its keys may be marked as auto-repeat when they queue up, and the window may be busy
while they arrive.  So the detector judges keys by the time the X server stamped on them (the
UI passes it; a busy window does not change it) and knows nothing of modifier keys: the UI
leaves those out.

What it decides, for each burst of keys (keys at most `max_gap` apart):

- a **scan**: at least `min_length` characters at scanner speed (their median gap at most
  `scan_gap`), ended by Enter or Tab at the same speed.  With a `prefix` set, a scan is
  whatever comes between the prefix and Enter/Tab, however slowly.
- **typed**: a person's keys (slower than a scanner, or a single key): the UI gives them back,
  in order, to the widget they were meant for.  Keys a person typed just before a scan came
  (a letter 20 ms ahead of it) are split off the scan and marked `near_scan`.
- **dropped**: keys at scanner speed that did not end as a whole scan (no Enter, too short, a
  pause in the middle).  They are never given back as keys: a fragment of a scan must not
  grade, answer, confirm or print.  Keys that follow a dropped fragment closely (its tail,
  up to `settle` seconds after it) are dropped with it.

Nothing here is timed by a clock of its own: the UI calls `pause()` when no key came for
`patience` seconds (and again after the new `patience` while keys are still held: a burst at
scanner speed waits a little longer for keys late to a busy window), and `other_key()` when a
key that types nothing (Esc, F9, an arrow, Alt+letter) ends the burst.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise
from statistics import median

from devices.events import Scan, symbology_of
from devices.scanner import ScannerSettings

ENTER = "\r"
TAB = "\t"
TERMINATORS = (ENTER, TAB)
GS = "\x1d"  # group separator: a GS1 field ends (FNC1); a wedge scanner types it as Ctrl+]
STX = "\x02"  # start of text: the prefix scanners are commonly programmed to send (Ctrl+B)
PREFIX_NAMES = {"stx": STX}

#: Keys that follow a dropped fragment this closely (seconds) are its tail: dropped too.
SETTLE = 0.30
#: A burst at scanner speed with no Enter yet, when no key came for `patience`: how much
#: longer (seconds, by the clock) to wait for its next key before calling it a fragment.  The
#: pause is the UI's clock, but the keys' gaps are the X server's stamps: on a busy PC the
#: window may get a scan's next keys 100 ms late although the scanner typed them 2 ms apart
#: (stamped so), and a late key whose stamp follows closely carries the scan on.
LATE_KEYS = 0.25
#: With a prefix set, a scan may come slowly, but not forever.
PREFIXED_PATIENCE = 2.0
#: The most characters one burst may hold.
MAX_HELD = 4096


@dataclass(frozen=True)
class Key:
    """One key that types a character (Enter is "\\r", Tab "\\t", GS "\\x1d"), at `at` seconds
    (any clock, as long as one burst's keys share it); `token` is the UI's own handle on the
    key (its event), handed back untouched."""

    text: str
    at: float
    token: object = None


class Outcome(StrEnum):
    SCAN = "scan"  # a whole scan (see .scan)
    TYPED = "typed"  # a person's keys: give them back in order
    DROPPED = "dropped"  # scanner-speed keys that are not a whole scan: never keys


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    keys: tuple[Key, ...] = ()
    scan: Scan | None = None
    #: typed keys that came just before a scan (a person's, or the head of a stalled scan):
    #: safe as text in a text field, never as a command
    near_scan: bool = False
    #: dropped keys that are the tail of a fragment dropped already (said once, not again)
    tail: bool = False


@dataclass
class WedgeDetector:
    """See the module docstring.  Feed `key()`, `other_key()` and `pause()`; each returns the
    verdicts on the keys it settled, oldest first."""

    settings: ScannerSettings = field(default_factory=ScannerSettings)
    source: str = "wedge"
    _held: list[Key] = field(default_factory=list)
    _prefixed: bool = False
    _dropped_at: float | None = None
    _late: bool = False  # paused once on a fast burst: waiting LATE_KEYS for its late keys

    @property
    def holding(self) -> bool:
        return bool(self._held)

    @property
    def patience(self) -> float:
        """How long (seconds) the UI waits with no key before calling `pause()`: long enough
        that a scanner's next key is not mistaken for the end, short enough for a person's."""
        if self._prefixed:
            return PREFIXED_PATIENCE
        if self._late:
            return LATE_KEYS
        return self.settings.max_gap + 0.050

    def key(self, key: Key) -> list[Verdict]:
        verdicts: list[Verdict] = []
        self._late = False
        if self._prefixed:
            if key.text in TERMINATORS:
                return self._end_prefixed(key)
            self._held.append(key)
            if len(self._held) > MAX_HELD:
                return self._end_prefixed(None)
            return []
        prefix = self.settings.prefix
        if prefix is not None and key.text == prefix:
            verdicts += self._end(None)
            self._dropped_at = None  # a programmed prefix starts afresh, whatever came before
            self._held = [key]
            self._prefixed = True
            return verdicts
        if self._held and not self._close(self._held[-1].at, key.at, self.settings.max_gap):
            verdicts += self._end(None)
        if self._dropped_at is not None:
            if self._close(self._dropped_at, key.at, SETTLE):
                self._dropped_at = key.at
                verdicts.append(Verdict(Outcome.DROPPED, (key,), tail=True))
                return verdicts
            self._dropped_at = None
        if key.text in TERMINATORS:
            return verdicts + self._end(key)
        self._held.append(key)
        if len(self._held) > MAX_HELD:
            verdicts += self._end(None)
        return verdicts

    def other_key(self, at: float) -> list[Verdict]:
        """A key that types nothing arrived (Esc, F9, an arrow, Alt+E): the burst ends."""
        if self._prefixed:
            return self._end_prefixed(None)
        return self._end(None)

    def pause(self) -> list[Verdict]:
        """No key came for `patience` seconds: the burst ended without Enter.  A burst at
        scanner speed is given `LATE_KEYS` more first (nothing is settled; call `pause()` again
        after the new `patience`): its next keys may be on their way to a busy window."""
        if self._prefixed:
            return self._end_prefixed(None)
        if not self._late and self._fast(self._held):
            self._late = True
            return []
        return self._end(None)

    # -- deciding ----------------------------------------------------------------------------

    @staticmethod
    def _close(earlier: float, later: float, limit: float) -> bool:
        return 0 <= later - earlier <= limit

    def _fast(self, keys: Sequence[Key]) -> bool:
        """At scanner speed: two keys or more, the median gap at most `scan_gap`."""
        if len(keys) < 2:
            return False
        gaps = [b.at - a.at for a, b in pairwise(keys)]
        return median(gaps) <= self.settings.scan_gap

    def _end(self, terminator: Key | None) -> list[Verdict]:
        keys, self._held, self._late = self._held, [], False
        if not keys and terminator is None:
            return []
        sequence = [*keys, terminator] if terminator is not None else keys
        # A person's keys just ahead of a scan: slower than a scanner to the key after them.
        lead = 0
        while lead < len(keys) and lead + 1 < len(sequence):
            if sequence[lead + 1].at - sequence[lead].at <= self.settings.scan_gap:
                break
            lead += 1
        verdicts: list[Verdict] = []
        rest = sequence[lead:]
        if lead:
            near = len(rest) > 1 and self._fast(rest)
            verdicts.append(Verdict(Outcome.TYPED, tuple(keys[:lead]), near_scan=near))
        if not self._fast(rest):
            if rest:
                verdicts.append(Verdict(Outcome.TYPED, tuple(rest)))
            return verdicts
        chars = [key for key in rest if key.text not in TERMINATORS]
        if terminator is not None and len(chars) >= self.settings.min_length:
            verdicts.append(Verdict(Outcome.SCAN, tuple(rest), scan=self._scan(chars, terminator)))
            return verdicts
        self._dropped_at = rest[-1].at
        verdicts.append(Verdict(Outcome.DROPPED, tuple(rest)))
        return verdicts

    def _end_prefixed(self, terminator: Key | None) -> list[Verdict]:
        keys, self._held, self._prefixed = self._held, [], False
        chars = keys[1:]  # after the prefix
        if terminator is not None and len(chars) >= self.settings.min_length:
            return [Verdict(Outcome.SCAN, (*keys, terminator), scan=self._scan(chars, terminator))]
        everything = (*keys, terminator) if terminator is not None else tuple(keys)
        return [Verdict(Outcome.DROPPED, everything)]

    def _scan(self, chars: Sequence[Key], terminator: Key) -> Scan:
        code = "".join(key.text for key in chars)
        return Scan(code, self.source, terminator.at, symbology_of(code))
