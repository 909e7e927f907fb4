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
