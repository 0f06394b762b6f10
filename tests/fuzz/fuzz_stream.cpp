// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerAssembler.h"
#include "AssemblerRun.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Input: a content-type selector, a seed for the read sizes, a cap selector, then the body.
// However the body is split, the assembler must give what it gives for one read, and its outcome
// must be consistent; any difference aborts, so that libFuzzer keeps the input.

namespace {

constexpr QByteArrayView ContentTypes[] = {
    "text/event-stream",
    "application/x-ndjson",
    "application/jsonl",
    "application/json",
    "text/plain",
    "",
    "text/html",
    "TEXT/EVENT-STREAM; charset=latin1",
    "application/stream+json",
    "application/json-lines",
};

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// A small deterministic generator, so that a crash input replays exactly.
struct ReadSizes
{
    std::uint32_t state;
    qsizetype next(qsizetype largest)
    {
        state = state * 1664525u + 1013904223u;
        return 1 + qsizetype((state >> 8) % std::uint32_t(largest));
    }
};

QList<QByteArrayView> randomReads(QByteArrayView body, std::uint32_t seed)
{
    ReadSizes sizes{seed};
    const qsizetype largest = qsizetype(1) << (seed % 9);
    QList<QByteArrayView> reads;
    for (qsizetype start = 0; start < body.size();) {
        const qsizetype size = qMin(sizes.next(largest), body.size() - start);
        reads.append(body.sliced(start, size));
        start += size;
    }
    return reads;
}

AssemblerRun comparable(AssemblerRun run, QByteArrayView contentType)
{
    if (bodyFormatFor(contentType) == BodyFormat::PlainText)
        run.events = mergedEvents(run.events);
    return run;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Unexpected bodies are logged by design; thousands of them a second would hide the findings.
    QLoggingCategory::setFilterRules(
        QStringLiteral("pharen.stream.info=false\npharen.stream.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    const QByteArrayView contentType = ContentTypes[data[0] % std::size(ContentTypes)];
    const std::uint32_t seed = data[1];
    const qsizetype cap =
        data[2] < 128 ? AnswerAssembler::DefaultMaxEventBytes : qsizetype(data[2] - 127) * 32;
    const QByteArrayView body(reinterpret_cast<const char *>(data) + 3, qsizetype(size) - 3);

    const AssemblerRun whole = comparable(runAssembler(contentType, {body}, cap), contentType);
    const AssemblerRun split =
        comparable(runAssembler(contentType, randomReads(body, seed), cap), contentType);
    require(split == whole, "split reads differ from one read");
    if (body.size() <= 1024) {
        const AssemblerRun bytes =
            comparable(runAssembler(contentType, splitEvery(body, 1), cap), contentType);
        require(bytes == whole, "1-byte reads differ from one read");
    }

    using Problem = AnswerAssembler::Problem;
    require(whole.state != AnswerState::Streaming, "still streaming after finish()");
    require(whole.state != AnswerState::Stopped, "stopped is the user's, never the decoder's");
    const bool ended =
        whole.state == AnswerState::Complete || whole.state == AnswerState::MayBeIncomplete;
    require(ended == (whole.problem == Problem::None), "a problem without a failed state");
    const bool hasText = !whole.answer.isEmpty() || !whole.reasoning.isEmpty();
    require(whole.state != AnswerState::Failed || !hasText, "failed with text kept");
    require(whole.state != AnswerState::Interrupted || hasText, "interrupted without text");
    if (bodyFormatFor(contentType) == BodyFormat::Unexpected)
        require(whole.problem == Problem::UnexpectedContent && !hasText, "unexpected body shown");
    return 0;
}
