"""The frame of the collector's public pages, in the kiosk's nine languages: the
stylesheet, the language choice and switch, escaping, times and dates, counted words, and
the pages for a code that is mistyped or unknown and for too many requests.

Plain, small, accessible HTML: a real heading structure, a language switch with ``hreflang``,
a skip link, visible focus, text that reflows on a phone, and no scripts. Arabic pages run
right to left (``dir="rtl"``; the stylesheet uses logical properties, so the layout
mirrors), while card codes stay left to right. Every value from a batch is escaped. An
unknown or mistyped code gets a page that says what to do, with a form to type the code
again. The follow-up page itself is ``followup_pages.py``, its forms ``holder_pages.py``,
the published results ``results_pages.py``. The office and the live wall use the same frame
in German and English only (``STAFF_LANGUAGES``, a single switch link).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import zoneinfo
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

LANGUAGES = ("de", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru")
"""The public pages' languages, in the kiosk's order (``config.KIOSK_LANGUAGES``)."""
STAFF_LANGUAGES = ("de", "en")
"""The office's and the live wall's languages."""
RIGHT_TO_LEFT = frozenset({"ar"})
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "tr": "Türkçe", "ar": "العربية",
                  "pl": "Polski", "ro": "Română", "bg": "Български", "uk": "Українська",
                  "ru": "Русский"}
"""Each language in its own name, as the switch shows it."""
TIME_ZONE = zoneinfo.ZoneInfo("Europe/Berlin")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
MONTHS = {
    "en": MONTHS_EN,
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
           "Eylül", "Ekim", "Kasım", "Aralık"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
           "октомври", "ноември", "декември"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}
"""Month names as a date writes them (Polish, Ukrainian and Russian in the genitive)."""
DATE_FORMATS = {
    "de": ("{dd}.{mm}.{y}", "{date}, {time} Uhr"),
    "en": ("{d} {month} {y}", "{date}, {time}"),
    "tr": ("{d} {month} {y}", "{date} {time}"),
    "ar": ("{d} {month} {y}", "{date}، {time}"),
    "pl": ("{d} {month} {y}", "{date}, {time}"),
    "ro": ("{d} {month} {y}", "{date}, {time}"),
    "bg": ("{d} {month} {y} г.", "{date}, {time} ч."),
    "uk": ("{d} {month} {y} р.", "{date}, {time}"),
    "ru": ("{d} {month} {y} г.", "{date}, {time}"),
}
"""(date, date and time) as people write them in each language (CLDR's long formats;
Arabic with the digits 0–9, as Arabic speakers in Germany read them beside the card code)."""
CODE_EXAMPLE = '<span class="code" dir="ltr">K7M-4QX-9TRP</span>'

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "skip": "Zum Inhalt springen", "switch_label": "Sprache",
        "card_title": "Ihre Beteiligungskarte", "code": "Kartencode",
        "participate": "Zur Online-Beteiligung der Stadt Dortmund",
        "unknown_title": "Diese Karte haben wir (noch) nicht gefunden",
        "unknown_text": "Der Code ist richtig geschrieben, aber die Karte ist noch nicht bei "
                        "uns angekommen. Die Stationen übertragen ihre Karten oft erst nach "
                        "der Veranstaltung. Bitte versuchen Sie es in ein paar Tagen noch "
                        "einmal.",
        "typo_title": "Dieser Kartencode stimmt nicht",
        "typo_text": "Der Code ist unvollständig oder enthält einen Tippfehler. Ein "
                     "Kartencode hat zehn Zeichen in drei Gruppen, zum Beispiel {example}. "
                     "Die Ziffern 0 und 1 und die Buchstaben O, I und L kommen nicht vor.",
        "again": "Code noch einmal eingeben",
        "hint": "Sie finden den Code unter dem QR-Code auf Ihrem Beleg.", "show": "Karte anzeigen",
        "missing_title": "Diese Seite gibt es nicht",
        "missing_text": "Bitte prüfen Sie die Adresse. Den Kartencode auf Ihrem Beleg können "
                        "Sie hier eingeben:",
        "limited_title": "Zu viele Anfragen",
        "limited_text": "Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
        "limited_minutes": "Bitte warten Sie {minutes} Minuten und versuchen Sie es dann "
                           "noch einmal.",
    },
    "en": {
        "skip": "Skip to content", "switch_label": "Language",
        "card_title": "Your participation card", "code": "Card code",
        "participate": "To the City of Dortmund's online participation",
        "unknown_title": "We have not found this card (yet)",
        "unknown_text": "The code is spelled correctly, but the card has not reached us yet. "
                        "Stations often send their cards after the event. Please try again "
                        "in a few days.",
        "typo_title": "This card code is not right",
        "typo_text": "The code is incomplete or contains a typing error. A card code has ten "
                     "characters in three groups, for example {example}. The digits 0 and 1 "
                     "and the letters O, I and L are never used.",
        "again": "Enter the code again",
        "hint": "The code is printed below the QR code on your receipt.", "show": "Show card",
        "missing_title": "There is no such page",
        "missing_text": "Please check the address. You can type the card code from your "
                        "receipt here:",
        "limited_title": "Too many requests",
        "limited_text": "Please wait a minute, then try again.",
        "limited_minutes": "Please wait {minutes} minutes, then try again.",
    },
    "tr": {
        "skip": "İçeriğe geç", "switch_label": "Dil", "card_title": "Katılım kartınız",
        "code": "Kart kodu", "participate": "Dortmund Belediyesinin çevrimiçi katılım platformuna",
        "unknown_title": "Bu kartı (henüz) bulamadık",
        "unknown_text": "Kod doğru yazılmış, ancak kart henüz bize ulaşmadı. İstasyonlar "
                        "kartlarını çoğu zaman etkinlikten sonra gönderir. Lütfen birkaç gün "
                        "sonra yeniden deneyin.",
        "typo_title": "Bu kart kodu doğru değil",
        "typo_text": "Kod eksik ya da bir yazım hatası içeriyor. Bir kart kodu, üç gruba "
                     "ayrılmış on karakterden oluşur, örneğin {example}. 0 ve 1 rakamları "
                     "ile O, I ve L harfleri kullanılmaz.",
        "again": "Kodu yeniden girin",
        "hint": "Kodu, fişinizdeki QR kodunun altında bulabilirsiniz.", "show": "Kartı göster",
        "missing_title": "Böyle bir sayfa yok",
        "missing_text": "Lütfen adresi kontrol edin. Fişinizdeki kart kodunu buraya "
                        "girebilirsiniz:",
        "limited_title": "Çok fazla istek",
        "limited_text": "Lütfen bir dakika bekleyin ve sonra yeniden deneyin.",
        "limited_minutes": "Lütfen {minutes} dakika bekleyin ve sonra yeniden deneyin.",
    },
    "ar": {
        "skip": "انتقل إلى المحتوى", "switch_label": "اللغة", "card_title": "بطاقة مشاركتكم",
        "code": "رمز البطاقة", "participate": "إلى منصة المشاركة الإلكترونية لمدينة دورتموند",
        "unknown_title": "لم نعثر على هذه البطاقة (بعد)",
        "unknown_text": "الرمز مكتوب بشكل صحيح، لكن البطاقة لم تصلنا بعد. كثيرًا ما ترسل "
                        "المحطات بطاقاتها بعد انتهاء الفعالية. يُرجى المحاولة مرة أخرى بعد "
                        "بضعة أيام.",
        "typo_title": "رمز البطاقة هذا غير صحيح",
        "typo_text": "الرمز ناقص أو فيه خطأ في الكتابة. يتكوّن رمز البطاقة من عشرة أحرف في "
                     "ثلاث مجموعات، مثل {example}. لا يُستخدم فيه الرقمان 0 و 1 ولا الحروف "
                     "O و I و L.",
        "again": "أدخلوا الرمز مرة أخرى", "hint": "تجدون الرمز تحت رمز QR على إيصالكم.",
        "show": "عرض البطاقة", "missing_title": "هذه الصفحة غير موجودة",
        "missing_text": "يُرجى التحقق من العنوان. يمكنكم إدخال رمز البطاقة الموجود على "
                        "إيصالكم هنا:",
        "limited_title": "طلبات كثيرة جدًا",
        "limited_text": "يُرجى الانتظار دقيقة واحدة، ثم المحاولة مرة أخرى.",
        "limited_minutes": "يُرجى الانتظار {minutes} دقيقة، ثم المحاولة مرة أخرى.|"
                           "يُرجى الانتظار دقيقة واحدة، ثم المحاولة مرة أخرى.|"
                           "يُرجى الانتظار دقيقتين، ثم المحاولة مرة أخرى.|"
                           "يُرجى الانتظار {minutes} دقائق، ثم المحاولة مرة أخرى.|"
                           "يُرجى الانتظار {minutes} دقيقة، ثم المحاولة مرة أخرى.",
    },
    "pl": {
        "skip": "Przejdź do treści", "switch_label": "Język", "card_title": "Państwa karta udziału",
        "code": "Kod karty", "participate": "Do partycypacji online miasta Dortmund",
        "unknown_title": "Nie znaleźliśmy (jeszcze) tej karty",
        "unknown_text": "Kod jest wpisany poprawnie, ale karta jeszcze do nas nie dotarła. "
                        "Stacje często przesyłają karty dopiero po wydarzeniu. Prosimy "
                        "spróbować ponownie za kilka dni.",
        "typo_title": "Ten kod karty jest niepoprawny",
        "typo_text": "Kod jest niepełny lub zawiera literówkę. Kod karty ma dziesięć znaków "
                     "w trzech grupach, na przykład {example}. Cyfry 0 i 1 ani litery O, I "
                     "i L w nim nie występują.",
        "again": "Proszę wpisać kod ponownie",
        "hint": "Kod znajduje się pod kodem QR na Państwa potwierdzeniu.", "show": "Pokaż kartę",
        "missing_title": "Taka strona nie istnieje",
        "missing_text": "Prosimy sprawdzić adres. Kod karty z potwierdzenia można wpisać "
                        "tutaj:",
        "limited_title": "Zbyt wiele zapytań",
        "limited_text": "Prosimy odczekać minutę i spróbować ponownie.",
        "limited_minutes": "Prosimy odczekać {minutes} minutę i spróbować ponownie.|"
                           "Prosimy odczekać {minutes} minuty i spróbować ponownie.|"
                           "Prosimy odczekać {minutes} minut i spróbować ponownie.",
    },
    "ro": {
        "skip": "Salt la conținut", "switch_label": "Limba",
        "card_title": "Fișa dumneavoastră de participare", "code": "Codul fișei",
        "participate": "Spre participarea online a orașului Dortmund",
        "unknown_title": "Nu am găsit (încă) această fișă",
        "unknown_text": "Codul este scris corect, dar fișa nu a ajuns încă la noi. Stațiile "
                        "își transmit adesea fișele abia după eveniment. Vă rugăm să "
                        "încercați din nou peste câteva zile.",
        "typo_title": "Acest cod de fișă nu este corect",
        "typo_text": "Codul este incomplet sau conține o greșeală de scriere. Un cod de fișă "
                     "are zece caractere în trei grupe, de exemplu {example}. Cifrele 0 și 1 "
                     "și literele O, I și L nu apar în el.",
        "again": "Introduceți din nou codul",
        "hint": "Codul se află sub codul QR de pe bonul dumneavoastră.", "show": "Afișează fișa",
        "missing_title": "Această pagină nu există",
        "missing_text": "Vă rugăm să verificați adresa. Codul fișei de pe bon îl puteți "
                        "introduce aici:",
        "limited_title": "Prea multe cereri",
        "limited_text": "Vă rugăm să așteptați un minut și să încercați apoi din nou.",
        "limited_minutes": "Vă rugăm să așteptați {minutes} minut și să încercați apoi din "
                           "nou.|Vă rugăm să așteptați {minutes} minute și să încercați apoi "
                           "din nou.|Vă rugăm să așteptați {minutes} de minute și să "
                           "încercați apoi din nou.",
    },
    "bg": {
        "skip": "Към съдържанието", "switch_label": "Език", "card_title": "Вашата карта за участие",
        "code": "Код на картата", "participate": "Към онлайн участието на град Дортмунд",
        "unknown_title": "Не намерихме тази карта (все още)",
        "unknown_text": "Кодът е написан правилно, но картата все още не е пристигнала при "
                        "нас. Станциите често изпращат картите си едва след събитието. Моля, "
                        "опитайте отново след няколко дни.",
        "typo_title": "Този код на карта не е верен",
        "typo_text": "Кодът е непълен или съдържа печатна грешка. Кодът на картата има десет "
                     "знака в три групи, например {example}. Цифрите 0 и 1 и буквите O, I и "
                     "L не се използват.",
        "again": "Въведете кода отново", "hint": "Кодът е отпечатан под QR кода на Вашата бележка.",
        "show": "Покажи картата", "missing_title": "Такава страница няма",
        "missing_text": "Моля, проверете адреса. Кода на картата от бележката можете да "
                        "въведете тук:",
        "limited_title": "Твърде много заявки",
        "limited_text": "Моля, изчакайте една минута и опитайте отново.",
        "limited_minutes": "Моля, изчакайте {minutes} минута и опитайте отново.|"
                           "Моля, изчакайте {minutes} минути и опитайте отново.",
    },
    "uk": {
        "skip": "Перейти до змісту", "switch_label": "Мова", "card_title": "Ваша картка участі",
        "code": "Код картки", "participate": "До онлайн-участі міста Дортмунд",
        "unknown_title": "Ми (ще) не знайшли цю картку",
        "unknown_text": "Код написано правильно, але картка до нас ще не надійшла. Станції "
                        "часто надсилають свої картки лише після заходу. Будь ласка, "
                        "спробуйте ще раз за кілька днів.",
        "typo_title": "Цей код картки неправильний",
        "typo_text": "Код неповний або містить помилку. Код картки має десять знаків у "
                     "трьох групах, наприклад {example}. Цифр 0 і 1 та літер O, I і L у "
                     "ньому немає.",
        "again": "Введіть код ще раз", "hint": "Код надруковано під QR-кодом на Вашій квитанції.",
        "show": "Показати картку", "missing_title": "Такої сторінки немає",
        "missing_text": "Будь ласка, перевірте адресу. Код картки з квитанції можна ввести "
                        "тут:",
        "limited_title": "Забагато запитів",
        "limited_text": "Будь ласка, зачекайте хвилину й спробуйте ще раз.",
        "limited_minutes": "Будь ласка, зачекайте {minutes} хвилину й спробуйте ще раз.|"
                           "Будь ласка, зачекайте {minutes} хвилини й спробуйте ще раз.|"
                           "Будь ласка, зачекайте {minutes} хвилин і спробуйте ще раз.",
    },
    "ru": {
        "skip": "Перейти к содержанию", "switch_label": "Язык",
        "card_title": "Ваша карточка участия", "code": "Код карточки",
        "participate": "К онлайн-участию города Дортмунд",
        "unknown_title": "Мы (пока) не нашли эту карточку",
        "unknown_text": "Код написан правильно, но карточка к нам ещё не поступила. Станции "
                        "часто передают свои карточки только после мероприятия. Пожалуйста, "
                        "попробуйте ещё раз через несколько дней.",
        "typo_title": "Этот код карточки неверен",
        "typo_text": "Код неполный или содержит опечатку. Код карточки состоит из десяти "
                     "знаков в трёх группах, например {example}. Цифр 0 и 1 и букв O, I и L "
                     "в нём нет.",
        "again": "Введите код ещё раз", "hint": "Код напечатан под QR-кодом на Вашей квитанции.",
        "show": "Показать карточку", "missing_title": "Такой страницы нет",
        "missing_text": "Пожалуйста, проверьте адрес. Код карточки с квитанции можно ввести "
                        "здесь:",
        "limited_title": "Слишком много запросов",
        "limited_text": "Пожалуйста, подождите минуту и попробуйте ещё раз.",
        "limited_minutes": "Пожалуйста, подождите {minutes} минуту и попробуйте ещё раз.|"
                           "Пожалуйста, подождите {minutes} минуты и попробуйте ещё раз.|"
                           "Пожалуйста, подождите {minutes} минут и попробуйте ещё раз.",
    },
}
"""The frame's words. A text with ``|`` has one form per plural category of its language
(``counted``); every language has every key of German."""


def _plural_form(lang: str, count: int) -> int:
    """Which of a counted text's forms fits ``count`` (CLDR's plural rules): for German,
    English, Turkish and Bulgarian one|other; Romanian one|few|other; Polish, Ukrainian and
    Russian one|few|many; Arabic zero|one|two|few|many(|other: written as many)."""
    tens, units = count % 100, count % 10
    if lang == "ar":
        return 0 if count == 0 else 1 if count == 1 else 2 if count == 2 else \
            3 if 3 <= tens <= 10 else 4
    if lang in ("uk", "ru", "pl"):
        if count == 1 or (lang != "pl" and units == 1 and tens != 11):
            return 0
        return 1 if 2 <= units <= 4 and not 12 <= tens <= 14 else 2
    if lang == "ro":
        return 0 if count == 1 else 1 if count == 0 or 1 <= tens <= 19 else 2
    return 0 if count == 1 else 1


def counted(text: str, lang: str, count: int) -> str:
    """The form of a counted text (forms split by ``|``) that goes with ``count``; a text
    with fewer forms than its language has gives its last one (German and English texts
    only name the plural: their callers say "one" in words)."""
    if "|" not in text:
        return text
    forms = text.split("|")
    return forms[min(_plural_form(lang, count), len(forms) - 1)]


def isolate(markup: str, lang: str) -> str:
    """A name from elsewhere (a label, a group's or an event's name, often German) inside
    a right-to-left page's text, kept in its own direction (``<bdi>``); on a left-to-right
    page as it is."""
    return f"<bdi>{markup}</bdi>" if lang in RIGHT_TO_LEFT else markup


THEME = {
    "paper": "#F4F1EA", "surface": "#FFFFFF", "ink": "#1B2227", "ink-muted": "#4A545C",
    "line": "#CFC8BA", "primary": "#00506E", "primary-pressed": "#003A52",
    "accent": "#B8102C", "focus": "#9A4A00", "notice-fill": "#FFF1D6",
    "notice-ink": "#5C3300", "code-ink": "#00374C",
}
"""The kiosk's colours (``ui/Theme.qml``), so every page of the collector looks like the
station; the text pairs used below are among the Theme's checked contrast pairs (≥ 4.5:1)."""

