#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command: installs what is missing, builds, and starts Pharen Chat. With no
# account configured, the app starts the local demo server (pharen-hub-sim) and connects to it.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
"$source_dir/packaging/install-deps.sh"
# The same build folder as the tests, so that running both commands builds the code once; this one
# builds only the programs.
"$source_dir/packaging/build.sh" "$source_dir/build/release" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -- --target pharen-chat pharen pharen-hub-sim
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: Pharen Chat needs a desktop session (or run it under xvfb-run)." >&2
fi
exec "$source_dir/build/release/bin/pharen-chat" "$@"
