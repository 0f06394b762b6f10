<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgentListModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>AgentPicker</name>
    <message>
        <source>Search agents</source>
        <translation>Agenten suchen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load the list of agents again</source>
        <translation>Liste der Agenten neu laden</translation>
    </message>
    <message>
        <source>No agents are available to this API key.</source>
        <translation>Für diesen API-Schlüssel sind keine Agenten verfügbar.</translation>
    </message>
    <message>
        <source>Loading agents…</source>
        <translation>Agenten werden geladen…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server said: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server sent nothing for too long; the answer timed out.</source>
        <translation>Der Server hat zu lange nichts gesendet; die Wartezeit für die Antwort ist abgelaufen.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified.</source>
        <translation>Die sichere Verbindung konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address; Pharen Chat did not follow, so your API key was not sent there.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet; Pharen Chat ist der Umleitung nicht gefolgt, dein API-Schlüssel wurde also nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>API key rejected. Check the key in the settings.</source>
        <translation>API-Schlüssel abgelehnt. Prüfe den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do this; it may lack the scope agents:run or agents:read.</source>
        <translation>Dieser API-Schlüssel darf das nicht; ihm fehlt möglicherweise die Berechtigung agents:run oder agents:read.</translation>
    </message>
    <message>
        <source>Not found: the agent or the conversation is not available to this key.</source>
        <translation>Nicht gefunden: Der Agent oder das Gespräch ist für diesen Schlüssel nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server refused the message as invalid.</source>
        <translation>Der Server hat die Nachricht als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Rate limited: too many requests. You can try again at %1.</source>
        <translation>Anfragelimit erreicht: zu viele Anfragen. Du kannst es um %1 erneut versuchen.</translation>
    </message>
    <message>
        <source>Rate limited: too many requests. Wait a minute, then try again.</source>
        <translation>Anfragelimit erreicht: zu viele Anfragen. Warte eine Minute und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>The workspace has no credits or budget left for AI requests.</source>
        <translation>Der Workspace hat kein Guthaben und kein Budget mehr für KI-Anfragen.</translation>
    </message>
    <message>
        <source>Server error (%1). Try again later.</source>
        <translation>Serverfehler (%1). Versuche es später erneut.</translation>
    </message>
    <message>
        <source>Unexpected response from the server.</source>
        <translation>Unerwartete Rückmeldung vom Server.</translation>
    </message>
    <message>
        <source>The agent stopped with an error.</source>
        <translation>Der Agent hat mit einem Fehler abgebrochen.</translation>
    </message>
    <message>
        <source>Empty answer from the server.</source>
        <translation>Leere Antwort vom Server.</translation>
    </message>
    <message>
        <source>The message is too long.</source>
        <translation>Die Nachricht ist zu lang.</translation>
    </message>
    <message>
        <source>This API key is not allowed to stream answers.</source>
        <translation>Dieser API-Schlüssel darf keine Antworten streamen.</translation>
    </message>
    <message>
        <source>The response is larger than Pharen Chat accepts; it was cut off.</source>
        <translation>Die Antwort des Servers ist größer, als Pharen Chat annimmt; sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1).</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The secure connection could not be verified (%1).</source>
        <translation>Die sichere Verbindung konnte nicht überprüft werden (%1).</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <source>No agent with the id or name &quot;%1&quot; is available to this key.</source>
        <translation>Für diesen Schlüssel ist kein Agent mit der ID oder dem Namen „%1“ verfügbar.</translation>
    </message>
    <message>
        <source>Conversation: %1</source>
        <translation>Gespräch: %1</translation>
    </message>
    <message>
        <source>The answer may be incomplete: the server ended it without saying it was done.</source>
        <translation>Die Antwort ist möglicherweise unvollständig: Der Server hat sie beendet, ohne den Abschluss zu melden.</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Unterbrochen: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Write a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Schreib eine Nachricht. Die Eingabetaste sendet, Umschalt+Eingabetaste beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Agent&apos;s default model</source>
        <translation>Standardmodell des Agenten</translation>
    </message>
    <message>
        <source>Model for the next message; leave empty for the agent&apos;s default</source>
        <translation>Modell für die nächste Nachricht; leer lassen für das Standardmodell des Agenten</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer; what arrived so far is kept</source>
        <translation>Antwort stoppen; was bisher angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Ask the agent to reason before it answers, if its model supports it</source>
        <translation>Den Agenten vor der Antwort nachdenken lassen, wenn sein Modell das unterstützt</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: you can send again in %n second(s).</source>
        <translation>
            <numerusform>Anfragelimit erreicht: Du kannst in %n Sekunde wieder senden.</numerusform>
            <numerusform>Anfragelimit erreicht: Du kannst in %n Sekunden wieder senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Write a message first.</source>
        <translation>Schreib zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>Choose an agent first.</source>
        <translation>Wähle zuerst einen Agenten aus.</translation>
    </message>
    <message>
        <source>This agent is inactive and cannot answer.</source>
        <translation>Dieser Agent ist inaktiv und kann nicht antworten.</translation>
    </message>
    <message>
        <source>Wait for the answer, or stop it, before sending the next message.</source>
        <translation>Warte auf die Antwort oder stoppe sie, bevor du die nächste Nachricht sendest.</translation>
    </message>
    <message>
        <source>The message has %1 characters; the limit is %2.</source>
        <translation>Die Nachricht hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>This API key is not allowed to stream answers; the answer will appear when it is complete.</source>
        <translation>Dieser API-Schlüssel darf keine Antworten streamen; die Antwort erscheint, sobald sie vollständig ist.</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>Von dir gestoppt.</translation>
    </message>
    <message>
        <source>Interrupted; the answer may be cut off.</source>
        <translation>Unterbrochen; die Antwort ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>This answer may be incomplete.</source>
        <translation>Diese Antwort ist vielleicht unvollständig.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>This file is not a conversation exported by Pharen Chat.</source>
        <translation>Diese Datei ist kein aus Pharen Chat exportiertes Gespräch.</translation>
    </message>
    <message>
        <source>This file was exported by a newer Pharen Chat.</source>
        <translation>Diese Datei wurde von einer neueren Version von Pharen Chat exportiert.</translation>
    </message>
    <message>
        <source>Imported conversation</source>
        <translation>Importiertes Gespräch</translation>
    </message>