STYLE = ":root{" + ";".join(f"--{name}:{value}" for name, value in THEME.items()) + "}" + """
body{font-family:"Noto Sans","Noto Sans Arabic",system-ui,-apple-system,"Segoe UI",Roboto,
sans-serif;line-height:1.5;margin:0;color:var(--ink);background:var(--paper);
font-size:1.125rem}
header,main,footer{max-width:40rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;
gap:.5rem 1rem;border-bottom:4px solid var(--accent)}
.brand{font-weight:700;margin:0}
a{color:var(--primary)}
a:focus,button:focus,input:focus,select:focus,textarea:focus,[tabindex]:focus{
outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;inset-inline-start:-999px}
.skip:focus{inset-inline-start:1rem;top:1rem;background:var(--surface)}
dt{font-weight:700;margin-top:1rem}dd{margin:0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--surface);padding:.75rem;
border-inline-start:4px solid var(--primary);unicode-bidi:plaintext}
.code{font-family:ui-monospace,monospace;letter-spacing:.05em;color:var(--code-ink)}
input{font-size:1.25rem;padding:.5rem;border:2px solid var(--ink-muted);max-width:100%;
background:var(--surface);color:var(--ink);box-sizing:border-box}
button{font-size:1.125rem;padding:.6rem 1.2rem;margin-top:.5rem;background:var(--primary);
color:#fff;border:0;border-radius:4px;min-height:44px;cursor:pointer}
button:hover{background:var(--primary-pressed)}
footer{color:var(--ink-muted);font-size:.9rem}
"""

