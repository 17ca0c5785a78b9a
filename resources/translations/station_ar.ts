<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA" sourcelanguage="de_DE">
<context>
    <name>CardFlow</name>
    <message>
        <location filename="../../station_app/card_flow.py" line="21"/>
        <source>Stadtbezirk: %1</source>
        <translation>الحي: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/card_flow.py" line="22"/>
        <source>Alter: %1</source>
        <translation>العمر: %1</translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="177"/>
        <source>dd.MM. HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when a card came in, in the card list.</extracomment>
        <translation>d MMM، HH:mm</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <location filename="../../station_app/cards.py" line="47"/>
        <source>Der Text enthält ungültige Zeichen.</source>
        <translation>يحتوي النص على أحرف غير صالحة.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="52"/>
        <source>Der Text ist leer: bitte ein paar Worte schreiben.</source>
        <translation>النص فارغ: يُرجى كتابة بضع كلمات.</translation>
    </message>
    <message>
        <location filename="../../station_app/cards.py" line="57"/>
        <source>Der Text ist zu lang (%1 Zeichen, höchstens %2).</source>
        <translation>النص طويل جدًا (عدد الأحرف: %1، والحد الأقصى: %2).</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="37"/>
        <source>Text oder Kartencode</source>
        <translation>النص أو رمز البطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="38"/>
        <source>Karten suchen: Text oder Kartencode</source>
        <translation>البحث في البطاقات: النص أو رمز البطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="44"/>
        <source>Suchen</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="51"/>
        <source>Alle</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Keine Karte gefunden.</source>
        <translation>لم يُعثر على أي بطاقة.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="64"/>
        <source>Noch keine Karten in dieser Sitzung.</source>
        <translation>لا توجد بطاقات في هذه الجلسة بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/CardsPage.qml" line="65"/>
        <source>%n Karten, die neuesten zuerst</source>
        <translation>
            <numerusform>لا توجد بطاقات</numerusform>
            <numerusform>بطاقة واحدة</numerusform>
            <numerusform>بطاقتان، الأحدث أولًا</numerusform>
            <numerusform>%n بطاقات، الأحدث أولًا</numerusform>
            <numerusform>%n بطاقة، الأحدث أولًا</numerusform>
            <numerusform>%n بطاقة، الأحدث أولًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="135"/>
        <source>Ausgeblendet: %1</source>
        <translation>مخفية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="149"/>
        <source>Ausgeblendete Karten können nicht für die Live-Wand freigegeben werden.</source>
        <translation>لا يمكن اعتماد البطاقات المخفية للجدار المباشر.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="150"/>
        <source>Live-Wand: freigegeben</source>
        <translation>الجدار المباشر: معتمدة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Wieder zeigen</source>
        <translation>إظهار مجددًا</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="174"/>
        <source>Ausblenden</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/CardsPage.qml" line="186"/>
        <source>Für die Live-Wand freigeben</source>
        <translation>اعتماد للجدار المباشر</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="12"/>
        <source>Ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ConfirmPopup.qml" line="56"/>
        <source>Abbrechen</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ContactScreen</name>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="20"/>
        <source>Dürfen wir Sie wieder einladen?</source>
        <translation>هل تسمحون لنا بدعوتكم مرة أخرى؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="21"/>
        <source>Freiwillig: Im Mitmachpool lädt die Stadt Sie per E-Mail zu weiteren Beteiligungsangeboten ein. Ihre Adresse wird verschlüsselt und getrennt von Ihrer Karte gespeichert.</source>
        <translation>اختياري: من خلال Mitmachpool (قائمة الراغبين في المشاركة) تدعوكم المدينة عبر البريد الإلكتروني إلى فرص أخرى للمشاركة. يُحفظ عنوانكم مشفّرًا وبشكل منفصل عن بطاقتكم.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="22"/>
        <source>Überspringen</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="31"/>
        <location filename="../../ui/screens/ContactScreen.qml" line="71"/>
        <source>Ihre E-Mail-Adresse</source>
        <translation>عنوان بريدكم الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="62"/>
        <source>name@beispiel.de</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="103"/>
        <source>„%1“ einfügen</source>
        <translation>إدراج «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="182"/>
        <source>Bitte prüfen Sie die E-Mail-Adresse.</source>
        <translation>يُرجى التحقق من عنوان البريد الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="183"/>
        <source>Bitte setzen Sie das Häkchen – oder überspringen Sie diesen Schritt.</source>
        <translation>يُرجى وضع علامة في المربع – أو تخطي هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="197"/>
        <source>Datenschutzhinweise lesen</source>
        <translation>قراءة إشعار حماية البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ContactScreen.qml" line="208"/>
        <source>Datenschutzhinweise zum Mitmachpool</source>
        <translation>إشعار حماية البيانات الخاص بـ Mitmachpool</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="17"/>
        <source>Möchten Sie noch etwas über sich sagen?</source>
        <translation>هل تودّون إخبارنا بشيء عن أنفسكم؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="18"/>
        <source>Freiwillig – es hilft uns, die Ergebnisse einzuordnen.</source>
        <translation>اختياري – يساعدنا ذلك على فهم النتائج.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="19"/>
        <source>Überspringen</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="28"/>
        <source>In welchem Stadtbezirk wohnen Sie?</source>
        <translation>في أي حي تسكنون؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/DetailsScreen.qml" line="71"/>
        <source>Wie alt sind Sie?</source>
        <translation>كم عمركم؟</translation>
    </message>
</context>
<context>
    <name>EnrolmentBridge</name>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="192"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet.</source>
        <translation>لم تُسجَّل المحطة بعد لدى أي مركز تجميع.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="195"/>
        <source>Angemeldet als „%1“, ohne Sammelstellen-Adresse (nur USB-Stick)</source>
        <translation>مسجّلة باسم «%1»، دون عنوان لمركز التجميع (ذاكرة USB فقط)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="197"/>
        <source>Angemeldet als „%1“ bei %2</source>
        <translation>مسجّلة باسم «%1» لدى %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="212"/>
        <source>Nicht eingerichtet: %1</source>
        <translation>غير مُعدّة: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="216"/>
        <source>keine (nur USB-Stick)</source>
        <translation>لا يوجد (ذاكرة USB فقط)</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="217"/>
        <source>Eingerichtet: Station „%1“, Sammelstelle %2</source>
        <translation>تم الإعداد: المحطة «%1»، مركز التجميع %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="226"/>
        <source>Der Mitmachpool verschlüsselt Kontakte für diese Sammelstelle.</source>
        <translation>يشفّر Mitmachpool جهات الاتصال لمركز التجميع هذا.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="228"/>
        <source>Der Mitmachpool gilt für diese Sammelstelle erst nach einem Neustart: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>لن يعمل Mitmachpool مع مركز التجميع هذا إلا بعد إعادة التشغيل: يُرجى الضغط على «إنهاء وضع الكشك» ثم إعادة تشغيل المحطة.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/enrolment_bridge.py" line="231"/>
        <source>Achtung: Die Konfiguration nennt den Schlüssel einer anderen Sammelstelle (contact.collector_public_key). Diese Sammelstelle könnte Mitmachpool-Kontakte nicht öffnen: bitte die Einstellung entfernen.</source>
        <translation>تنبيه: يذكر الإعداد مفتاح مركز تجميع آخر (contact.collector_public_key). لن يتمكن مركز التجميع هذا من فتح جهات اتصال Mitmachpool: يُرجى حذف هذا الإعداد.</translation>
    </message>
