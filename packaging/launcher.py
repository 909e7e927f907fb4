"""Entry point of the frozen build: point the app at its bundled resources, then start it."""

import os
import sys
from pathlib import Path

if getattr(sys, "frozen", False):
    base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    os.environ.setdefault("WULIAN_DESK_RESOURCES", str(base / "resources"))
    os.environ.setdefault("WULIAN_DESK_FORMS", str(base / "forms"))

from wulian_desk.cli import main  # noqa: E402

sys.exit(main())
