// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// A gzip member (RFC 1952) around the deflate data that qCompress makes, so that the simulator
// needs nothing beyond QtCore to play a proxy that compresses whatever it forwards.
namespace Gzip {

QByteArray compress(const QByteArray &data);

} // namespace Gzip
