"""The interface language: our Chinese source strings, the English .qm, and Qt's own strings.

Qt's own dialogs (file, colour, print, message box buttons) and the calendar speak the language of
the translators installed here and of the default QLocale: both follow the chosen language. Qt's
Chinese catalogue ships with the app (resources/translations, copied from PySide6 at build time
for the frozen build), with qt_extra_zh_CN for strings Qt's own catalogue lacks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wulian_desk.core import texts
from wulian_desk.core.errors import WulianError
from wulian_desk.core.vocab import Choice, label_text
from wulian_desk.paths import resources_dir

ENGLISH = "en"
CHINESE = "zh_CN"
# Qt's own catalogues for the Chinese window: qtbase first (dialogs, buttons), then ours for the
# strings Qt changed after its Chinese catalogue was last updated ("&Look in:", "Page &Set:").
QT_CHINESE = ("qtbase_zh_CN", "qt_extra_zh_CN")

_state: dict[str, object] = {"lang": CHINESE, "translators": []}


def translations_dir():
    return resources_dir() / "translations"


def _load(app: QCoreApplication, name: str) -> QTranslator | None:
    """A catalogue from the app's own folder (always shipped), else from Qt's installation."""
    translator = QTranslator(app)
    for folder in (str(translations_dir()), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        if translator.load(name, folder):
            return translator
    return None


def _english_lookup(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


_english_lookup.english = True  # type: ignore[attr-defined]


def install(app: QCoreApplication, lang: str | None) -> str:
    """Install the translators for `lang` (replacing earlier ones); returns the language in use."""
    lang = ENGLISH if lang == ENGLISH else CHINESE
    for old in _state["translators"]:
        app.removeTranslator(old)
    names = ("wulian_desk_en",) if lang == ENGLISH else QT_CHINESE
    translators = [t for t in (_load(app, name) for name in names) if t is not None]
    for translator in translators:
        app.installTranslator(translator)
    # Dates, day names and number formats of Qt's widgets (the calendar above all) follow QLocale.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates) if lang == ENGLISH
                       else QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    # Texts of the layers below (errors, vocabularies, progress) are rendered through the same catalogue.
    texts.use(_english_lookup if lang == ENGLISH else None)
    _state["translators"] = translators
    _state["lang"] = lang
    return lang


def current() -> str:
    return str(_state["lang"])


def is_english() -> bool:
    return _state["lang"] == ENGLISH


def vocab_label(vocab: dict[str, Choice], code: str | None) -> str:
    return str(label_text(vocab, code))


def error_text(err: WulianError) -> str:
    """A known error's message in the interface language."""
    return err.message


def pick(zh: str, en: str) -> str:
    """Choose between the two texts a data value carries (a form definition's label_zh / label_en,
    a target's figure_zh / figure_en)."""
    return en if is_english() and en else zh


def listed(parts) -> str:
    """Several values as one cell or line, separated as the interface language separates a list
    (甲、乙 / "A, B"); the separator is the catalogue's, the same as core's `texts.join`."""
    return QCoreApplication.translate("Texts", "、").join(str(part) for part in parts)