</context>
<context>
    <name>ConversationHistory</name>
    <message>
        <source>Conversation deleted.</source>
        <translation>Gespräch gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The file of saved conversations was damaged (%1). It is kept as %2; %3 conversations and %4 messages could be read from it and are listed.</source>
        <translation>Die Datei der gespeicherten Gespräche war beschädigt (%1). Die Datei bleibt als %2 erhalten; %3 Gespräche und %4 Nachrichten konnten daraus gelesen werden und sind aufgeführt.</translation>
    </message>
    <message>
        <source>The saved conversations were written by a newer Pharen Chat and are left untouched. This session&apos;s conversations will not be saved.</source>
        <translation>Die gespeicherten Gespräche stammen von einer neueren Version von Pharen Chat und bleiben unverändert. Die Gespräche dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The saved conversations cannot be opened: %1 This session&apos;s conversations will not be saved.</source>
        <translation>Die gespeicherten Gespräche können nicht geöffnet werden: %1 Die Gespräche dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1. What was saved before is kept; what is new stays only until Pharen Chat is closed.</source>
        <translation>Gespräche können nicht gespeichert werden: %1. Was vorher gespeichert wurde, bleibt erhalten; Neues bleibt nur, bis Pharen Chat geschlossen wird.</translation>
    </message>
    <message>
        <source>The agent “%1” of this conversation is no longer available. You can read the conversation; choose another agent to continue in a new one.</source>
        <translation>Der Agent „%1“ dieses Gesprächs ist nicht mehr verfügbar. Du kannst das Gespräch lesen; wähle einen anderen Agenten, um in einem neuen Gespräch weiterzumachen.</translation>
    </message>
    <message>
        <source>There is no saved conversation to export yet.</source>
        <translation>Es gibt noch kein gespeichertes Gespräch zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved conversations are not available.</source>
        <translation>Gespeicherte Gespräche sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Gespräch importieren</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Gespräch ohne Titel</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Alle Gespräche durchsuchen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The damaged file %1 cannot be moved aside.</source>
        <translation>Die beschädigte Datei %1 kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Recovered conversation</source>
        <translation>Wiederhergestelltes Gespräch</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>%1 (model %2)</source>
        <translation>%1 (Modell %2)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Überlegungen</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Warte auf die Antwort…</translation>
    </message>
    <message>
        <source>This answer may be incomplete: the server ended it without saying it was done.</source>
        <translation>Diese Antwort ist möglicherweise unvollständig: Der Server hat sie beendet, ohne den Abschluss zu melden.</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>Von dir gestoppt.</translation>
    </message>
    <message>
        <source>Interrupted: %1</source>
        <translation>Unterbrochen: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Open the key settings</source>
        <translation>Einstellungen für den API-Schlüssel öffnen</translation>
    </message>
    <message>
        <source>The server no longer knows this conversation. Its history stays here.</source>
        <translation>Der Server kennt dieses Gespräch nicht mehr. Sein Verlauf bleibt hier erhalten.</translation>
    </message>
    <message>
        <source>Continue in a new conversation</source>
        <translation>In einem neuen Gespräch fortsetzen</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <source>The link reads “%1” but leads to:

