"""The interface language: our Chinese source strings, the English .qm, and Qt's own strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from wulian_desk.core.errors import WulianError
from wulian_desk.core.vocab import Choice, label
from wulian_desk.paths import resources_dir

ENGLISH = "en"
CHINESE = "zh_CN"

_state: dict[str, object] = {"lang": CHINESE, "translators": []}


def translations_dir():
    return resources_dir() / "translations"


def install(app: QCoreApplication, lang: str | None) -> str:
    """Install the translators for `lang` (replacing earlier ones); returns the language in use."""
    lang = ENGLISH if lang == ENGLISH else CHINESE
    for old in _state["translators"]:
        app.removeTranslator(old)
    translators = []
    if lang == ENGLISH:
        ours = QTranslator(app)
        if ours.load("wulian_desk_en", str(translations_dir())):
            translators.append(ours)
    else:
        # Our strings are Chinese already; Qt's own buttons and menus need its Chinese catalogue.
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    _state["translators"] = translators
    _state["lang"] = lang
    return lang


def current() -> str:
    return str(_state["lang"])


def is_english() -> bool:
    return _state["lang"] == ENGLISH


def vocab_label(vocab: dict[str, Choice], code: str | None) -> str:
    return label(vocab, code, english=is_english())


def error_text(err: WulianError) -> str:
    """A known error's message in the interface language (Chinese when no English was given)."""
    return err.english if is_english() and err.english else str(err)


def pick(zh: str, en: str) -> str:
    """Choose between the two texts a core value carries (requirement_zh / requirement_en...)."""
    return en if is_english() and en else zh
