"""`python -m receiving_station.cli ...`: the same as `receiving-station ...`."""

import sys

from receiving_station.cli import main

sys.exit(main())
