#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: build.sh BUILD_DIR [cmake options...]: configures (once) and builds Pharen Chat.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$1
shift
cmake -S "$source_dir" -B "$build_dir" -G Ninja "$@" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
