// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredConversation.h"

using namespace Qt::StringLiterals;

namespace StoredState {

QString name(AnswerState state)
{
    switch (state) {
    case AnswerState::Streaming:
        return u"streaming"_s;
    case AnswerState::Complete:
        return u"complete"_s;
    case AnswerState::MayBeIncomplete:
        return u"may_be_incomplete"_s;
    case AnswerState::Stopped:
        return u"stopped"_s;
    case AnswerState::Interrupted:
        return u"interrupted"_s;
    case AnswerState::Failed:
        return u"failed"_s;
    }
    return u"interrupted"_s;
}

AnswerState fromName(const QString &name)
{
    for (AnswerState state : {AnswerState::Streaming,
                              AnswerState::Complete,
                              AnswerState::MayBeIncomplete,
                              AnswerState::Stopped,
                              AnswerState::Interrupted,
                              AnswerState::Failed}) {
        if (StoredState::name(state) == name)
            return state;
    }
    return AnswerState::Interrupted;
}

} // namespace StoredState