</context>
<context>
    <name>EnrolmentProblem</name>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="31"/>
        <source>„%1“ lässt sich nicht lesen – ist der USB-Stick noch eingesteckt?</source>
        <translation>تعذّرت قراءة «%1» – هل ما زالت ذاكرة USB موصولة؟</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="33"/>
        <source>„%1“ ist keine Anmeldedatei einer Sammelstelle</source>
        <translation>«%1» ليس ملف تسجيل صادرًا عن مركز تجميع</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="35"/>
        <source>Die Anmeldedatei „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>ملف التسجيل «%1» تالف: يُرجى طلب ملف جديد من مركز التجميع</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="37"/>
        <source>Die Anmeldedatei „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>ملف التسجيل «%1» يخص المحطة «%2»، وهذه المحطة هي «%3»</translation>
    </message>
    <message>
        <location filename="../../station_app/enrolment_install.py" line="39"/>
        <source>Die Anmeldung ließ sich auf der Station nicht speichern</source>
        <translation>تعذّر حفظ التسجيل على المحطة</translation>
    </message>
</context>
<context>
    <name>ExportBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="78"/>
        <source>USB-Stick „%1“</source>
        <translation>ذاكرة USB «%1»</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="79"/>
        <source>Datenordner der Station</source>
        <translation>مجلد بيانات المحطة</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="86"/>
        <source>%1 GB frei</source>
        <translation>%1 غيغابايت متاحة</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="87"/>
        <source>%1 MB frei</source>
        <translation>%1 ميغابايت متاحة</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="104"/>
        <source>Es läuft schon ein Export.</source>
        <translation>هناك عملية تصدير جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_export.py" line="107"/>
        <source>Bitte ein Format und ein Ziel wählen.</source>
        <translation>يُرجى اختيار صيغة ووجهة للحفظ.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/ExportPage.qml" line="30"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>بطاقة واحدة</numerusform>
            <numerusform>بطاقتان</numerusform>
            <numerusform>%n بطاقات</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="31"/>
        <source> (%1 ausgeblendete nicht enthalten)</source>
        <translation> (باستثناء المخفية: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="32"/>
        <source> gespeichert in
%1</source>
        <translation> – تم الحفظ في
%1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="34"/>
        <source>Nicht gespeichert: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="44"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="50"/>
        <source>PDF-Bericht</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="51"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="52"/>
        <source>CSV (Excel, Semikolon)</source>
        <translation>CSV (Excel، فاصلة منقوطة)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="53"/>
        <source>JSON (alle Felder)</source>
        <translation>JSON (كل الحقول)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="64"/>
        <source>Umfang</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="70"/>
        <source>Aktuelle Sitzung</source>
        <translation>الجلسة الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="76"/>
        <source>Alle Sitzungen</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="85"/>
        <source>Speichern auf</source>
        <translation>الحفظ على</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="90"/>
        <source>USB-Stick neu suchen</source>
        <translation>البحث عن ذاكرة USB مجددًا</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Export läuft …</source>
        <translation>جارٍ التصدير …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="114"/>
        <source>Exportieren</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/ExportPage.qml" line="142"/>
        <source>Ausgeblendete Karten und Kontaktdaten aus dem Mitmachpool werden nie exportiert.</source>
        <translation>لا تُصدَّر أبدًا البطاقات المخفية ولا بيانات الاتصال من Mitmachpool.</translation>
    </message>
</context>
<context>
    <name>ExportProblem</name>
    <message>
        <location filename="../../station_app/export/common.py" line="73"/>
        <source>Es gibt noch keine Sitzung, also nichts zu exportieren.</source>
        <translation>لا توجد جلسة بعد، لذا لا يوجد ما يُصدَّر.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="17"/>
        <source>Der Speicher ist voll: %1 wurde nicht gespeichert. Bitte Platz schaffen oder einen anderen USB-Stick nehmen.</source>
        <translation>مساحة التخزين ممتلئة: لم يُحفظ %1. يُرجى إفراغ بعض المساحة أو استخدام ذاكرة USB أخرى.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="20"/>
        <source>Hier darf nicht geschrieben werden (schreibgeschützt): %1</source>
        <translation>لا يُسمح بالكتابة هنا (للقراءة فقط): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="22"/>
        <source>Der USB-Stick meldet einen Fehler (abgezogen oder beschädigt?): %1</source>
        <translation>تُبلغ ذاكرة USB عن خطأ (هل نُزعت أو تلفت؟): %1</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="24"/>
        <source>%1 ist ein Ordner, keine Datei.</source>
        <translation>%1 مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="25"/>
        <source>%1 ist keine gewöhnliche Datei.</source>
        <translation>%1 ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="26"/>
        <source>Den Ordner %1 gibt es nicht (USB-Stick abgezogen?).</source>
        <translation>المجلد %1 غير موجود (هل نُزعت ذاكرة USB؟).</translation>
    </message>
    <message>
        <location filename="../../station_app/export/problems.py" line="28"/>
        <source>%1 konnte nicht geschrieben werden.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
</context>
<context>
    <name>FacilitatorBridge</name>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="162"/>
        <source>Die Datenbank der Station war beschädigt und wurde als „%1“ beiseitegelegt. Neue Karten werden in einer frischen Datenbank gespeichert. Bitte die alte Datei sichern und der Sammelstelle melden.</source>
        <translation>كانت قاعدة بيانات المحطة تالفة، فنُقلت جانبًا باسم «%1». تُحفظ البطاقات الجديدة في قاعدة بيانات جديدة. يُرجى الاحتفاظ بنسخة من الملف القديم وإبلاغ مركز التجميع.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="196"/>
        <source>dd.MM.yyyy, HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): since when the session is open.</extracomment>
        <translation>d MMM yyyy، HH:mm</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="275"/>
        <source>Sitzung „%1“ geöffnet</source>
        <translation>فُتحت الجلسة «%1»</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="280"/>
        <source>Sitzung „%1“ geschlossen</source>
        <translation>أُغلقت الجلسة «%1»</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="290"/>
        <source>Karte %1 ausgeblendet</source>
        <translation>أُخفيت البطاقة %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="295"/>
        <source>Karte %1 wieder sichtbar</source>
        <translation>البطاقة %1 ظاهرة مجددًا</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="302"/>
        <source>Karte %1 für die Live-Wand freigegeben</source>
        <translation>تم اعتماد البطاقة %1 للجدار المباشر</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator.py" line="322"/>
        <source>Papierkarte gespeichert: %1</source>
        <translation>حُفظت البطاقة الورقية: %1</translation>
    </message>
