#!/bin/sh
# Re-extract the interface strings into wulian_desk_en.ts (existing translations are kept), then
# rebuild the compiled catalogue. Translate new entries (Qt Linguist, or by hand) before release:
# tests/ui/test_i18n.py fails while any entry is unfinished or the catalogue is out of date.
set -e
cd "$(dirname "$0")/../.."
bin="$(dirname "$(command -v python)")"
"$bin/pyside6-lupdate" -no-obsolete -locations relative $(find wulian_desk/ui -name '*.py' | sort) wulian_desk/app.py \
    -ts resources/translations/wulian_desk_en.ts
"$bin/pyside6-lrelease" resources/translations/wulian_desk_en.ts -qm resources/translations/wulian_desk_en.qm
