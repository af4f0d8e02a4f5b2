"""The bundle's entry point: the program `receiving-station` that PyInstaller freezes.

The same `main()` as `main.py` and the console script.  It also stands in for the interpreter's
`-m MODULE ARGS`: the core starts helper processes as `[sys.executable, "-m", module, ...]`
(receiving_station.importing.parallel reads a large import in a second process), and in the
bundle `sys.executable` is this program, not a Python interpreter.  Only modules inside the
bundle can be run that way, which is all the core ever asks for.
"""

from __future__ import annotations

import runpy
import sys


def main() -> int:
    if getattr(sys, "frozen", False) and len(sys.argv) >= 3 and sys.argv[1] == "-m":
        module = sys.argv[2]
        sys.argv = [module, *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from receiving_station.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
