"""Where things live: data, config and log folders (platformdirs), and the shipped resources."""

from __future__ import annotations

import os
from dataclasses import dataclass
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


# The file that names the data folder when it is not the default: in the user's config folder
# (a folder this user moved to), or in the machine's (C:\ProgramData\wulian-desk on Windows, written
# by the installer's "one station for every user of this PC", or by a move for every user).
DATA_FOLDER_FILE = "data-folder.txt"


@dataclass(frozen=True)
class DataFolder:
    path: Path
    source: str  # "user" | "machine" | "default"
    named_in: Path | None  # the file that names it, None for the default


def data_folder() -> DataFolder:
    """The data folder in use when none is given on the command line, and what decided it."""
    for source, folder in (("user", config_dir()), ("machine", machine_config_dir())):
        named_in = folder / DATA_FOLDER_FILE
        try:
            text = named_in.read_text(encoding="utf-8-sig").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return DataFolder(Path(text).expanduser(), source, named_in)
    return DataFolder(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)), "default", None)


def default_data_dir() -> Path:
    return data_folder().path


def name_data_folder(path: Path, *, for_machine: bool) -> Path:
    """Make `path` the data folder from now on, for this user or for every user of the machine;
    returns the file that now names it. OSError when that file cannot be written."""
    named_in = (machine_config_dir() if for_machine else config_dir()) / DATA_FOLDER_FILE
    named_in.parent.mkdir(parents=True, exist_ok=True)
    scratch = named_in.with_suffix(".tmp")
    scratch.write_text(f"{Path(path).resolve()}\n", encoding="utf-8")
    os.replace(scratch, named_in)
    if for_machine:
        # The machine's choice holds for everyone only if this user's own choice does not hide it.
        (config_dir() / DATA_FOLDER_FILE).unlink(missing_ok=True)
    return named_in


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def machine_config_dir() -> Path:
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def policies_dir() -> Path:
    return resources_dir() / "policies"
