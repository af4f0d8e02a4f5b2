"""The keyboard-wedge detector (devices/wedge.py): scans whole, a person's keys given back,
and keys at scanner speed that are not a whole scan never given back as keys."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.scanner import ScannerSettings
from devices.wedge import GS, LATE_KEYS, STX, Key, Outcome, Verdict, WedgeDetector


def typed(detector: WedgeDetector, text: str, start: float, gap: float) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for index, char in enumerate(text):
        verdicts += detector.key(Key(char, start + index * gap))
    return verdicts


def scans(verdicts: list[Verdict]) -> list[str]:
    return [v.scan.code for v in verdicts if v.scan is not None]


def given_back(verdicts: list[Verdict]) -> str:
    return "".join(k.text for v in verdicts if v.outcome == Outcome.TYPED for k in v.keys)


def dropped(verdicts: list[Verdict]) -> str:
    return "".join(k.text for v in verdicts if v.outcome == Outcome.DROPPED for k in v.keys)


def test_a_scan_is_fast_characters_ending_with_enter() -> None:
    detector = WedgeDetector()
    verdicts = typed(detector, "4006381333931\r", 10.0, 0.004)
    assert scans(verdicts) == ["4006381333931"]
    assert not detector.holding and given_back(verdicts) == ""


def test_capitals_repeated_keys_gs_and_aim_prefix_are_one_scan() -> None:
    code = f"]C10109506000134352{GS}10AB-12{GS}21XYZ000"
    verdicts = typed(WedgeDetector(), code + "\t", 1.0, 0.002)
    [scan] = [v.scan for v in verdicts if v.scan]
    assert scan.code == code and scan.symbology == "]C1"


def test_a_stall_inside_a_scan_up_to_max_gap_keeps_it_whole() -> None:
    detector = WedgeDetector()
    verdicts = typed(detector, "RMA-SE", 1.0, 0.002)
    verdicts += typed(detector, "-0000001\r", 1.045, 0.002)  # 35 ms stall (X queued them)
    assert scans(verdicts) == ["RMA-SE-0000001"]


def test_a_person_typing_is_given_back_in_order() -> None:
    detector = WedgeDetector()
    verdicts = typed(detector, "hello\r", 10.0, 0.2)
    verdicts += detector.pause()
    assert given_back(verdicts) == "hello\r" and scans(verdicts) == []


def test_a_fast_typist_at_25_ms_a_key_is_typing_not_a_scan() -> None:
    detector = WedgeDetector()
    verdicts = typed(detector, "1234\r", 5.0, 0.025)
    assert scans(verdicts) == [] and given_back(verdicts) == "1234\r"
    assert dropped(verdicts) == ""


def test_a_fragment_without_enter_is_dropped_never_given_back() -> None:
    detector = WedgeDetector()
    verdicts = typed(detector, "RMA-SE-00", 1.0, 0.002)
    assert verdicts == [] and detector.holding
    assert detector.pause() == [] and detector.patience == LATE_KEYS  # its keys may be late
    verdicts = detector.pause()  # none came
    assert dropped(verdicts) == "RMA-SE-00" and given_back(verdicts) == ""
    assert [v.tail for v in verdicts] == [False]
    assert detector.patience == 0.1  # a person's again


def test_keys_late_to_a_busy_window_carry_the_scan_on_by_their_own_stamps() -> None:
    """The window got a scan's keys in two lots, the second after its pause timer had run
    out (the PC was busy); the X server stamped them 2 ms apart, so it is one scan.  A late
    key stamped well after the burst ends it as a fragment, as before."""
    detector = WedgeDetector()
    verdicts = typed(detector, "B-100", 1.0, 0.002)
    assert detector.pause() == []  # the clock ran out: wait for late keys
    verdicts += typed(detector, "1\r", 1.010, 0.002)  # they came, stamped 2 ms on
    assert scans(verdicts) == ["B-1001"] and dropped(verdicts) == ""
    verdicts = typed(detector, "RMA-SE", 5.0, 0.002)
    assert detector.pause() == []
    verdicts += typed(detector, "-0000001\r", 5.3, 0.002)  # stamped 300 ms on: not the same
    assert scans(verdicts) == [] and dropped(verdicts) == "RMA-SE-0000001\r"
    slow = typed(detector, "ok", 9.0, 0.3)  # a person's keys are given back at the first pause
    assert given_back(slow + detector.pause()) == "ok" and not detector.holding


def test_the_tail_of_a_split_scan_is_dropped_with_its_head() -> None:
    detector = WedgeDetector()
    verdicts = typed(detector, "3000", 1.0, 0.002)
    verdicts += typed(detector, "000942\r", 1.080, 0.002)  # an 80 ms stall: split
    assert scans(verdicts) == [] and given_back(verdicts) == ""
    assert dropped(verdicts) == "3000000942\r"
    assert sum(1 for v in verdicts if not v.tail) == 1  # said once
    # a person's key well after it is theirs again
    later = typed(detector, "y", 2.0, 0.0) + detector.pause()
    assert given_back(later) == "y"


def test_a_scan_too_short_or_enter_alone_at_scanner_speed_is_dropped() -> None:
    detector = WedgeDetector()
    assert dropped(typed(detector, "42\r", 1.0, 0.002)) == "42\r"


def test_a_letter_typed_20_ms_before_a_scan_is_split_off_and_marked() -> None:
    detector = WedgeDetector()
    verdicts = detector.key(Key("q", 1.0))
    verdicts += typed(detector, "RMA-SE-0000001\r", 1.020, 0.002)
    assert scans(verdicts) == ["RMA-SE-0000001"]
    [person] = [v for v in verdicts if v.outcome == Outcome.TYPED]
    assert [k.text for k in person.keys] == ["q"] and person.near_scan


def test_a_single_key_then_a_pause_is_a_persons() -> None:
    detector = WedgeDetector()
    assert detector.key(Key("3", 1.0)) == []
    [verdict] = detector.pause()
    assert verdict.outcome == Outcome.TYPED and not verdict.near_scan


def test_back_to_back_scans_with_no_gap_are_two_scans() -> None:
    detector = WedgeDetector()
    verdicts = typed(detector, "RMA-SE-0000001\rLPN0000000017\t", 5.0, 0.002)
    assert scans(verdicts) == ["RMA-SE-0000001", "LPN0000000017"]


def test_another_key_ends_a_burst() -> None:
    detector = WedgeDetector()
    typed(detector, "ab", 1.0, 0.1)
    assert given_back(detector.other_key(1.2)) == "b"


def test_a_programmed_prefix_makes_a_scan_whatever_the_timing() -> None:
    detector = WedgeDetector(ScannerSettings(prefix=STX))
    verdicts = typed(detector, f"{STX}RMA-SE-0000001\r", 1.0, 0.2)  # slow: a Bluetooth link
    assert scans(verdicts) == ["RMA-SE-0000001"]
    assert detector.patience == 0.1  # back to a person's patience after the scan
    typed(detector, f"{STX}RMA", 3.0, 0.002)
    assert detector.patience == 2.0
    assert dropped(detector.pause()) == f"{STX}RMA"  # no Enter: not whole
    # without the prefix, a scanner's burst is still judged by timing
    assert scans(typed(detector, "LPN0000000017\r", 9.0, 0.002)) == ["LPN0000000017"]


def test_a_clock_going_backwards_starts_a_new_burst() -> None:
    detector = WedgeDetector()
    typed(detector, "ab", 5.0, 0.002)
    verdicts = typed(detector, "RMA-SE-0000001\r", 1.0, 0.002)  # another clock (synthetic keys)
    assert dropped(verdicts) == "ab" and scans(verdicts) == ["RMA-SE-0000001"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([*"aB3-\r\t", GS]), st.floats(0, 0.2)),
        max_size=120,
    )
)
def test_every_key_is_accounted_for_once_in_order(keys: list[tuple[str, float]]) -> None:
    """Whatever comes, each key ends up exactly once: in a scan, given back, or dropped;
    and nothing at scanner speed is given back unless it is a single key or a person's."""
    detector = WedgeDetector()
    now = 0.0
    sent: list[str] = []
    verdicts: list[Verdict] = []
    for char, gap in keys:
        now += gap
        sent.append(char)
        verdicts += detector.key(Key(char, now))
    verdicts += detector.pause()
    verdicts += detector.pause()  # (a fast burst waits once for late keys)
    assert not detector.holding
    seen = [k.text for v in verdicts for k in v.keys]
    assert seen == sent
    for verdict in verdicts:
        if verdict.outcome == Outcome.TYPED and len(verdict.keys) > 1:
            gaps = [b.at - a.at for a, b in zip(verdict.keys, verdict.keys[1:], strict=False)]
            assert sorted(gaps)[len(gaps) // 2] > detector.settings.scan_gap
