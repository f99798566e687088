"""Russian rules: the words that find each record type in Russian press releases and news."""

from __future__ import annotations

import re

from . import chair_words, zone_words
from .common import compile_words
from .rules import Rules

W = r"[а-яёА-ЯЁ]*"  # the rest of an inflected word
NWFZ_CA = (
    r"(?:зон" + W + r",?\s+свободн" + W + r"\s+от\s+ядерного\s+оружия,?\s+в\s+Центральной\s+Азии)"
)

RULES = Rules(
    **chair_words.RU,
    **zone_words.RU,
    language="ru",
    regime=compile_words(
        r"ЦАЗСЯО",
        r"ЗСЯО\s+в\s+(?:ЦА|Центральной\s+Азии)",
        r"ЗСЯО\s*ЦА",
        r"Семипалатинск" + W + r"\s+договор" + W,
        r"Договор" + W + r"\s+о\s+" + NWFZ_CA,
        NWFZ_CA,
        r"безъядерн" + W + r"\s+зон" + W + r"\s+в\s+Центральной\s+Азии",
        r"центральноазиатск" + W + r"\s+(?:безъядерн" + W + r"\s+)?зон" + W,
    ),
    treaty_word=compile_words(r"Договор" + W, flags=0),
    meeting=compile_words(
        r"консультативн" + W + r"\s+(?:встреч|совещани|заседани|консультаци)" + W,
        r"(?:встреч|совещани|заседани)"
        + W
        + r"(?:\s+(?:делегаци|представител|руководител)"
        + W
        + r")?\s+(?:стран|государств|сторон)[-\s]участни"
        + W
        + r"\s+(?:Договора|ЦАЗСЯО|Семипалатинского)",
    ),
    meeting_generic=compile_words(r"встреч" + W, r"совещани" + W, r"заседани" + W),
    annual=compile_words(r"ежегодн" + W, r"очередн" + W),
    extraordinary=compile_words(r"внеочередн" + W, r"чрезвычайн" + W),
    future=compile_words(
        r"состоится",
        r"пройд[её]т",
        r"запланирован" + W,
        r"планиру" + W,
        r"будет\s+проведен" + W,
        r"предстоящ" + W,
        r"намечен" + W,
        r"намерен" + W + r"\s+(?:провести|созвать)",
        r"подпишут",
        r"планирует\s+подписать",
    ),
    video=compile_words(
        r"видеоконференц" + W, r"видеосвяз" + W, r"онлайн", r"ВКС", r"дистанционн" + W
    ),
    meeting_chair=compile_words(
        r"под\s+председательством", r"председательствующ" + W, r"председательствовал" + W
    ),
    places=[
        ("Astana", compile_words(r"[Вв]\s+(?:Астане|Нур-Султане)", flags=0)),
        ("Almaty", compile_words(r"[Вв]\s+Алматы", flags=0)),
        ("Bishkek", compile_words(r"[Вв]\s+Бишкеке", flags=0)),
        ("Dushanbe", compile_words(r"[Вв]\s+Душанбе", flags=0)),
        ("Ashgabat", compile_words(r"[Вв]\s+(?:Ашхабаде|Ашгабате)", flags=0)),
        ("Tashkent", compile_words(r"[Вв]\s+Ташкенте", flags=0)),
        ("Samarkand", compile_words(r"[Вв]\s+Самарканде", flags=0)),
        ("Cholpon-Ata", compile_words(r"[Вв]\s+Чолпон-Ате", flags=0)),
        ("Semipalatinsk", compile_words(r"[Вв]\s+(?:Семипалатинске|Семее)", flags=0)),
        ("New York", compile_words(r"[Вв]\s+Нью-Йорке", flags=0)),
        ("Vienna", compile_words(r"[Вв]\s+Вене", flags=0)),
        ("Geneva", compile_words(r"[Вв]\s+Женеве", flags=0)),
        # where the other zones' bodies meet
        ("Mexico City", compile_words(r"[Вв]\s+Мехико", flags=0)),
        ("Kuala Lumpur", compile_words(r"[Вв]\s+Куала-Лумпуре", flags=0)),
        ("Jakarta", compile_words(r"[Вв]\s+Джакарте", flags=0)),
        ("Bangkok", compile_words(r"[Вв]\s+Бангкоке", flags=0)),
        ("Manila", compile_words(r"[Вв]\s+Маниле", flags=0)),
        ("Hanoi", compile_words(r"[Вв]\s+Ханое", flags=0)),
        ("Singapore", compile_words(r"[Вв]\s+Сингапуре", flags=0)),
        ("Pretoria", compile_words(r"[Вв]\s+Претории", flags=0)),
        ("Addis Ababa", compile_words(r"[Вв]\s+Аддис-Абебе", flags=0)),
        ("Cairo", compile_words(r"[Вв]\s+Каире", flags=0)),
        ("Ulaanbaatar", compile_words(r"[Вв]\s+Улан-Баторе", flags=0)),
    ],
    chairmanship=compile_words(r"председательств" + W, r"председател[ьяюем]" + W, r"эстафет" + W),
    transfer_give=compile_words(
        r"переда(?:л|ла|ло|ли|ст|ет|ёт|ча|чи|чу|н|на|но|ны)" + W, r"эстафет" + W
    ),
    transfer_receive=compile_words(
        r"принял" + W,
        r"принима" + W,
        r"прим(?:ет|ут)",
        r"вступил" + W + r"\s+в\s+председательств" + W,
        r"взял" + W + r"\s+на\s+себя",
        r"заступил" + W,
        r"приступил" + W,
    ),
    transfer_pass=compile_words(r"перешл" + W, r"перешло", r"перешел", r"перешёл", r"переходит"),
    effective_from=re.compile(r"(?<!\w)(?:с|со|начиная\s+с)\s+@DATE@", re.IGNORECASE),
    review=compile_words(
        r"подвел" + W + r"\s+итог" + W,
        r"подвели\s+итог" + W,
        r"подведен" + W + r"\s+итог" + W,
        r"обсудил" + W + r"\s+(?:итог|результат)" + W,
        r"рассмотрел" + W + r"\s+(?:итог|результат|ход)" + W,
        r"итог" + W + r"\s+(?:совместной\s+)?(?:работы|деятельности|председательства)",
        r"(?:обсудил|рассмотрел|оценил|проанализировал)"
        + W
        + r"\s+(?:совместн"
        + W
        + r"\s+)?(?:работ|деятельност|сотрудничеств)"
        + W
        + r"(?=\s+(?:за|в)\s)",
        r"(?:проинформировал|доложил|рассказал)" + W + r"\s+(?:\w+\s+){0,3}(?:об?\s+)?итог" + W,
    ),
    plans=compile_words(
        r"(?:согласовал|утвердил|одобрил|наметил|определил)" + W + r"\s+(?:\w+\s+){0,2}план" + W,
        r"план" + W + r"\s+(?:мероприятий|действий|работы)",
        r"план" + W + r"\s+на\s+(?:\w+\s+){0,2}(?:год|период)" + W,
        r"план" + W + r"\s+на\s+(?:19|20)\d\d",
    ),
    anniversary=[
        re.compile(
            r"(?<!\d)(?P<n>\d{1,2})\s*-?\s*(?:лети[еяюи]|летием|летн" + W + r"\s+юбиле" + W + r")"
        ),
        re.compile(r"(?<!\d)(?P<n>\d{1,2})\s*-?\s*(?:я|й|ю|ой|ей)?\s+годовщин" + W),
        re.compile(
            r"(?P<w>двадцатипяти|двадцати|пятнадцати|десяти|пяти|тридцати)летн?" + W, re.IGNORECASE
        ),
        re.compile(r"(?P<w>двадцат|пятнадцат|десят|пят|тридцат)" + W + r"\s+годовщин" + W, re.I),
        re.compile(r"исполня" + W + r"\s+(?P<n>\d{1,2})\s+(?:лет|год)", re.IGNORECASE),
        re.compile(r"исполнилось\s+(?P<n>\d{1,2})\s+(?:лет|год)", re.IGNORECASE),
        re.compile(r"(?<!\d)(?P<n>\d{1,2})\s+лет\s+(?:со\s+дня|с\s+момента)", re.IGNORECASE),
    ],
    ordinal_words={
        "двадцатипят": 25,
        "двадцат": 20,
        "пятнадцат": 15,
        "десят": 10,
        "пят": 5,
        "тридцат": 30,
    },  # fmt: skip
    signature=compile_words(r"подписан" + W, r"подписал" + W, r"подписани" + W),
    entry_into_force=compile_words(
        r"вступ(?:ил|ила|ило|ления|лению|лении|ление)" + W + r"\s+в\s+(?:законную\s+)?сил" + W
    ),
    not_the_treaty=compile_words(r"полигон" + W, r"испытани" + W, r"закрыти" + W),
    event_noun=compile_words(
        r"мероприяти" + W,
        r"конференци" + W,
        r"кругл" + W + r"\s+стол" + W,
        r"семинар" + W,
        r"выставк" + W,
        r"фотовыставк" + W,
        r"брифинг" + W,
        r"акци" + W,
        r"лекци" + W,
        r"церемони" + W,
        r"презентаци" + W,
        r"симпозиум" + W,
        r"встреч" + W + r"\s+представител" + W,
    ),
    event_qualifier=compile_words(
        r"памятн" + W,
        r"тематическ" + W,
        r"юбилейн" + W,
        r"посвящ" + W,
        r"приуроч" + W,
        r"в\s+честь",
        r"годовщин" + W,
        r"\d{1,2}-?лети" + W,
    ),
    event_excluded=compile_words(
        r"обзорн" + W + r"\s+конференци" + W,
        r"Генеральн" + W + r"\s+конференци" + W,
        r"консультативн" + W,
    ),
    planned=compile_words(
        r"планиру" + W,
        r"запланирова" + W,
        r"пройдут",
        r"пройд[её]т",
        r"состоится",
        r"состоятся",
        r"будут\s+проведен" + W,
        r"будет\s+проведен" + W,
        r"предстоит",
        r"проведут",
        r"организуют",
        r"намерен" + W + r"\s+провести",
        r"предусмотрен" + W,
    ),
    held=compile_words(
        r"состоял" + W,
        r"прошл[аио]",
        r"прош[её]л",
        r"провел" + W,
        r"провёл" + W,
        r"организовал" + W,
        r"был" + W + r"\s+проведен" + W,
        r"открыл" + W,
        r"открыт" + W,
        r"начал" + W + r"\s+(?:свою\s+)?работу",
    ),
    mfa_plural=compile_words(
        r"внешнеполитическ" + W + r"\s+ведомств" + W,
        r"министерств\s+иностранных\s+дел",
        r"МИД\s+(?:стран|государств)",
    ),
    mfa_single=compile_words(
        r"МИД", r"Министерств" + W + r"\s+иностранных\s+дел", r"Посольств" + W, r"посольств" + W
    ),
    joint=compile_words(
        r"от\s+имени\s+(?:всех|пяти|государств|стран)", r"совместн" + W + r"\s+заявлени" + W
    ),
    theme=compile_words(r"на\s+тему", r"под\s+названием", r"по\s+теме"),
    dedicated=compile_words(r"посвящ[её]нн" + W, r"приурочен" + W),
    chair_framework=compile_words(r"в\s+рамках\s+(?:своего\s+)?председательства"),
    quoted_title=re.compile(r"«(?P<title>[^»]{3,120})»"),
    memorandum=compile_words(
        r"меморандум" + W,
        r"соглашени" + W + r"\s+о\s+сотрудничестве",
    ),
    signed=compile_words(r"подписа" + W, r"подпишут", r"скрепил" + W),
    organisations=[
        (
            "OPANAL",
            compile_words(
                r"ОПАНАЛ",
                r"Агентств" + W + r"\s+по\s+запрещению\s+ядерного\s+оружия\s+в\s+Латинской",
            ),
        ),
        (
            "AFCONE",
            compile_words(
                r"АФКОНЕ",
                r"Африканск" + W + r"\s+комисси" + W + r"\s+по\s+(?:атомной|ядерной)\s+энерги" + W,
            ),
        ),
        ("ASEAN", compile_words(r"АСЕАН")),
        (
            "UNRCCA",
            compile_words(
                r"Регионального\s+центра\s+ООН\s+по\s+превентивной\s+дипломатии", r"РЦПДЦА"
            ),
        ),
        (
            "UNODA",
            compile_words(r"Управлени" + W + r"\s+ООН\s+по\s+вопросам\s+разоружения", r"УВР\s+ООН"),
        ),
        ("IAEA", compile_words(r"МАГАТЭ")),
        ("Mongolia", compile_words(r"Монголи" + W)),
    ],
    forums=[
        (
            "unga-first-committee",
            compile_words(
                r"(?:Перв"
                + W
                + r"|1-?(?:го|й|ый|ом|ому)?)\s+комитет"
                + W
                + r"(?:\s+\d+-?(?:й|ой)?\s+сессии)?"
                r"(?:\s+(?:Генеральн[а-яё]*\s+Ассамбле[а-яё]*|ГА)\s+ООН|\s+ООН)?"
            ),
            None,
        ),
        (
            "unga",
            compile_words(
                r"Генеральн"
                + W
                + r"\s+Ассамбле"
                + W
                + r"(?:\s+ООН|\s+Организации\s+Объедин[её]нных\s+Наций)?",
                r"ГА\s+ООН",
            ),
            None,
        ),
        (
            "npt-prepcom",
            compile_words(r"Подготовительн" + W + r"\s+комитет" + W),
            compile_words(
                r"ДНЯО", r"Договор" + W + r"\s+о\s+нераспространении\s+ядерного\s+оружия"
            ),
        ),
        (
            "npt-revcon",
            compile_words(r"[Оо]бзорн" + W + r"\s+конференци" + W),
            compile_words(
                r"ДНЯО", r"Договор" + W + r"\s+о\s+нераспространении\s+ядерного\s+оружия"
            ),
        ),
        (
            "tpnw-revcon",
            compile_words(r"[Оо]бзорн" + W + r"\s+конференци" + W),
            compile_words(r"ДЗЯО", r"Договор" + W + r"\s+о\s+запрещении\s+ядерного\s+оружия"),
        ),
        (
            "tpnw-msp",
            compile_words(r"Совещани" + W + r"\s+государств(?:\s*[-–—]\s*|\s+)участник" + W),
            compile_words(r"ДЗЯО", r"Договор" + W + r"\s+о\s+запрещении\s+ядерного\s+оружия"),
        ),
        ("iaea-gc", compile_words(r"Генеральн" + W + r"\s+конференци" + W + r"\s+МАГАТЭ"), None),
        (
            "ctbto",
            compile_words(
                r"ОДВЗЯИ",
                r"Организаци"
                + W
                + r"\s+по\s+Договору\s+о\s+всеобъемлющем\s+запрещении\s+ядерных\s+испытаний",
            ),
            None,
        ),
        (
            "un",
            compile_words(r"ООН", r"Организаци" + W + r"\s+Объедин[её]нных\s+Наций", flags=0),
            None,
        ),
    ],
    forum_context=compile_words(
        r"координаци" + W,
        r"координир" + W,
        r"взаимодейств" + W,
        r"сотрудничеств" + W,
        r"позици" + W,
        r"совместн" + W,
        r"выступ" + W,
        r"резолюци" + W,
        r"площадк" + W,
        r"продвиж" + W,
        r"в\s+рамках",
        r"на\s+полях",
        r"инициатив" + W,
        r"подход" + W,
        r"подготов" + W,
        r"от\s+имени",
        r"обсудил" + W,
    ),
    not_forum=compile_words(
        r"при\s+ООН",
        r"(?:центр|управлени|офис|программ|фонд|агентств|представительств|комисси|координатор)"
        + W
        + r"(?:\s+ООН|\s+Организации\s+Объедин[её]нных\s+Наций)",
    ),
    organised_by=compile_words(r"организова" + W, r"провел" + W, r"провёл" + W, r"проведен" + W),
    forum_actors=compile_words(
        r"стороны",
        r"участник" + W,
        r"(?:государств|стран)" + W + r"\s+(?:Центральной\s+Азии|ЦА|региона)",
        r"центральноазиатск" + W + r"\s+(?:государств|стран)" + W,
        r"государств" + W + r"[-\s–]+участник" + W,
        r"пят" + W + r"\s+(?:государств|стран)" + W,
        r"в\s+(?:качестве|статусе)\s+(?:председател|координатор)" + W,
        r"делегаци(?:и|й)\s+(?:пяти|стран|государств|всех)",
        r"от\s+имени",
        r"совместн" + W,
    ),
    single_actor=compile_words(
        r"(?:наша|нашей|нашу|моя|моей)\s+(?:страна|страны|стране|страну|делегаци" + W + ")"
    ),
    forum_anaphor=compile_words(r"(?:конференци|сесси|комитет|ассамбле)" + W),
    un_missions=compile_words(
        r"(?:постпреды|постоянные\s+представители|постоянных\s+представител"
        + W
        + r"|постоянные\s+представительства|постоянных\s+представительств|послы)"
        + r"\s+(?:\w+\s+){0,6}(?:при|в)\s+ООН"
    ),
    signed_fact=compile_words(r"(?:был\s+)?подписан" + W),
    eif_fact=compile_words(r"вступил" + W + r"\s+в\s+(?:законную\s+)?сил" + W),
)
