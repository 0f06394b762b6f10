#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: with-keyring.sh COMMAND...: runs COMMAND in a private D-Bus session where
# gnome-keyring's Secret Service runs unlocked, with a throw-away home, so that tests use a real
# keychain and never touch the user's own.
set -euo pipefail
if [ -z "${PHAREN_PRIVATE_SESSION:-}" ]; then
    export PHAREN_PRIVATE_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The password only unlocks this throw-away keyring.
eval "$(printf 'pharen-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
