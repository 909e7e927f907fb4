"""`python -m wulian_desk` runs the command line (no arguments opens the window)."""

from wulian_desk.cli import main

raise SystemExit(main())
