#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pharen Chat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the recorded streams of corpus/ and manifest.json, which says for each what the client
must make of it. The expected texts come from here, not from the decoder under test.

Run from this folder: python3 make_corpus.py
"""
import hashlib
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
rng = random.Random(20260101)

GERMAN = ("## Grüße aus Köln\n\nDie Straße vor dem Büro ist heute überfüllt, aber der Kaffee "
          "schmeckt großartig. Äpfel, Öl und Übermut: alles da.\n\n- erster Punkt\n- zweiter "
          "Punkt mit `Code`\n")
CJK = "你好，世界。今天天气很好。日本語のテキストも含まれています。한국어도 있어요."
EMOJI = "Emoji: 😀🎉👍🏽 and a family 👨‍👩‍👧, done ✅."
ENGLISH = ("The busiest rule is 5501 and it matches: key: value, a: b. "
           "| Name | Wert |\n|---|---|\n| a | 1 |\n")
REASONING = "Der Nutzer fragt nach dem Wetter; ich antworte kurz und freundlich. 🤔"


def pieces(text, low=1, high=6):
    out, i = [], 0
    while i < len(text):
        n = rng.randint(low, high)
        out.append(text[i:i + n])
        i += n
    return out


def js(value, ascii_only=False):
    return json.dumps(value, ensure_ascii=ascii_only, separators=(",", ":"))


manifest = []


def write(name, content_type, body, answer, reasoning="", state="Complete"):
    if isinstance(body, str):
        body = body.encode("utf-8")
    (CORPUS / name).write_bytes(body)
    manifest.append({
        "file": name,
        "contentType": content_type,
        "state": state,
        "answerStart": answer[:60],
        "answerSha256": hashlib.sha256(answer.encode("utf-8")).hexdigest(),
        "reasoningSha256": hashlib.sha256(reasoning.encode("utf-8")).hexdigest(),
    })


def sse(events, eol="\n"):
    return "".join(e.replace("\n", eol) + eol for e in events)


# SSE with JSON deltas, ids, a comment, a retry and [DONE].
text = GERMAN + EMOJI
events = [": keep-alive\n", "retry: 3000\n"]
for n, piece in enumerate(pieces(text)):
    events.append(f"id: {n}\ndata: {js({'delta': piece})}\n")
events.append('data: {"conversation_id":"c-42","run_id":"r-7"}\n')
events.append("data: [DONE]\n")
write("sse-json-deltas.sse", "text/event-stream", sse(events), text)

# SSE with plain-text payloads, one of them on two data lines.
text = "Zeile eins\nZeile zwei. " + CJK
events = ["data: Zeile eins\ndata: Zeile zwei.\n"]
events += [f"data: {p}\n" for p in pieces(" " + CJK)]
events.append("event: done\ndata:\n")
write("sse-plain-text.sse", "text/event-stream; charset=latin1", sse(events), text)

# OpenAI-style chunks with reasoning_content first, a finish_reason, then [DONE].
answer = ENGLISH + EMOJI
events = []
for p in pieces(REASONING):
    events.append("data: " + js({"id": "chatcmpl-1", "object": "chat.completion.chunk",
                                 "choices": [{"index": 0, "delta": {"reasoning_content": p},
                                              "finish_reason": None}]}) + "\n")
for p in pieces(answer):
    events.append("data: " + js({"id": "chatcmpl-1", "object": "chat.completion.chunk",
                                 "choices": [{"index": 0, "delta": {"content": p},
                                              "finish_reason": None}]}, True) + "\n")
events.append("data: " + js({"id": "chatcmpl-1", "choices": [{"index": 0, "delta": {},
                                                               "finish_reason": "stop"}]}) + "\n")
events.append("data: [DONE]\n")
write("sse-openai-chunks.sse", "text/event-stream", sse(events), answer, REASONING)

# Anthropic-style named events, thinking then text, with a ping in between.
answer = GERMAN
events = ["event: message_start\ndata: " + js({"type": "message_start", "message": {
    "id": "msg_1", "type": "message", "role": "assistant", "content": []}}) + "\n",
          "event: content_block_start\ndata: " + js({"type": "content_block_start", "index": 0,
                                                      "content_block": {"type": "thinking",
                                                                        "thinking": ""}}) + "\n",
          "event: ping\ndata: " + js({"type": "ping"}) + "\n"]
for p in pieces(REASONING):
    events.append("event: content_block_delta\ndata: " + js({
        "type": "content_block_delta", "index": 0,
        "delta": {"type": "thinking_delta", "thinking": p}}) + "\n")
for p in pieces(answer):
    events.append("event: content_block_delta\ndata: " + js({
        "type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": p}}) + "\n")
events.append("event: message_delta\ndata: " + js({"type": "message_delta",
                                                    "delta": {"stop_reason": "end_turn"}}) + "\n")
events.append("event: message_stop\ndata: " + js({"type": "message_stop"}) + "\n")
write("sse-anthropic.sse", "text/event-stream", sse(events), answer, REASONING)

# Vercel-AI-style typed events.
answer = CJK + " " + EMOJI
events = ["data: " + js({"type": "start", "messageId": "m1"}) + "\n"]
events += ["data: " + js({"type": "reasoning-delta", "id": "r", "delta": p}) + "\n"
           for p in pieces("Kurz nachdenken…")]
events += ["data: " + js({"type": "text-delta", "id": "t", "delta": p}) + "\n" for p in pieces(answer)]
events += ["data: " + js({"type": "finish"}) + "\n", "data: [DONE]\n"]
write("sse-typed-events.sse", "text/event-stream", sse(events), answer, "Kurz nachdenken…")

# NDJSON in Ollama's shape: message.content deltas, done at the end, no terminal text.
answer = GERMAN + CJK
lines = [js({"model": "m", "message": {"role": "assistant", "content": p}, "done": False})
         for p in pieces(answer)]
lines.append(js({"model": "m", "message": {"role": "assistant", "content": ""}, "done": True,
                 "conversation_id": "c-1"}))
write("ollama.ndjson", "application/x-ndjson", "\n".join(lines) + "\n", answer)

# JSON lines without a terminal line: may be incomplete.
answer = ENGLISH
lines = [js({"token": p}) for p in pieces(answer)]
write("tokens.ndjson", "application/jsonl", "\r\n".join(lines) + "\r\n", answer,
      state="MayBeIncomplete")

# One JSON answer, as the OpenAPI file describes it, pretty-printed.
answer = GERMAN + EMOJI
write("single-answer.json", "application/json",
      json.dumps({"message": answer, "conversation_id": "c-9", "run_id": "r-9"}, indent=2,
                 ensure_ascii=True), answer)

# application/json that is really JSON lines.
answer = "Hallo " + CJK
lines = [js({"delta": p}) for p in pieces(answer)] + [js({"done": True})]
write("lines-as-json.json", "application/json", "\n".join(lines) + "\n", answer)

# Cumulative snapshots in `text`, then a terminal event with the full message.
answer = ENGLISH + GERMAN
events, sofar = [], ""
for p in pieces(answer, 3, 12):
    sofar += p
    if sofar != answer:
        events.append("data: " + js({"text": sofar}) + "\n")
events.append("event: done\ndata: " + js({"message": answer}) + "\n")
write("sse-snapshots.sse", "text/event-stream", sse(events), answer)

# <think> tags at the start of the answer, split across events.
answer = "Die Antwort ist 42. " + EMOJI
raw = "<think>\n" + REASONING + "\n</think>\n\n" + answer
events = ["data: " + js({"delta": p}) + "\n" for p in pieces(raw, 1, 4)] + ["data: [DONE]\n"]
write("sse-think-tags.sse", "text/event-stream", sse(events), answer, REASONING + "\n")

# BOM, CRLF line endings, comments between events, and a final event without its blank line.
answer = "CRLF " + GERMAN
events = [": hello\n"] + ["data: " + js({"delta": p}) + "\n: tick\n" for p in pieces(answer)]
body = "\ufeff" + sse(events, "\r\n")
write("sse-bom-crlf.sse", "text/event-stream", body, answer, state="MayBeIncomplete")

# Lone CR line endings.
answer = "CR only. " + CJK
events = ["data: " + js({"delta": p}) + "\n" for p in pieces(answer)] + ["data: [DONE]\n"]
write("sse-cr.sse", "text/event-stream", sse(events, "\r"), answer)

# A plain-text body with think tags.
answer = GERMAN + EMOJI
write("plain-think.txt", "text/plain; charset=utf-8",
      "<thinking>" + REASONING + "</thinking>" + answer, answer, REASONING)

# Small ones, for every pair of split positions.
write("tiny-sse.sse", "text/event-stream",
      'data: {"delta":"K\u00e4se "}\n\ndata:{"delta":"\u4f60\u597d \U0001F600"}\r\n\r\n'
      ': ping\r\ndata: [DONE]\r\n\r\n', "Käse 你好 😀")
write("tiny-surrogates.sse", "text/event-stream",
      'data: {"delta":"ok \\ud83d"}\n\ndata: {"delta":"\\ude00!"}\n\nevent: end\ndata: {}\n\n',
      "ok 😀!")
write("tiny-multiline.sse", "text/event-stream",
      'data: {"delta":\ndata: "Hi: there"}\n\ndata: line1\nevent: done\ndata: {"text": "x"}\n\n',
      "Hi: there")
write("tiny.ndjson", "application/x-ndjson",
      '{"conversation_id":"c"}\n{"chunk":"Gr\u00fc\u00df "}\n\n{"chunk":"Gott \u2705"}\n',
      "Grüß Gott ✅", state="MayBeIncomplete")
write("tiny.json", "application/json",
      '{"message":"Antwort \U0001F44D","conversation_id":"c","run_id":"r"}', "Antwort 👍")
write("tiny.txt", "", "\ufeffNur Text, \u00fcberall \U0001F600.", "Nur Text, überall 😀.")
write("tiny-think.sse", "text/event-stream",
      "data: <thi\n\ndata: nk>hm\n\ndata: </th\n\ndata: ink>Ja\n\nevent: done\ndata:\n\n",
      "Ja", "hm")

# Large ones: one event of 150 KB, many deltas, long NDJSON lines, a long plain body.
big = (GERMAN + CJK + EMOJI) * 600
write("large-event.sse", "text/event-stream",
      "data: " + js({"delta": big}) + "\n\ndata: [DONE]\n\n", big)
answer = (ENGLISH + CJK) * 640
events = ["data: " + js({"delta": p}) + "\n" for p in pieces(answer, 20, 160)] + ["data: [DONE]\n"]
write("large-deltas.sse", "text/event-stream", sse(events), answer)
answer = (GERMAN + EMOJI) * 420
lines = [js({"message": {"content": p}}) for p in pieces(answer, 500, 5000)] + [js({"done": True})]
write("large.ndjson", "application/x-ndjson", "\n".join(lines) + "\n", answer)
answer = (CJK + "\n" + GERMAN) * 500
write("large-plain.txt", "text/plain", answer, answer)

(HERE / "corpus-manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
