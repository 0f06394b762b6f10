// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerAssembler.h"

#include "StreamLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// How much of an unexpected body is kept to tell the log what kind of text it was.
constexpr qsizetype LoggedBytes = 800;

StreamEvent textEvent(StreamEvent::Kind kind, const QString &text, bool snapshot = false)
{
    StreamEvent event;
    event.kind = kind;
    event.text = text;
    event.snapshot = snapshot;
    return event;
}

} // namespace

AnswerAssembler::AnswerAssembler(QByteArrayView contentType, qsizetype maxEventBytes)
    : m_format(bodyFormatFor(contentType))
    , m_maxEventBytes(maxEventBytes)
    , m_sse(maxEventBytes)
    , m_ndjson(maxEventBytes)
    , m_json(maxEventBytes)
    , m_contentType(contentType.first(qMin<qsizetype>(contentType.size(), 100)).toByteArray())
{
    if (m_format == BodyFormat::Unexpected) {
        // Decided by the header alone; the body is only glanced at for the log.
        m_finished = true;
        m_problem = Problem::UnexpectedContent;
        m_state = AnswerState::Failed;
    }
}

QList<StreamEvent> AnswerAssembler::feed(QByteArrayView bytes)
{
    QList<StreamEvent> events;
    if (m_format == BodyFormat::Unexpected) {
        if (!m_unexpectedLogged)
            m_unexpectedHead.append(bytes.first(qMin(bytes.size(), LoggedBytes)));
        logUnexpected(false);
        return events;
    }
    if (m_finished || bytes.isEmpty())
        return events;
    switch (m_format) {
    case BodyFormat::EventStream:
        readSseEvents(m_sse.feed(bytes), events);
        checkOverLimit(m_sse.isOverLimit(), events);
        break;
    case BodyFormat::JsonLines:
        readLines(m_ndjson.feed(bytes), events);
        checkOverLimit(m_ndjson.isOverLimit(), events);
        break;
    case BodyFormat::JsonDocument:
        readLines(m_json.feed(bytes), events);
        checkOverLimit(m_json.isOverLimit(), events);
        break;
    case BodyFormat::PlainText: {
        QByteArray scratch;
        appendRaw(m_plainText.decode(m_plainBom.filter(bytes, scratch)), events);
        break;
    }
    case BodyFormat::Unexpected:
        break;
    }
    return events;
}

QList<StreamEvent> AnswerAssembler::finish()
{
    QList<StreamEvent> events;
    if (m_format == BodyFormat::Unexpected) {
        logUnexpected(true);
        return events;
    }
    if (m_finished)
        return events;
    switch (m_format) {
    case BodyFormat::EventStream:
        readSseEvents(m_sse.finish(), events);
        checkOverLimit(m_sse.isOverLimit(), events);
        break;
    case BodyFormat::JsonLines:
        readLines(m_ndjson.finish(), events);
        checkOverLimit(m_ndjson.isOverLimit(), events);
        break;
    case BodyFormat::JsonDocument:
        if (!m_json.isLineStream()) {
            readDocument(events);
            return events;
        }
        readLines(m_json.finish(), events);
        checkOverLimit(m_json.isOverLimit(), events);
        break;
    case BodyFormat::PlainText:
        appendRaw(m_plainText.decode(m_plainBom.finish()), events);
        end(AnswerState::Complete, events);
        return events;
    case BodyFormat::Unexpected:
        break;
    }
    // A stream that ended without saying so may have lost its tail.
    if (!m_finished)
        end(AnswerState::MayBeIncomplete, events);
    return events;
}

bool AnswerAssembler::isStreamFormat() const
{
    return m_format == BodyFormat::EventStream || m_format == BodyFormat::JsonLines ||
           (m_format == BodyFormat::JsonDocument && m_json.isLineStream());
}

void AnswerAssembler::readSseEvents(const QList<SseDecoder::Event> &sseEvents,
                                    QList<StreamEvent> &events)
{
    for (const SseDecoder::Event &sseEvent : sseEvents) {
        if (m_finished)
            return; // text after a terminal event or an error is ignored
        if (sseEvent.isComment)
            events.append(textEvent(StreamEvent::Kind::Activity, {}));
        else
            apply(m_reader.read(sseEvent.type, sseEvent.data), events);
    }
}

