// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "SimFault.h"

#include <QJsonObject>

#include <optional>

enum class Dialect
{
    SseJson,
    SseText,
    OpenAi,
    Anthropic,
    Ndjson,
    Plain,
    Json,
    Snapshots,
    ThinkTags
};
enum class Envelope
{
    Data,
    Drf,
    Bare
};
enum class LineEnding
{
    Lf,
    CrLf,
    Cr
};

struct Chunking
{
    enum class Mode
    {
        Token,
        Byte,
        Random,
        Fixed,
        All
    };
    Mode mode = Mode::Token;
    int size = 0;     // bytes a write, for Fixed
    quint32 seed = 1; // for Random: the same seed gives the same splits
};

// The test-control switches of one request: from its X-Sim-* headers, or from POST /_sim/next
// (the same names in snake case). Unset values fall back to the next layer, then to defaults.
struct SimSettings
{
    std::optional<qint64> answerLength;
    std::optional<double> tokensPerSecond;
    // Code points a token of answer or reasoning text; 0 for word pieces of 1 to 8.
    std::optional<int> tokenLength;
    std::optional<Dialect> dialect;
    std::optional<Chunking> chunking;
    std::optional<LineEnding> lineEnding;
    std::optional<bool> bom;
    std::optional<bool> comments;
    std::optional<SimFault> fault;
    std::optional<Envelope> envelope;

    static std::optional<SimSettings> fromHeaders(const HttpRequest &request, QString *error);
    static std::optional<SimSettings> fromJson(const QJsonObject &object, QString *error);

    // These settings, with every value that `other` sets taken from there.
    SimSettings overriddenBy(const SimSettings &other) const;
    // The keys that are set, in the form /_sim/next accepts.
    QJsonObject toJson() const;

    static QString dialectName(Dialect dialect);

private:
    bool set(const QString &key, const QString &value, QString *error);
};
