// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamPlanner.h"

#include "Gzip.h"
#include "Tokenizer.h"
#include "writers/DialectWriter.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// A noncharacter that no answer contains marks where the invalid byte goes; after encoding, its
// UTF-8 form is swapped for a lone 0xFF, which no encoder would write on its own.
constexpr char16_t invalidMarker = 0xFFFF;
constexpr char16_t replacementCharacter = 0xFFFD;

QByteArray eolBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::Lf:
        return "\n"_ba;
    case LineEnding::CrLf:
        return "\r\n"_ba;
    case LineEnding::Cr:
        return "\r"_ba;
    }
    return "\n"_ba;
}

QList<StreamPiece>
answerPieces(ChatAnswer *shown, Dialect dialect, const SimFault &fault, int tokenLength)
{
    const auto split = [tokenLength](const QString &text) {
        return tokenLength > 0 ? Tokenizer::splitEvery(text, tokenLength) : Tokenizer::split(text);
    };
    QStringList tokens = fault.bigEvent > 0 ? QStringList{shown->answer} : split(shown->answer);
    if (shown->answer.isEmpty())
        tokens.clear();
    if (fault.invalidUtf8 && !tokens.isEmpty()) {
        tokens[tokens.size() / 2].append(QChar(invalidMarker));
        shown->answer =
            tokens.join(QString()).replace(QChar(invalidMarker), QChar(replacementCharacter));
    }

    QList<StreamPiece> pieces{{StreamPiece::Kind::Meta, {}}};
    if (dialect == Dialect::ThinkTags && !shown->reasoning.isEmpty()) {
        const QString tagged = u"<think>"_s + shown->reasoning + u"</think>\n\n"_s;
        for (const QString &token : split(tagged))
            pieces.append({StreamPiece::Kind::Text, token});
    } else {
        for (const QString &token : split(shown->reasoning))
            pieces.append({StreamPiece::Kind::Reasoning, token});
    }
    const qsizetype kept = fault.errorEvent ? tokens.size() / 2 : tokens.size();
    for (qsizetype i = 0; i < kept; ++i)
        pieces.append({StreamPiece::Kind::Text, tokens.at(i)});
    pieces.append({fault.errorEvent ? StreamPiece::Kind::Error : StreamPiece::Kind::Done, {}});
    return pieces;
}

QByteArray htmlPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
    return "<!DOCTYPE html>\n<html><head><title>"_ba + title + "</title></head>\n<body><h1>" +
           title + "</h1>\n<hr><p>nginx</p></body></html>\n";
}

} // namespace

ResponsePlan StreamPlanner::plan(const ChatAnswer &answer,
                                 const SimSettings &settings,
                                 bool streamRequested,
                                 double defaultPace,
                                 ChatAnswer *shown)
{
    const SimFault fault = settings.fault.value_or(SimFault());
    const Dialect dialect =
        streamRequested ? settings.dialect.value_or(Dialect::SseJson) : Dialect::Json;
    const QByteArray eol = eolBytes(settings.lineEnding.value_or(LineEnding::Lf));
    const auto writer =
        DialectWriter::create(dialect, {answer.conversationId, answer.runId, answer.model, eol});

    *shown = answer;
    if (!writer->carriesReasoning())
        shown->reasoning.clear();

    const QByteArray comment = ": keep-alive"_ba + eol + eol;
    QList<QByteArray> units;
    if (fault.commentsOnly) {
        for (int i = 0; i < 6; ++i)
            units.append(comment);
    } else if (!fault.emptyBody) {
        const bool comments = settings.comments.value_or(false) && writer->isEventStream();
        const QList<StreamPiece> pieces =
            answerPieces(shown, dialect, fault, settings.tokenLength.value_or(0));
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            // Between events only: never before the first, never after the last.
            if (comments && i % 3 == 1)
                units.append(comment);
            units.append(writer->encode(pieces.at(i)));
        }
    }
    if (fault.invalidUtf8) {
        for (QByteArray &unit : units)
            unit.replace(QString(QChar(invalidMarker)).toUtf8(), "\xFF"_ba);
    }
    if (settings.bom.value_or(false)) {
        if (units.isEmpty())
            units.append(QByteArray());
        units.first().prepend("\xEF\xBB\xBF"_ba);
    }

    ResponsePlan plan;
    plan.immediate = false;
    plan.head.setHeader("Content-Type"_ba, writer->contentType());
    if (!writer->isDocument()) {
        plan.head.setHeader("Cache-Control"_ba, "no-cache"_ba);
        plan.head.setHeader("X-Accel-Buffering"_ba, "no"_ba);
    }
    plan.head.setHeader("X-Conversation-Id"_ba, answer.conversationId.toUtf8());
    plan.head.setHeader("X-Run-Id"_ba, answer.runId.toUtf8());
    if (fault.gzip) {
        // A compressing proxy: the whole body at once, then written in pieces of its own size.
        const QByteArray compressed = Gzip::compress(units.join());
        units.clear();
        for (qsizetype i = 0; i < compressed.size(); i += 256)
            units.append(compressed.mid(i, 256));
        plan.head.setHeader("Content-Encoding"_ba, "gzip"_ba);
    }
    plan.writes = chunk(units, settings.chunking.value_or(Chunking()));
    if (writer->isDocument()) {
        plan.contentLength = 0;
        for (const QByteArray &write : std::as_const(plan.writes))
            plan.contentLength += write.size();
    }
    plan.writesPerSecond = settings.tokensPerSecond.value_or(defaultPace);
    plan.resetAfter = fault.resetAfter;
    plan.stallAfter = fault.stallAfter;
    plan.pauseAfter = fault.pauseAfter;
    plan.pauseMs = fault.pauseMs;
    return plan;
}

