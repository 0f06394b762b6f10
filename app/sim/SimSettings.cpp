// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimSettings.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Key
{
    const char *json;
    const char *header;
};

constexpr std::array keys{
    Key{"answer_length", "X-Sim-Answer-Length"},
    Key{"tokens_per_second", "X-Sim-Tokens-Per-Second"},
    Key{"token_length", "X-Sim-Token-Length"},
    Key{"dialect", "X-Sim-Dialect"},
    Key{"chunking", "X-Sim-Chunking"},
    Key{"line_ending", "X-Sim-Line-Ending"},
    Key{"bom", "X-Sim-Bom"},
    Key{"comments", "X-Sim-Comments"},
    Key{"fault", "X-Sim-Fault"},
    Key{"envelope", "X-Sim-Envelope"},
};

const QStringList dialectNames{u"sse-json"_s,
                               u"sse-text"_s,
                               u"openai"_s,
                               u"anthropic"_s,
                               u"ndjson"_s,
                               u"plain"_s,
                               u"json"_s,
                               u"snapshots"_s,
                               u"think-tags"_s};
const QStringList envelopeNames{u"data"_s, u"drf"_s, u"bare"_s};
const QStringList lineEndingNames{u"lf"_s, u"crlf"_s, u"cr"_s};

std::optional<bool> parseFlag(const QString &value)
{
    const QString lower = value.trimmed().toLower();
    if (lower == u"1"_s || lower == u"true"_s || lower == u"yes"_s || lower == u"on"_s)
        return true;
    if (lower == u"0"_s || lower == u"false"_s || lower == u"no"_s || lower == u"off"_s)
        return false;
    return std::nullopt;
}

std::optional<Chunking> parseChunking(const QString &value)
{
    const QString name = value.section(u':', 0, 0).trimmed().toLower();
    const QString argument = value.section(u':', 1).trimmed();
    bool ok = argument.isEmpty();
    Chunking chunking;
    if (name == u"token"_s && ok) {
        chunking.mode = Chunking::Mode::Token;
    } else if (name == u"byte"_s && ok) {
        chunking.mode = Chunking::Mode::Byte;
    } else if (name == u"all"_s && ok) {
        chunking.mode = Chunking::Mode::All;
    } else if (name == u"random"_s) {
        chunking.mode = Chunking::Mode::Random;
        if (!argument.isEmpty())
            chunking.seed = argument.toUInt(&ok);
    } else if (name == u"fixed"_s) {
        chunking.mode = Chunking::Mode::Fixed;
        chunking.size = argument.toInt(&ok);
        ok = ok && chunking.size >= 1 && chunking.size <= 1024 * 1024;
    } else {
        return std::nullopt;
    }
    return ok ? std::optional(chunking) : std::nullopt;
}

QString chunkingName(const Chunking &chunking)
{
    switch (chunking.mode) {
    case Chunking::Mode::Token:
        return u"token"_s;
    case Chunking::Mode::Byte:
        return u"byte"_s;
    case Chunking::Mode::Random:
        return u"random:%1"_s.arg(chunking.seed);
    case Chunking::Mode::Fixed:
        return u"fixed:%1"_s.arg(chunking.size);
    case Chunking::Mode::All:
        return u"all"_s;
    }
    return {};
}

} // namespace

