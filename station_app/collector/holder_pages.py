"""The forms behind the follow-up page: withdraw a card (with a confirmation step) or
correct its text, and the worded answers when that cannot be done.

No account: the code is the key. Every form carries a token bound to the code
(``followup_routes.HolderTokens``) and the page language; what was typed survives every
refusal. Nothing here scripts anything.
"""

from __future__ import annotations

from station_app.collector.followup_pages import card_href, card_switch, card_text_html, code_html
from station_app.collector.office.cases import Case
from station_app.collector.office.csrf import FIELD
from station_app.collector.office.holder import MAX_CORRECTION, MAX_CORRECTIONS
from station_app.collector.pages import (
    PUBLIC_STYLE,
    PageSettings,
    Switch,
    counted,
    document,
    escape,
    format_time,
)

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "your_text": "Ihr Text",
        "withdraw_title": "Karte zurückziehen?",
        "withdraw_intro": "Sie sind dabei, Ihre Karte {code} zurückzuziehen.",
        "what": "Was dann geschieht",
        "what_text": "Der Text Ihrer Karte wird gelöscht, mit allen Korrekturen. Das lässt "
                     "sich nicht rückgängig machen.",
        "what_status": "Auf der Seite Ihrer Karte steht danach „Zurückgezogen“, mit dem "
                       "Datum.",
        "what_counts": "In den Zahlen der Veranstaltung bleibt sie als eingegangene Karte "
                       "mitgezählt – ohne Text und in keiner Auswertung.",
        "withdraw_yes": "Ja, Karte zurückziehen",
        "withdraw_no": "Nein, zurück",
        "correct_title": "Text korrigieren",
        "correct_intro": "Schreiben Sie hier die neue Fassung Ihrer Karte.",
        "correct_note": "Ihr ursprünglicher Text bleibt für die Mitarbeiterinnen und "
                        "Mitarbeiter der Stadt sichtbar; die Korrektur wird daneben "
                        "gespeichert. Auf der Seite Ihrer Karte erscheint die neue Fassung.",
        "hidden_note": "Ihre Karte wurde von der Moderation ausgeblendet; ihr bisheriger "
                       "Text wird deshalb hier nicht gezeigt. Auch eine Korrektur bleibt "
                       "ausgeblendet.",
        "new_text": "Neuer Text",
        "limit": "Höchstens {max} Zeichen.",
        "left": "Sie können noch {left} Korrekturen senden.",
        "left_one": "Sie können noch eine Korrektur senden.",
        "save": "Korrektur speichern",
        "cancel": "Abbrechen",
        "err_text_needed": "Bitte schreiben Sie einen Text: Ein leeres Feld kann nicht "
                           "gespeichert werden.",
        "err_too_long": "Der Text ist zu lang: höchstens {max} Zeichen. Bitte kürzen Sie ihn.",
        "err_token": "Das Formular war abgelaufen oder kam nicht von dieser Seite (Schutz "
                     "gegen untergeschobene Anfragen). An Ihrer Karte hat sich nichts "
                     "geändert. Bitte senden Sie es noch einmal.",
        "withdrawn_title": "Diese Karte ist zurückgezogen",
        "withdrawn_text": "Die Karte wurde am {date} zurückgezogen und ihr Text gelöscht. "
                          "Sie kann nicht mehr geändert und nicht noch einmal zurückgezogen "
                          "werden.",
        "too_many_title": "Keine weitere Korrektur möglich",
        "too_many_text": "Der Text dieser Karte wurde schon {max}-mal korrigiert. Weitere "
                         "Korrekturen sind nicht möglich; die letzte Fassung bleibt "
                         "gespeichert.",
        "foreign_title": "Anfrage abgelehnt",
        "foreign_text": "Diese Anfrage kam nicht von einer Seite der Sammelstelle und wurde "
                        "deshalb nicht ausgeführt. An Ihrer Karte hat sich nichts geändert.",
        "bad_form_title": "Anfrage nicht lesbar",
        "bad_form_text": "Das Formular kam nicht so an, wie die Sammelstelle es erwartet. An "
                         "Ihrer Karte hat sich nichts geändert. Bitte öffnen Sie die Seite "
                         "neu und versuchen Sie es noch einmal.",
        "failed_title": "Das hat nicht geklappt",
        "failed_text": "An Ihrer Karte hat sich nichts geändert.",
        "back": "Zurück zur Karte",
    },
    "en": {
        "your_text": "Your text",
        "withdraw_title": "Withdraw the card?",
        "withdraw_intro": "You are about to withdraw your card {code}.",
        "what": "What happens then",
        "what_text": "The text of your card is deleted, with all its corrections. This cannot "
                     "be undone.",
        "what_status": "The page of your card will then say “Withdrawn”, with the date.",
        "what_counts": "The event's figures keep counting it as a card received – without "
                       "its text and in no evaluation.",
        "withdraw_yes": "Yes, withdraw the card",
        "withdraw_no": "No, go back",
        "correct_title": "Correct the text",
        "correct_intro": "Write the new version of your card here.",
        "correct_note": "Your original text stays visible to the city's staff; the "
                        "correction is kept beside it. The page of your card shows the new "
                        "version.",
        "hidden_note": "Your card was hidden by the moderators, so its text is not shown "
                       "here. A correction stays hidden, too.",
        "new_text": "New text",
        "limit": "At most {max} characters.",
        "left": "You can send {left} more corrections.",
        "left_one": "You can send one more correction.",
        "save": "Save the correction",
        "cancel": "Cancel",
        "err_text_needed": "Please write a text: an empty field cannot be saved.",
        "err_too_long": "The text is too long: at most {max} characters. Please shorten it.",
        "err_token": "The form had expired or did not come from this page (a protection "
                     "against forged requests). Nothing about your card has changed. Please "
                     "send it again.",
        "withdrawn_title": "This card has been withdrawn",
        "withdrawn_text": "The card was withdrawn on {date} and its text deleted. It can no "
                          "longer be changed, nor withdrawn again.",
        "too_many_title": "No further correction possible",
        "too_many_text": "The text of this card has been corrected {max} times already. No "
                         "more corrections are possible; the latest version stays saved.",
        "foreign_title": "Request refused",
        "foreign_text": "This request did not come from a page of the central office, so it "
                        "was not carried out. Nothing about your card has changed.",
        "bad_form_title": "Request not readable",
        "bad_form_text": "The form did not arrive as the central office expects. Nothing "
                         "about your card has changed. Please reload the page and try again.",
        "failed_title": "That did not work",
        "failed_text": "Nothing about your card has changed.",
        "back": "Back to the card",
    },
    "tr": {
        "your_text": "Metniniz",
        "withdraw_title": "Kart geri çekilsin mi?",
        "withdraw_intro": "{code} kodlu kartınızı geri çekmek üzeresiniz.",
        "what": "Sonra ne olur",
        "what_text": "Kartınızın metni, tüm düzeltmeleriyle birlikte silinir. Bu işlem geri "
                     "alınamaz.",
        "what_status": "Kartınızın sayfasında bundan sonra tarihiyle birlikte “Geri çekildi” "
                       "yazar.",
        "what_counts": "Etkinliğin rakamlarında kart, gelen bir kart olarak sayılmaya devam "
                       "eder – metni olmadan ve hiçbir değerlendirmeye girmeden.",
        "withdraw_yes": "Evet, kartı geri çek",
        "withdraw_no": "Hayır, geri dön",
        "correct_title": "Metni düzelt",
        "correct_intro": "Kartınızın yeni hâlini buraya yazın.",
        "correct_note": "Asıl metniniz belediye çalışanları tarafından görülmeye devam eder; "
                        "düzeltme onun yanında saklanır. Kartınızın sayfasında yeni hâli "
                        "görünür.",
        "hidden_note": "Kartınız moderasyon tarafından gizlendi; bu yüzden mevcut metni "
                       "burada gösterilmiyor. Bir düzeltme de gizli kalır.",
        "new_text": "Yeni metin",
        "limit": "En fazla {max} karakter.",
        "left": "{left} düzeltme daha gönderebilirsiniz.",
        "left_one": "Bir düzeltme daha gönderebilirsiniz.",
        "save": "Düzeltmeyi kaydet",
        "cancel": "Vazgeç",
        "err_text_needed": "Lütfen bir metin yazın: Boş bir alan kaydedilemez.",
        "err_too_long": "Metin çok uzun: en fazla {max} karakter olabilir. Lütfen kısaltın.",
        "err_token": "Formun süresi dolmuş ya da form bu sayfadan gelmemiş (sahte isteklere "
                     "karşı koruma). Kartınızda hiçbir şey değişmedi. Lütfen formu yeniden "
                     "gönderin.",
        "withdrawn_title": "Bu kart geri çekildi",
        "withdrawn_text": "Kart {date} tarihinde geri çekildi ve metni silindi. Artık "
                          "değiştirilemez ve yeniden geri çekilemez.",
        "too_many_title": "Başka düzeltme yapılamaz",
        "too_many_text": "Bu kartın metni şimdiden {max} kez düzeltildi. Başka düzeltme "
                         "yapılamaz; son hâli kayıtlı kalır.",
        "foreign_title": "İstek reddedildi",
        "foreign_text": "Bu istek toplama noktasının bir sayfasından gelmediği için yerine "
                        "getirilmedi. Kartınızda hiçbir şey değişmedi.",
        "bad_form_title": "İstek okunamadı",
        "bad_form_text": "Form, toplama noktasının beklediği biçimde ulaşmadı. Kartınızda "
                         "hiçbir şey değişmedi. Lütfen sayfayı yeniden açın ve tekrar deneyin.",
        "failed_title": "İşlem başarısız oldu",
        "failed_text": "Kartınızda hiçbir şey değişmedi.",
        "back": "Karta geri dön",
    },
    "ar": {
        "your_text": "نصكم",
        "withdraw_title": "هل تريدون سحب البطاقة؟",
        "withdraw_intro": "أنتم على وشك سحب بطاقتكم {code}.",
        "what": "ماذا يحدث بعد ذلك",
        "what_text": "يُحذف نص بطاقتكم مع جميع تصحيحاته. ولا يمكن التراجع عن ذلك.",
        "what_status": "ستظهر بعد ذلك على صفحة بطاقتكم عبارة «تم السحب» مع التاريخ.",
        "what_counts": "تبقى البطاقة محسوبة في أرقام الفعالية كبطاقة واردة – دون نصها ودون "
                       "أن تدخل في أي تقييم.",
        "withdraw_yes": "نعم، سحب البطاقة",
        "withdraw_no": "لا، رجوع",
        "correct_title": "تصحيح النص",
        "correct_intro": "اكتبوا هنا النسخة الجديدة من بطاقتكم.",
        "correct_note": "يبقى نصكم الأصلي ظاهرًا لموظفي المدينة، ويُحفظ التصحيح إلى جانبه. "
                        "وتظهر النسخة الجديدة على صفحة بطاقتكم.",
        "hidden_note": "أخفى فريق الإشراف بطاقتكم، ولذلك لا يُعرض نصها الحالي هنا. وسيبقى أي "
                       "تصحيح مخفيًا أيضًا.",
        "new_text": "النص الجديد",
        "limit": "الحد الأقصى لعدد الأحرف: {max}.",
        "left": "يمكنكم إرسال {left} تصحيح آخر.|يمكنكم إرسال تصحيح واحد آخر.|يمكنكم إرسال "
                "تصحيحين آخرين.|يمكنكم إرسال {left} تصحيحات أخرى.|يمكنكم إرسال {left} "
                "تصحيحًا آخر.",
        "left_one": "يمكنكم إرسال تصحيح واحد آخر.",
        "save": "حفظ التصحيح",
        "cancel": "إلغاء",
        "err_text_needed": "يُرجى كتابة نص: لا يمكن حفظ حقل فارغ.",
        "err_too_long": "النص طويل جدًا: الحد الأقصى لعدد الأحرف {max}. يُرجى اختصاره.",
        "err_token": "انتهت صلاحية النموذج أو لم يُرسل من هذه الصفحة (حماية من الطلبات "
                     "المزوّرة). لم يتغير شيء في بطاقتكم. يُرجى إرساله مرة أخرى.",
        "withdrawn_title": "تم سحب هذه البطاقة",
        "withdrawn_text": "سُحبت البطاقة في {date} وحُذف نصها. لم يعد من الممكن تغييرها ولا "
                          "سحبها مرة أخرى.",
        "too_many_title": "لا يمكن إجراء تصحيح آخر",
        "too_many_text": "صُحِّح نص هذه البطاقة {max} مرة من قبل. لم يعد التصحيح ممكنًا، "
                         "وتبقى النسخة الأخيرة محفوظة.|صُحِّح نص هذه البطاقة مرة واحدة من "
                         "قبل. لم يعد التصحيح ممكنًا، وتبقى النسخة الأخيرة محفوظة.|صُحِّح نص "
                         "هذه البطاقة مرتين من قبل. لم يعد التصحيح ممكنًا، وتبقى النسخة "
                         "الأخيرة محفوظة.|صُحِّح نص هذه البطاقة {max} مرات من قبل. لم يعد "
                         "التصحيح ممكنًا، وتبقى النسخة الأخيرة محفوظة.|صُحِّح نص هذه البطاقة "
                         "{max} مرة من قبل. لم يعد التصحيح ممكنًا، وتبقى النسخة الأخيرة "
                         "محفوظة.",
        "foreign_title": "تم رفض الطلب",
        "foreign_text": "لم يأتِ هذا الطلب من صفحة تابعة لمركز التجميع، ولذلك لم يُنفَّذ. لم "
                        "يتغير شيء في بطاقتكم.",
        "bad_form_title": "تعذّرت قراءة الطلب",
        "bad_form_text": "لم يصل النموذج بالشكل الذي يتوقعه مركز التجميع. لم يتغير شيء في "
                         "بطاقتكم. يُرجى إعادة فتح الصفحة والمحاولة مرة أخرى.",
        "failed_title": "لم ينجح ذلك",
        "failed_text": "لم يتغير شيء في بطاقتكم.",
        "back": "العودة إلى البطاقة",
    },
    "pl": {
        "your_text": "Państwa tekst",
        "withdraw_title": "Wycofać kartę?",
        "withdraw_intro": "Zamierzają Państwo wycofać swoją kartę {code}.",
        "what": "Co się wtedy stanie",
        "what_text": "Tekst Państwa karty zostanie usunięty wraz ze wszystkimi poprawkami. "
                     "Tego nie można cofnąć.",
        "what_status": "Na stronie Państwa karty pojawi się wtedy „Wycofana” wraz z datą.",
        "what_counts": "W liczbach wydarzenia karta nadal będzie liczona jako karta, która "
                       "wpłynęła – bez tekstu i bez udziału w jakiejkolwiek ocenie.",
        "withdraw_yes": "Tak, wycofaj kartę",
        "withdraw_no": "Nie, wróć",
        "correct_title": "Popraw tekst",
        "correct_intro": "Prosimy wpisać tutaj nową wersję swojej karty.",
        "correct_note": "Pierwotny tekst pozostaje widoczny dla pracowników miasta; poprawka "
                        "zostanie zapisana obok niego. Na stronie Państwa karty pojawi się "
                        "nowa wersja.",
        "hidden_note": "Państwa karta została ukryta przez moderację, dlatego jej dotychczasowy "
                       "tekst nie jest tu pokazywany. Poprawka również pozostanie ukryta.",
        "new_text": "Nowy tekst",
        "limit": "Maksymalnie {max} znak.|Maksymalnie {max} znaki.|Maksymalnie {max} znaków.",
        "left": "Mogą Państwo wysłać jeszcze {left} poprawkę.|Mogą Państwo wysłać jeszcze "
                "{left} poprawki.|Mogą Państwo wysłać jeszcze {left} poprawek.",
        "left_one": "Mogą Państwo wysłać jeszcze jedną poprawkę.",
        "save": "Zapisz poprawkę",
        "cancel": "Anuluj",
        "err_text_needed": "Prosimy wpisać tekst: pustego pola nie można zapisać.",
        "err_too_long": "Tekst jest za długi: maksymalnie {max} znak. Prosimy go skrócić.|"
                        "Tekst jest za długi: maksymalnie {max} znaki. Prosimy go skrócić.|"
                        "Tekst jest za długi: maksymalnie {max} znaków. Prosimy go skrócić.",
        "err_token": "Formularz wygasł lub nie pochodził z tej strony (ochrona przed "
                     "podrobionymi żądaniami). W Państwa karcie nic się nie zmieniło. Prosimy "
                     "wysłać go ponownie.",
        "withdrawn_title": "Ta karta została wycofana",
        "withdrawn_text": "Karta została wycofana {date}, a jej tekst usunięty. Nie można jej "
                          "już zmienić ani ponownie wycofać.",
        "too_many_title": "Kolejna poprawka nie jest możliwa",
        "too_many_text": "Tekst tej karty został już poprawiony {max} raz. Kolejne poprawki "
                         "nie są możliwe; ostatnia wersja pozostaje zapisana.|Tekst tej karty "
                         "został już poprawiony {max} razy. Kolejne poprawki nie są możliwe; "
                         "ostatnia wersja pozostaje zapisana.",
        "foreign_title": "Żądanie odrzucone",
        "foreign_text": "To żądanie nie pochodziło ze strony punktu zbiorczego i dlatego nie "
                        "zostało wykonane. W Państwa karcie nic się nie zmieniło.",
        "bad_form_title": "Nie można odczytać żądania",
        "bad_form_text": "Formularz nie dotarł w postaci, której oczekuje punkt zbiorczy. W "
                         "Państwa karcie nic się nie zmieniło. Prosimy otworzyć stronę "
                         "ponownie i spróbować jeszcze raz.",
        "failed_title": "Nie udało się",
        "failed_text": "W Państwa karcie nic się nie zmieniło.",
        "back": "Powrót do karty",
    },
    "ro": {
        "your_text": "Textul dumneavoastră",
        "withdraw_title": "Retrageți fișa?",
        "withdraw_intro": "Sunteți pe cale să vă retrageți fișa {code}.",
        "what": "Ce se întâmplă apoi",
        "what_text": "Textul fișei dumneavoastră va fi șters, împreună cu toate corecturile. "
                     "Acest lucru nu poate fi anulat.",
        "what_status": "Pe pagina fișei dumneavoastră va scrie apoi „Retrasă”, cu data.",
        "what_counts": "În cifrele evenimentului, ea rămâne numărată ca fișă primită – fără "
                       "text și în nicio evaluare.",
        "withdraw_yes": "Da, retrage fișa",
        "withdraw_no": "Nu, înapoi",
        "correct_title": "Corectați textul",
        "correct_intro": "Scrieți aici noua versiune a fișei dumneavoastră.",
        "correct_note": "Textul dumneavoastră inițial rămâne vizibil pentru angajații "
                        "orașului; corectura este salvată alături de el. Pe pagina fișei "
                        "apare noua versiune.",
        "hidden_note": "Fișa dumneavoastră a fost ascunsă de moderatori; de aceea, textul ei "
                       "actual nu este afișat aici. Și o corectură rămâne ascunsă.",
        "new_text": "Text nou",
        "limit": "Cel mult {max} caracter.|Cel mult {max} caractere.|Cel mult {max} de "
                 "caractere.",
        "left": "Mai puteți trimite {left} corectură.|Mai puteți trimite {left} corecturi.|"
                "Mai puteți trimite {left} de corecturi.",
        "left_one": "Mai puteți trimite o corectură.",
        "save": "Salvează corectura",
        "cancel": "Renunță",
        "err_text_needed": "Vă rugăm să scrieți un text: un câmp gol nu poate fi salvat.",
        "err_too_long": "Textul este prea lung: cel mult {max} caracter. Vă rugăm să îl "
                        "scurtați.|Textul este prea lung: cel mult {max} caractere. Vă rugăm "
                        "să îl scurtați.|Textul este prea lung: cel mult {max} de caractere. "
                        "Vă rugăm să îl scurtați.",
        "err_token": "Formularul a expirat sau nu a venit de pe această pagină (protecție "
                     "împotriva cererilor falsificate). Fișa dumneavoastră nu s-a schimbat. "
                     "Vă rugăm să îl trimiteți din nou.",
        "withdrawn_title": "Această fișă a fost retrasă",
        "withdrawn_text": "Fișa a fost retrasă pe {date}, iar textul ei a fost șters. Nu mai "
                          "poate fi modificată și nici retrasă din nou.",
        "too_many_title": "Nu mai este posibilă nicio corectură",
        "too_many_text": "Textul acestei fișe a fost deja corectat o dată. Alte corecturi nu "
                         "mai sunt posibile; ultima versiune rămâne salvată.|Textul acestei "
                         "fișe a fost deja corectat de {max} ori. Alte corecturi nu mai sunt "
                         "posibile; ultima versiune rămâne salvată.|Textul acestei fișe a fost "
                         "deja corectat de {max} de ori. Alte corecturi nu mai sunt posibile; "
                         "ultima versiune rămâne salvată.",
        "foreign_title": "Cerere respinsă",
        "foreign_text": "Această cerere nu a venit de pe o pagină a centrului de colectare și "
                        "de aceea nu a fost executată. Fișa dumneavoastră nu s-a schimbat.",
        "bad_form_title": "Cerere ilizibilă",
        "bad_form_text": "Formularul nu a ajuns așa cum îl așteaptă centrul de colectare. Fișa "
                         "dumneavoastră nu s-a schimbat. Vă rugăm să redeschideți pagina și "
                         "să încercați din nou.",
        "failed_title": "Nu a funcționat",
        "failed_text": "Fișa dumneavoastră nu s-a schimbat.",
        "back": "Înapoi la fișă",
    },
    "bg": {
        "your_text": "Вашият текст",
        "withdraw_title": "Да се оттегли ли картата?",
        "withdraw_intro": "На път сте да оттеглите картата си {code}.",
        "what": "Какво следва",
        "what_text": "Текстът на картата Ви ще бъде изтрит заедно с всички корекции. Това не "
                     "може да бъде отменено.",
        "what_status": "След това на страницата на картата Ви ще пише „Оттеглена“, с датата.",
        "what_counts": "В данните за събитието тя остава преброена като получена карта – без "
                       "текст и извън всяка оценка.",
        "withdraw_yes": "Да, оттегли картата",
        "withdraw_no": "Не, назад",
        "correct_title": "Коригиране на текста",
        "correct_intro": "Напишете тук новата версия на картата си.",
        "correct_note": "Първоначалният Ви текст остава видим за служителите на града; "
                        "корекцията се запазва до него. На страницата на картата Ви се "
                        "показва новата версия.",
        "hidden_note": "Картата Ви е скрита от модераторите, затова досегашният ѝ текст не се "
                       "показва тук. Корекцията също ще остане скрита.",
        "new_text": "Нов текст",
        "limit": "Най-много {max} знак.|Най-много {max} знака.",
        "left": "Можете да изпратите още {left} корекция.|Можете да изпратите още {left} "
                "корекции.",
        "left_one": "Можете да изпратите още една корекция.",
        "save": "Запази корекцията",
        "cancel": "Отказ",
        "err_text_needed": "Моля, напишете текст: празно поле не може да бъде запазено.",
        "err_too_long": "Текстът е твърде дълъг: най-много {max} знак. Моля, съкратете го.|"
                        "Текстът е твърде дълъг: най-много {max} знака. Моля, съкратете го.",
        "err_token": "Формулярът е изтекъл или не идва от тази страница (защита срещу "
                     "подправени заявки). В картата Ви нищо не е променено. Моля, изпратете "
                     "го отново.",
        "withdrawn_title": "Тази карта е оттеглена",
        "withdrawn_text": "Картата е оттеглена на {date} и текстът ѝ е изтрит. Тя вече не "
                          "може да бъде променяна, нито оттеглена отново.",
        "too_many_title": "Не е възможна повече корекция",
        "too_many_text": "Текстът на тази карта вече е коригиран {max} път. Повече корекции "
                         "не са възможни; последната версия остава запазена.|Текстът на тази "
                         "карта вече е коригиран {max} пъти. Повече корекции не са възможни; "
                         "последната версия остава запазена.",
        "foreign_title": "Заявката е отхвърлена",
        "foreign_text": "Тази заявка не идва от страница на събирателния център и затова не е "
                        "изпълнена. В картата Ви нищо не е променено.",
        "bad_form_title": "Заявката не може да бъде прочетена",
        "bad_form_text": "Формулярът не пристигна във вида, който събирателният център "
                         "очаква. В картата Ви нищо не е променено. Моля, отворете страницата "
                         "отново и опитайте пак.",
        "failed_title": "Не се получи",
        "failed_text": "В картата Ви нищо не е променено.",
        "back": "Обратно към картата",
    },
    "uk": {
        "your_text": "Ваш текст",
        "withdraw_title": "Відкликати картку?",
        "withdraw_intro": "Ви збираєтеся відкликати свою картку {code}.",
        "what": "Що станеться далі",
        "what_text": "Текст Вашої картки буде видалено разом з усіма виправленнями. Це не "
                     "можна скасувати.",
        "what_status": "Після цього на сторінці Вашої картки буде написано «Відкликана» з "
                       "датою.",
        "what_counts": "У цифрах заходу її й далі рахуватимуть як отриману картку – без "
                       "тексту та поза будь-яким оцінюванням.",
        "withdraw_yes": "Так, відкликати картку",
        "withdraw_no": "Ні, назад",
        "correct_title": "Виправити текст",
        "correct_intro": "Напишіть тут нову версію своєї картки.",
        "correct_note": "Ваш початковий текст залишається видимим для працівників міста; "
                        "виправлення зберігається поруч із ним. На сторінці Вашої картки "
                        "з’явиться нова версія.",
        "hidden_note": "Вашу картку приховали модератори, тому її попередній текст тут не "
                       "показано. Виправлення також залишиться прихованим.",
        "new_text": "Новий текст",
        "limit": "Не більше {max} символу.|Не більше {max} символів.",
        "left": "Ви можете надіслати ще {left} виправлення.|Ви можете надіслати ще {left} "
                "виправлення.|Ви можете надіслати ще {left} виправлень.",
        "left_one": "Ви можете надіслати ще одне виправлення.",
        "save": "Зберегти виправлення",
        "cancel": "Скасувати",
        "err_text_needed": "Будь ласка, напишіть текст: порожнє поле не можна зберегти.",
        "err_too_long": "Текст задовгий: не більше {max} символу. Будь ласка, скоротіть його.|"
                        "Текст задовгий: не більше {max} символів. Будь ласка, скоротіть "
                        "його.",
        "err_token": "Термін дії форми минув або її надіслано не з цієї сторінки (захист від "
                     "підроблених запитів). У Вашій картці нічого не змінилося. Будь ласка, "
                     "надішліть її ще раз.",
        "withdrawn_title": "Цю картку відкликано",
        "withdrawn_text": "Картку відкликано {date}, а її текст видалено. Її вже не можна "
                          "змінити чи відкликати ще раз.",
        "too_many_title": "Більше виправлень не можна",
        "too_many_text": "Текст цієї картки вже виправляли {max} раз. Більше виправлень не "
                         "можна; остання версія залишається збереженою.|Текст цієї картки вже "
                         "виправляли {max} рази. Більше виправлень не можна; остання версія "
                         "залишається збереженою.|Текст цієї картки вже виправляли {max} "
                         "разів. Більше виправлень не можна; остання версія залишається "
                         "збереженою.",
        "foreign_title": "Запит відхилено",
        "foreign_text": "Цей запит надійшов не зі сторінки центру збору, тому його не "
                        "виконано. У Вашій картці нічого не змінилося.",
        "bad_form_title": "Запит не вдалося прочитати",
        "bad_form_text": "Форма надійшла не в тому вигляді, якого очікує центр збору. У Вашій "
                         "картці нічого не змінилося. Будь ласка, відкрийте сторінку знову й "
                         "спробуйте ще раз.",
        "failed_title": "Не вдалося",
        "failed_text": "У Вашій картці нічого не змінилося.",
        "back": "Назад до картки",
    },
    "ru": {
        "your_text": "Ваш текст",
        "withdraw_title": "Отозвать карточку?",
        "withdraw_intro": "Вы собираетесь отозвать свою карточку {code}.",
        "what": "Что произойдёт дальше",
        "what_text": "Текст Вашей карточки будет удалён вместе со всеми исправлениями. Это "
                     "нельзя отменить.",
        "what_status": "После этого на странице Вашей карточки будет написано «Отозвана» с "
                       "датой.",
        "what_counts": "В цифрах мероприятия она по-прежнему учитывается как поступившая "
                       "карточка – без текста и вне какой-либо оценки.",
        "withdraw_yes": "Да, отозвать карточку",
        "withdraw_no": "Нет, назад",
        "correct_title": "Исправить текст",
        "correct_intro": "Напишите здесь новую версию своей карточки.",
        "correct_note": "Ваш исходный текст остаётся видимым для сотрудников города; "
                        "исправление сохраняется рядом с ним. На странице Вашей карточки "
                        "появится новая версия.",
        "hidden_note": "Вашу карточку скрыли модераторы, поэтому её прежний текст здесь не "
                       "показан. Исправление тоже останется скрытым.",
        "new_text": "Новый текст",
        "limit": "Не более {max} символа.|Не более {max} символов.",
        "left": "Вы можете отправить ещё {left} исправление.|Вы можете отправить ещё {left} "
                "исправления.|Вы можете отправить ещё {left} исправлений.",
        "left_one": "Вы можете отправить ещё одно исправление.",
        "save": "Сохранить исправление",
        "cancel": "Отмена",
        "err_text_needed": "Пожалуйста, напишите текст: пустое поле сохранить нельзя.",
        "err_too_long": "Текст слишком длинный: не более {max} символа. Пожалуйста, сократите "
                        "его.|Текст слишком длинный: не более {max} символов. Пожалуйста, "
                        "сократите его.",
        "err_token": "Срок действия формы истёк, или она отправлена не с этой страницы "
                     "(защита от поддельных запросов). В Вашей карточке ничего не изменилось. "
                     "Пожалуйста, отправьте её ещё раз.",
        "withdrawn_title": "Эта карточка отозвана",
        "withdrawn_text": "Карточка отозвана {date}, а её текст удалён. Её больше нельзя "
                          "изменить или отозвать ещё раз.",
        "too_many_title": "Больше исправлений внести нельзя",
        "too_many_text": "Текст этой карточки уже исправляли {max} раз. Больше исправлений "
                         "внести нельзя; последняя версия остаётся сохранённой.|Текст этой "
                         "карточки уже исправляли {max} раза. Больше исправлений внести "
                         "нельзя; последняя версия остаётся сохранённой.|Текст этой карточки "
                         "уже исправляли {max} раз. Больше исправлений внести нельзя; "
                         "последняя версия остаётся сохранённой.",
        "foreign_title": "Запрос отклонён",
        "foreign_text": "Этот запрос пришёл не со страницы центра сбора, поэтому он не "
                        "выполнен. В Вашей карточке ничего не изменилось.",
        "bad_form_title": "Запрос не удалось прочитать",
        "bad_form_text": "Форма пришла не в том виде, которого ожидает центр сбора. В Вашей "
                         "карточке ничего не изменилось. Пожалуйста, откройте страницу заново "
                         "и попробуйте ещё раз.",
        "failed_title": "Не получилось",
        "failed_text": "В Вашей карточке ничего не изменилось.",
        "back": "Назад к карточке",
    },
}
"""Texts with ``|`` are counted (``pages.counted``)."""

