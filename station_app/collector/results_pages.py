"""The published results as pages: the list of published events (``/results``) and one
event's figures, answered groups and – if the city allows – its cards (``/results/{event}``).

Plain HTML in the follow-up pages' frame, in the nine languages of ``pages.LANGUAGES``
(numbers and shares as each writes them). Every text a person wrote (a card, an answer, a
group's or an event's name) is escaped. Each page says when it was put together ("Stand"),
since it is kept for a minute.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from station_app.collector.office.cases import Event
from station_app.collector.pages import (
    PUBLIC_STYLE,
    PageSettings,
    Switch,
    counted,
    document,
    escape,
    format_date,
    format_time,
    isolate,
)
from station_app.collector.pages import TEXT as FRAME_TEXT
from station_app.collector.results import Count, EventResults

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "list_title": "Veröffentlichte Ergebnisse",
        "list_intro": "Hier veröffentlicht die Stadt, was bei den Veranstaltungen des "
                      "Stadtgesprächs auf den Beteiligungskarten stand.",
        "list_empty": "Noch sind keine Ergebnisse veröffentlicht.",
        "title": "Ergebnisse: {event}",
        "when_where": "{date} · {venue}",
        "stand": "Stand: {time}.",
        "received": "Eingegangene Karten: {received}. Davon in den Zahlen unten: "
                    "{counted} – zurückgezogene und von der Moderation ausgeblendete Karten "
                    "sind nicht dabei.",
        "by_prompt": "Karten nach Frage",
        "by_topic": "Karten nach Themenfeld",
        "by_district": "Karten nach Stadtbezirk",
        "prompt": "Frage", "topic": "Themenfeld", "district": "Stadtbezirk",
        "cards": "Karten", "share": "Anteil",
        "no_district": "keine Angabe",
        "none_yet": "Noch keine Karten.",
        "answers": "Antworten der Stadt",
        "answers_intro": "Ähnliche Karten fasst die Stadt zu Gruppen zusammen und beantwortet "
                         "sie gemeinsam.",
        "answers_none": "Noch hat die Stadt keine Gruppe von Karten dieser Veranstaltung "
                        "beantwortet.",
        "group_meta": "{cards} Karten dieser Veranstaltung · Antwort vom {date}",
        "group_meta_one": "1 Karte dieser Veranstaltung · Antwort vom {date}",
        "the_cards": "Die Karten",
        "the_cards_intro": "Was auf den Karten steht, in der jeweils neuesten Fassung.",
        "status": "Status", "corrected": "korrigiert",
        "page_of": "Seite {page} von {pages}",
        "pages": "Seiten",
        "previous": "Vorige Seite", "next": "Nächste Seite",
        "all_events": "Alle veröffentlichten Ergebnisse",
        "missing_title": "Diese Ergebnisse sind noch nicht veröffentlicht",
        "missing_text": "Für diese Adresse gibt es (noch) keine veröffentlichten Ergebnisse. "
                        "Die Stadt veröffentlicht die Ergebnisse einer Veranstaltung, "
                        "sobald sie ausgewertet sind.",
    },
    "en": {
        "list_title": "Published results",
        "list_intro": "Here the city publishes what the participation cards said at the "
                      "events of the Stadtgespräch.",
        "list_empty": "No results have been published yet.",
        "title": "Results: {event}",
        "when_where": "{date} · {venue}",
        "stand": "As of {time}.",
        "received": "Cards received: {received}. In the figures below: {counted} – cards "
                    "withdrawn by their writers and cards hidden by the moderators are "
                    "left out.",
        "by_prompt": "Cards by question",
        "by_topic": "Cards by topic",
        "by_district": "Cards by district",
        "prompt": "Question", "topic": "Topic", "district": "District",
        "cards": "Cards", "share": "Share",
        "no_district": "not given",
        "none_yet": "No cards yet.",
        "answers": "The city's answers",
        "answers_intro": "The city gathers similar cards into groups and answers them "
                         "together.",
        "answers_none": "The city has not answered a group of this event's cards yet.",
        "group_meta": "{cards} cards of this event · answered on {date}",
        "group_meta_one": "1 card of this event · answered on {date}",
        "the_cards": "The cards",
        "the_cards_intro": "What the cards say, each in its latest version.",
        "status": "Status", "corrected": "corrected",
        "page_of": "Page {page} of {pages}",
        "pages": "Pages",
        "previous": "Previous page", "next": "Next page",
        "all_events": "All published results",
        "missing_title": "These results have not been published yet",
        "missing_text": "There are no published results at this address (yet). The city "
                        "publishes an event's results once they have been evaluated.",
    },
    "tr": {
        "list_title": "Yayımlanan sonuçlar",
        "list_intro": "Belediye burada Stadtgespräch etkinliklerinde katılım kartlarına "
                      "yazılanları yayımlar.",
        "list_empty": "Henüz yayımlanmış sonuç yok.",
        "title": "Sonuçlar: {event}",
        "when_where": "{date} · {venue}",
        "stand": "Son güncelleme: {time}.",
        "received": "Gelen kartlar: {received}. Aşağıdaki rakamlarda yer alanlar: {counted} – "
                    "geri çekilen kartlar ve moderasyonun gizlediği kartlar dahil değildir.",
        "by_prompt": "Sorulara göre kartlar",
        "by_topic": "Konulara göre kartlar",
        "by_district": "İlçelere göre kartlar",
        "prompt": "Soru", "topic": "Konu", "district": "İlçe",
        "cards": "Kart", "share": "Oran",
        "no_district": "belirtilmedi",
        "none_yet": "Henüz kart yok.",
        "answers": "Belediyenin yanıtları",
        "answers_intro": "Belediye benzer kartları gruplar hâlinde bir araya getirir ve "
                         "birlikte yanıtlar.",
        "answers_none": "Belediye bu etkinliğin kartlarından oluşan hiçbir grubu henüz "
                        "yanıtlamadı.",
        "group_meta": "Bu etkinlikten {cards} kart · Yanıt tarihi: {date}",
        "group_meta_one": "Bu etkinlikten 1 kart · Yanıt tarihi: {date}",
        "the_cards": "Kartlar",
        "the_cards_intro": "Kartlarda yazanlar, her biri en güncel hâliyle.",
        "status": "Durum", "corrected": "düzeltildi",
        "page_of": "Sayfa {page} / {pages}",
        "pages": "Sayfalar",
        "previous": "Önceki sayfa", "next": "Sonraki sayfa",
        "all_events": "Yayımlanan tüm sonuçlar",
        "missing_title": "Bu sonuçlar henüz yayımlanmadı",
        "missing_text": "Bu adreste (henüz) yayımlanmış sonuç yok. Belediye bir etkinliğin "
                        "sonuçlarını, değerlendirme tamamlanır tamamlanmaz yayımlar.",
    },
    "ar": {
        "list_title": "النتائج المنشورة",
        "list_intro": "تنشر المدينة هنا ما كُتب على بطاقات المشاركة في فعاليات "
                      "Stadtgespräch.",
        "list_empty": "لم تُنشر أي نتائج بعد.",
        "title": "النتائج: {event}",
        "when_where": "{date} · {venue}",
        "stand": "آخر تحديث: {time}.",
        "received": "البطاقات الواردة: {received}. منها في الأرقام أدناه: {counted} – دون "
                    "البطاقات المسحوبة والبطاقات التي أخفاها فريق الإشراف.",
        "by_prompt": "البطاقات حسب السؤال",
        "by_topic": "البطاقات حسب المجال",
        "by_district": "البطاقات حسب الحي",
        "prompt": "السؤال", "topic": "المجال", "district": "الحي",
        "cards": "البطاقات", "share": "النسبة",
        "no_district": "غير محدد",
        "none_yet": "لا توجد بطاقات بعد.",
        "answers": "ردود المدينة",
        "answers_intro": "تجمع المدينة البطاقات المتشابهة في مجموعات وترد عليها معًا.",
        "answers_none": "لم ترد المدينة بعد على أي مجموعة من بطاقات هذه الفعالية.",
        "group_meta": "عدد البطاقات من هذه الفعالية: {cards} · تاريخ الرد: {date}",
        "group_meta_one": "بطاقة واحدة من هذه الفعالية · تاريخ الرد: {date}",
        "the_cards": "البطاقات",
        "the_cards_intro": "ما كُتب على البطاقات، كلٌّ في أحدث نسخة له.",
        "status": "الحالة", "corrected": "مُعدَّلة",
        "page_of": "الصفحة {page} من {pages}",
        "pages": "الصفحات",
        "previous": "الصفحة السابقة", "next": "الصفحة التالية",
        "all_events": "كل النتائج المنشورة",
        "missing_title": "لم تُنشر هذه النتائج بعد",
        "missing_text": "لا توجد (بعد) نتائج منشورة على هذا العنوان. تنشر المدينة نتائج "
                        "الفعالية بمجرد الانتهاء من تقييمها.",
    },
    "pl": {
        "list_title": "Opublikowane wyniki",
        "list_intro": "Tutaj miasto publikuje, co napisano na kartach udziału podczas wydarzeń "
                      "Stadtgespräch.",
        "list_empty": "Nie opublikowano jeszcze żadnych wyników.",
        "title": "Wyniki: {event}",
        "when_where": "{date} · {venue}",
        "stand": "Stan na: {time}.",
        "received": "Karty, które wpłynęły: {received}. Z tego w liczbach poniżej: {counted} "
                    "– bez kart wycofanych i ukrytych przez moderację.",
        "by_prompt": "Karty według pytań",
        "by_topic": "Karty według tematów",
        "by_district": "Karty według dzielnic",
        "prompt": "Pytanie", "topic": "Temat", "district": "Dzielnica",
        "cards": "Karty", "share": "Udział",
        "no_district": "nie podano",
        "none_yet": "Nie ma jeszcze kart.",
        "answers": "Odpowiedzi miasta",
        "answers_intro": "Miasto łączy podobne karty w grupy i odpowiada na nie wspólnie.",
        "answers_none": "Miasto nie odpowiedziało jeszcze na żadną grupę kart z tego "
                        "wydarzenia.",
        "group_meta": "{cards} karta z tego wydarzenia · odpowiedź z dnia {date}|{cards} karty "
                      "z tego wydarzenia · odpowiedź z dnia {date}|{cards} kart z tego "
                      "wydarzenia · odpowiedź z dnia {date}",
        "group_meta_one": "1 karta z tego wydarzenia · odpowiedź z dnia {date}",
        "the_cards": "Karty",
        "the_cards_intro": "Co jest napisane na kartach, każda w najnowszej wersji.",
        "status": "Status", "corrected": "poprawiona",
        "page_of": "Strona {page} z {pages}",
        "pages": "Strony",
        "previous": "Poprzednia strona", "next": "Następna strona",
        "all_events": "Wszystkie opublikowane wyniki",
        "missing_title": "Te wyniki nie zostały jeszcze opublikowane",
        "missing_text": "Pod tym adresem nie ma (jeszcze) opublikowanych wyników. Miasto "
                        "publikuje wyniki wydarzenia, gdy tylko zostaną ocenione.",
    },
    "ro": {
        "list_title": "Rezultate publicate",
        "list_intro": "Aici orașul publică ce au scris participanții pe fișele de participare "
                      "la evenimentele Stadtgespräch.",
        "list_empty": "Încă nu au fost publicate rezultate.",
        "title": "Rezultate: {event}",
        "when_where": "{date} · {venue}",
        "stand": "Situația la: {time}.",
        "received": "Fișe primite: {received}. Dintre acestea, în cifrele de mai jos: "
                    "{counted} – fără fișele retrase și fără cele ascunse de moderatori.",
        "by_prompt": "Fișe după întrebare",
        "by_topic": "Fișe după temă",
        "by_district": "Fișe după cartier",
        "prompt": "Întrebare", "topic": "Temă", "district": "Cartier",
        "cards": "Fișe", "share": "Pondere",
        "no_district": "nespecificat",
        "none_yet": "Încă nu există fișe.",
        "answers": "Răspunsurile orașului",
        "answers_intro": "Orașul grupează fișele asemănătoare și le răspunde împreună.",
        "answers_none": "Orașul nu a răspuns încă niciunui grup de fișe de la acest eveniment.",
        "group_meta": "{cards} fișă de la acest eveniment · răspuns din {date}|{cards} fișe de "
                      "la acest eveniment · răspuns din {date}|{cards} de fișe de la acest "
                      "eveniment · răspuns din {date}",
        "group_meta_one": "1 fișă de la acest eveniment · răspuns din {date}",
        "the_cards": "Fișele",
        "the_cards_intro": "Ce scrie pe fișe, fiecare în cea mai nouă versiune.",
        "status": "Stare", "corrected": "corectată",
        "page_of": "Pagina {page} din {pages}",
        "pages": "Pagini",
        "previous": "Pagina anterioară", "next": "Pagina următoare",
        "all_events": "Toate rezultatele publicate",
        "missing_title": "Aceste rezultate nu au fost încă publicate",
        "missing_text": "La această adresă nu există (încă) rezultate publicate. Orașul "
                        "publică rezultatele unui eveniment imediat ce au fost evaluate.",
    },
    "bg": {
        "list_title": "Публикувани резултати",
        "list_intro": "Тук градът публикува какво е било написано на картите за участие по "
                      "време на събитията на Stadtgespräch.",
        "list_empty": "Все още няма публикувани резултати.",
        "title": "Резултати: {event}",
        "when_where": "{date} · {venue}",
        "stand": "Към: {time}.",
        "received": "Получени карти: {received}. От тях в данните по-долу: {counted} – без "
                    "оттеглените карти и без скритите от модераторите.",
        "by_prompt": "Карти по въпроси",
        "by_topic": "Карти по теми",
        "by_district": "Карти по райони",
        "prompt": "Въпрос", "topic": "Тема", "district": "Район",
        "cards": "Карти", "share": "Дял",
        "no_district": "не е посочен",
        "none_yet": "Все още няма карти.",
        "answers": "Отговорите на града",
        "answers_intro": "Градът обединява сходните карти в групи и им отговаря заедно.",
        "answers_none": "Градът все още не е отговорил на нито една група карти от това "
                        "събитие.",
        "group_meta": "{cards} карта от това събитие · отговор от {date}|{cards} карти от това "
                      "събитие · отговор от {date}",
        "group_meta_one": "1 карта от това събитие · отговор от {date}",
        "the_cards": "Картите",
        "the_cards_intro": "Какво пише на картите, всяка в най-новата си версия.",
        "status": "Статус", "corrected": "коригирана",
        "page_of": "Страница {page} от {pages}",
        "pages": "Страници",
        "previous": "Предишна страница", "next": "Следваща страница",
        "all_events": "Всички публикувани резултати",
        "missing_title": "Тези резултати все още не са публикувани",
        "missing_text": "На този адрес (все още) няма публикувани резултати. Градът публикува "
                        "резултатите от дадено събитие веднага щом бъдат оценени.",
    },
    "uk": {
        "list_title": "Опубліковані результати",
        "list_intro": "Тут місто публікує, що було написано на картках участі під час заходів "
                      "Stadtgespräch.",
        "list_empty": "Результатів ще не опубліковано.",
        "title": "Результати: {event}",
        "when_where": "{date} · {venue}",
        "stand": "Станом на {time}.",
        "received": "Отримано карток: {received}. З них у цифрах нижче: {counted} – без "
                    "відкликаних карток і карток, прихованих модераторами.",
        "by_prompt": "Картки за питаннями",
        "by_topic": "Картки за темами",
        "by_district": "Картки за районами",
        "prompt": "Питання", "topic": "Тема", "district": "Район",
        "cards": "Картки", "share": "Частка",
        "no_district": "не вказано",
        "none_yet": "Карток ще немає.",
        "answers": "Відповіді міста",
        "answers_intro": "Місто об’єднує схожі картки в групи й відповідає на них разом.",
        "answers_none": "Місто ще не відповіло на жодну групу карток цього заходу.",
        "group_meta": "{cards} картка цього заходу · відповідь від {date}|{cards} картки цього "
                      "заходу · відповідь від {date}|{cards} карток цього заходу · відповідь "
                      "від {date}",
        "group_meta_one": "1 картка цього заходу · відповідь від {date}",
        "the_cards": "Картки",
        "the_cards_intro": "Що написано на картках, кожна в найновішій версії.",
        "status": "Статус", "corrected": "виправлено",
        "page_of": "Сторінка {page} з {pages}",
        "pages": "Сторінки",
        "previous": "Попередня сторінка", "next": "Наступна сторінка",
        "all_events": "Усі опубліковані результати",
        "missing_title": "Ці результати ще не опубліковано",
        "missing_text": "За цією адресою (ще) немає опублікованих результатів. Місто публікує "
                        "результати заходу, щойно їх буде оцінено.",
    },
    "ru": {
        "list_title": "Опубликованные результаты",
        "list_intro": "Здесь город публикует, что было написано на карточках участия на "
                      "мероприятиях Stadtgespräch.",
        "list_empty": "Результаты ещё не опубликованы.",
        "title": "Результаты: {event}",
        "when_where": "{date} · {venue}",
        "stand": "По состоянию на {time}.",
        "received": "Поступило карточек: {received}. Из них в цифрах ниже: {counted} – без "
                    "отозванных карточек и карточек, скрытых модераторами.",
        "by_prompt": "Карточки по вопросам",
        "by_topic": "Карточки по темам",
        "by_district": "Карточки по районам",
        "prompt": "Вопрос", "topic": "Тема", "district": "Район",
        "cards": "Карточки", "share": "Доля",
        "no_district": "не указан",
        "none_yet": "Карточек пока нет.",
        "answers": "Ответы города",
        "answers_intro": "Город объединяет похожие карточки в группы и отвечает на них вместе.",
        "answers_none": "Город ещё не ответил ни на одну группу карточек этого мероприятия.",
        "group_meta": "{cards} карточка этого мероприятия · ответ от {date}|{cards} карточки "
                      "этого мероприятия · ответ от {date}|{cards} карточек этого мероприятия "
                      "· ответ от {date}",
        "group_meta_one": "1 карточка этого мероприятия · ответ от {date}",
        "the_cards": "Карточки",
        "the_cards_intro": "Что написано на карточках, каждая в последней версии.",
        "status": "Статус", "corrected": "исправлена",
        "page_of": "Страница {page} из {pages}",
        "pages": "Страницы",
        "previous": "Предыдущая страница", "next": "Следующая страница",
        "all_events": "Все опубликованные результаты",
        "missing_title": "Эти результаты ещё не опубликованы",
        "missing_text": "По этому адресу (пока) нет опубликованных результатов. Город "
                        "публикует результаты мероприятия, как только они будут оценены.",
    },
}
"""Texts with ``|`` are counted (``pages.counted``)."""
NUMBERS = {"de": (".", 1, "{} %"), "en": (",", 1, "{}%"), "tr": (".", 1, "%{}"),
           "ar": (",", 1, "{}%"), "pl": ("\u00a0", 2, "{}%"), "ro": (".", 1, "{}\u00a0%"),
           "bg": ("\u00a0", 2, "{}%"), "uk": ("\u00a0", 1, "{}%"), "ru": ("\u00a0", 1, "{}\u00a0%")}
"""Per language: the thousands separator, from how many digits above three it is used
(Polish and Bulgarian write 1234 but 12 345), and the percentage (CLDR)."""


def results_href(key: str | None, lang: str, page: int = 1) -> str:
    """The list of published events (``key`` None), or one event's results page."""
    path = "/results" if key is None else f"/results/{quote(key, safe='-')}"
    query = {"lang": lang, **({"page": str(page)} if page > 1 else {})}
    return f"{path}?{urlencode(query)}"