PUBLIC_STYLE = """
h1{font-size:1.75rem;line-height:1.25}
h2{font-size:1.35rem;line-height:1.3;margin-top:2rem}
h3{font-size:1.15rem;line-height:1.3;margin-bottom:.25rem}
.code{white-space:nowrap}
.notice{background:var(--notice-fill);color:var(--notice-ink);padding:.75rem 1rem;
border-inline-start:4px solid var(--accent)}
.info{background:var(--surface);padding:.75rem 1rem;border-inline-start:4px solid
var(--primary)}
.muted{color:var(--ink-muted)}
label{font-weight:700}
textarea{font:inherit;width:100%;padding:.5rem;border:2px solid var(--ink-muted);
background:var(--surface);color:var(--ink);box-sizing:border-box}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:1rem 0}
.actions form,.actions p{margin:0}
.actions button{margin-top:0}
a.button{display:inline-flex;align-items:center;min-height:44px;box-sizing:border-box;
padding:.5rem 1.1rem;border:2px solid var(--primary);border-radius:4px;
background:var(--surface);color:var(--primary);font-weight:700;text-decoration:none}
a.button:hover{background:var(--paper);text-decoration:underline}
a.tap{display:inline-flex;align-items:center;min-height:44px}
button.danger{background:var(--accent)}
button.danger:hover{background:var(--ink)}
ol.timeline{list-style:none;padding:0;margin:0;border-inline-start:3px solid var(--line)}
ol.timeline li{margin:0 0 .75rem;padding-inline-start:1rem}
ol.timeline time{display:block;color:var(--ink-muted);font-size:1rem}
.table{overflow-x:auto}
table{border-collapse:collapse;min-width:100%;background:var(--surface);font-size:1rem}
caption{text-align:start;font-weight:700;padding:.5rem 0;background:var(--paper)}
th,td{border:1px solid var(--line);padding:.4rem .6rem;text-align:start;vertical-align:top}
th{background:var(--paper)}
tbody th{font-weight:400;background:var(--surface)}
td.number,th.number{text-align:end;font-variant-numeric:tabular-nums}
nav.languages{flex:1 1 100%}
nav.languages ul{display:flex;flex-wrap:wrap;gap:0 .25rem;list-style:none;margin:0;
padding:0}
nav.languages a{display:inline-flex;align-items:center;justify-content:center;
min-height:44px;min-width:44px;padding:0 .45rem;box-sizing:border-box;font-size:1rem}
nav.languages a[aria-current]{color:var(--ink);font-weight:700;text-decoration:none;
box-shadow:inset 0 -3px 0 var(--accent)}
"""
"""What the public pages add to ``STYLE``: notices, forms, button-like links, the status
timeline, the results' tables and the language switch (colour pairs from the Theme's
checked contrast pairs). Only logical properties (``inline-start``, ``start``/``end``), so
a right-to-left page mirrors."""


