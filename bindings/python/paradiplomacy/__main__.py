# SPDX-License-Identifier: Apache-2.0
"""``python -m paradiplomacy``: the command line (see :mod:`paradiplomacy.cli`)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