def results_switch(key: str | None, page: int = 1) -> Switch:
    """The language switch's addresses of a results page (``results_href`` in each)."""
    path = "/results" if key is None else f"/results/{quote(key, safe='-')}"
    return f"{path}?lang=", f"&page={page}" if page > 1 else ""


def _page(lang: str, site: PageSettings, title: str, body: str, switch: Switch,
          style: str = "") -> str:
    return document(lang, title, body, site_name=site.site_name, switch=switch,
                    style=PUBLIC_STYLE + style)


def _stand(lang: str, now_iso: str) -> str:
    machine, human = format_time(now_iso, lang)
    text = TEXT[lang]["stand"].format(time=f'<time datetime="{escape(machine)}">'
                                           f"{escape(human)}</time>")
    return f'<p class="muted">{text}</p>\n'


def _when_where(event: Event, lang: str) -> str:
    parts = [escape(format_date(event.date, lang)) if event.date else "",
             isolate(escape(event.venue), lang) if event.venue else ""]
    return " · ".join(part for part in parts if part)


def _number(value: int, lang: str) -> str:
    separator, minimum, _share_pattern = NUMBERS[lang]
    if len(str(abs(value))) < 3 + minimum:
        return str(value)
    return f"{value:,}".replace(",", separator)


def _share(value: int, total: int, lang: str) -> str:
    return NUMBERS[lang][2].format(f"{100 * value / total:.0f}") if total else "–"


