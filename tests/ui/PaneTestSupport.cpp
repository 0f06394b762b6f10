// SPDX-FileCopyrightText: 2026 Pharen Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneTestSupport.h"

#include <QBrush>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace {

QString value(const QVariant &variant)
{
    if (variant.metaType() == QMetaType::fromType<QBrush>())
        return variant.value<QBrush>().color().name(QColor::HexArgb);
    if (variant.metaType() == QMetaType::fromType<QColor>())
        return variant.value<QColor>().name(QColor::HexArgb);
    if (variant.canConvert<QStringList>() && variant.metaType() != QMetaType::fromType<QString>())
        return variant.toStringList().join(u',');
    return variant.toString();
}

QString properties(const QTextFormat &format)
{
    QString text;
    const QMap<int, QVariant> all = format.properties();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() == QTextFormat::ObjectIndex)
            continue;
        text += QString::number(it.key(), 16) + u'=' + value(it.value()) + u' ';
    }
    return text;
}

} // namespace

ChatMessage PaneTest::userMessage(const QString &text)
{
    ChatMessage message;
    message.role = ChatMessage::Role::User;
    message.text = text;
    return message;
}

ChatMessage PaneTest::agentMessage(const QString &text, AnswerState state)
{
    ChatMessage message;
    message.role = ChatMessage::Role::Agent;
    message.text = text;
    message.state = state;
    return message;
}

QString PaneTest::describe(const QTextDocument *document, int firstBlock, int lastBlock)
{
    QString text;
    int number = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next(), ++number) {
        if (number < firstBlock)
            continue;
        if (lastBlock >= 0 && number >= lastBlock)
            break;
        text += u"block [" + block.text() + u"] {" + properties(block.blockFormat()) + u'}';
        if (const QTextList *list = block.textList()) {
            text += u" list " + QString::number(list->format().style()) + u'/' +
                    QString::number(list->format().indent()) + u" #" +
                    QString::number(list->itemNumber(block));
        }
        if (const QTextTable *table = QTextCursor(block).currentTable()) {
            const QTextTableCell cell = table->cellAt(block.position());
            text += u" cell " + QString::number(cell.row()) + u',' +
                    QString::number(cell.column()) + u" of " + QString::number(table->rows()) +
                    u'x' + QString::number(table->columns());
        }
        text += u'\n';
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            text += u"  [" + it.fragment().text() + u"] {" +
                    properties(it.fragment().charFormat()) + u"}\n";
        }
    }
    return text;
}

QStringList PaneTest::corpus()
{
    return {
        u"Plain words in one paragraph."_s,
        u"# Title\n\n"
        "A paragraph with *emphasis*, **strong**, `code` and a [link](https://example.com)."
        "\n\n## Second\n\nMore text\nover two lines.\n"_s,
        u"Here is code:\n\n```swift\nlet a = 1\nprint(a)\n```\n\nDone."_s,
        u"Text right before a fence\n```python\ndef f():\n\n    return 1\n```\n"
        "Text right after.\n\n~~~\ntilde fence\n~~~\n"_s,
        u"- one\n- two\n  - nested\n- three\n\nAfter the list.\n\n1. first\n2. second\n\n"
        "3. loose third\n\nEnd."_s,
        u"> A quote\n> over lines\n\n> Another quote\n\nPlain.\n\n---\n\nAfter a rule."_s,
        u"| Name | Value |\n|------|------:|\n| a | 1 |\n| b | 2 |\n\nBelow the table.\n\n"
        "| x |\n|---|\n| y |\n"_s,
        u"1. Step one\n\n   ```bash\n   make\n\n   make test\n   ```\n\n2. Step two\n\nDone."_s,
        u"    indented code\n\n    more of it\n\nparagraph\n\n```\nunclosed fence\n\n"
        "with a blank line"_s,
        u"Setext heading\n==============\n\nAnother\n-------\n\n"
        "<b>raw html</b> stays text & so does <script>x</script>.\n\n"
        "![an image](https://example.com/a.png)"_s,
        u"```\n\n\nleading blank lines\n\n\n```\n\n```js\nconst x = 1;\n```\n\nText between."
        "\n\n```js\nconst y = 2;\n```\n"_s,
        u"A line with a very long word: "_s + QString(3000, u'x') +
            u"\n\nAnd a long paragraph: "_s + QString(u"word "_s).repeated(700) + u"\n\n```\n"_s +
            QString(2500, u'y') + u"\n```\n"_s,
        u"Emphasis across\nlines *starts here\nand ends* there. Snake_case_words and 2*3*4."
        "\n\n* star list\n* items\n\n+ plus\n+ list\n"_s,
    };
}

QString PaneTest::longAnswer(qsizetype length)
{
    const QStringList parts = {
        u"## Section %1\n\nThis paragraph explains step %1 in plain words, with *emphasis*, "
        "**strong text**, `inline code` and a [link](https://example.com/%1).\n\n"_s,
        u"- first point of %1\n- second point, a little longer than the first\n- third point\n\n"_s,
        u"```cpp\nint step%1(int value)\n{\n    return value * %1;\n}\n```\n\n"_s,
        u"| Item | Count |\n|------|------:|\n| apples | %1 |\n| pears | 7 |\n\n"_s,
        u"> A quoted remark about part %1.\n\n1. one\n2. two\n\n"_s,
    };
    QString text;
    for (int i = 0; text.size() < length; ++i)
        text += parts.at(i % parts.size()).arg(i);
    text.truncate(length);
    return text;
}