void AnswerAssembler::readLines(const QList<QByteArray> &lines, QList<StreamEvent> &events)
{
    for (const QByteArray &line : lines) {
        if (m_finished)
            return;
        apply(m_reader.read({}, line), events);
    }
}

void AnswerAssembler::apply(const PayloadReader::Reading &reading, QList<StreamEvent> &events)
{
    if (reading.dropped) {
        m_dropped = true;
        return;
    }
    if (reading.activity)
        events.append(textEvent(StreamEvent::Kind::Activity, {}));
    const bool newConversation =
        !reading.conversationId.isEmpty() && reading.conversationId != m_conversationId;
    const bool newRun = !reading.runId.isEmpty() && reading.runId != m_runId;
    if (newConversation || newRun) {
        if (newConversation)
            m_conversationId = reading.conversationId;
        if (newRun)
            m_runId = reading.runId;
        StreamEvent event;
        event.kind = StreamEvent::Kind::Identifiers;
        event.conversationId = m_conversationId;
        event.runId = m_runId;
        events.append(event);
    }
    if (reading.isError) {
        m_serverMessage = reading.errorMessage;
        m_errorCode = reading.errorCode;
        fail(Problem::ServerError, events);
        return;
    }
    if (!reading.reasoning.isEmpty())
        appendReasoning(m_reasoningJoiner.take(reading.reasoning), events);
    if (!reading.text.isEmpty()) {
        if (reading.terminal == PayloadReader::Terminal::ByName && !reading.textIsDelta)
            applyFullMessage(reading.text, events);
        else
            applyText(reading.text, reading.textIsDelta, events);
    }
    if (reading.terminal != PayloadReader::Terminal::No) {
        end(AnswerState::Complete, events);
        events.append(textEvent(StreamEvent::Kind::Terminal, {}));
    }
}

void AnswerAssembler::applyText(const QString &text, bool isDelta, QList<StreamEvent> &events)
{
    if (isDelta || m_textMode == TextMode::Appending) {
        appendRaw(m_answerJoiner.take(text), events);
        return;
    }
    if (m_textMode == TextMode::Snapshots) {
        replaceRaw(text, events);
        return;
    }
    if (m_firstText.isNull()) {
        m_firstText = text;
        appendRaw(m_answerJoiner.take(text), events);
        return;
    }
    // The second text decides: one that repeats the whole first and goes on is a snapshot.
    if (text.size() > m_firstText.size() && text.startsWith(m_firstText)) {
        m_textMode = TextMode::Snapshots;
        replaceRaw(text, events);
    } else {
        m_textMode = TextMode::Appending;
        appendRaw(m_answerJoiner.take(text), events);
    }
    m_firstText.clear();
}

void AnswerAssembler::applyFullMessage(const QString &text, QList<StreamEvent> &events)
{
    // A full message may fill in a lost tail; one that disagrees with what was shown is not
    // trusted over it, and appending it would show the answer twice.
    const QString full = SurrogateJoiner::sanitized(text);
    if (full.size() > m_raw.size() && full.startsWith(m_raw)) {
        m_answerJoiner.reset();
        appendRaw(full.sliced(m_raw.size()), events);
    } else if (!full.startsWith(m_raw)) {
        qCDebug(lcStream) << "ignored a final message that does not continue the answer";
    }
}

void AnswerAssembler::appendRaw(const QString &text, QList<StreamEvent> &events)
{
    if (text.isEmpty())
        return;
    m_raw += text;
    emitParts(m_think.feed(text), events);
}

void AnswerAssembler::replaceRaw(const QString &text, QList<StreamEvent> &events)
{
    m_answerJoiner.reset();
    const QString snapshot = SurrogateJoiner::sanitized(text);
    if (snapshot.startsWith(m_raw)) {
        appendRaw(snapshot.sliced(m_raw.size()), events);
        return;
    }
    // The server rewrote the answer: start over from the snapshot. Reasoning already shown stays
    // unless the new one continues it.
    m_raw = snapshot;
    m_think = ThinkTagSplitter();
    const ThinkTagSplitter::Parts parts = m_think.feed(m_raw);
    m_answer = parts.answer;
    events.append(textEvent(StreamEvent::Kind::AnswerText, m_answer, true));
    if (parts.reasoning.size() > m_thinkReasoning.size() &&
        parts.reasoning.startsWith(m_thinkReasoning)) {
        appendReasoning(parts.reasoning.sliced(m_thinkReasoning.size()), events);
        m_thinkReasoning = parts.reasoning;
    }
}