def _table(anchor: str, caption: str, head: str, counts: list[Count], total: int,
           lang: str) -> str:
    t = TEXT[lang]
    heading = f'<h2 id="{anchor}">{caption}</h2>\n'
    if not counts:
        return f"{heading}<p>{t['none_yet']}</p>\n"
    rows = "\n".join(
        f'<tr><th scope="row">{isolate(escape(count.label), lang)}</th>'
        f'<td class="number">{_number(count.cards, lang)}</td>'
        f'<td class="number">{_share(count.cards, total, lang)}</td></tr>'
        for count in counts)
    return (f'{heading}<div class="table">\n<table aria-labelledby="{anchor}">\n'
            f'<thead><tr><th scope="col">{head}</th><th scope="col" class="number">'
            f'{t["cards"]}</th><th scope="col" class="number">{t["share"]}</th></tr></thead>'
            f"\n<tbody>\n{rows}\n</tbody>\n</table>\n</div>\n")


def _groups(results: EventResults, lang: str) -> str:
    t = TEXT[lang]
    if not results.groups:
        return f"<h2>{t['answers']}</h2>\n<p>{t['answers_none']}</p>\n"
    items = []
    for group in results.groups:
        date = escape(format_time(group.at, lang)[1])
        meta = (t["group_meta_one"].format(date=date) if group.cards == 1
                else counted(t["group_meta"], lang, group.cards).format(
                    cards=_number(group.cards, lang), date=date))
        items.append(f"<h3>{isolate(escape(group.name), lang)}</h3>\n"
                     f'<p class="muted">{meta}</p>\n'
                     f'<div class="text">{escape(group.answer)}</div>')
    return (f"<h2>{t['answers']}</h2>\n<p>{t['answers_intro']}</p>\n"
            + "\n".join(items) + "\n")


