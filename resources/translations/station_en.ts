<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="19" />
        <source>Dürfen wir Sie wieder einladen?</source>
        <translation>May we invite you again?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="20" />
        <source>Freiwillig: Im Mitmachpool lädt die Stadt Sie per E-Mail zu weiteren Beteiligungsangeboten ein. Ihre Adresse wird verschlüsselt und getrennt von Ihrer Karte gespeichert.</source>
        <translation>Optional: in the Mitmachpool the city invites you by e-mail to further opportunities to take part. Your address is encrypted and stored separately from your card.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="21" />
        <source>Überspringen</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="30" />
        <location filename="../../ui/screens/ContactScreen.qml" line="47" />
        <source>Ihre E-Mail-Adresse</source>
        <translation>Your e-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="41" />
        <source>name@beispiel.de</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="131" />
        <source>Bitte prüfen Sie die E-Mail-Adresse.</source>
        <translation>Please check the e-mail address.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="132" />
        <source>Bitte setzen Sie das Häkchen – oder überspringen Sie diesen Schritt.</source>
        <translation>Please tick the box – or skip this step.</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="17" />
        <source>Möchten Sie noch etwas über sich sagen?</source>
        <translation>Would you like to tell us a little about yourself?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="18" />
        <source>Freiwillig – es hilft uns, die Ergebnisse einzuordnen.</source>
        <translation>Optional – it helps us to understand the results.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="19" />
        <source>Überspringen</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="28" />
        <source>In welchem Stadtbezirk wohnen Sie?</source>
        <translation>Which district do you live in?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="59" />
        <location filename="../../ui/screens/DetailsScreen.qml" line="98" />
        <source>keine Angabe</source>
        <translation>prefer not to say</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="69" />
        <source>Wie alt sind Sie?</source>
        <translation>How old are you?</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="19" />
        <source>Weiter</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="82" />
        <source>Schritt %1 von %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="139" />
        <source>Bildlaufleiste</source>
        <translation>Scroll bar</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="171" />
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>InactivityOverlay</name>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="39" />
        <source>Sind Sie noch da?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="52" />
        <source>%1 Sekunden</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="63" />
        <source>Danach wird Ihre Karte verworfen, damit die nächste Person beginnen kann. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>After that your card will be discarded so the next person can begin. Tap anywhere to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="73" />
        <source>Ich bin noch da</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="35" />
        <source>Beteiligungsstation</source>
        <translation>Participation station</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="37" />
        <source>Es ist noch keine PIN festgelegt.</source>
        <translation>No PIN has been set yet.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="39" />
        <source>Zu viele Versuche. Bitte warten Sie %1 Sekunden.</source>
        <translation>Too many tries. Please wait %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="40" />
        <source>Die PIN stimmt nicht. Noch %1 Versuche.</source>
        <translation>Wrong PIN. %1 tries left.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="89" />
        <source>Moderation</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="101" />
        <source>PIN eingeben</source>
        <translation>Enter PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="107" />
        <source>%1 Ziffern eingegeben</source>
        <translation>%1 digits entered</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="143" />
        <source>Letzte Ziffer löschen</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="156" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="157" />
        <source>PIN bestätigen</source>
        <translation>Confirm PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="167" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="17" />
        <source>Wozu möchten Sie etwas sagen?</source>
        <translation>What would you like to talk about?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="18" />
        <source>Wählen Sie eine Frage aus.</source>
        <translation>Choose a question.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="22" />
        <source>Ihre Karte – ist alles richtig?</source>
        <translation>Your card – is everything right?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="23" />
        <source>Sie können jede Angabe noch ändern.</source>
        <translation>You can still change any answer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="24" />
        <source>Karte abgeben</source>
        <translation>Hand in card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="69" />
        <source>Ändern</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="70" />
        <source>%1 ändern</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="80" />
        <source>Ihre Karte konnte gerade nicht gespeichert werden. Ihre Eingaben bleiben erhalten – bitte versuchen Sie es gleich noch einmal oder sprechen Sie das Team an der Station an.</source>
        <translation>Your card could not be saved just now. Nothing you entered is lost – please try again in a moment or ask the team at the station.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="81" />
        <source>Ihre Karte konnte so nicht gespeichert werden. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>Your card could not be saved like this. Please check your answers.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="108" />
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="113" />
        <source>Themenfeld</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="115" />
        <source>Anderes Thema</source>
        <translation>Other topic</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="119" />
        <source>Ihr Text</source>
        <translation>Your text</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="126" />
        <source>Angaben zu Ihnen</source>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="127" />
        <source>Stadtbezirk: keine Angabe</source>
        <translation>District: not given</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="129" />
        <source>Alter: keine Angabe</source>
        <translation>Age: not given</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="134" />
        <source>Mitmachpool</source>
        <translation>Mitmachpool</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="135" />
        <source>Nein, danke</source>
        <translation>No, thank you</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="16" />
        <source>Ihre Meinung für Dortmund zählt.</source>
        <translation>Your voice counts for Dortmund.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="166" />
        <source>Schreiben Sie Ihre Meinung oder Ihre Idee für die Zukunft unserer Stadt auf eine Beteiligungskarte. Das dauert nur zwei, drei Minuten.</source>
        <translation>Write your opinion or your idea for the future of our city on a participation card. It only takes two or three minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="177" />
        <source>Mitmachen</source>
        <translation>Take part</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="191" />
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="228" />
        <source>Zugang für das Moderationsteam (drei Sekunden halten)</source>
        <translation>Access for the facilitation team (hold for three seconds)</translation>
    </message>
