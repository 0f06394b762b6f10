#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: build.sh BUILD_DIR [cmake options...] [-- build options...]: configures and builds
# Pharen Chat; everything after "--" goes to the build step (e.g. -- --target pharen-chat).
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$1
shift
configure=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    configure+=("$1")
    shift
done
[ $# -gt 0 ] && shift
cmake -S "$source_dir" -B "$build_dir" -G Ninja "${configure[@]}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" "$@"
