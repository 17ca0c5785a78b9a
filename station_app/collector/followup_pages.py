"""The follow-up page behind the receipt's QR code: one card as its holder sees it.

What the card says now (its latest correction, marked as such), where it stands (the
public status timeline, without who set a status), the city's official answer (the card's
own, or the one for its group of similar cards, named), and a link to the event's
published results. Below, the two things the code allows: withdraw the card, or correct
its text (``holder_pages.py``). A hidden card keeps its text to itself; a withdrawn card
shows no text and no forms.

In the nine languages of ``pages.LANGUAGES``; the card's code, its text and the station's
labels keep their own direction on an Arabic page (``dir="ltr"``, each line of a text by
its own letters, ``<bdi>``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from station_app.collector.office.cases import Case, TimelineEntry
from station_app.collector.office.holder import MAX_CORRECTIONS
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.pages import (
    LANGUAGES,
    PUBLIC_STYLE,
    PageSettings,
    Switch,
    counted,
    document,
    escape,
    format_time,
    isolate,
    safe_url,
)
from station_app.collector.pages import TEXT as FRAME_TEXT

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "prompt": "Frage", "topic": "Themenfeld", "text": "Ihr Text",
        "received": "Eingegangen", "status": "Status", "event": "Veranstaltung",
        "group": "Gruppe ähnlicher Karten", "group_name": "„{group}“",
        "corrected": "korrigiert am {date}",
        "status_received": "Eingegangen bei der Sammelstelle. Ihre Karte fließt in die "
                           "Auswertung des Stadtgesprächs ein.",
        "status_hidden": "Diese Karte wurde von der Moderation ausgeblendet und wird nicht "
                         "veröffentlicht.",
        "status_withdrawn": "Sie haben diese Karte am {date} zurückgezogen. Ihr Text ist "
                            "gelöscht und wird nirgends mehr gezeigt.",
        "timeline": "Verlauf",
        "answered": "Antwort veröffentlicht",
        "answer_removed": "Antwort zurückgenommen",
        "answer": "Antwort der Stadt",
        "answer_own": "Die Stadt hat Ihre Karte am {date} beantwortet.",
        "answer_group": "Diese Antwort vom {date} gilt für die ganze Gruppe ähnlicher Karten "
                        "„{group}“, zu der Ihre Karte gehört.",
        "results": "Ergebnisse der Veranstaltung",
        "results_text": "Die Stadt hat die Ergebnisse dieser Veranstaltung veröffentlicht: "
                        "wie viele Karten zu welcher Frage, zu welchem Themenfeld und aus "
                        "welchem Stadtbezirk kamen, und die Antworten der Stadt.",
        "results_link": "Ergebnisse von „{event}“ ansehen",
        "next": "So geht es weiter",
        "next_text": "Alle Karten werden gesammelt, ausgewertet und in die Stadtstrategie "
                     "eingebracht. Über die Online-Beteiligung erfahren Sie, was aus den "
                     "Ergebnissen wird, und können sich weiter beteiligen.",
        "yours": "Ihre Karte zurückziehen oder ändern",
        "yours_text": "Mit dem Kartencode von Ihrem Beleg können Sie Ihre Karte zurückziehen "
                      "oder ihren Text korrigieren. Der Code ist persönlich: Wer ihn kennt, "
                      "kann das auch.",
        "withdraw": "Karte zurückziehen",
        "correct": "Text korrigieren",
        "no_more": "Sie haben den Text schon {count}-mal korrigiert; weitere Korrekturen "
                   "sind nicht möglich.",
        "done_withdrawn": "Ihre Karte ist zurückgezogen. Ihr Text wurde gelöscht.",
        "done_corrected": "Ihre Korrektur ist gespeichert. Sie sehen unten die neue Fassung.",
    },
    "en": {
        "prompt": "Question", "topic": "Topic", "text": "Your text",
        "received": "Received", "status": "Status", "event": "Event",
        "group": "Group of similar cards", "group_name": "“{group}”",
        "corrected": "corrected on {date}",
        "status_received": "Received by the central office. Your card is part of the "
                           "evaluation of the Stadtgespräch.",
        "status_hidden": "This card was hidden by the moderators and will not be published.",
        "status_withdrawn": "You withdrew this card on {date}. Its text has been deleted and "
                            "is not shown anywhere any more.",
        "timeline": "History",
        "answered": "Answer published",
        "answer_removed": "Answer withdrawn by the city",
        "answer": "The city's answer",
        "answer_own": "The city answered your card on {date}.",
        "answer_group": "This answer of {date} is for the whole group of similar cards "
                        "“{group}” that your card belongs to.",
        "results": "Results of the event",
        "results_text": "The city has published the results of this event: how many cards "
                        "came in for each question, topic and district, and the city's "
                        "answers.",
        "results_link": "See the results of “{event}”",
        "next": "What happens next",
        "next_text": "All cards are collected, evaluated and fed into the city strategy. The "
                     "online participation portal tells you what becomes of the results and "
                     "how to take part further.",
        "yours": "Withdraw or change your card",
        "yours_text": "With the card code on your receipt you can withdraw your card or "
                      "correct its text. The code is personal: anyone who knows it can do "
                      "the same.",
        "withdraw": "Withdraw card",
        "correct": "Correct the text",
        "no_more": "You have corrected the text {count} times already; no more corrections "
                   "are possible.",
        "done_withdrawn": "Your card has been withdrawn. Its text has been deleted.",
        "done_corrected": "Your correction has been saved. The new version is shown below.",
    },
    "tr": {
        "prompt": "Soru", "topic": "Konu", "text": "Metniniz",
        "received": "Alındı", "status": "Durum", "event": "Etkinlik",
        "group": "Benzer kartlar grubu", "group_name": "“{group}”",
        "corrected": "{date} tarihinde düzeltildi",
        "status_received": "Toplama noktasına ulaştı. Kartınız Stadtgespräch'in "
                           "değerlendirmesine dahil edilir.",
        "status_hidden": "Bu kart moderasyon tarafından gizlendi ve yayımlanmayacak.",
        "status_withdrawn": "Bu kartı {date} tarihinde geri çektiniz. Metni silindi ve artık "
                            "hiçbir yerde gösterilmiyor.",
        "timeline": "Geçmiş",
        "answered": "Yanıt yayımlandı",
        "answer_removed": "Yanıt geri alındı",
        "answer": "Belediyenin yanıtı",
        "answer_own": "Belediye kartınızı {date} tarihinde yanıtladı.",
        "answer_group": "{date} tarihli bu yanıt, kartınızın da içinde olduğu “{group}” "
                        "benzer kartlar grubunun tamamı için geçerlidir.",
        "results": "Etkinliğin sonuçları",
        "results_text": "Belediye bu etkinliğin sonuçlarını yayımladı: hangi soruya, hangi "
                        "konuya ve hangi ilçeden kaç kart geldiği ve belediyenin yanıtları.",
        "results_link": "“{event}” sonuçlarını görün",
        "next": "Bundan sonra ne olacak",
        "next_text": "Tüm kartlar toplanır, değerlendirilir ve kent stratejisine aktarılır. "
                     "Sonuçlara ne olduğunu çevrimiçi katılım platformundan öğrenebilir ve "
                     "katılmaya devam edebilirsiniz.",
        "yours": "Kartınızı geri çekin veya değiştirin",
        "yours_text": "Fişinizdeki kart koduyla kartınızı geri çekebilir veya metnini "
                      "düzeltebilirsiniz. Kod kişiseldir: Onu bilen herkes bunu yapabilir.",
        "withdraw": "Kartı geri çek",
        "correct": "Metni düzelt",
        "no_more": "Metni şimdiden {count} kez düzelttiniz; başka düzeltme yapılamaz.",
        "done_withdrawn": "Kartınız geri çekildi. Metni silindi.",
        "done_corrected": "Düzeltmeniz kaydedildi. Yeni hâlini aşağıda görebilirsiniz.",
    },
    "ar": {
        "prompt": "السؤال", "topic": "المجال", "text": "نصكم",
        "received": "تاريخ الاستلام", "status": "الحالة", "event": "الفعالية",
        "group": "مجموعة بطاقات متشابهة", "group_name": "«{group}»",
        "corrected": "عُدِّل في {date}",
        "status_received": "وصلت إلى مركز التجميع. تدخل بطاقتكم في تقييم Stadtgespräch.",
        "status_hidden": "أخفى فريق الإشراف هذه البطاقة، ولن تُنشر.",
        "status_withdrawn": "سحبتم هذه البطاقة في {date}. حُذف نصها ولن يُعرض في أي مكان بعد "
                            "الآن.",
        "timeline": "السجل",
        "answered": "نُشر الرد",
        "answer_removed": "سُحب الرد",
        "answer": "رد المدينة",
        "answer_own": "ردّت المدينة على بطاقتكم في {date}.",
        "answer_group": "هذا الرد الصادر في {date} يخص مجموعة البطاقات المتشابهة «{group}» "
                        "كلها، وبطاقتكم من بينها.",
        "results": "نتائج الفعالية",
        "results_text": "نشرت المدينة نتائج هذه الفعالية: عدد البطاقات التي وردت لكل سؤال "
                        "ولكل مجال ومن كل حي، وردود المدينة.",
        "results_link": "عرض نتائج «{event}»",
        "next": "الخطوات التالية",
        "next_text": "تُجمع كل البطاقات وتُقيَّم وتُدرج في استراتيجية المدينة. ومن خلال منصة "
                     "المشاركة الإلكترونية تعرفون ما يحدث بالنتائج، ويمكنكم مواصلة المشاركة.",
        "yours": "سحب بطاقتكم أو تعديلها",
        "yours_text": "برمز البطاقة الموجود على إيصالكم يمكنكم سحب بطاقتكم أو تصحيح نصها. "
                      "الرمز شخصي: من يعرفه يستطيع فعل ذلك أيضًا.",
        "withdraw": "سحب البطاقة",
        "correct": "تصحيح النص",
        "no_more": "لقد صححتم النص {count} مرة؛ لم يعد تصحيحه ممكنًا.|لقد صححتم النص مرة "
                   "واحدة؛ لم يعد تصحيحه ممكنًا.|لقد صححتم النص مرتين؛ لم يعد تصحيحه ممكنًا.|"
                   "لقد صححتم النص {count} مرات؛ لم يعد تصحيحه ممكنًا.|لقد صححتم النص "
                   "{count} مرة؛ لم يعد تصحيحه ممكنًا.",
        "done_withdrawn": "تم سحب بطاقتكم وحُذف نصها.",
        "done_corrected": "تم حفظ تصحيحكم. ترون النسخة الجديدة أدناه.",
    },
    "pl": {
        "prompt": "Pytanie", "topic": "Temat", "text": "Państwa tekst",
        "received": "Data wpływu", "status": "Status", "event": "Wydarzenie",
        "group": "Grupa podobnych kart", "group_name": "„{group}”",
        "corrected": "poprawiono {date}",
        "status_received": "Wpłynęła do punktu zbiorczego. Państwa karta zostanie "
                           "uwzględniona w ocenie Stadtgespräch.",
        "status_hidden": "Ta karta została ukryta przez moderację i nie zostanie "
                         "opublikowana.",
        "status_withdrawn": "Wycofali Państwo tę kartę {date}. Jej tekst został usunięty i "
                            "nie jest już nigdzie pokazywany.",
        "timeline": "Przebieg",
        "answered": "Opublikowano odpowiedź",
        "answer_removed": "Odpowiedź wycofana",
        "answer": "Odpowiedź miasta",
        "answer_own": "Miasto odpowiedziało na Państwa kartę {date}.",
        "answer_group": "Ta odpowiedź z dnia {date} dotyczy całej grupy podobnych kart "
                        "„{group}”, do której należy Państwa karta.",
        "results": "Wyniki wydarzenia",
        "results_text": "Miasto opublikowało wyniki tego wydarzenia: ile kart wpłynęło do "
                        "każdego pytania i tematu oraz z każdej dzielnicy, a także odpowiedzi "
                        "miasta.",
        "results_link": "Zobacz wyniki „{event}”",
        "next": "Co dalej",
        "next_text": "Wszystkie karty są zbierane, oceniane i uwzględniane w strategii "
                     "miasta. Na platformie partycypacji online dowiedzą się Państwo, co "
                     "dzieje się z wynikami, i mogą Państwo dalej brać udział.",
        "yours": "Wycofanie lub zmiana karty",
        "yours_text": "Kodem karty z potwierdzenia mogą Państwo wycofać kartę lub poprawić "
                      "jej tekst. Kod jest osobisty: każdy, kto go zna, może zrobić to samo.",
        "withdraw": "Wycofaj kartę",
        "correct": "Popraw tekst",
        "no_more": "Tekst został już poprawiony {count} raz; kolejne poprawki nie są "
                   "możliwe.|Tekst został już poprawiony {count} razy; kolejne poprawki nie "
                   "są możliwe.",
        "done_withdrawn": "Państwa karta została wycofana. Jej tekst został usunięty.",
        "done_corrected": "Państwa poprawka została zapisana. Nową wersję widać poniżej.",
    },
    "ro": {
        "prompt": "Întrebare", "topic": "Temă", "text": "Textul dumneavoastră",
        "received": "Primită", "status": "Stare", "event": "Eveniment",
        "group": "Grup de fișe asemănătoare", "group_name": "„{group}”",
        "corrected": "corectată pe {date}",
        "status_received": "Primită la centrul de colectare. Fișa dumneavoastră intră în "
                           "evaluarea Stadtgespräch.",
        "status_hidden": "Această fișă a fost ascunsă de moderatori și nu va fi publicată.",
        "status_withdrawn": "Ați retras această fișă pe {date}. Textul ei a fost șters și nu "
                            "mai este afișat nicăieri.",
        "timeline": "Istoric",
        "answered": "Răspuns publicat",
        "answer_removed": "Răspuns retras",
        "answer": "Răspunsul orașului",
        "answer_own": "Orașul a răspuns la fișa dumneavoastră pe {date}.",
        "answer_group": "Acest răspuns din {date} este valabil pentru întregul grup de fișe "
                        "asemănătoare „{group}”, din care face parte și fișa dumneavoastră.",
        "results": "Rezultatele evenimentului",
        "results_text": "Orașul a publicat rezultatele acestui eveniment: câte fișe au venit "
                        "la fiecare întrebare, la fiecare temă și din fiecare cartier, precum "
                        "și răspunsurile orașului.",
        "results_link": "Vedeți rezultatele „{event}”",
        "next": "Ce urmează",
        "next_text": "Toate fișele sunt strânse, evaluate și incluse în strategia orașului. "
                     "Pe platforma de participare online aflați ce se întâmplă cu rezultatele "
                     "și puteți participa în continuare.",
        "yours": "Retrageți sau modificați fișa",
        "yours_text": "Cu codul fișei de pe bon puteți retrage fișa sau îi puteți corecta "
                      "textul. Codul este personal: oricine îl cunoaște poate face același "
                      "lucru.",
        "withdraw": "Retrage fișa",
        "correct": "Corectează textul",
        "no_more": "Ați corectat deja textul o dată; alte corecturi nu mai sunt posibile.|"
                   "Ați corectat deja textul de {count} ori; alte corecturi nu mai sunt "
                   "posibile.|Ați corectat deja textul de {count} de ori; alte corecturi nu "
                   "mai sunt posibile.",
        "done_withdrawn": "Fișa dumneavoastră a fost retrasă. Textul ei a fost șters.",
        "done_corrected": "Corectura dumneavoastră a fost salvată. Noua versiune apare mai "
                          "jos.",
    },
    "bg": {
        "prompt": "Въпрос", "topic": "Тема", "text": "Вашият текст",
        "received": "Получена", "status": "Статус", "event": "Събитие",
        "group": "Група от сходни карти", "group_name": "„{group}“",
        "corrected": "коригирана на {date}",
        "status_received": "Получена в събирателния център. Вашата карта влиза в оценката на "
                           "Stadtgespräch.",
        "status_hidden": "Тази карта е скрита от модераторите и няма да бъде публикувана.",
        "status_withdrawn": "Оттеглихте тази карта на {date}. Текстът ѝ е изтрит и вече не се "
                            "показва никъде.",
        "timeline": "История",
        "answered": "Публикуван отговор",
        "answer_removed": "Оттеглен отговор",
        "answer": "Отговорът на града",
        "answer_own": "Градът отговори на Вашата карта на {date}.",
        "answer_group": "Този отговор от {date} се отнася за цялата група от сходни карти "
                        "„{group}“, към която принадлежи и Вашата карта.",
        "results": "Резултати от събитието",
        "results_text": "Градът публикува резултатите от това събитие: колко карти са "
                        "постъпили по всеки въпрос, по всяка тема и от всеки район, както и "
                        "отговорите на града.",
        "results_link": "Вижте резултатите от „{event}“",
        "next": "Какво следва",
        "next_text": "Всички карти се събират, оценяват и включват в стратегията на града. "
                     "Чрез платформата за онлайн участие ще научите какво става с "
                     "резултатите и ще можете да продължите да участвате.",
        "yours": "Оттеглете или променете картата си",
        "yours_text": "С кода на картата от бележката можете да оттеглите картата си или да "
                      "коригирате текста ѝ. Кодът е личен: всеки, който го знае, може да "
                      "направи същото.",
        "withdraw": "Оттегли картата",
        "correct": "Коригирай текста",
        "no_more": "Вече сте коригирали текста {count} път; още корекции не са възможни.|"
                   "Вече сте коригирали текста {count} пъти; още корекции не са възможни.",
        "done_withdrawn": "Вашата карта е оттеглена. Текстът ѝ е изтрит.",
        "done_corrected": "Корекцията Ви е запазена. Новата версия е показана по-долу.",
    },
    "uk": {
        "prompt": "Питання", "topic": "Тема", "text": "Ваш текст",
        "received": "Надійшла", "status": "Статус", "event": "Захід",
        "group": "Група схожих карток", "group_name": "«{group}»",
        "corrected": "виправлено {date}",
        "status_received": "Надійшла до центру збору. Ваша картка увійде до оцінювання "
                           "Stadtgespräch.",
        "status_hidden": "Цю картку приховали модератори, її не буде опубліковано.",
        "status_withdrawn": "Ви відкликали цю картку {date}. Її текст видалено, і він більше "
                            "ніде не показується.",
        "timeline": "Історія",
        "answered": "Відповідь опубліковано",
        "answer_removed": "Відповідь відкликано",
        "answer": "Відповідь міста",
        "answer_own": "Місто відповіло на Вашу картку {date}.",
        "answer_group": "Ця відповідь від {date} стосується всієї групи схожих карток "
                        "«{group}», до якої належить Ваша картка.",
        "results": "Результати заходу",
        "results_text": "Місто опублікувало результати цього заходу: скільки карток надійшло "
                        "до кожного питання, кожної теми та з кожного району, а також "
                        "відповіді міста.",
        "results_link": "Переглянути результати «{event}»",
        "next": "Що далі",
        "next_text": "Усі картки збирають, оцінюють і враховують у стратегії міста. На "
                     "платформі онлайн-участі Ви дізнаєтеся, що буде з результатами, і "
                     "зможете й надалі брати участь.",
        "yours": "Відкликати або змінити картку",
        "yours_text": "За допомогою коду картки з квитанції Ви можете відкликати картку або "
                      "виправити її текст. Код особистий: кожен, хто його знає, може зробити "
                      "те саме.",
        "withdraw": "Відкликати картку",
        "correct": "Виправити текст",
        "no_more": "Ви вже виправили текст {count} раз; більше виправлень зробити не можна.|"
                   "Ви вже виправили текст {count} рази; більше виправлень зробити не можна.|"
                   "Ви вже виправили текст {count} разів; більше виправлень зробити не можна.",
        "done_withdrawn": "Вашу картку відкликано. Її текст видалено.",
        "done_corrected": "Ваше виправлення збережено. Нову версію показано нижче.",
    },
    "ru": {
        "prompt": "Вопрос", "topic": "Тема", "text": "Ваш текст",
        "received": "Поступила", "status": "Статус", "event": "Мероприятие",
        "group": "Группа похожих карточек", "group_name": "«{group}»",
        "corrected": "исправлено {date}",
        "status_received": "Поступила в центр сбора. Ваша карточка войдёт в оценку "
                           "Stadtgespräch.",
        "status_hidden": "Эта карточка скрыта модераторами и не будет опубликована.",
        "status_withdrawn": "Вы отозвали эту карточку {date}. Её текст удалён и больше нигде "
                            "не показывается.",
        "timeline": "История",
        "answered": "Ответ опубликован",
        "answer_removed": "Ответ отозван",
        "answer": "Ответ города",
        "answer_own": "Город ответил на Вашу карточку {date}.",
        "answer_group": "Этот ответ от {date} относится ко всей группе похожих карточек "
                        "«{group}», в которую входит Ваша карточка.",
        "results": "Результаты мероприятия",
        "results_text": "Город опубликовал результаты этого мероприятия: сколько карточек "
                        "поступило по каждому вопросу, каждой теме и из каждого района, а "
                        "также ответы города.",
        "results_link": "Посмотреть результаты «{event}»",
        "next": "Что дальше",
        "next_text": "Все карточки собираются, оцениваются и учитываются в стратегии города. "
                     "На платформе онлайн-участия Вы узнаете, что будет с результатами, и "
                     "сможете и дальше участвовать.",
        "yours": "Отозвать или изменить карточку",
        "yours_text": "С помощью кода карточки с квитанции Вы можете отозвать карточку или "
                      "исправить её текст. Код личный: любой, кто его знает, может сделать то "
                      "же самое.",
        "withdraw": "Отозвать карточку",
        "correct": "Исправить текст",
        "no_more": "Вы уже исправили текст {count} раз; больше исправлений внести нельзя.|"
                   "Вы уже исправили текст {count} раза; больше исправлений внести нельзя.|"
                   "Вы уже исправили текст {count} раз; больше исправлений внести нельзя.",
        "done_withdrawn": "Ваша карточка отозвана. Её текст удалён.",
        "done_corrected": "Ваше исправление сохранено. Новая версия показана ниже.",
    },
}
"""Texts with ``|`` are counted (``pages.counted``)."""

DONE = ("withdrawn", "corrected")
"""The confirmations ``?done=`` may ask the page to show after a form was sent."""
_CODE = re.compile(r"[A-Z0-9-]{1,40}")
"""A code as stored, which needs no quoting in a path."""


@dataclass(frozen=True)
class CardView:
    """What the follow-up page needs besides the card: the site, the status names, and a
    confirmation to show (``done``: one of ``DONE``, or empty)."""

    site: PageSettings
    statuses: StatusCatalogue
    done: str = ""


def card_href(code: str, lang: str, suffix: str = "", done: str = "") -> str:
    """The follow-up page of ``code`` (or one of its forms: ``suffix`` "/withdraw"), in
    ``lang`` (one of ``pages.LANGUAGES``), with a confirmation (one of ``DONE``) to show."""
    path = code if _CODE.fullmatch(code) else quote(code, safe="")
    return f"/k/{path}{suffix}?lang={lang}" + (f"&done={done}" if done in DONE else "")


def card_switch(code: str, suffix: str = "", done: str = "") -> Switch:
    """The language switch's addresses of a card's page (``card_href`` in each language)."""
    return card_href(code, "", suffix), f"&done={done}" if done in DONE else ""


def code_html(code: str) -> str:
    """A card code, left to right also on an Arabic page."""
    return f'<span class="code" dir="ltr">{escape(code)}</span>'


def card_text_html(text: str, language: str) -> str:
    """What a person wrote, in the language it was written in; each of its lines runs in
    its own letters' direction (``.text``: ``unicode-bidi:plaintext``), so a German card on
    an Arabic page reads left to right while its box mirrors with the page."""
    lang = f' lang="{language}"' if language in LANGUAGES else ""
    return f'<div class="text"{lang}>{escape(text)}</div>'


def _time(iso: str, lang: str) -> str:
    # Both texts are made here from a parsed time (digits, month names): nothing to escape.
    machine, human = format_time(iso, lang)
    return f'<time datetime="{machine}">{human}</time>'


def _step(entry: TimelineEntry, lang: str, statuses: StatusCatalogue) -> str:
    t = TEXT[lang]
    name = statuses.label(entry.status, lang) if entry.kind == "status" else \
        t.get(entry.kind, entry.kind)
    return f"<li>{escape(name)}{_time(entry.at, lang)}</li>"


def timeline_html(case: Case, lang: str, statuses: StatusCatalogue) -> str:
    steps = "\n".join(_step(entry, lang, statuses) for entry in case.public_timeline)
    return f'<h2>{TEXT[lang]["timeline"]}</h2>\n<ol class="timeline">\n{steps}\n</ol>'


def _answer_html(case: Case, lang: str) -> str:
    if case.answer is None:
        return ""
    t = TEXT[lang]
    date = format_time(case.answer.at, lang)[1]
    if case.answer.from_group:
        about = t["answer_group"].format(date=escape(date),
                                         group=isolate(escape(case.group_name or ""), lang))
    else:
        about = t["answer_own"].format(date=escape(date))
    return (f"<h2>{t['answer']}</h2>\n<p>{about}</p>\n"
            f'<div class="text">{escape(case.answer.text)}</div>')


def _text_row(case: Case, lang: str) -> str:
    t = TEXT[lang]
    note = ""
    if case.corrections:
        date = format_time(case.corrections[-1].at, lang)[1]
        note = f'<p class="muted">({t["corrected"].format(date=escape(date))})</p>'
    return card_text_html(case.current_text, case.language) + note


def _status_row(case: Case, lang: str, statuses: StatusCatalogue) -> str:
    t = TEXT[lang]
    name = f"<strong>{escape(statuses.label(case.status, lang))}</strong>"
    if case.withdrawn and case.withdrawn_at:
        date = format_time(case.withdrawn_at, lang)[1]
        return f"{name}<br>{t['status_withdrawn'].format(date=escape(date))}"
    if case.hidden:
        return f"{name}<br>{t['status_hidden']}"
    if case.status == "received":
        return f"{name}<br>{t['status_received']}"
    return name


def _holder_html(case: Case, lang: str) -> str:
    t = TEXT[lang]
    correct = (f'<a class="button" href="{card_href(case.code, lang, "/correct")}">'
               f'{t["correct"]}</a>')
    more = ""
    if len(case.corrections) >= MAX_CORRECTIONS:
        count = len(case.corrections)
        correct = ""
        more = f"<p>{counted(t['no_more'], lang, count).format(count=count)}</p>\n"
    return (f"<h2>{t['yours']}</h2>\n<p>{t['yours_text']}</p>\n{more}"
            f'<div class="actions">'
            f'<a class="button" href="{card_href(case.code, lang, "/withdraw")}">'
            f'{t["withdraw"]}</a>{correct}</div>')


def _label(case: Case, kind: str, lang: str, fallback: str) -> str:
    """A station's label (German where it has none in ``lang``)."""
    return isolate(escape(case.label(kind, lang) or fallback), lang)


