"""What the bench knows and says: the inputs it takes (InputKind, BenchInput, recorded and replayed as they are), its stages and their prompts, its state (operator, parcel, unit, checklist, questions asked) and the update each input gives the window."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from receiving_station.bench.sign_in import (
    OperatorInfo,
)
from receiving_station.i18n.text import Text
from receiving_station.receiving.results import (
    Feedback,
    Grading,
)
from receiving_station.receiving.views import ParcelShortfall, ParcelView, UnitView
from receiving_station.rules import ChecklistQuestion, Decision


class Stage(StrEnum):
    """Where the bench is; it decides what the next scan or key means."""

    SIGNED_OUT = "signed_out"
    READY = "ready"  # signed in, no parcel open: scan a parcel
    PARCEL = "parcel"  # parcel open: weigh it, scan an item
    SERIAL = "serial"  # the unit needs its serial number scanned
    CHECKLIST = "checklist"  # answering the category's questions (Y/N)
    GRADE = "grade"  # press 1-5
    PHOTO = "photo"  # the grade needs a photo first (P)
    DECIDE = "decide"  # the decision is on screen: Enter confirms, Esc steps back


PROMPTS = {
    Stage.SIGNED_OUT: Text("bench", "Scan your badge, or choose your name and type your PIN"),
    Stage.READY: Text("bench", "Scan the parcel's carrier label or RMA barcode"),
    Stage.PARCEL: Text(
        "bench", "Put the parcel on the scale, then scan an item  ·  F9 closes the parcel"
    ),
    Stage.SERIAL: Text("bench", "Scan the item's serial number"),
    Stage.CHECKLIST: Text("bench", "Answer with Y or N  ·  Esc steps back"),
    Stage.GRADE: Text("bench", "Grade it: 1–5  ·  Esc steps back"),
    Stage.PHOTO: Text("bench", "Take a photo: P  ·  Esc chooses another grade"),
    Stage.DECIDE: Text("bench", "Enter confirms and prints the label  ·  Esc steps back"),
}


# The prompt's first part, what to do (before "  ·  "), repeated in a refusal
PROMPT_STEPS = {
    Stage.SERIAL: Text("bench", "Scan the item's serial number"),
    Stage.CHECKLIST: Text("bench", "Answer with Y or N"),
    Stage.GRADE: Text("bench", "Grade it: 1–5"),
    Stage.PHOTO: Text("bench", "Take a photo: P"),
    Stage.DECIDE: Text("bench", "Enter confirms and prints the label"),
}


class InputKind(StrEnum):
    """What happened at the bench: a scan, a stable weight, a key, a photo, a sign-in or -out."""

    SCAN = "scan"
    WEIGHT = "weight"
    KEY = "key"
    PHOTO = "photo"
    LOGIN = "login"
    LOGOUT = "logout"


@dataclass(frozen=True)
class BenchInput:
    """One thing that happened at the bench, as recorded and replayed.

    kind: scan (value: the code), weight (value: stable kilograms), key (value: 1-5, Y, N,
    ENTER, ESC, F4, F9, F12, P, W), photo (value: the image's path), login (value: badge code; `pin`
    for a PIN login, checked live but never recorded), logout (value: why).

    A recording keeps no PIN, only whether the PIN typed was right (`pin_ok`): a replay signs
    in, fails and locks out as the bench did."""

    kind: InputKind
    value: str
    pin: str | None = None
    source: str = ""  # wedge, serial, keyboard, demo, replay
    language: str | None = None  # login: the language chosen on the sign-in screen
    pin_ok: bool | None = None  # a replayed PIN sign-in: whether the PIN typed was right

    def __post_init__(self) -> None:
        # a kind given as its word ("scan", as recordings and tests write it) is the enum
        object.__setattr__(self, "kind", InputKind(self.kind))

    def recorded(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind.value, "value": self.value}
        if self.source:
            out["source"] = self.source
        if self.language:
            out["language"] = self.language
        if self.pin_ok is not None:
            out["pin_ok"] = self.pin_ok
        return out


@dataclass(frozen=True)
class Activity:
    at: dt.datetime
    feedback: Feedback
    message: str


@dataclass(frozen=True)
class BenchState:
    station: str
    stage: Stage = Stage.SIGNED_OUT
    operator: OperatorInfo | None = None
    parcel: ParcelView | None = None
    unit: UnitView | None = None
    questions: tuple[ChecklistQuestion, ...] = ()
    answers: tuple[tuple[str, bool], ...] = ()
    pending_grade: str | None = None
    photos: tuple[str, ...] = ()
    decision: Decision | None = None
    last_weight_kg: Decimal | None = None
    activity: tuple[Activity, ...] = ()
    last_label_job: int | None = None
    closing: ParcelShortfall | None = None  # F9 asked to close with these items missing
    # a badge scanned whose holder must also type the PIN (the sign-in screen asks for it)
    pin_for: OperatorInfo | None = None
    # another operator's badge scanned while a parcel is open here: scanning it again takes over
    take_over: str | None = None
    # the grade on screen and its decision, written when Enter confirms them (None: nothing
    # graded here, or the unit was graded in the database before)
    grading: Grading | None = None
    # grades given to this unit and stepped back from (Esc), for the confirmation's audit line
    earlier_grades: tuple[str, ...] = ()

    @property
    def prompt(self) -> str:
        if self.closing is not None:
            return Text(
                "bench",
                "Press F9 again to close {rma} with {n} item(s) missing  ·  Esc keeps it open",
                n=self.closing.missing,
                rma=self.closing.rma_number,
            )
        if self.stage == Stage.PARCEL and self.parcel is not None:
            if self.parcel.measured_weight_kg is None:
                return PROMPTS[Stage.PARCEL]
            rma = self.parcel.rma
            if rma is not None and rma.lines and all(line.remaining == 0 for line in rma.lines):
                return Text(
                    "bench",
                    "Every expected item is in: F9 closes the parcel  ·  or scan an extra item",
                )
            return Text("bench", "Scan the next item  ·  F9 closes the parcel")
        if self.stage == Stage.CHECKLIST and len(self.answers) < len(self.questions):
            return Text(
                "bench",
                "{question}  Y / N  ·  Esc steps back",
                question=self.questions[len(self.answers)].question,
            )
        return PROMPTS[self.stage]

    @property
    def step(self) -> str:
        """What to do now, without the keys' hints."""
        if self.stage == Stage.CHECKLIST and len(self.answers) < len(self.questions):
            return Text(
                "bench", "{question} Y / N", question=self.questions[len(self.answers)].question
            )
        # a parcel's step depends on it (weighed, every item in): the prompt says it
        return PROMPT_STEPS.get(self.stage) or self.prompt


@dataclass(frozen=True)
class BenchUpdate:
    """What one input did: how to tell the person (feedback + message) and the new state."""

    input: BenchInput
    feedback: Feedback
    message: str
    state: BenchState
    print_job: int | None = None  # a label to print now
    wants_photo: bool = False  # the window should take a photo (camera)
    changed: bool = True  # False: nothing happened (a repeated weight, say)
    seconds: float = 0.0  # time the controller took
