<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Composer</name>
    <message numerus="yes">
        <source>Rate limited: you can send again in %n second(s).</source>
        <translation>
            <numerusform>Rate limited: you can send again in %n second.</numerusform>
            <numerusform>Rate limited: you can send again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message numerus="yes">
        <source>Reasoning (%n s)</source>
        <translation>
            <numerusform>Reasoning (%n s)</numerusform>
            <numerusform>Reasoning (%n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; it may be locked.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; it may be locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n conversation(s) of the removed workspace are now listed here.</source>
        <translation>
            <numerusform>%n conversation of the removed workspace is now listed here.</numerusform>
            <numerusform>%n conversations of the removed workspace are now listed here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Connected: this key can see %n agent(s).</source>
        <translation>
            <numerusform>Connected: this key can see %n agent.</numerusform>
            <numerusform>Connected: this key can see %n agents.</numerusform>
        </translation>
    </message>
</context>
</TS>