</context>
<context>
    <name>FacilitatorHome</name>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="65"/>
        <source>Export gespeichert: %1</source>
        <translation>حُفظ التصدير: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="70"/>
        <source>Export fehlgeschlagen: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="117"/>
        <source>Moderation</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="130"/>
        <source>Sitzung: %1</source>
        <translation>الجلسة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="131"/>
        <source>Letzte Sitzung (geschlossen): %1</source>
        <translation>آخر جلسة (مغلقة): %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="133"/>
        <source>Noch keine Sitzung</source>
        <translation>لا توجد جلسة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="145"/>
        <source>Zurück zum Kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="152"/>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="263"/>
        <source>Kiosk verlassen</source>
        <translation>إنهاء وضع الكشك</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="191"/>
        <source>Überblick</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="192"/>
        <source>Karten</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="193"/>
        <source>Sitzungen</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="194"/>
        <source>Papierkarte erfassen</source>
        <translation>بطاقة ورقية</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="195"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="196"/>
        <source>Drucker &amp; Sync</source>
        <translation>الطابعة والمزامنة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="261"/>
        <source>Kiosk wirklich verlassen?</source>
        <translation>هل تريدون فعلًا إنهاء وضع الكشك؟</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/FacilitatorHome.qml" line="262"/>
        <source>Die Station nimmt danach keine Karten mehr an, bis sie neu gestartet wird.</source>
        <translation>لن تقبل المحطة بعد ذلك أي بطاقات حتى يُعاد تشغيلها.</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="24"/>
        <source>Weiter</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="314"/>
        <source>Schritt %1 von %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="143"/>
        <location filename="../../ui/screens/StartScreen.qml" line="102"/>
        <source>Bildlaufleiste</source>
        <translation>شريط التمرير</translation>
    </message>
    <message>
        <location filename="../../ui/components/FlowPage.qml" line="225"/>
        <source>Zurück</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>HidePopup</name>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="91"/>
        <source>Karte %1 ausblenden</source>
        <translation>إخفاء البطاقة %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="112"/>
        <source>Die Karte ist für die Live-Wand freigegeben. Ausgeblendet verschwindet sie auch von der Wand.</source>
        <translation>البطاقة معتمدة للجدار المباشر. إذا أُخفيت فستختفي من الجدار أيضًا.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="120"/>
        <source>Die Karte wird nicht gelöscht. Sie fehlt in Zählung und Export, bis sie wieder gezeigt wird. Grund:</source>
        <translation>لن تُحذف البطاقة، لكنها لن تُحتسب في العدّ ولن تُصدَّر إلى أن تُظهَر مجددًا. السبب:</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="148"/>
        <source>Anderer Grund</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="159"/>
        <source>Abbrechen</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/HidePopup.qml" line="166"/>
        <source>Ausblenden</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>HideReason</name>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="38"/>
        <source>Persönliche Daten</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="39"/>
        <source>Beleidigend oder diskriminierend</source>
        <translation>مسيء أو تمييزي</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="40"/>
        <source>Werbung</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="41"/>
        <source>Doppelt</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/facilitator_cards.py" line="42"/>
        <source>Testkarte</source>
        <translation>بطاقة تجريبية</translation>
    </message>
</context>
<context>
    <name>InactivityOverlay</name>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="57"/>
        <source>Sind Sie noch da?</source>
        <translation>هل ما زلتم هنا؟</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="70"/>
        <source>%1 Sekunden</source>
        <translation>%1 ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="84"/>
        <source>Danach wird das Moderationsmenü gesperrt. Eine angefangene Papierkarte bleibt als Entwurf erhalten. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>بعد ذلك تُقفل قائمة الإشراف. تبقى البطاقة الورقية التي بدأتم بها محفوظة كمسودة. المسوا الشاشة في أي مكان للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="85"/>
        <source>Danach wird Ihre Karte verworfen, damit die nächste Person beginnen kann. Tippen Sie irgendwo, um weiterzumachen.</source>
        <translation>بعد ذلك ستُلغى بطاقتكم ليتمكن الشخص التالي من البدء. المسوا الشاشة في أي مكان للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../ui/components/InactivityOverlay.qml" line="95"/>
        <source>Ich bin noch da</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../station_app/intake.py" line="29"/>
        <source>Bitte eine Frage wählen.</source>
        <translation>يُرجى اختيار سؤال.</translation>
    </message>
    <message>
        <location filename="../../station_app/intake.py" line="30"/>
        <source>Bitte ein Themenfeld wählen.</source>
        <translation>يُرجى اختيار مجال.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../station_app/qml/jobs.py" line="23"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station.</source>
        <translation>خطأ غير متوقع، والتفاصيل موجودة في سجل المحطة.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../station_app/labels.py" line="24"/>
        <source>Anderes Thema</source>
        <translation>موضوع آخر</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="25"/>
        <source>keine Angabe</source>
        <translation>أفضّل عدم الإفصاح</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="27"/>
        <source>Station (Touchscreen)</source>
        <translation>المحطة (شاشة لمس)</translation>
    </message>
    <message>
        <location filename="../../station_app/labels.py" line="28"/>
        <source>Papierkarte</source>
        <translation>بطاقة ورقية</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="57"/>
        <source>Beteiligungsstation</source>
        <translation>محطة المشاركة</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="98"/>
        <source>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP).</source>
        <translation>«%1» ليس رمز بطاقة (مثال على رمز البطاقة: K7M-4QX-9TRP).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="105"/>
        <source>Keine Karte %1 auf dieser Station.</source>
        <translation>لا توجد بطاقة %1 على هذه المحطة.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="116"/>
        <source>Bitte einen Grund angeben, z. B. „Persönliche Daten“.</source>
        <translation>يُرجى ذكر سبب، مثل «بيانات شخصية».</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="121"/>
        <source>Der Grund ist zu lang (höchstens %1 Zeichen).</source>
        <translation>السبب طويل جدًا (الحد الأقصى لعدد الأحرف: %1).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="170"/>
        <source>Karte %1 ist ausgeblendet und kann nicht für die Live-Wand freigegeben werden.</source>
        <translation>البطاقة %1 مخفية ولا يمكن اعتمادها للجدار المباشر.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="177"/>
        <source>Karte %1 ist schon für die Live-Wand freigegeben.</source>
        <translation>البطاقة %1 معتمدة للجدار المباشر بالفعل.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="205"/>
        <source>Karte %1 ist schon ausgeblendet.</source>
        <translation>البطاقة %1 مخفية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/moderation.py" line="209"/>
        <source>Karte %1 ist nicht ausgeblendet.</source>
        <translation>البطاقة %1 ليست مخفية.</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="70"/>
        <source>Bildlaufleiste</source>
        <translation>شريط التمرير</translation>
    </message>
    <message>
        <location filename="../../ui/components/NoticePanel.qml" line="98"/>
        <source>Schließen</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="58"/>
        <source>Karten</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="59"/>
        <source>davon Papierkarten</source>
        <translation>منها بطاقات ورقية</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="60"/>
        <source>ausgeblendet</source>
        <translation>مخفية</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="61"/>
        <source>Sitzung seit</source>
        <translation>الجلسة منذ</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="117"/>
        <source>Karten je Frage</source>
        <translation>البطاقات حسب السؤال</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="126"/>
        <source>Karten je Themenfeld</source>
        <translation>البطاقات حسب المجال</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="135"/>
        <source>Karten je Stadtbezirk</source>
        <translation>البطاقات حسب الحي</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/OverviewPage.qml" line="143"/>
        <source>Karten je Altersgruppe</source>
        <translation>البطاقات حسب الفئة العمرية</translation>
    </message>
