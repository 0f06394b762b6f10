// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubServer.h"
#include "SimConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const auto description = uR"(A local stand-in for the Pharen Hub Agents API, and the test bench of
Pharen Chat. It listens on 127.0.0.1 only.

Keys: the demo key (agents:read, agents:run, streaming), phk_sim_readonly (agents:read),
phk_sim_nostream (agents:read, agents:run, no streaming).

Per request, headers X-Sim-Answer-Length, X-Sim-Tokens-Per-Second, X-Sim-Token-Length,
X-Sim-Dialect, X-Sim-Chunking, X-Sim-Line-Ending, X-Sim-Bom, X-Sim-Comments, X-Sim-Fault and
X-Sim-Envelope steer the answer; POST /_sim/next takes the same settings as JSON for every
following chat request, until DELETE /_sim/next. GET /_sim/requests lists the requests
received.)"_s;

[[noreturn]] void fail(const QString &message)
{
    std::fputs(qPrintable(u"pharen-hub-sim: "_s + message + u'\n'), stderr);
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"pharen-hub-sim"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port on 127.0.0.1; 0 picks a free one."_s, u"N"_s, u"0"_s);
    const QCommandLineOption paceOption(u"tokens-per-second"_s,
                                        u"Default pace of streamed writes; 0 for no pacing."_s,
                                        u"N"_s,
                                        u"40"_s);
    const QCommandLineOption keyOption(u"key"_s, u"Replace the demo API key."_s, u"KEY"_s);
    const QCommandLineOption extraOption(
        u"extra-agents"_s, u"Add N generated agents, for paging."_s, u"N"_s, u"0"_s);
    parser.addOptions({portOption, paceOption, keyOption, extraOption});
    parser.process(app);

    SimConfig config;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        fail(u"--port needs a number from 0 to 65535"_s);
    config.port = quint16(port);
    config.tokensPerSecond = parser.value(paceOption).toDouble(&ok);
    if (!ok || config.tokensPerSecond < 0 || config.tokensPerSecond > 1e6)
        fail(u"--tokens-per-second needs a number from 0 to 1000000"_s);
    config.extraAgents = parser.value(extraOption).toInt(&ok);
    if (!ok || config.extraAgents < 0 || config.extraAgents > 100000)
        fail(u"--extra-agents needs a number from 0 to 100000"_s);
    if (parser.isSet(keyOption)) {
        config.demoKey = parser.value(keyOption).trimmed();
        if (config.demoKey.isEmpty() || config.demoKey.contains(u' '))
            fail(u"--key needs a non-empty key without spaces"_s);
    }

    HubServer server(config);
    if (!server.listen())
        fail(u"cannot listen on 127.0.0.1:%1: %2"_s.arg(config.port).arg(server.errorString()));

    // Tests read these two lines to find the port and the key, so each is flushed at once.
    QTextStream out(stdout);
    out << u"Pharen Hub simulator listening on http://127.0.0.1:"_s << server.port() << Qt::endl;
    out << u"Demo API key: "_s << config.demoKey << Qt::endl;
    return QCoreApplication::exec();
}