def card_page(case: Case, lang: str, view: CardView) -> str:
    """The page for a card the collector holds."""
    t, frame = TEXT[lang], FRAME_TEXT[lang]
    rows = [
        (frame["code"], code_html(case.code)),
        (t["prompt"], _label(case, "prompt", lang, case.prompt_id)),
        (t["topic"], _label(case, "topic", lang, case.topic_id)),
    ]
    if not case.hidden and not case.withdrawn:
        rows.append((t["text"], _text_row(case, lang)))
    if case.event.name:
        rows.append((t["event"], isolate(escape(case.event.name), lang)))
    rows.append((t["received"], _time(case.received_at, lang)))
    rows.append((t["status"], _status_row(case, lang, view.statuses)))
    if case.group_name:
        rows.append((t["group"], t["group_name"].format(
            group=isolate(escape(case.group_name), lang))))
    items = "\n".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    notice = ""
    if view.done in DONE:
        notice = f'<p class="info" role="status">{t["done_" + view.done]}</p>\n'
    results = ""
    if case.event.results_public:
        href = f"/results/{quote(case.event.key, safe='-')}?lang={lang}"
        event = isolate(escape(case.event.name or case.event.key), lang)
        results = (f"<h2>{t['results']}</h2>\n<p>{t['results_text']}</p>\n"
                   f'<p><a href="{escape(href)}">{t["results_link"].format(event=event)}'
                   "</a></p>\n")
    url = safe_url(case.event.participation_url) or view.site.participation_url
    next_steps = f"<h2>{t['next']}</h2>\n<p>{t['next_text']}</p>\n"
    body = (
        f"<h1>{frame['card_title']}</h1>\n{notice}<dl>\n{items}\n</dl>\n"
        f"{timeline_html(case, lang, view.statuses)}\n{_answer_html(case, lang)}\n{results}"
        f"{'' if case.withdrawn else next_steps}"
        f'<p><a href="{escape(url)}">{frame["participate"]}</a></p>\n'
        f"{'' if case.withdrawn else _holder_html(case, lang)}"
    )
    return document(lang, f"{frame['card_title']} {case.code}", body,
                    site_name=view.site.site_name, switch=card_switch(case.code, done=view.done),
                    style=PUBLIC_STYLE)