REFUSALS = {"withdrawn": ("withdrawn_title", "withdrawn_text"),
            "too_many_corrections": ("too_many_title", "too_many_text"),
            "foreign": ("foreign_title", "foreign_text"),
            "bad_form": ("bad_form_title", "bad_form_text")}
"""The reasons that end in a page of their own: its title and its text."""
FORM_ERRORS = ("text_needed", "too_long", "token")
"""The reasons that show the form again, with what was typed."""


def _page(lang: str, site: PageSettings, title: str, body: str, switch: Switch) -> str:
    return document(lang, title, body, site_name=site.site_name, switch=switch,
                    style=PUBLIC_STYLE)


def _alert(lang: str, error: str) -> str:
    if not error:
        return ""
    text = counted(TEXT[lang][f"err_{error}"], lang, MAX_CORRECTION).format(max=MAX_CORRECTION)
    return f'<p class="notice" id="form-error" role="alert">{text}</p>\n'


def _hidden(token: str, lang: str) -> str:
    return (f'<input type="hidden" name="{FIELD}" value="{escape(token)}">'
            f'<input type="hidden" name="lang" value="{lang}">')


def withdraw_page(case: Case, lang: str, site: PageSettings, token: str,
                  error: str = "") -> str:
    """The confirmation step: what withdrawing does, then yes (a POST) or no (a link)."""
    t = TEXT[lang]
    text = ""
    if not case.hidden:
        text = (f"<h2>{t['your_text']}</h2>\n"
                f"{card_text_html(case.current_text, case.language)}\n")
    action = escape(card_href(case.code, lang, "/withdraw"))
    body = (
        f"<h1>{t['withdraw_title']}</h1>\n{_alert(lang, error)}"
        f"<p>{t['withdraw_intro'].format(code=code_html(case.code))}"
        f"</p>\n{text}<h2>{t['what']}</h2>\n<ul>\n<li>{t['what_text']}</li>\n"
        f"<li>{t['what_status']}</li>\n<li>{t['what_counts']}</li>\n</ul>\n"
        f'<div class="actions"><form method="post" action="{action}">{_hidden(token, lang)}'
        f'<button type="submit" class="danger">{t["withdraw_yes"]}</button></form>'
        f'<p><a class="tap" href="{escape(card_href(case.code, lang))}">'
        f'{t["withdraw_no"]}</a></p></div>'
    )
    return _page(lang, site, t["withdraw_title"], body, card_switch(case.code, "/withdraw"))