void AnswerAssembler::appendReasoning(const QString &text, QList<StreamEvent> &events)
{
    if (text.isEmpty())
        return;
    m_reasoning += text;
    events.append(textEvent(StreamEvent::Kind::ReasoningText, text));
}

void AnswerAssembler::emitParts(const ThinkTagSplitter::Parts &parts, QList<StreamEvent> &events)
{
    if (!parts.reasoning.isEmpty()) {
        m_thinkReasoning += parts.reasoning;
        appendReasoning(parts.reasoning, events);
    }
    if (!parts.answer.isEmpty()) {
        m_answer += parts.answer;
        events.append(textEvent(StreamEvent::Kind::AnswerText, parts.answer));
    }
}

void AnswerAssembler::readDocument(QList<StreamEvent> &events)
{
    const QByteArray &body = m_json.document();
    if (body.trimmed().isEmpty()) {
        end(AnswerState::Complete, events); // no text: an empty answer
        return;
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::IllegalUTF8String)
        document = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &error);
    if (!document.isObject()) {
        m_unexpectedHead = body.first(qMin(body.size(), LoggedBytes));
        logUnexpected(true);
        fail(Problem::UnexpectedContent, events);
        return;
    }
    PayloadReader::Reading reading = m_reader.readDocument(document.object());
    // The whole answer came at once: whatever its fields, it is complete.
    reading.textIsDelta = true;
    if (reading.terminal == PayloadReader::Terminal::No)
        reading.terminal = PayloadReader::Terminal::ByFlag;
    apply(reading, events);
}

void AnswerAssembler::flushText(QList<StreamEvent> &events)
{
    const PayloadReader::Reading tail = m_reader.finish();
    appendReasoning(m_reasoningJoiner.take(tail.reasoning), events);
    appendRaw(m_answerJoiner.take(tail.text), events);
    if (m_format == BodyFormat::PlainText)
        appendRaw(m_plainText.finish(), events);
    appendReasoning(m_reasoningJoiner.finish(), events);
    appendRaw(m_answerJoiner.finish(), events);
    emitParts(m_think.finish(), events);
}

void AnswerAssembler::end(AnswerState stateWithText, QList<StreamEvent> &events)
{
    flushText(events);
    m_finished = true;
    if (!hasText()) {
        m_problem = Problem::EmptyAnswer;
        m_state = AnswerState::Failed;
        qCInfo(lcStream) << "the answer ended without any text";
        return;
    }
    m_state = stateWithText;
    if (m_dropped && m_state == AnswerState::Complete)
        m_state = AnswerState::MayBeIncomplete;
}

void AnswerAssembler::fail(Problem problem, QList<StreamEvent> &events)
{
    flushText(events);
    m_finished = true;
    m_problem = problem;
    // Nothing that arrived is thrown away: text before the failure is kept, marked interrupted.
    m_state = hasText() ? AnswerState::Interrupted : AnswerState::Failed;
    if (problem == Problem::ServerError) {
        qCInfo(lcStream) << "the server reported an error, code" << m_errorCode;
        StreamEvent event = textEvent(StreamEvent::Kind::Error, m_serverMessage);
        event.errorCode = m_errorCode;
        events.append(event);
    }
}

void AnswerAssembler::checkOverLimit(bool overLimit, QList<StreamEvent> &events)
{
    if (!overLimit || m_finished)
        return;
    qCWarning(lcStream) << "an event grew beyond" << m_maxEventBytes << "bytes; reading stopped";
    fail(Problem::EventTooLarge, events);
}

void AnswerAssembler::logUnexpected(bool force)
{
    if (m_unexpectedLogged || (!force && m_unexpectedHead.size() < LoggedBytes))
        return;
    m_unexpectedLogged = true;
    // What kind of text it is, never the text: a server or proxy may echo the request back, and
    // its Authorization header with it.
    const QByteArray head = m_unexpectedHead.trimmed();
    const char *looks = head.startsWith('<')                           ? "markup"
                        : head.startsWith('{') || head.startsWith('[') ? "JSON"
                                                                       : "text";
    qCWarning(lcStream) << "unexpected response of type" << m_contentType << "that looks like"
                        << looks;
    m_unexpectedHead.clear();
}