</context>
<context>
    <name>PackageBridge</name>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="207"/>
        <source>Kein Stationspaket installiert: die Station läuft mit „%1“.</source>
        <translation>لا توجد حزمة محطة مثبّتة: تعمل المحطة بملف «%1».</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="209"/>
        <source>Installiert: Stationspaket für „%1“, Konfigurationsversion %2</source>
        <translation>تم التثبيت: حزمة المحطة «%1»، إصدار الإعداد %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="226"/>
        <source>„%1“ ändert an dieser Station:</source>
        <translation>ما يغيّره «%1» في هذه المحطة:</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="244"/>
        <source>Nicht übernommen: %1</source>
        <translation>لم يُعتمد: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="248"/>
        <source>Übernommen: Station „%1“, %2, Konfigurationsversion %3</source>
        <translation>تم الاعتماد: المحطة «%1»، %2، إصدار الإعداد %3</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="265"/>
        <source>Die Station fragt nach der neuen Konfiguration, sobald wieder der Startbildschirm zu sehen ist (nach „Zurück zum Kiosk“).</source>
        <translation>تطرح المحطة أسئلة الإعداد الجديد فور ظهور شاشة البداية مجددًا (بعد «العودة إلى الكشك»).</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/package_bridge.py" line="267"/>
        <source>Die Station fragt nach dem nächsten Start nach der neuen Konfiguration: bitte „Kiosk verlassen“ und die Station neu starten.</source>
        <translation>ستطرح المحطة أسئلة الإعداد الجديد بعد التشغيل التالي: يُرجى الضغط على «إنهاء وضع الكشك» ثم إعادة تشغيل المحطة.</translation>
    </message>
</context>
<context>
    <name>PackagePreview</name>
    <message>
        <location filename="../../station_app/package_install.py" line="77"/>
        <source>Veranstaltung</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="78"/>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="79"/>
        <source>Sprachen</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="80"/>
        <source>Fragen</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="81"/>
        <source>Themen</source>
        <translation>المجالات</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="82"/>
        <source>Sammelstelle</source>
        <translation>مركز التجميع</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="83"/>
        <source>Konfigurationsversion</source>
        <translation>إصدار الإعداد</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="84"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="85"/>
        <source>%1: %2 (unverändert)</source>
        <translation>%1: %2 (دون تغيير)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="86"/>
        <source>%1 hinzugefügt: %2</source>
        <translation>%1 – إضافة: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="87"/>
        <source>%1 entfernt: %2</source>
        <translation>%1 – حذف: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="88"/>
        <source>%1 umbenannt: %2</source>
        <translation>%1 – إعادة تسمية: %2</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="89"/>
        <source>keine</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <location filename="../../station_app/package_install.py" line="56"/>
        <source>„%1“ ist kein Stationspaket einer Sammelstelle</source>
        <translation>«%1» ليس حزمة محطة صادرة عن مركز تجميع</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="58"/>
        <source>„%1“ stammt von einer neueren Sammelstelle: bitte die Stations-Software aktualisieren</source>
        <translation>«%1» صادر عن مركز تجميع أحدث: يُرجى تحديث برنامج المحطة</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="60"/>
        <source>Das Stationspaket „%1“ ist beschädigt: bitte bei der Sammelstelle neu erstellen lassen</source>
        <translation>حزمة المحطة «%1» تالفة: يُرجى طلب حزمة جديدة من مركز التجميع</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="62"/>
        <source>Das Stationspaket „%1“ wurde nach dem Erstellen verändert und wird nicht übernommen</source>
        <translation>حزمة المحطة «%1» عُدِّلت بعد إنشائها ولن تُعتمد</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="64"/>
        <source>Die Konfiguration im Stationspaket „%1“ ist ungültig (Einstellung „%2“)</source>
        <translation>الإعدادات في حزمة المحطة «%1» غير صالحة (الإعداد «%2»)</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="66"/>
        <source>Das Stationspaket „%1“ stammt von einer anderen Sammelstelle als der, bei der diese Station angemeldet ist</source>
        <translation>حزمة المحطة «%1» صادرة عن مركز تجميع غير المركز الذي سُجّلت لديه هذه المحطة</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="69"/>
        <source>Das Stationspaket „%1“ gehört zur Station „%2“, diese Station ist „%3“</source>
        <translation>حزمة المحطة «%1» تخص المحطة «%2»، وهذه المحطة هي «%3»</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="71"/>
        <source>Das Stationspaket „%1“ hat Version %2, diese Station hat schon Version %3</source>
        <translation>حزمة المحطة «%1» من الإصدار %2، وهذه المحطة لديها الإصدار %3 بالفعل</translation>
    </message>
    <message>
        <location filename="../../station_app/package_install.py" line="73"/>
        <source>Das Stationspaket ließ sich auf der Station nicht speichern</source>
        <translation>تعذّر حفظ حزمة المحطة على المحطة</translation>
    </message>