def _cards(results: EventResults, lang: str) -> str:
    t = TEXT[lang]
    if results.cards is None:
        return ""
    if not results.cards:
        return f"<h2>{t['the_cards']}</h2>\n<p>{t['none_yet']}</p>\n"
    items = "\n".join(
        f'<li><div class="text">{escape(card.text)}</div>'
        f'<p class="muted">{isolate(escape(card.topic), lang)} · '
        f'{isolate(escape(card.prompt), lang)} · '
        f'{t["status"]}: {escape(card.status)}'
        f'{" · " + t["corrected"] if card.corrected else ""}</p></li>'
        for card in results.cards)
    nav = ""
    if results.pages > 1:
        key, links = results.event.key, []
        if results.page > 1:
            links.append(f'<a href="{escape(results_href(key, lang, results.page - 1))}" '
                         f'rel="prev" class="tap">{t["previous"]}</a>')
        links.append(t["page_of"].format(page=results.page, pages=results.pages))
        if results.page < results.pages:
            links.append(f'<a href="{escape(results_href(key, lang, results.page + 1))}" '
                         f'rel="next" class="tap">{t["next"]}</a>')
        nav = f'<nav aria-label="{t["pages"]}"><p>{" · ".join(links)}</p></nav>\n'
    return (f"<h2 id=\"cards\">{t['the_cards']}</h2>\n<p>{t['the_cards_intro']}</p>\n{nav}"
            f'<ul class="cards">\n{items}\n</ul>\n{nav}')