def correct_page(case: Case, lang: str, site: PageSettings, token: str,
                 typed: str | None = None, error: str = "") -> str:
    """The correction form, with the current text (or what was typed) in it."""
    t = TEXT[lang]
    if typed is None:
        typed = "" if case.hidden else case.current_text
    left = MAX_CORRECTIONS - len(case.corrections)
    remaining = t["left_one"] if left == 1 else counted(t["left"], lang, left).format(left=left)
    described = "text-hint form-error" if error else "text-hint"
    invalid = ' aria-invalid="true"' if error in ("text_needed", "too_long") else ""
    action = escape(card_href(case.code, lang, "/correct"))
    limit = counted(t["limit"], lang, MAX_CORRECTION).format(max=MAX_CORRECTION)
    body = (
        f"<h1>{t['correct_title']}</h1>\n{_alert(lang, error)}"
        f"<p>{t['correct_intro']}</p>\n<p>{t['correct_note']}</p>\n"
        f"{'<p>' + t['hidden_note'] + '</p>' if case.hidden else ''}\n"
        f'<form method="post" action="{action}">\n'
        f'<p><label for="text">{t["new_text"]}</label><br>\n'
        f'<textarea id="text" name="text" rows="8" maxlength="{MAX_CORRECTION}" required '
        # The parser drops one line break right after <textarea>: this one, never the text's.
        f'aria-describedby="{described}"{invalid}>\n{escape(typed)}</textarea></p>\n'
        f'<p id="text-hint" class="muted">{limit} '
        f"{remaining}</p>\n{_hidden(token, lang)}\n"
        f'<div class="actions"><button type="submit">{t["save"]}</button>'
        f'<p><a class="tap" href="{escape(card_href(case.code, lang))}">{t["cancel"]}</a>'
        "</p></div>\n</form>"
    )
    return _page(lang, site, t["correct_title"], body, card_switch(case.code, "/correct"))


def refused_page(code: str, reason: str, lang: str, site: PageSettings,
                 withdrawn_at: str | None = None) -> str:
    """Why nothing was done (a reason of ``REFUSALS``), with the way back to the card."""
    t = TEXT[lang]
    title_key, text_key = REFUSALS.get(reason, ("failed_title", "failed_text"))
    if reason == "withdrawn" and not withdrawn_at:
        title_key, text_key = "withdrawn_title", "failed_text"
    date = escape(format_time(withdrawn_at, lang)[1]) if withdrawn_at else ""
    text = counted(t[text_key], lang, MAX_CORRECTIONS).format(max=MAX_CORRECTIONS, date=date)
    body = (f"<h1>{t[title_key]}</h1>\n<p>{text}</p>\n"
            f'<p><a href="{escape(card_href(code, lang))}">{t["back"]}</a></p>')
    return _page(lang, site, t[title_key], body, card_switch(code))
