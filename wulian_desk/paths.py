"""Where things live: data, config, cache and log folders (appdirs), and the shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

from wulian_desk import APP_NAME

# Shipped files (fonts, policy profiles, translations) sit beside the package in a source tree
# and an editable install; a frozen build sets WULIAN_DESK_RESOURCES to its bundled copy.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return Path(os.environ.get("WULIAN_DESK_RESOURCES") or PROJECT_ROOT / "resources")


def forms_dir() -> Path:
    return Path(os.environ.get("WULIAN_DESK_FORMS") or PROJECT_ROOT / "forms")


def keep_files_private() -> None:
    """Make every file and folder this process creates owner-only (0600 / 0700) on POSIX, whatever
    library writes it: prints, workbooks, bundles, backups and the log hold people's data. Windows
    has no umask: there the data and log folders sit in the user's own profile (appdirs), whose
    access list already keeps other users out, and prints go where the user chooses to save them."""
    if os.name == "posix":
        os.umask(0o077)


def default_data_dir() -> Path:
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(appdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(appdirs.user_log_dir(APP_NAME, appauthor=False))


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def policies_dir() -> Path:
    return resources_dir() / "policies"