@dataclass(frozen=True)
class PageSettings:
    """Collector-wide values shown on every page."""

    site_name: str = "Dortmunder Stadtgespräch"
    participation_url: str = "https://www.dortmund.de/stadtgespraech"
    wall: bool = False
    """This collector serves the live wall (``collector serve --wall``): pages link to it."""


def choose_language(query_lang: str | None, accept_language: str | None) -> str:
    """For the pages in German and English (the office, the live wall): ``?lang=`` wins;
    else the better of de/en in ``Accept-Language``; else German."""
    if query_lang in STAFF_LANGUAGES:
        return query_lang  # type: ignore[return-value]
    return _from_accept_language(accept_language or "", STAFF_LANGUAGES) or "de"


def choose_public_language(query_lang: str | None, accept_language: str | None,
                           own: str | None = None) -> str:
    """For the public pages: ``?lang=`` wins; else the best of the nine in
    ``Accept-Language``; else ``own`` (the card's own language, on its follow-up page);
    else German."""
    if query_lang in LANGUAGES:
        return query_lang  # type: ignore[return-value]
    found = _from_accept_language(accept_language or "", LANGUAGES)
    if found is not None:
        return found
    return own if own in LANGUAGES else "de"  # type: ignore[return-value]


@functools.lru_cache(maxsize=256)
def _from_accept_language(accept_language: str, offered: tuple[str, ...]) -> str | None:
    """The best of ``offered`` in an ``Accept-Language`` header, or None (browsers send a
    few distinct ones, so each is read once). ``q=0`` means "not this one"; of equal
    weights the first wins."""
    best, best_q = None, 0.0
    for part in accept_language[:1000].split(",")[:20]:
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower().split("-")[0]
        q = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if tag in offered and q > best_q:
            best, best_q = tag, q
    return best


