"""``python -m tests.bench``: every benchmark, figures beside their targets (see run.py)."""

import sys

from tests.bench.run import main

sys.exit(main())
