"""Where things live: data, config and log folders (platformdirs), and the shipped resources."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

from wulian_desk import APP_NAME

# Shipped files (fonts, policy profiles, translations, style sheets, forms) are edited in the
# top-level resources/ and forms/ folders. A source tree and an editable install read them there;
# a wheel carries copies inside the package (wulian_desk/shipped/, made by setup.py's build step),
# found through importlib.resources; a frozen build or a county's own forms folder is named by
# WULIAN_DESK_RESOURCES / WULIAN_DESK_FORMS.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _shipped(name: str, env: str) -> Path:
    if os.environ.get(env):
        return Path(os.environ[env])
    packaged = resources.files("wulian_desk").joinpath("shipped", name)
    if packaged.is_dir():
        return Path(str(packaged))
    return PROJECT_ROOT / name


def resources_dir() -> Path:
    return _shipped("resources", "WULIAN_DESK_RESOURCES")


def forms_dir() -> Path:
    return _shipped("forms", "WULIAN_DESK_FORMS")


def keep_files_private() -> None:
    """Make every file and folder this process creates owner-only (0600 / 0700) on POSIX, whatever
    library writes it: prints, workbooks, bundles, backups and the log hold people's data. Windows
    has no umask: there the data and log folders sit in the user's own profile, whose
    access list already keeps other users out, and prints go where the user chooses to save them."""
    if os.name == "posix":
        os.umask(0o077)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def policies_dir() -> Path:
    return resources_dir() / "policies"