%2</source>
        <translation>Der Link lautet „%1“, führt aber zu:

%2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n s)</source>
        <translation>
            <numerusform>Überlegungen (%n s)</numerusform>
            <numerusform>Überlegungen (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>This link was not opened: only web and e-mail links open from an answer.</source>
        <translation>Dieser Link wurde nicht geöffnet: Aus einer Antwort öffnen sich nur Web- und E-Mail-Links.</translation>
    </message>
    <message>
        <source>Copy Message as Markdown</source>
        <translation>Nachricht als Markdown kopieren</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation>Der lokale Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The local demo server stopped before it was ready.</source>
        <translation>Der lokale Demo-Server wurde beendet, bevor er bereit war.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a key file Pharen Chat can use (damaged, or not a plain file); it was left as it is.</source>
        <translation>%1 ist keine Schlüsseldatei, die Pharen Chat verwenden kann (beschädigt oder keine gewöhnliche Datei); sie bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No system keychain is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet; er ist möglicherweise gesperrt.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet; er ist möglicherweise gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key is %1 bytes long; the system keychain here holds at most %2 bytes. It was not saved, so that a shortened key is never stored. Check that you copied only the key.</source>
        <translation>Der API-Schlüssel ist %1 Bytes lang; der Schlüsselbund des Systems fasst hier höchstens %2 Bytes. Er wurde nicht gespeichert, damit nie ein gekürzter Schlüssel abgelegt wird. Prüfe, ob du nur den Schlüssel kopiert hast.</translation>
    </message>
    <message>
        <source>The system keychain has not answered an earlier request; it may be locked.</source>
        <translation>Der Schlüsselbund des Systems hat auf eine frühere Anfrage nicht geantwortet; vielleicht ist er gesperrt.</translation>
    </message>
    <message>
        <source>Unlock it (on Linux, for example in “Passwords and Keys”) and start Pharen Chat again.</source>
        <translation>Entsperre ihn (unter Linux zum Beispiel in „Passwörter und Verschlüsselung“) und starte Pharen Chat neu.</translation>
    </message>
    <message>
        <source>No system keychain is available. Install a Secret Service provider such as GNOME Keyring (gnome-keyring) or KWallet, make sure it runs in your session, and start Pharen Chat again.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar. Installiere einen Secret-Service-Anbieter wie GNOME Keyring (gnome-keyring) oder KWallet, sorge dafür, dass er in deiner Sitzung läuft, und starte Pharen Chat neu.</translation>
    </message>
    <message>
        <source>The system keychain did not allow access; it may be locked. Unlock it and allow Pharen Chat to use it, then start Pharen Chat again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff nicht erlaubt; vielleicht ist er gesperrt. Entsperre ihn, erlaube Pharen Chat den Zugriff und starte Pharen Chat dann neu.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Check that a keychain service such as GNOME Keyring or KWallet is installed, running and unlocked.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht benutzt werden (%1). Prüfe, ob ein Schlüsselbund-Dienst wie GNOME Keyring oder KWallet installiert ist, läuft und entsperrt ist.</translation>
    </message>
    <message>
        <source>The API key contains a control character, which the system keychain cannot hold without cutting the key short. It was not saved. Check that you copied only the key.</source>
        <translation>Der API-Schlüssel enthält ein Steuerzeichen, das der Schlüsselbund des Systems nicht aufnehmen kann, ohne den Schlüssel zu kürzen. Er wurde nicht gespeichert. Prüfe, ob du nur den Schlüssel kopiert hast.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Pharen Chat</source>
        <translation>Pharen Chat</translation>
    </message>
    <message>
        <source>No API key is saved for %1. Enter it in the settings.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert. Gib ihn in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The API key is saved in the system keychain.</source>
        <translation>Der API-Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The API key could not be read: %1 Enter it in the settings; it will be kept for this session only.</source>
        <translation>Der API-Schlüssel konnte nicht gelesen werden: %1 Gib ihn in den Einstellungen ein; er wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The API key could not be saved: %1 It is kept in memory for this session only, and Pharen Chat will ask for it again next time.</source>
        <translation>Der API-Schlüssel konnte nicht gespeichert werden: %1 Er wird nur für diese Sitzung im Arbeitsspeicher behalten, und Pharen Chat fragt beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Neues Gespräch</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Using the API key from the environment variable PHAREN_API_KEY for this run; it is not saved.</source>
        <translation>Für diesen Programmstart wird der API-Schlüssel aus der Umgebungsvariable PHAREN_API_KEY verwendet; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reading the API key…</source>
        <translation>API-Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Starting the local demo server…</source>
        <translation>Lokaler Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <source>local demo server</source>
        <translation>lokaler Demo-Server</translation>
    </message>
    <message>
        <source>Connected to the local demo server: its agents are simulated. Enter the address of your Pharen Hub and your API key in the settings to use real agents.</source>
        <translation>Verbunden mit dem lokalen Demo-Server: Seine Agenten sind simuliert. Gib in den Einstellungen die Adresse deines Pharen Hub und deinen API-Schlüssel ein, um echte Agenten zu nutzen.</translation>
    </message>
    <message>
        <source>Pharen Chat — %1</source>
        <translation>Pharen Chat — %1</translation>
    </message>
    <message>
        <source>Local demo server: %1</source>
        <translation>Lokaler Demo-Server: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>Export conversation as &amp;Markdown…</source>
        <translation>Gespräch als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export conversation as &amp;JSON…</source>
        <translation>Gespräch als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>Gespräch &amp;importieren…</translation>
    </message>
    <message>
        <source>The agent “%1” of this conversation is no longer available. You can read the conversation; choose another agent to continue in a new one.</source>
        <translation>Der Agent „%1“ dieses Gesprächs ist nicht mehr verfügbar. Du kannst das Gespräch lesen; wähle einen anderen Agenten, um in einem neuen Gespräch weiterzumachen.</translation>
    </message>
    <message>
        <source>This conversation&apos;s agent is no longer available.</source>
        <translation>Der Agent dieses Gesprächs ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>API key from PHAREN_API_KEY</source>
        <translation>API-Schlüssel aus PHAREN_API_KEY</translation>
    </message>
    <message>
        <source>The environment variable PHAREN_API_KEY overrides the saved key for this run; it is never saved.</source>
        <translation>Die Umgebungsvariable PHAREN_API_KEY ersetzt für diesen Lauf den gespeicherten Schlüssel; sie wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Local demo server</source>
        <translation>Lokaler Demo-Server</translation>
    </message>
    <message>
        <source>Keep it in a file…</source>
        <translation>In einer Datei aufbewahren …</translation>
    </message>
    <message>
        <source>API key kept in a file</source>
        <translation>API-Schlüssel in einer Datei</translation>
    </message>
    <message>
        <source>There was no system keychain, so you chose to keep this workspace&apos;s API key in the file %1. It moves into the keychain as soon as one is available.</source>
        <translation>Es gab keinen Schlüsselbund des Systems, also hast du den API-Schlüssel dieses Arbeitsbereichs in der Datei %1 aufbewahrt. Er wandert in den Schlüsselbund, sobald einer verfügbar ist.</translation>
    </message>
    <message>
        <source>The system keychain is available now: the API key moved into it, and the file copy is removed.</source>
        <translation>Der Schlüsselbund des Systems ist jetzt verfügbar: Der API-Schlüssel liegt nun dort, und die Kopie in der Datei ist entfernt.</translation>
    </message>
    <message>
        <source>The API key is in the system keychain now, but its file copy could not be removed: %1</source>
        <translation>Der API-Schlüssel liegt jetzt im Schlüsselbund des Systems, aber seine Kopie in der Datei konnte nicht entfernt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) of the removed workspace are now listed here.</source>
        <translation>
            <numerusform>%n Gespräch des entfernten Arbeitsbereichs steht jetzt hier.</numerusform>
            <numerusform>%n Gespräche des entfernten Arbeitsbereichs stehen jetzt hier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the API key in a file?</source>
        <translation>API-Schlüssel in einer Datei aufbewahren?</translation>
    </message>
    <message>
        <source>There is no system keychain to keep the API key in. Pharen Chat can keep it in the file %1 instead, which only your user account may read.