</context>
<context>
    <name>TextSizeToggle</name>
    <message>
        <location filename="../../ui/components/TextSizeToggle.qml" line="13" />
        <source>Große Schrift</source>
        <translation>Large text</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="56" />
        <source>Vielen Dank!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="67" />
        <source>Ihre Karte ist gespeichert und fließt in das Stadtgespräch ein.</source>
        <translation>Your card is saved and becomes part of the city dialogue.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="75" />
        <source>Ihr Kartencode</source>
        <translation>Your card code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="90" />
        <source>Ihr Kartencode: %1</source>
        <translation>Your card code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="98" />
        <source>Ihr Beleg wird gedruckt …</source>
        <translation>Your receipt is being printed …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="99" />
        <source>Bitte nehmen Sie Ihren Beleg mit.</source>
        <translation>Please take your receipt with you.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="100" />
        <source>Der Beleg konnte leider nicht gedruckt werden. Bitte notieren Sie sich Ihren Kartencode.</source>
        <translation>Sorry, the receipt could not be printed. Please write down your card code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="101" />
        <source>Bitte notieren Sie sich Ihren Kartencode oder fotografieren Sie den QR-Code.</source>
        <translation>Please write down your card code or take a photo of the QR code.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="119" />
        <source>Noch eine Karte</source>
        <translation>Another card</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="125" />
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="131" />
        <source>Diese Anzeige schließt sich nach kurzer Zeit von selbst.</source>
        <translation>This screen closes by itself after a short while.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="165" />
        <source>QR-Code zu Ihrer Karte im Internet</source>
        <translation>QR code leading to your card online</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="170" />
        <source>Scannen Sie den Code: So finden Sie Ihre Karte später online wieder.</source>
        <translation>Scan the code to find your card online later.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="17" />
        <source>Zu welchem Themenfeld passt Ihre Karte?</source>
        <translation>Which topic does your card belong to?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="18" />
        <source>Ihre Frage: %1</source>
        <translation>Your question: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="51" />
        <source>Anderes Thema</source>
        <translation>Other topic</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="52" />
        <source>Ihr Anliegen passt in keines der Felder</source>
        <translation>Your concern fits none of the topics</translation>
    </message>
</context>
<context>
    <name>WriteScreen</name>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="19" />
        <source>Themenfeld: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="20" />
        <source>Anderes Thema</source>
        <translation>Other topic</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="54" />
        <source>Ihr Text zur Frage: %1</source>
        <translation>Your answer to the question: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="79" />
        <source>Bitte kürzen Sie Ihren Text etwas.</source>
        <translation>Please shorten your text a little.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="88" />
        <source>%1 von %2 Zeichen</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
</TS>