CARDS_STYLE = "ul.cards{list-style:none;padding:0}ul.cards li{margin:0 0 1rem}" \
              "ul.cards .muted{margin:.25rem 0 0;font-size:1rem}"


def event_page(results: EventResults, lang: str, site: PageSettings, now_iso: str) -> str:
    """One published event: who, when, where; the figures; the answers; the cards."""
    t = TEXT[lang]
    event = results.event
    name = event.name or event.key
    received = t["received"].format(received=_number(results.received, lang),
                                    counted=_number(results.counted, lang))
    body = (
        f"<h1>{t['title'].format(event=isolate(escape(name), lang))}</h1>\n"
        f"<p>{_when_where(event, lang)}</p>\n{_stand(lang, now_iso)}"
        f"<p>{received}</p>\n"
        + _table("by-prompt", t["by_prompt"], t["prompt"], results.prompts, results.counted,
                 lang)
        + _table("by-topic", t["by_topic"], t["topic"], results.topics, results.counted, lang)
        + _table("by-district", t["by_district"], t["district"], results.districts,
                 results.counted, lang)
        + _groups(results, lang) + _cards(results, lang)
        + f'<p><a href="{escape(results_href(None, lang))}">{t["all_events"]}</a></p>'
    )
    return _page(lang, site, t["title"].format(event=name), body,
                 results_switch(event.key, results.page), CARDS_STYLE)