bool SimSettings::set(const QString &key, const QString &value, QString *error)
{
    const QString trimmed = value.trimmed();
    bool ok = true;
    if (key == u"answer_length"_s) {
        const qint64 length = trimmed.toLongLong(&ok);
        ok = ok && length >= 0 && length <= 64 * 1024 * 1024;
        answerLength = length;
    } else if (key == u"tokens_per_second"_s) {
        const double pace = trimmed.toDouble(&ok);
        ok = ok && pace >= 0 && pace <= 1e6;
        tokensPerSecond = pace;
    } else if (key == u"token_length"_s) {
        const int length = trimmed.toInt(&ok);
        ok = ok && length >= 0 && length <= 1024 * 1024;
        tokenLength = length;
    } else if (key == u"dialect"_s) {
        const qsizetype index = dialectNames.indexOf(trimmed.toLower());
        ok = index >= 0;
        dialect = Dialect(index);
    } else if (key == u"envelope"_s) {
        const qsizetype index = envelopeNames.indexOf(trimmed.toLower());
        ok = index >= 0;
        envelope = Envelope(index);
    } else if (key == u"line_ending"_s) {
        const qsizetype index = lineEndingNames.indexOf(trimmed.toLower());
        ok = index >= 0;
        lineEnding = LineEnding(index);
    } else if (key == u"chunking"_s) {
        chunking = parseChunking(trimmed);
        ok = chunking.has_value();
    } else if (key == u"bom"_s) {
        bom = parseFlag(trimmed);
        ok = bom.has_value();
    } else if (key == u"comments"_s) {
        comments = parseFlag(trimmed);
        ok = comments.has_value();
    } else if (key == u"fault"_s) {
        QString faultError;
        fault = SimFault::parse(trimmed, &faultError);
        if (!fault) {
            *error = u"fault: "_s + faultError;
            return false;
        }
    } else {
        *error = u"unknown setting \"%1\""_s.arg(key);
        return false;
    }
    if (!ok)
        *error = u"invalid value \"%1\" for %2"_s.arg(trimmed, key);
    return ok;
}

std::optional<SimSettings> SimSettings::fromHeaders(const HttpRequest &request, QString *error)
{
    SimSettings settings;
    for (const auto &[name, value] : request.headers) {
        if (!name.toLower().startsWith("x-sim-"))
            continue;
        const auto key = std::find_if(keys.cbegin(), keys.cend(), [&name](const Key &k) {
            return name.compare(k.header, Qt::CaseInsensitive) == 0;
        });
        if (key == keys.cend()) {
            *error = u"unknown simulator header %1"_s.arg(QString::fromLatin1(name));
            return std::nullopt;
        }
        if (!settings.set(QString::fromLatin1(key->json), QString::fromUtf8(value), error)) {
            *error = QString::fromLatin1(key->header) + u": "_s + *error;
            return std::nullopt;
        }
    }
    return settings;
}

std::optional<SimSettings> SimSettings::fromJson(const QJsonObject &object, QString *error)
{
    SimSettings settings;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isBool())
            text = value.toBool() ? u"1"_s : u"0"_s;
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 17);
        else if (value.isString())
            text = value.toString();
        else if (value.isArray() && it.key() == u"fault"_s)
            text = value.toVariant().toStringList().join(u',');
        else if (value.isNull())
            continue;
        else
            text = u"(not a string or number)"_s;
        if (!settings.set(it.key(), text, error))
            return std::nullopt;
    }
    return settings;
}

SimSettings SimSettings::overriddenBy(const SimSettings &other) const
{
    SimSettings merged = *this;
    auto take = [](auto &target, const auto &source) {
        if (source)
            target = source;
    };
    take(merged.answerLength, other.answerLength);
    take(merged.tokensPerSecond, other.tokensPerSecond);
    take(merged.tokenLength, other.tokenLength);
    take(merged.dialect, other.dialect);
    take(merged.chunking, other.chunking);
    take(merged.lineEnding, other.lineEnding);
    take(merged.bom, other.bom);
    take(merged.comments, other.comments);
    take(merged.fault, other.fault);
    take(merged.envelope, other.envelope);
    return merged;
}

QJsonObject SimSettings::toJson() const
{
    QJsonObject object;
    if (answerLength)
        object.insert(u"answer_length"_s, double(*answerLength));
    if (tokensPerSecond)
        object.insert(u"tokens_per_second"_s, *tokensPerSecond);
    if (tokenLength)
        object.insert(u"token_length"_s, *tokenLength);
    if (dialect)
        object.insert(u"dialect"_s, dialectName(*dialect));
    if (chunking)
        object.insert(u"chunking"_s, chunkingName(*chunking));
    if (lineEnding)
        object.insert(u"line_ending"_s, lineEndingNames.at(int(*lineEnding)));
    if (bom)
        object.insert(u"bom"_s, *bom);
    if (comments)
        object.insert(u"comments"_s, *comments);
    if (fault)
        object.insert(u"fault"_s, fault->items.join(u','));
    if (envelope)
        object.insert(u"envelope"_s, envelopeNames.at(int(*envelope)));
    return object;
}

QString SimSettings::dialectName(Dialect dialect)
{
    return dialectNames.at(int(dialect));
}
