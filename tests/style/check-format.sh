#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check-format.sh CLANG_FORMAT SOURCE_DIR
# Lists every tracked C++ file that clang-format would change, and fails if there is one.
set -euo pipefail
clang_format=$1
cd "$2"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
    mapfile -t files < <(find app ui tests translations -name '*.cpp' -o -name '*.h')
fi
[ "${#files[@]}" -gt 0 ] || { echo "no C++ files found"; exit 1; }
bad=0
for file in "${files[@]}"; do
    [ -f "$file" ] || continue
    if ! "$clang_format" --style=file --dry-run --Werror "$file" >/dev/null 2>&1; then
        echo "not formatted: $file"
        bad=$((bad + 1))
    fi
done
echo "${#files[@]} files checked, $bad not formatted"
[ "$bad" -eq 0 ]