def list_page(events: list[Event], lang: str, site: PageSettings, now_iso: str) -> str:
    """Every event with published results, the latest first."""
    t = TEXT[lang]
    if events:
        items = "\n".join(
            f'<li><a href="{escape(results_href(event.key, lang))}">'
            f"{isolate(escape(event.name or event.key), lang)}</a>"
            f"{'<br>' + _when_where(event, lang) if event.date or event.venue else ''}</li>"
            for event in events)
        listing = f"<ul>\n{items}\n</ul>\n"
    else:
        listing = f"<p>{t['list_empty']}</p>\n"
    body = (f"<h1>{t['list_title']}</h1>\n<p>{t['list_intro']}</p>\n{_stand(lang, now_iso)}"
            f"{listing}"
            f'<p><a href="{escape(site.participation_url)}">'
            f'{FRAME_TEXT[lang]["participate"]}</a></p>')
    return _page(lang, site, t["list_title"], body, results_switch(None))


def missing_page(key: str, lang: str, site: PageSettings) -> str:
    """The friendly 404: not (yet) published, or no such event."""
    t = TEXT[lang]
    body = (f"<h1>{t['missing_title']}</h1>\n<p>{t['missing_text']}</p>\n"
            f'<p><a href="{escape(results_href(None, lang))}">{t["all_events"]}</a></p>')
    path = f"/results/{quote(key[:100], safe='')}"
    return _page(lang, site, t["missing_title"], body, (f"{path}?lang=", ""))
