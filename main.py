"""Run Receiving Station: `python main.py [ARGS]` is the same as `receiving-station [ARGS]`."""

import sys

from receiving_station.cli import main

if __name__ == "__main__":
    sys.exit(main())
