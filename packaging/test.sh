#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's second command: installs what is missing, builds, and runs every test headless
# (offscreen platform, a private D-Bus session with an unlocked Secret Service), after running the
# transport and decoder tests under AddressSanitizer and UndefinedBehaviorSanitizer and the
# decoder's fuzzer for a bounded time.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc)
fuzz_seconds=${PHAREN_FUZZ_SECONDS:-60}
"$source_dir/packaging/install-deps.sh"

echo "== Transport and decoders under AddressSanitizer"
sanitized='tst_(answerstream|abortraces|fieldreports_net|tls|agentdirectory|ssedecoder|'
sanitized+='ndjsondecoder|payloadreader|answerassembler|fieldreports|utf8streamdecoder|linereader|'
sanitized+='thinktagsplitter)$'
cmake -S "$source_dir" -B "$source_dir/build/asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DPHAREN_SANITIZE=ON >/dev/null
targets=$(ctest --test-dir "$source_dir/build/asan" -N -R "$sanitized" | awk '/Test +#/ {print $3}')
cmake --build "$source_dir/build/asan" --parallel "$jobs" --target pharen-hub-sim $targets
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$source_dir/packaging/with-keyring.sh" \
    ctest --test-dir "$source_dir/build/asan" --output-on-failure --parallel "$jobs" -R "$sanitized"

echo "== Fuzzing the decoder for ${fuzz_seconds} s"
"$source_dir/tests/fuzz/run-fuzz.sh" "$source_dir/build/fuzz" "$fuzz_seconds"
# Last, so that the closing summary counts every test.
echo "== Build and run every test"
"$source_dir/packaging/build.sh" "$source_dir/build/release" -DCMAKE_BUILD_TYPE=RelWithDebInfo
"$source_dir/packaging/with-keyring.sh" \
    ctest --test-dir "$source_dir/build/release" --output-on-failure --parallel "$jobs"
