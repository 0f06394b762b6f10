#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check-current.sh LUPDATE SOURCE_DIR
# Fails when the sources hold a tr() string that translations/pharen_de.ts does not translate: a
# new string, or one that moved to another class (its context changes, so Qt would not find it).
set -euo pipefail
lupdate=$1
cd "$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/pharen_de.ts "$work/pharen_de.ts"
"$lupdate" app/core app/cli app/chat ui packaging/screenshot -ts "$work/pharen_de.ts" \
    -no-obsolete -locations none -silent
missing=$(grep -c 'type="unfinished"' "$work/pharen_de.ts" || true)
if [ "$missing" -ne 0 ]; then
    echo "$missing strings have no German translation in their class:"
    grep -B3 'type="unfinished"' "$work/pharen_de.ts" | grep '<source>' | head -20
    exit 1
fi
echo "every tr() string has its German translation"
