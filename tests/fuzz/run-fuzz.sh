#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/fuzz/run-fuzz.sh BUILD_DIR SECONDS
# Configures a separate clang build with PHAREN_FUZZ=ON in BUILD_DIR, builds fuzz_stream and runs it
# for SECONDS on a copy of tests/stream/corpus. Exits non-zero when the fuzzer finds a crash; the
# input that crashed is left in BUILD_DIR as fuzz-crash-*.
set -euo pipefail

build=${1:?usage: run-fuzz.sh BUILD_DIR SECONDS}
seconds=${2:?usage: run-fuzz.sh BUILD_DIR SECONDS}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)

CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build" -G Ninja \
    -DPHAREN_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --target fuzz_stream
fuzzer=$(find "$build" -type f -name fuzz_stream -perm -u+x | head -n 1)
[ -n "$fuzzer" ] || { echo "fuzz_stream was not built" >&2; exit 2; }

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
# A seed is the fuzzer's input format: content-type selector, read-size seed, cap selector, body.
for file in "$source_dir"/tests/stream/corpus/*; do
    case "$file" in
        *.sse) type=0 ;;
        *.ndjson) type=1 ;;
        *.json) type=3 ;;
        *) type=4 ;;
    esac
    { printf "\\$(printf '%03o' "$type")\\007\\000"; cat "$file"; } >"$corpus/$(basename "$file")"
done

# A clean exit of libFuzzer is 0; a crash or a broken invariant is not.
"$fuzzer" -max_total_time="$seconds" -max_len=8192 -timeout=30 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-" "$corpus"