QList<QByteArray> StreamPlanner::chunk(const QList<QByteArray> &units, const Chunking &chunking)
{
    QList<QByteArray> writes;
    if (chunking.mode == Chunking::Mode::Token) {
        for (const QByteArray &unit : units) {
            if (!unit.isEmpty())
                writes.append(unit);
        }
        return writes;
    }
    const QByteArray body = units.join();
    if (body.isEmpty())
        return writes;
    if (chunking.mode == Chunking::Mode::All)
        return {body};
    QRandomGenerator random(chunking.seed);
    for (qsizetype position = 0; position < body.size();) {
        qsizetype size = 1;
        if (chunking.mode == Chunking::Mode::Fixed)
            size = chunking.size;
        else if (chunking.mode == Chunking::Mode::Random)
            size = random.bounded(1, 65);
        writes.append(body.mid(position, size));
        position += size;
    }
    return writes;
}

HttpResponse StreamPlanner::faultResponse(const SimFault &fault)
{
    HttpResponse response;
    if (!fault.redirect.isEmpty()) {
        response.status = 307;
        response.setHeader("Location"_ba, fault.redirect.toEncoded());
        return response;
    }
    if (fault.html200) {
        response.setHeader("Content-Type"_ba, "text/html; charset=utf-8"_ba);
        response.body = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>\n<body>"
                        "<h1>Sign in to continue</h1>\n<form method=\"post\" action=\"/login\">"
                        "<input name=\"user\"><input name=\"password\" type=\"password\">"
                        "<button>Sign in</button></form></body></html>\n"_ba;
        return response;
    }
    const int status = fault.status;
    if (fault.statusVariant == u"html"_s) {
        response.status = status;
        response.setHeader("Content-Type"_ba, "text/html"_ba);
        response.body = htmlPage(status);
        return response;
    }
    switch (status) {
    case 401:
        return HttpResponse::error(
            401, u"invalid_token"_s, u"The API key is malformed, expired, revoked or unknown."_s);
    case 402:
        return HttpResponse::error(
            402, u"insufficient_credits"_s, u"The workspace has no AI credits left this month."_s);
    case 403:
        if (fault.statusVariant == u"streaming"_s) {
            return HttpResponse::error(403,
                                       u"streaming_not_permitted"_s,
                                       u"Streaming is not permitted for this API key."_s);
        }
        return HttpResponse::error(403,
                                   u"insufficient_permissions"_s,
                                   u"This API key lacks the agents:run scope."_s,
                                   {{u"required_scope"_s, u"agents:run"_s}});
    case 404:
        return HttpResponse::error(404, u"not_found"_s, u"Agent not found."_s);
    case 429: {
        response = HttpResponse::error(
            429, u"rate_limited"_s, u"Rate limit exceeded: 1000 requests a minute for this key."_s);
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 20;
        response.setHeader("Retry-After"_ba, "20"_ba);
        response.setHeader("X-RateLimit-Limit"_ba, "1000"_ba);
        response.setHeader("X-RateLimit-Remaining"_ba, "0"_ba);
        response.setHeader("X-RateLimit-Reset"_ba, QByteArray::number(reset));
        return response;
    }
    default:
        return HttpResponse::error(status,
                                   status >= 500 ? u"server_error"_s : u"bad_request"_s,
                                   QString::fromLatin1(HttpResponse::reasonPhrase(status)) +
                                       u"."_s);
    }
}
