"""Entry point of the frozen build: the same main as `wulian-desk` installed from a wheel. With no
arguments it opens the window; with a command it runs it."""

import sys

from wulian_desk.cli import main

sys.exit(main())