</context>
<context>
    <name>PackageSection</name>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="35"/>
        <source>Einrichtung: Stationspaket für eine Veranstaltung</source>
        <translation>الإعداد: حزمة المحطة لفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="48"/>
        <source>Die Sammelstelle gibt das Stationspaket (eine Datei mit der Endung „.station-package“) auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen, Änderungen prüfen, übernehmen.</source>
        <translation>يسلّم مركز التجميع حزمة المحطة (ملف ينتهي بـ«.station-package») على ذاكرة USB. أدخلوا الذاكرة، وابحثوا، ثم اضغطوا على الملف، وراجعوا التغييرات، واعتمدوها.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="59"/>
        <source>Suche läuft …</source>
        <translation>جارٍ البحث …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="60"/>
        <source>USB-Sticks nach Stationspaketen durchsuchen</source>
        <translation>البحث عن حزم المحطة في ذاكرات USB</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="67"/>
        <source>Kein Stationspaket auf einem USB-Stick gefunden.</source>
        <translation>لم يُعثر على حزمة محطة في أي ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="81"/>
        <source>„%1“ von „%2“ prüfen</source>
        <translation>فحص «%1» من «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="130"/>
        <source>Übernehmen</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PackageSection.qml" line="137"/>
        <source>Abbrechen</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PaperCardPage</name>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="73"/>
        <source>Entwurf wiederhergestellt – diese Papierkarte ist noch nicht gespeichert.</source>
        <translation>تمت استعادة المسودة – لم تُحفظ هذه البطاقة الورقية بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="80"/>
        <source>Frage</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="96"/>
        <source>Themenfeld</source>
        <translation>المجال</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="112"/>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="125"/>
        <source>Text der Karte</source>
        <translation>نص البطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="122"/>
        <source>So wie auf der Karte geschrieben</source>
        <translation>كما هو مكتوب على البطاقة تمامًا</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="133"/>
        <source>Stadtbezirk (freiwillig)</source>
        <translation>الحي (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="153"/>
        <source>Altersgruppe (freiwillig)</source>
        <translation>الفئة العمرية (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="179"/>
        <source>Papierkarte speichern</source>
        <translation>حفظ البطاقة الورقية</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PaperCardPage.qml" line="187"/>
        <source>Zuletzt gespeichert: %1 – bitte auf die Papierkarte schreiben.</source>
        <translation>آخر حفظ: %1 – يُرجى كتابته على البطاقة الورقية.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="47"/>
        <location filename="../../ui/components/PinPad.qml" line="62"/>
        <source>Die PIN braucht 4 bis 12 Ziffern.</source>
        <translation>يجب أن يتكون رمز PIN من 4 إلى 12 رقمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="60"/>
        <source>Die beiden Eingaben sind verschieden. Bitte die neue PIN noch einmal wählen.</source>
        <translation>الإدخالان مختلفان. يُرجى اختيار رمز PIN الجديد مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="64"/>
        <source>Die PIN kann gerade nicht gespeichert werden. Bitte noch einmal versuchen.</source>
        <translation>تعذّر حفظ رمز PIN الآن. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="68"/>
        <source>PIN eingeben</source>
        <translation>أدخلوا رمز PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wählen</source>
        <translation>اختاروا رمز PIN جديدًا</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="69"/>
        <source>Neue PIN wiederholen</source>
        <translation>أعيدوا إدخال رمز PIN الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="73"/>
        <source>Zu viele Versuche. Bitte warten Sie %1 Sekunden.</source>
        <translation>محاولات كثيرة جدًا. يُرجى الانتظار %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="74"/>
        <source>Die PIN stimmt nicht. Noch %1 Versuche.</source>
        <translation>رمز PIN غير صحيح. المحاولات المتبقية: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="151"/>
        <source>Moderation</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="165"/>
        <source>Für diese Station ist noch keine PIN festgelegt. Wählen Sie jetzt eine PIN mit 4 bis 12 Ziffern; sie öffnet künftig die Moderation.</source>
        <translation>لم يُحدَّد رمز PIN لهذه المحطة بعد. اختاروا الآن رمز PIN من 4 إلى 12 رقمًا؛ وسيفتح منطقة الإشراف من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="185"/>
        <source>%1 Ziffern eingegeben</source>
        <translation>عدد الأرقام المُدخلة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="229"/>
        <source>Letzte Ziffer löschen</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="246"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>Neue PIN übernehmen</source>
        <translation>اعتماد رمز PIN الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="248"/>
        <source>PIN bestätigen</source>
        <translation>تأكيد رمز PIN</translation>
    </message>
    <message>
        <location filename="../../ui/components/PinPad.qml" line="262"/>
        <source>Abbrechen</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PrinterProblem</name>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="19"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>لم تُعدّ طابعة إيصالات</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="20"/>
        <source>Drucker „%1“ nicht gefunden</source>
        <translation>لم يُعثر على الطابعة «%1»</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="21"/>
        <source>Drucker „%1“ ist angehalten oder gesperrt</source>
        <translation>الطابعة «%1» متوقفة أو معطّلة</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="22"/>
        <source>Drucker „%1“ hat den letzten Auftrag abgebrochen</source>
        <translation>ألغت الطابعة «%1» آخر مهمة طباعة</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="24"/>
        <source>Der Drucker nimmt das Papierformat %1 nicht an</source>
        <translation>لا تقبل الطابعة مقاس الورق %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="25"/>
        <source>Der Drucker lässt sich nicht öffnen</source>
        <translation>تعذّر فتح الطابعة</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="26"/>
        <source>Der Drucker hat den Auftrag nicht angenommen</source>
        <translation>لم تقبل الطابعة مهمة الطباعة</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="28"/>
        <source>Die Schrift für den Beleg fehlt auf der Station</source>
        <translation>خط الإيصال غير موجود على المحطة</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="29"/>
        <source>Keine Karte mit dem Code %1 auf dieser Station</source>
        <translation>لا توجد بطاقة بالرمز %1 على هذه المحطة</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="30"/>
        <source>„%1“ ist kein Kartencode (so sieht einer aus: K7M-4QX-9TRP)</source>
        <translation>«%1» ليس رمز بطاقة (مثال على رمز البطاقة: K7M-4QX-9TRP)</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="32"/>
        <source>Der Druck wurde durch einen Neustart unterbrochen</source>
        <translation>انقطعت الطباعة بسبب إعادة التشغيل</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/problems.py" line="34"/>
        <source>Unerwarteter Druckerfehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>خطأ غير متوقع في الطابعة، والتفاصيل موجودة في سجل المحطة</translation>
    </message>
</context>
<context>
    <name>PrinterSection</name>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="26"/>
        <source>Belegdruck ist ausgeschaltet</source>
        <translation>طباعة الإيصالات متوقفة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="27"/>
        <source>Kein Belegdrucker eingerichtet</source>
        <translation>لم تُعدّ طابعة إيصالات</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="28"/>
        <source>Bereit – noch nichts gedruckt</source>
        <translation>جاهزة – لم يُطبع شيء بعد</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="29"/>
        <source>Beleg %1 wartet auf den Drucker</source>
        <translation>الإيصال %1 بانتظار الطابعة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="30"/>
        <source>Beleg %1 wird gedruckt</source>
        <translation>جارٍ طباعة الإيصال %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="31"/>
        <source>Beleg %1: neuer Versuch</source>
        <translation>الإيصال %1: محاولة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="32"/>
        <source>Zuletzt gedruckt: Beleg %1</source>
        <translation>آخر ما طُبع: الإيصال %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="33"/>
        <source>Beleg %1 konnte nicht gedruckt werden</source>
        <translation>تعذّرت طباعة الإيصال %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="46"/>
        <source>Belegdrucker</source>
        <translation>طابعة الإيصالات</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="61"/>
        <source>Grund: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/PrinterSection.qml" line="70"/>
        <source>Druckwarteschlange: %n Belege endgültig fehlgeschlagen</source>
        <translation>
            <numerusform>قائمة انتظار الطباعة: لا توجد إيصالات فشلت نهائيًا</numerusform>
            <numerusform>قائمة انتظار الطباعة: تعذّرت طباعة إيصال واحد نهائيًا</numerusform>
            <numerusform>قائمة انتظار الطباعة: تعذّرت طباعة إيصالين نهائيًا</numerusform>
            <numerusform>قائمة انتظار الطباعة: تعذّرت طباعة %n إيصالات نهائيًا</numerusform>
            <numerusform>قائمة انتظار الطباعة: تعذّرت طباعة %n إيصالًا نهائيًا</numerusform>
            <numerusform>قائمة انتظار الطباعة: تعذّرت طباعة %n إيصال نهائيًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="95"/>
        <source>Kartencode für einen neuen Beleg</source>
        <translation>رمز البطاقة لإيصال جديد</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="102"/>
        <source>Beleg erneut drucken</source>
        <translation>إعادة طباعة الإيصال</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="120"/>
        <source>Noch kein Drucker gewählt: bitte unten einen antippen.</source>
        <translation>لم تُختر طابعة بعد: يُرجى الضغط على إحداها أدناه.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="122"/>
        <source>Belege gehen an den Standarddrucker „%1“.</source>
        <translation>تُرسل الإيصالات إلى الطابعة الافتراضية «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="123"/>
        <source>Belege gehen an „%1“.</source>
        <translation>تُرسل الإيصالات إلى «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Suche läuft …</source>
        <translation>جارٍ البحث …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="134"/>
        <source>Drucker suchen</source>
        <translation>البحث عن طابعات</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="143"/>
        <source>Keine Drucker gefunden. Ist der Drucker eingeschaltet und angeschlossen?</source>
        <translation>لم يُعثر على أي طابعة. هل الطابعة قيد التشغيل وموصولة؟</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="157"/>
        <source>%1 (Standarddrucker)</source>
        <translation>%1 (الطابعة الافتراضية)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="159"/>
        <source>%1, gewählt</source>
        <translation>%1، مختارة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="171"/>
        <source>Testseite wird gedruckt …</source>
        <translation>جارٍ طباعة صفحة الاختبار …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/PrinterSection.qml" line="172"/>
        <source>Testseite drucken</source>
        <translation>طباعة صفحة اختبار</translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="17"/>
        <source>Wozu möchten Sie etwas sagen?</source>
        <translation>في أي شأن تودّون إبداء رأيكم؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/PromptScreen.qml" line="18"/>
        <source>Wählen Sie eine Frage aus.</source>
        <translation>اختاروا سؤالًا.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="40"/>
        <source>Vorlesen</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloud.qml" line="100"/>
        <source>Lautstärke und Sprechtempo</source>
        <translation>مستوى الصوت وسرعة الكلام</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="25"/>
        <source>ausgewählt</source>
        <translation>محدَّد</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="26"/>
        <source>nicht ausgewählt</source>
        <translation>غير محدَّد</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="27"/>
        <source>nicht verfügbar</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="28"/>
        <source>Schaltfläche</source>
        <translation>زر</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="29"/>
        <source>Eingabefeld</source>
        <translation>حقل إدخال</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="30"/>
        <source>leer</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="31"/>
        <source>Ihr Kartencode lautet:</source>
        <translation>رمز بطاقتكم هو:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="32"/>
        <source>%1 wie %2</source>
        <translation>%1 كما في %2</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="33"/>
        <source>Ihr Text:</source>
        <translation>نصّكم:</translation>
    </message>
    <message>
        <location filename="../../station_app/speech_script.py" line="34"/>
        <source>Sie haben noch keinen Text geschrieben.</source>
        <translation>لم تكتبوا أي نص بعد.</translation>
    </message>
</context>
<context>
    <name>ReadAloudSettings</name>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="16"/>
        <source>normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="79"/>
        <source>Lautstärke</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="80"/>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="81"/>
        <source>Leiser</source>
        <translation>خفض الصوت</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="82"/>
        <source>Lauter</source>
        <translation>رفع الصوت</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="90"/>
        <source>Sprechtempo</source>
        <translation>سرعة الكلام</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="92"/>
        <source>Langsamer sprechen</source>
        <translation>إبطاء الكلام</translation>
    </message>
    <message>
        <location filename="../../ui/components/speech/ReadAloudSettings.qml" line="93"/>
        <source>Schneller sprechen</source>
        <translation>تسريع الكلام</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="86"/>
        <source>Themenfeld: %1</source>
        <translation>المجال: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="87"/>
        <source>Ihr Kartencode</source>
        <translation>رمز بطاقتكم</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="90"/>
        <source>Persönlicher Code: Wer ihn kennt, kann Ihre Karte zurückziehen oder ändern.</source>
        <extracomment>Printed under the follow-up address (two lines on 58 mm paper): the code is the only key to the card online.</extracomment>
        <translation>رمز شخصي: من يعرفه يستطيع سحب بطاقتكم أو تعديلها.</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="93"/>
        <source>%d.%m.%Y, %H:%M Uhr</source>
        <extracomment>A strftime pattern: when the card was written, on the receipt.</extracomment>
        <translation>%d/%m/%Y، %H:%M</translation>
    </message>
    <message>
        <location filename="../../station_app/receipts/layout.py" line="94"/>
        <source>Testseite – %1</source>
        <translation>صفحة اختبار – %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinterBridge</name>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="187"/>
        <source>Belege werden ab jetzt auf „%1“ gedruckt</source>
        <translation>ستُطبع الإيصالات من الآن فصاعدًا على «%1»</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="254"/>
        <source>Testseite an den Standarddrucker geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>أُرسلت صفحة الاختبار إلى الطابعة الافتراضية: يُرجى التحقق من خروجها.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="257"/>
        <source>Testseite an „%1“ geschickt: Bitte nachsehen, ob sie herauskommt.</source>
        <translation>أُرسلت صفحة الاختبار إلى «%1»: يُرجى التحقق من خروجها.</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/receipt_bridge.py" line="261"/>
        <source>Testseite nicht gedruckt: %1</source>
        <translation>لم تُطبع صفحة الاختبار: %1</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="22"/>
        <source>Ihre Karte – ist alles richtig?</source>
        <translation>بطاقتكم – هل كل شيء صحيح؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="23"/>
        <source>Sie können jede Angabe noch ändern.</source>
        <translation>ما زال بإمكانكم تعديل أي إجابة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="24"/>
        <source>Karte abgeben</source>
        <translation>تسليم البطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="73"/>
        <source>Ändern</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="74"/>
        <source>%1 ändern</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="84"/>
        <source>Ihre Karte konnte gerade nicht gespeichert werden. Ihre Eingaben bleiben erhalten – bitte versuchen Sie es gleich noch einmal oder sprechen Sie das Team an der Station an.</source>
        <translation>تعذّر حفظ بطاقتكم الآن. لن يضيع شيء مما أدخلتموه – يُرجى المحاولة مرة أخرى بعد قليل أو التحدث إلى الفريق في المحطة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="85"/>
        <source>Ihre Karte konnte so nicht gespeichert werden. Bitte prüfen Sie Ihre Angaben.</source>
        <translation>تعذّر حفظ بطاقتكم بهذا الشكل. يُرجى التحقق من إجاباتكم.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="116"/>
        <source>Frage</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="121"/>
        <source>Themenfeld</source>
        <translation>المجال</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="126"/>
        <source>Ihr Text</source>
        <translation>نصّكم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="133"/>
        <source>Angaben zu Ihnen</source>
        <translation>معلومات عنكم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="139"/>
        <source>Mitmachpool</source>
        <translation>Mitmachpool</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="140"/>
        <source>Nein, danke</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ReviewScreen.qml" line="151"/>
        <source>Text vorlesen</source>
        <translation>قراءة النص بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../../station_app/qml/facilitator_sessions.py" line="72"/>
        <source>dd.MM.yyyy HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when a session opened or closed. Keep the time (HH:mm) last: the list shows only those five characters of the closing time.</extracomment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="91"/>
        <source>Die Sitzung braucht einen Namen, z. B. „Stadtkonferenz 28.09. – Station 1“.</source>
        <translation>تحتاج الجلسة إلى اسم، مثل «مؤتمر المدينة 28.09 – المحطة 1».</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="96"/>
        <source>Der Name ist zu lang (höchstens 200 Zeichen).</source>
        <translation>الاسم طويل جدًا (الحد الأقصى 200 حرف).</translation>
    </message>
    <message>
        <location filename="../../station_app/storage/sessions.py" line="112"/>
        <source>Es ist keine Sitzung offen.</source>
        <translation>لا توجد جلسة مفتوحة.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="47"/>
        <source>Noch keine Sitzung – die erste Karte öffnet automatisch eine.</source>
        <translation>لا توجد جلسة بعد – أول بطاقة تفتح جلسة تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="49"/>
        <source>Offene Sitzung: %1</source>
        <translation>الجلسة المفتوحة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="50"/>
        <source>Keine Sitzung offen (zuletzt: %1)</source>
        <translation>لا توجد جلسة مفتوحة (الأخيرة: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="54"/>
        <source>Name, z. B. „Stadtkonferenz 28.09. – Station Wohnen“</source>
        <translation>الاسم، مثل «مؤتمر المدينة 28.09 – محطة السكن»</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="69"/>
        <source>Name der Sitzung</source>
        <translation>اسم الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Neue Sitzung beginnen</source>
        <translation>بدء جلسة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="75"/>
        <source>Sitzung öffnen</source>
        <translation>فتح الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="87"/>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="167"/>
        <source>Sitzung schließen</source>
        <translation>إغلاق الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="94"/>
        <source>Alle Sitzungen</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="142"/>
        <source>offen seit %1</source>
        <translation>مفتوحة منذ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SessionsPage.qml" line="152"/>
        <source>%n Karten</source>
        <translation>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>بطاقة واحدة</numerusform>
            <numerusform>بطاقتان</numerusform>
            <numerusform>%n بطاقات</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="165"/>
        <source>Sitzung schließen?</source>
        <translation>إغلاق الجلسة؟</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SessionsPage.qml" line="166"/>
        <source>Neue Karten öffnen danach automatisch eine Sitzung für heute. Die Karten dieser Sitzung bleiben erhalten und können exportiert werden.</source>
        <translation>بعد ذلك ستفتح البطاقات الجديدة جلسة لليوم تلقائيًا. تبقى بطاقات هذه الجلسة محفوظة ويمكن تصديرها.</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="31"/>
        <source>Einrichtung: Anmeldung bei der Sammelstelle</source>
        <translation>الإعداد: التسجيل لدى مركز التجميع</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="44"/>
        <source>Die Sammelstelle gibt die Anmeldedatei für die Station „%1“ auf einem USB-Stick mit. Stick einstecken, suchen, Datei antippen.</source>
        <translation>يسلّم مركز التجميع ملف التسجيل الخاص بالمحطة «%1» على ذاكرة USB. أدخلوا الذاكرة، وابحثوا، ثم اضغطوا على الملف.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="56"/>
        <source>Suche läuft …</source>
        <translation>جارٍ البحث …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="57"/>
        <source>USB-Sticks durchsuchen</source>
        <translation>البحث في ذاكرات USB</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="64"/>
        <source>Keine Anmeldedatei auf einem USB-Stick gefunden.</source>
        <translation>لم يُعثر على ملف تسجيل في أي ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SetupSection.qml" line="78"/>
        <source>„%1“ von „%2“ einrichten</source>
        <translation>إعداد «%1» من «%2»</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="21"/>
        <source>Ihre Meinung für Dortmund zählt.</source>
        <translation>رأيكم يهمّ دورتموند.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="319"/>
        <source>Schreiben Sie Ihre Meinung oder Ihre Idee für die Zukunft unserer Stadt auf eine Beteiligungskarte. Das dauert nur zwei, drei Minuten.</source>
        <translation>اكتبوا رأيكم أو فكرتكم لمستقبل مدينتنا على بطاقة مشاركة. لا يستغرق ذلك سوى دقيقتين أو ثلاث.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="335"/>
        <source>Mitmachen</source>
        <translation>شاركوا</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="377"/>
        <source>Sprache</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/screens/StartScreen.qml" line="418"/>
        <source>Zugang für das Moderationsteam (drei Sekunden halten)</source>
        <translation>دخول فريق الإشراف (اضغطوا مطولًا لثلاث ثوانٍ)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../station_app/storage/cards.py" line="71"/>
        <source>Der Speicher der Station ist voll: die Karte wurde nicht gespeichert. Bitte Platz schaffen und noch einmal versuchen.</source>
        <translation>ذاكرة تخزين المحطة ممتلئة: لم تُحفظ البطاقة. يُرجى إفراغ بعض المساحة والمحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="45"/>
        <source>dd.MM.yyyy HH:mm</source>
        <extracomment>A Qt date format (QDateTime::toString): when the last sync worked or failed.</extracomment>
        <translation>d MMM yyyy، HH:mm</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="209"/>
        <source>Sync-Fehler: %1</source>
        <translation>خطأ في المزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="212"/>
        <source>%n Karten warten</source>
        <translation>
            <numerusform>لا توجد بطاقات في الانتظار</numerusform>
            <numerusform>بطاقة واحدة في الانتظار</numerusform>
            <numerusform>بطاقتان في الانتظار</numerusform>
            <numerusform>%n بطاقات في الانتظار</numerusform>
            <numerusform>%n بطاقة في الانتظار</numerusform>
            <numerusform>%n بطاقة في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="213"/>
        <source>alle Karten übertragen</source>
        <translation>أُرسلت كل البطاقات</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="214"/>
        <source>Zuletzt übertragen: %1 – %2</source>
        <translation>آخر إرسال: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="217"/>
        <source>Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick</source>
        <translation>لم يُعدّ خادم لمركز التجميع: الإرسال عبر ذاكرة USB</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="218"/>
        <source>Noch nicht übertragen</source>
        <translation>لم يتم الإرسال بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="273"/>
        <source>Teilweise übertragen: %n Karten, der Rest nicht: %1</source>
        <translation>
            <numerusform>إرسال جزئي: لم تُرسل أي بطاقة: %1</numerusform>
            <numerusform>إرسال جزئي: أُرسلت بطاقة واحدة، ولم يُرسل الباقي: %1</numerusform>
            <numerusform>إرسال جزئي: أُرسلت بطاقتان، ولم يُرسل الباقي: %1</numerusform>
            <numerusform>إرسال جزئي: أُرسلت %n بطاقات، ولم يُرسل الباقي: %1</numerusform>
            <numerusform>إرسال جزئي: أُرسلت %n بطاقة، ولم يُرسل الباقي: %1</numerusform>
            <numerusform>إرسال جزئي: أُرسلت %n بطاقة، ولم يُرسل الباقي: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="276"/>
        <source>Nicht übertragen: %1</source>
        <translation>لم يتم الإرسال: %1</translation>
    </message>
    <message>
        <location filename="../../station_app/qml/sync_status.py" line="278"/>
        <source>Übertragen: nichts Neues, die Sammelstelle hat alle Karten</source>
        <translation>تم الإرسال: لا جديد، فلدى مركز التجميع كل البطاقات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../station_app/qml/sync_status.py" line="279"/>
        <source>Übertragen: %n Karten</source>
        <translation>
            <numerusform>تم الإرسال: لا توجد بطاقات</numerusform>
            <numerusform>تم الإرسال: بطاقة واحدة</numerusform>
            <numerusform>تم الإرسال: بطاقتان</numerusform>
            <numerusform>تم الإرسال: %n بطاقات</numerusform>
            <numerusform>تم الإرسال: %n بطاقة</numerusform>
            <numerusform>تم الإرسال: %n بطاقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="19"/>
        <source>Sammelstelle nicht erreichbar</source>
        <translation>تعذّر الوصول إلى مركز التجميع</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="20"/>
        <source>Sammelstelle vorübergehend gestört (Antwort %1), neuer Versuch folgt</source>
        <translation>مركز التجميع متعطل مؤقتًا (الرد %1)، وستتم المحاولة مجددًا</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="22"/>
        <source>Antwort der Sammelstelle unlesbar (Anmeldeseite im Netz?), neuer Versuch folgt</source>
        <translation>رد مركز التجميع غير مقروء (صفحة تسجيل دخول في الشبكة؟)، وستتم المحاولة مجددًا</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="24"/>
        <source>Die Sammelstelle hat einen anderen Stapel bestätigt, er wird erneut gesendet</source>
        <translation>أكّد مركز التجميع دفعة أخرى، وسيُعاد إرسالها</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="26"/>
        <source>Die Sammelstelle hat schon eine Karte mit gleicher Kennung, aber anderem Inhalt</source>
        <translation>لدى مركز التجميع بالفعل بطاقة بالمعرّف نفسه لكن بمحتوى مختلف</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="28"/>
        <source>Die Sammelstelle kennt diese Station oder ihren Schlüssel nicht: bitte die Anmeldedatei prüfen</source>
        <translation>لا يعرف مركز التجميع هذه المحطة أو مفتاحها: يُرجى التحقق من ملف التسجيل</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="30"/>
        <source>Mitmachpool-Kontakte sind für eine andere Sammelstelle verschlüsselt</source>
        <translation>جهات اتصال Mitmachpool مشفّرة لمركز تجميع آخر</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="32"/>
        <source>Die Sammelstelle hat einen Stapel abgelehnt (Antwort %1)</source>
        <translation>رفض مركز التجميع دفعة (الرد %1)</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="34"/>
        <source>Keine Sammelstelle eingerichtet</source>
        <translation>لم يُعدّ مركز تجميع</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="35"/>
        <source>Die Station ist noch bei keiner Sammelstelle angemeldet</source>
        <translation>لم تُسجَّل المحطة بعد لدى أي مركز تجميع</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="37"/>
        <source>Die Anmeldedatei gehört zur Station „%1“, diese Station ist „%2“</source>
        <translation>ملف التسجيل يخص المحطة «%1»، وهذه المحطة هي «%2»</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="39"/>
        <source>Die Anmeldedatei der Station ist beschädigt</source>
        <translation>ملف تسجيل المحطة تالف</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="41"/>
        <source>Der Datenträger ist voll</source>
        <translation>وحدة التخزين ممتلئة</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="42"/>
        <source>Der Datenträger ist schreibgeschützt</source>
        <translation>وحدة التخزين محمية ضد الكتابة</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="43"/>
        <source>Der Datenträger meldet einen Lese- oder Schreibfehler</source>
        <translation>تُبلغ وحدة التخزين عن خطأ في القراءة أو الكتابة</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="45"/>
        <source>Der Ordner ist nicht (mehr) da – USB-Stick abgezogen?</source>
        <translation>المجلد غير موجود (أو لم يعد موجودًا) – هل نُزعت ذاكرة USB؟</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="47"/>
        <source>Die Datei ließ sich nicht schreiben</source>
        <translation>تعذّرت كتابة الملف</translation>
    </message>
    <message>
        <location filename="../../station_app/sync/outcomes.py" line="48"/>
        <source>Unerwarteter Fehler, Einzelheiten stehen im Protokoll der Station</source>
        <translation>خطأ غير متوقع، والتفاصيل موجودة في سجل المحطة</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="27"/>
        <source>%n Stapel-Dateien gespeichert in %1</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف دفعات في %1</numerusform>
            <numerusform>تم حفظ ملف دفعات واحد في %1</numerusform>
            <numerusform>تم حفظ ملفَّي دفعات في %1</numerusform>
            <numerusform>تم حفظ %n ملفات دفعات في %1</numerusform>
            <numerusform>تم حفظ %n ملفًا للدفعات في %1</numerusform>
            <numerusform>تم حفظ %n ملف دفعات في %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="30"/>
        <source>Stapel nicht gespeichert: %1</source>
        <translation>لم تُحفظ الدفعة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="42"/>
        <source>Übertragung zur Sammelstelle</source>
        <translation>الإرسال إلى مركز التجميع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/facilitator/SyncSection.qml" line="56"/>
        <source>Noch nicht übertragen: %n Karten</source>
        <translation>
            <numerusform>لا توجد بطاقات بانتظار الإرسال</numerusform>
            <numerusform>لم تُرسل بعد: بطاقة واحدة</numerusform>
            <numerusform>لم تُرسل بعد: بطاقتان</numerusform>
            <numerusform>لم تُرسل بعد: %n بطاقات</numerusform>
            <numerusform>لم تُرسل بعد: %n بطاقة</numerusform>
            <numerusform>لم تُرسل بعد: %n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Wird übertragen …</source>
        <translation>جارٍ الإرسال …</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="71"/>
        <source>Jetzt übertragen</source>
        <translation>إرسال الآن</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="86"/>
        <source>Stapel auf %1 schreiben</source>
        <translation>كتابة الدفعة على %1</translation>
    </message>
    <message>
        <location filename="../../ui/facilitator/SyncSection.qml" line="87"/>
        <source>Kein USB-Stick gefunden</source>
        <translation>لم يُعثر على ذاكرة USB</translation>
    </message>
</context>
<context>
    <name>TextSizeToggle</name>
    <message>
        <location filename="../../ui/components/TextSizeToggle.qml" line="21"/>
        <source>Große Schrift</source>
        <translation>خط كبير</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="119"/>
        <source>Vielen Dank!</source>
        <translation>شكرًا جزيلًا!</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="131"/>
        <source>Ihre Karte ist gespeichert und fließt in das Stadtgespräch ein.</source>
        <translation>حُفظت بطاقتكم وستصبح جزءًا من حوار المدينة.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="139"/>
        <source>Ihr Kartencode</source>
        <translation>رمز بطاقتكم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="154"/>
        <source>Ihr Kartencode: %1</source>
        <translation>رمز بطاقتكم: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="163"/>
        <source>Ihr Beleg wird gedruckt …</source>
        <translation>جارٍ طباعة إيصالكم …</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="164"/>
        <source>Bitte nehmen Sie Ihren Beleg mit.</source>
        <translation>يُرجى أخذ إيصالكم معكم.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="165"/>
        <source>Der Beleg konnte leider nicht gedruckt werden. Bitte notieren Sie sich Ihren Kartencode.</source>
        <translation>للأسف تعذّرت طباعة الإيصال. يُرجى تدوين رمز بطاقتكم.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="166"/>
        <source>Bitte notieren Sie sich Ihren Kartencode oder fotografieren Sie den QR-Code.</source>
        <translation>يُرجى تدوين رمز بطاقتكم أو تصوير رمز QR.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="186"/>
        <source>Noch eine Karte</source>
        <translation>بطاقة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="192"/>
        <source>Fertig</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="198"/>
        <source>Diese Anzeige schließt sich nach kurzer Zeit von selbst.</source>
        <translation>ستُغلق هذه الشاشة تلقائيًا بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="231"/>
        <source>QR-Code zu Ihrer Karte im Internet</source>
        <translation>رمز QR يؤدي إلى بطاقتكم على الإنترنت</translation>
    </message>
    <message>
        <location filename="../../ui/screens/ThanksScreen.qml" line="236"/>
        <source>Scannen Sie den Code: So finden Sie Ihre Karte später online wieder.</source>
        <translation>امسحوا الرمز: هكذا تجدون بطاقتكم لاحقًا على الإنترنت.</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="17"/>
        <source>Zu welchem Themenfeld passt Ihre Karte?</source>
        <translation>إلى أي مجال تنتمي بطاقتكم؟</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="18"/>
        <source>Ihre Frage: %1</source>
        <translation>سؤالكم: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/TopicScreen.qml" line="56"/>
        <source>Ihr Anliegen passt in keines der Felder</source>
        <translation>موضوعكم لا يندرج ضمن أي من هذه المجالات</translation>
    </message>
</context>
<context>
    <name>WriteScreen</name>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="19"/>
        <source>Themenfeld: %1</source>
        <translation>المجال: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="83"/>
        <source>Ihr Text zur Frage: %1</source>
        <translation>نصّكم حول السؤال: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="110"/>
        <source>Text vorlesen</source>
        <translation>قراءة النص بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="117"/>
        <source>Bitte kürzen Sie Ihren Text etwas.</source>
        <translation>يُرجى اختصار نصّكم قليلًا.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/WriteScreen.qml" line="127"/>
        <source>%1 von %2 Zeichen</source>
        <translation>الأحرف: %1 من %2</translation>
    </message>
</context>
</TS>
