#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: screenshot.sh [BUILD_DIR]: remakes packaging/screenshot.png from the real window, under
# Xvfb, against the local demo server.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$source_dir/build/release}
"$source_dir/packaging/build.sh" "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -- --target pharen-screenshot pharen-hub-sim
xvfb-run -a -s "-screen 0 1280x900x24" \
    "$build_dir/bin/pharen-screenshot" "$source_dir/packaging/screenshot.png" en
