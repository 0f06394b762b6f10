<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgentListModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentPicker</name>
    <message>
        <source>Search agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list of agents again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents are available to this API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading agents…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent nothing for too long; the answer timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address; Pharen Chat did not follow, so your API key was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected. Check the key in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to do this; it may lack the scope agents:run or agents:read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may not stream answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the agent or the conversation is not available to this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: too many requests. You can try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: too many requests. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no credits or budget left for AI requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected response from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty answer from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is larger than Pharen Chat accepts; it was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent with the id or name &quot;%1&quot; is available to this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer may be incomplete: the server ended it without saying it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the agent to reason before it answers, where its model can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for the next message; leave empty for the agent&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer; what arrived so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Write a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent is inactive and cannot answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the answer, or stop it, before sending the next message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has %1 characters; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may not stream answers; the answer will appear when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer may be incomplete: the server ended it without saying it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the key settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo server stopped before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharen Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is saved for %1. Enter it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be read: %1 Enter it in the settings; it will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be saved: %1 It is kept in memory for this session only, and Pharen Chat will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the API key from the environment variable PHAREN_API_KEY for this run; it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the local demo server: its agents are simulated. Enter the address of your Pharen Hub and your API key in the settings to use real agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharen Chat — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>Enter the address of your Pharen Hub, for example https://pharen.app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phk_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for keys limited to a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharen Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key in Pharen Hub under Settings, API Keys, with the scopes agents:read and agents:run. The key is kept in your system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharen Hub keys start with phk_; check that this is the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http: your API key and your messages would travel unencrypted. Use it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Say agents or ask; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask needs --agent and a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Pharen Hub address: use --origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: set PHAREN_API_KEY or save one in Pharen Chat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screenshot</name>
    <message>
        <source>How should we plan the release?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
