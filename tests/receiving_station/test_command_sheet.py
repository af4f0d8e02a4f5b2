"""The printable command-barcode sheet: every command the bench knows, as Code 128."""

from __future__ import annotations

from pathlib import Path

import pytest

from receiving_station.cli import main
from receiving_station.codes.command_sheet import command_sheet_pdf
from receiving_station.codes.identify import COMMANDS, CodeKind, identify


def test_every_command_is_on_the_sheet_and_identifies_as_a_command() -> None:
    pdf = command_sheet_pdf()
    assert pdf.startswith(b"%PDF")
    for name in COMMANDS:
        assert f"CMD:{name}".encode() in pdf
        ident = identify(f"CMD:{name}")
        assert ident.kind == CodeKind.COMMAND and ident.command == name


def test_cli_command_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["command-sheet", "--output", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["command-sheet", "--output", str(tmp_path / "no" / "dir.pdf")]) == 2
    assert "No such file" in capsys.readouterr().err


def test_the_committed_sheet_is_current() -> None:
    committed = Path(__file__).resolve().parents[2] / "docs" / "command-barcodes.pdf"
    strip = [b"/CreationDate", b"/ModDate", b"/ID"]

    def stable(pdf: bytes) -> list[bytes]:
        return [line for line in pdf.splitlines() if not any(s in line for s in strip)]

    assert stable(committed.read_bytes()) == stable(command_sheet_pdf()), (
        "run: receiving-station command-sheet --output docs/command-barcodes.pdf"
    )
