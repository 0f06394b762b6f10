#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's second command: installs what is missing, builds, and runs every test headless
# (offscreen platform, a private D-Bus session with an unlocked Secret Service), then the
# transport tests again under AddressSanitizer.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)
"$source_dir/packaging/install-deps.sh"

"$source_dir/packaging/build.sh" "$source_dir/build/test" -DCMAKE_BUILD_TYPE=RelWithDebInfo
"$source_dir/packaging/with-keyring.sh" \
    ctest --test-dir "$source_dir/build/test" --output-on-failure --parallel "$jobs"