The file is not encrypted: anyone who can read your files or their backups can read the key and use your workspace&apos;s agents with it. As soon as a system keychain is available, Pharen Chat moves the key into it and removes the file.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, in dem der API-Schlüssel liegen könnte. Pharen Chat kann ihn stattdessen in der Datei %1 aufbewahren, die nur dein Benutzerkonto lesen darf.

Die Datei ist nicht verschlüsselt: Wer deine Dateien oder deren Sicherungen lesen kann, kann den Schlüssel lesen und damit die Agenten deines Arbeitsbereichs nutzen. Sobald ein Schlüsselbund des Systems verfügbar ist, verschiebt Pharen Chat den Schlüssel dorthin und entfernt die Datei.</translation>
    </message>
    <message>
        <source>Keep it in a file</source>
        <translation>In einer Datei aufbewahren</translation>
    </message>
    <message>
        <source>The API key could not be kept in a file: %1 It stays in memory for this session only.</source>
        <translation>Der API-Schlüssel konnte nicht in einer Datei aufbewahrt werden: %1 Er bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>The API key is kept in the file %1. Pharen Chat moves it into the system keychain as soon as one is available.</source>
        <translation>Der API-Schlüssel liegt in der Datei %1. Pharen Chat verschiebt ihn in den Schlüsselbund des Systems, sobald einer verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>Enter the address of your Pharen Hub, for example https://pharen.app.</source>
        <translation>Gib die Adresse deines Pharen Hub ein, zum Beispiel https://pharen.app.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for addresses on this computer).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder mit http:// für Adressen auf diesem Computer).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>phk_…</source>
        <translation>phk_…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Only for keys limited to a team</source>
        <translation>Nur für Schlüssel, die auf ein Team beschränkt sind</translation>
    </message>
    <message>
        <source>Pharen Hub address:</source>
        <translation>Adresse des Pharen Hub:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Pharen Hub keys start with phk_; check that this is the whole key.</source>
        <translation>Schlüssel von Pharen Hub beginnen mit phk_; prüfe, ob das der vollständige Schlüssel ist.</translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>%1 uses plain http: your API key and your messages would travel unencrypted. Use it anyway?</source>
        <translation>%1 verwendet einfaches http: Dein API-Schlüssel und deine Nachrichten würden unverschlüsselt übertragen. Trotzdem verwenden?</translation>
    </message>
    <message>
        <source>Team ID:</source>
        <translation>Team-ID:</translation>
    </message>
    <message>
        <source>Use the local demo server</source>
        <translation>Lokalen Demo-Server verwenden</translation>
    </message>
    <message>
        <source>Simulated agents on this computer; no account and no key needed</source>
        <translation>Simulierte Agenten auf diesem Computer; kein Konto und kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Thinking on for new conversations</source>
        <translation>Denken für neue Gespräche einschalten</translation>
    </message>
    <message>
        <source>Show answers as they arrive (streaming)</source>
        <translation>Antworten zeigen, während sie eintreffen (Streaming)</translation>
    </message>
    <message>
        <source>The agent&apos;s own model</source>
        <translation>Das eigene Modell des Agenten</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>For all workspaces</source>
        <translation>Für alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Default model:</source>
        <translation>Standardmodell:</translation>
    </message>
    <message>
        <source>Give up on a silent answer after:</source>
        <translation>Eine stille Antwort aufgeben nach:</translation>
    </message>
    <message>
        <source>Language (after a restart):</source>
        <translation>Sprache (nach einem Neustart):</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this key can see %n agent(s).</source>
        <translation>
            <numerusform>Verbunden: Dieser Schlüssel sieht %n Agenten.</numerusform>
            <numerusform>Verbunden: Dieser Schlüssel sieht %n Agenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>Leer lassen, um den aktuellen Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Gib zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>An API key lets Pharen Chat use your workspace&apos;s agents. Create one in Pharen Hub under Settings → API Keys, with the scopes agents:read and agents:run. The key is kept in your system&apos;s keychain; in a file only if there is no keychain and you choose so after a warning.</source>
        <translation>Mit einem API-Schlüssel kann Pharen Chat die Agenten deines Arbeitsbereichs nutzen. Erstelle ihn in Pharen Hub unter Einstellungen → API Keys, mit den Berechtigungen agents:read und agents:run. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt; in einer Datei nur, wenn es keinen Schlüsselbund gibt und du dich nach einer Warnung dafür entscheidest.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Pharen Chat. To talk to your own agents, add a workspace: the address of your Pharen Hub and an API key. An API key is a secret that lets this app use your workspace&apos;s agents on your behalf; create one in Pharen Hub under Settings → API Keys, with the scopes agents:read and agents:run. Until then, the local demo server on this computer answers with simulated agents.</source>
        <translation>Willkommen bei Pharen Chat. Um mit deinen eigenen Agenten zu sprechen, füge einen Arbeitsbereich hinzu: die Adresse deines Pharen Hub und einen API-Schlüssel. Ein API-Schlüssel ist ein Geheimnis, mit dem diese App die Agenten deines Arbeitsbereichs in deinem Namen nutzt; erstelle ihn in Pharen Hub unter Einstellungen → API Keys, mit den Berechtigungen agents:read und agents:run. Bis dahin antwortet der lokale Demo-Server auf diesem Computer mit simulierten Agenten.</translation>
    </message>
    <message>
        <source>Add a workspace…</source>
        <translation>Arbeitsbereich hinzufügen …</translation>
    </message>
    <message>
        <source>Try the local demo server</source>
        <translation>Lokalen Demo-Server ausprobieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ask needs --agent and a message.</source>
        <translation>ask braucht --agent und eine Nachricht.</translation>
    </message>
    <message>
        <source>No Pharen Hub address: use --origin.</source>
        <translation>Keine Adresse für Pharen Hub angegeben: Verwende --origin.</translation>
    </message>
    <message>
        <source>No API key: set PHAREN_API_KEY or save one in Pharen Chat.</source>
        <translation>Kein API-Schlüssel: Setze PHAREN_API_KEY oder speichere einen in Pharen Chat.</translation>
    </message>
    <message>
        <source>Give a command: agents or ask; see --help.</source>
        <translation>Gib einen Befehl an: agents oder ask; siehe --help.</translation>
    </message>
    <message>
        <source>Set PHAREN_API_KEY to use a key without the keychain.</source>
        <translation>Setze PHAREN_API_KEY, um einen Schlüssel ohne Schlüsselbund zu verwenden.</translation>
    </message>
</context>
<context>
    <name>screenshot</name>
    <message>
        <source>How should we plan the release?</source>
        <translation>Wie sollen wir das Release planen?</translation>
    </message>
</context>
</TS>