def escape(value: Any) -> str:
    """Any value as HTML text or attribute value (quotes too). Most texts have nothing to
    escape and are handed back as they are: five scans cost less than five replacements,
    and a follow-up page escapes some twenty texts."""
    text = value if type(value) is str else str(value)
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text, quote=True)
    return text


_e = escape


def _date_text(day: dt.date, lang: str) -> str:
    pattern = DATE_FORMATS.get(lang, DATE_FORMATS["en"])[0]
    months = MONTHS.get(lang, MONTHS_EN)
    return pattern.format(d=day.day, dd=f"{day.day:02}", mm=f"{day.month:02}", y=day.year,
                          month=months[day.month - 1])


@functools.lru_cache(maxsize=4096)
def format_time(value: str, lang: str) -> tuple[str, str]:
    """(machine-readable ISO, human text) in Dortmund's local time. Kept for the times
    that come again and again (a batch's arrival, a group's answer)."""
    moment = dt.datetime.fromisoformat(value).astimezone(TIME_ZONE)
    pattern = DATE_FORMATS.get(lang, DATE_FORMATS["en"])[1]
    text = pattern.format(date=_date_text(moment.date(), lang),
                          time=f"{moment.hour:02}:{moment.minute:02}")
    return moment.isoformat(), text


def format_date(value: str, lang: str) -> str:
    """A calendar date (``2026-11-14``) as people write it; anything else as it is."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return _date_text(day, lang)


def safe_url(url: str) -> str | None:
    """A link a page may carry: only http(s), never ``javascript:`` and the like."""
    return url if url.startswith(("https://", "http://")) else None


Switch = tuple[str, str]
"""A page's address in another language: what comes before the language's code and what
comes after it (``("/k/K7M-4QX-9TRP?lang=", "&done=corrected")``)."""


@functools.lru_cache(maxsize=16 * len(LANGUAGES))
def _switch_pieces(lang: str, after: str) -> tuple[str, ...]:
    """The switch in ``lang`` cut where each link's address begins (``after``: what follows
    the language's code in it, escaped): the switch is the address's start joined by these
    pieces, one ``str.join`` per page (made once: the follow-up page is benchmarked)."""
    pieces = [f'<nav class="languages" aria-label="{TEXT[lang]["switch_label"]}"><ul>'
              '<li><a href="']
    for index, other in enumerate(LANGUAGES):
        current = ' aria-current="true"' if other == lang else ""
        rtl = ' dir="rtl"' if other in RIGHT_TO_LEFT else ""
        closing = "</ul></nav>" if index == len(LANGUAGES) - 1 else '<li><a href="'
        pieces.append(f'{other}{after}" hreflang="{other}" lang="{other}"{rtl}{current}>'
                      f"{LANGUAGE_NAMES[other]}</a></li>{closing}")
    return tuple(pieces)


def language_switch(lang: str, switch: Switch) -> str:
    """The nine languages, each in its own name and a link to this page in it (``switch``
    gives the address), the current one marked; a list that wraps on a phone."""
    return _e(switch[0]).join(_switch_pieces(lang, _e(switch[1])))


def document(lang: str, title: str, body: str, *, site_name: str, switch_href: str = "",
             switch: Switch | None = None, header: str = "", style: str = "") -> str:
    """One whole page in the collector's frame: the shared stylesheet (plus ``style``), a
    skip link, the header with the site's name, ``header`` (HTML) and the language switch,
    ``body`` (HTML) as the main content, and the footer. The switch is the nine languages
    when ``switch`` gives their address (the public pages), else one link to the other of
    German and English (``switch_href``: the office, the live wall)."""
    t = TEXT[lang]
    if switch is not None:
        languages = language_switch(lang, switch)
    else:
        other = "en" if lang == "de" else "de"
        languages = (f'<nav aria-label="{t["switch_label"]}"><a href="{_e(switch_href)}" '
                     f'hreflang="{other}" lang="{other}">{LANGUAGE_NAMES[other]}</a></nav>')
    rtl = ' dir="rtl"' if lang in RIGHT_TO_LEFT else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"{rtl}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f"<title>{_e(title)} – {_e(site_name)}</title>\n"
        f"<style>{STYLE}{style}</style>\n</head>\n<body>\n"
        f'<a class="skip" href="#main">{t["skip"]}</a>\n'
        f'<header><p class="brand">{_e(site_name)}</p>{header}{languages}'
        f"</header>\n<main id=\"main\">\n{body}\n</main>\n"
        f"<footer><p>{_e(site_name)}</p></footer>\n</body>\n</html>\n"
    )


def _layout(lang: str, title: str, body: str, settings: PageSettings,
            switch: Switch) -> str:
    return document(lang, title, body, site_name=settings.site_name, switch=switch,
                    style=PUBLIC_STYLE)


def not_found_page(typed: str, lang: str, settings: PageSettings, typo: bool | None) -> str:
    """The helpful page for a code that is mistyped (``typo``) or not (yet) known.

    ``typo=None`` is the plain code entry form, for people who type the code by hand.
    """
    t = TEXT[lang]
    if typo is None:
        title, intro = t["card_title"], f"<p>{t['hint']}</p>\n"
    else:
        title = t["typo_title"] if typo else t["unknown_title"]
        text = t["typo_text"].format(example=CODE_EXAMPLE) if typo else t["unknown_text"]
        intro = f"<p>{text}</p>\n"
    body = (
        f"<h1>{title}</h1>\n{intro}"
        f"<h2>{t['again'] if typo is not None else t['show']}</h2>\n"
        '<form action="/k" method="get">\n'
        f'<p><label for="code">{t["code"]}</label><br>\n'
        f'<input id="code" name="code" value="{_e(typed[:40])}" autocomplete="off" '
        'autocapitalize="characters" spellcheck="false" aria-describedby="code-hint" '
        'maxlength="40" dir="ltr"></p>\n'
        f'<p id="code-hint">{t["hint"]}</p>\n'
        f'<input type="hidden" name="lang" value="{lang}">\n'
        f'<button type="submit">{t["show"]}</button>\n</form>\n'
        f'<p><a href="{_e(settings.participation_url)}">{t["participate"]}</a></p>'
    )
    path = f"/k/{quote(typed[:40], safe='')}" if typed else "/k"
    return _layout(lang, title, body, settings, (f"{path}?lang=", ""))


CODE_FORM: Switch = ("/k?lang=", "")


def missing_page(lang: str, settings: PageSettings) -> str:
    """The answer to an address the collector does not know (or a method it refuses)."""
    t = TEXT[lang]
    body = (f"<h1>{t['missing_title']}</h1>\n"
            f'<p>{t["missing_text"]} <a href="/k?lang={lang}">{t["show"]}</a></p>')
    return _layout(lang, t["missing_title"], body, settings, CODE_FORM)


def rate_limited_page(lang: str, settings: PageSettings, wait_seconds: float = 60.0) -> str:
    """The answer to one request too many; says how long to wait when it is minutes."""
    t = TEXT[lang]
    minutes = int(wait_seconds // 60) + (1 if wait_seconds % 60 else 0)
    text = counted(t["limited_minutes"], lang, minutes).format(minutes=minutes) \
        if minutes > 1 else t["limited_text"]
    body = f"<h1>{t['limited_title']}</h1>\n<p>{text}</p>"
    return _layout(lang, t["limited_title"], body, settings, CODE_FORM)
