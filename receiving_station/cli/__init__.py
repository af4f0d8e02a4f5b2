"""The command line of `receiving-station` (the same `main()` as `python main.py`): the
composition root of the headless verbs.

`main.py` here holds the parser and `main()`; each verb group is a module of its own (`database`,
`codes`, `rules`, `importing`, `devices`, `upstream`, `labels`, `reports`, `bench`,
`translations`, `demo`) with an `add_*_verbs(sub)`; `window` opens the window (the only way from
the core to `ui.app`); `errors` is the leaf every verb imports: `CliError` and the helpers to
open the database.  No other module of the core imports the CLI (tests/test_layers.py).
"""

from receiving_station.cli.main import main

__all__ = ["main"]
