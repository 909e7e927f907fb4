#!/bin/sh
# Re-extract every user-visible string of the program into wulian_desk_en.ts (existing
# translations are kept), then rebuild the compiled catalogues. The window marks its strings with
# self.tr / QCoreApplication.translate / QT_TRANSLATE_NOOP; the layers without Qt mark theirs with
# translate(context, template) from wulian_desk/core/texts.py, which lupdate reads the same way.
# Translate new entries (Qt Linguist, or by hand) before release: tests/test_translations.py fails
# while any entry is unfinished or the catalogue is out of date.
set -e
cd "$(dirname "$0")/../.."
bin="$(dirname "$(command -v python)")"
"$bin/pyside6-lupdate" -no-obsolete -locations relative $(find wulian_desk -name '*.py' | sort) \
    -ts resources/translations/wulian_desk_en.ts
"$bin/pyside6-lrelease" resources/translations/wulian_desk_en.ts -qm resources/translations/wulian_desk_en.qm
# Qt's own strings that its Chinese catalogue lacks (file and print dialogs).
"$bin/pyside6-lrelease" resources/translations/qt_extra_zh_CN.ts -qm resources/translations/qt_extra_zh_CN.qm
