"""The words about who chairs, hosts or holds the chair, and the other bodies and formats that
are not the zone's, per language (ru.py, kk.py and en.py take them into their Rules)."""

from __future__ import annotations

from .common import compile_words

R = r"[а-яёА-ЯЁ]*"  # the rest of an inflected Russian word
K = r"\w*"

RU = {
    "other_bodies": compile_words(
        r"ШОС",
        r"Шанхайск" + R + r"\s+организаци" + R,
        r"СВМДА",
        r"Совещани" + R + r"\s+по\s+взаимодействию\s+и\s+мерам\s+доверия",
        r"ОДКБ",
        r"СНГ",
        r"ЕАЭС",
        r"ОБСЕ",
        r"ОТГ",
        r"Организаци" + R + r"\s+тюркских\s+государств",
        r"Конференци" + R + r"\s+по\s+разоружению",
        r"Совет" + R + r"\s+Безопасности",
        r"Совет" + R + r"\s+управляющих",
        r"МФСА",
        r"ОИС",
    ),  # fmt: skip
    "nuclear_powers": compile_words(
        r"(?:официальн"
        + R
        + r"\s+)?ядерн"
        + R
        + r"\s+(?:держав"
        + R
        + r"|пят[её]рк"
        + R
        + r"|государств"
        + R
        + r")",
        r"государств" + R + r",\s+обладающ" + R + r"\s+ядерным\s+оружием",
        r"постоянн" + R + r"\s+член" + R + r"\s+Совета\s+Безопасности",
        r"П5",
        r"P5",
    ),  # fmt: skip
    "hybrid": compile_words(
        r"(?:гибридн|смешанн|очно-заочн|комбинированн)" + R + r"\s+(?:формат|режим)" + R,
        r"очно\s+и\s+(?:онлайн|в\s+режиме\s+видеоконференции)",
    ),
    "meeting_excluded": compile_words(
        r"глав" + R + r"\s+(?:государств|правительств)",
        r"лидер" + R,
        r"президент" + R,
        # the dialogue formats of the five with a partner: 'Центральная Азия + Япония', 'С5+1'
        r"Центральн" + R + r"\s+Ази" + R + r"\s*\+\s*\w+",
        r"ЦА\s*\+\s*\w+",
        r"[CС]5\s*\+\s*\w+",
    ),
    "chair_before": compile_words(
        r"председательствовал" + R,
        # 'Кыргызская сторона в качестве председателя открыла встречу'
        r"в\s+качестве\s+председател" + R,
        r"как\s+председател" + R,
    ),
    "meeting_host": compile_words(
        r"(?:намерен|планиру|собира)" + R + r"\s+(?:провести|созвать|принять)",
        r"провед[её]т",
        r"созов[её]т",
        r"проводит",
    ),  # fmt: skip
    "transfer_hold": compile_words(
        r"председательству(?:ет|ют)",
        r"(?:возглавляет|возглавит)",
        r"будет\s+председательствовать",
        # 'функции председателя ... исполняет Республика Казахстан'
        r"(?<=председателя\s)(?:[^.;]{0,60}?\s)?(?:исполня|осуществля)(?:ет|ют)(?!\w)",
    ),
    # 'сменив Таджикистан', 'после того как', 'будет председательствовать после Кыргызстана'
    "predecessor": compile_words(
        r"сменив", r"сменивш" + R, r"после\s+того\s+как", r"после(?=\s+[А-ЯЁ])"
    ),
    "chair_completed": compile_words(
        # 'завершил (свой срок / период) председательства'
        r"(?:заверши|завершае|оконч)"
        + R
        + r"\s+(?:сво(?:й|[её]|его)\s+)?(?:(?:срок|период|год)\s+)?председательств"
        + R,
        # 'Председательство Кыргызстана в Договоре о ЦАЗСЯО завершилось'
        r"[Пп]редседательств"
        + R
        + r"\s+[А-ЯЁ]"
        + R
        + r"(?:\s+\S+){0,9}?\s+(?:заверши|оконч|истек)"
        + R,
    ),
    "chair_elected": compile_words(r"(?:избран|избрал|назначен)" + R),
    "chair_named": compile_words(
        r"(?:в\s+качестве\s+)?(?:первого\s+|нового\s+)?председател(?:ем|я)",
        r"новый\s+председатель(?!\w)",  # a headline: 'Казахстан — новый председатель Договора'
    ),
    "rotation": compile_words(r"ротаци" + R, r"председательств" + R, r"эстафет" + R),
    "chair_holder": compile_words(
        r"председательству" + R,
        r"председательствовавш" + R,
        # 'В 2022 году председательствовал в ЦАЗСЯО Таджикистан' (not '... на встрече')
        r"председательствовал" + R + r"(?!\s+на\s)",
        r"возглавля" + R,
        r"возглавлявш" + R,
        r"руководивш" + R,
        r"руковод(?:ит|ящ" + R + r")\s+(?:работой\s+)?(?:механизм|Договор)" + R,
        r"председательство\s+(?:\S+\s+){0,7}?осуществля" + R,
        # 'председателем в рамках Договора являлся Туркменистан', 'является председателем'
        r"председател(?:ем|ь)\s+(?:\S+\s+){0,5}?(?:являл|являет|был[аои]?\b|выступ)" + R,
        r"(?:являл|являет|выступа|выступил)" + R + r"\s+председател(?:ем|ь)" + R,
    ),
    "topic": compile_words(
        r"зон" + R + r",?\s+свободн" + R + r"\s+от\s+ядерного\s+оружия", r"безъядерн" + R
    ),
}

KK = {
    "other_bodies": compile_words(
        r"ШЫҰ",
        r"Шанхай\s+ынтымақтасты[қғ]" + K,
        r"АӨСШК" + K,
        r"Азиядағы\s+өзара\s+іс-қимыл\s+және\s+сенім\s+шаралары",
        r"ҰҚШҰ" + K,
        r"ТМД" + K,
        r"ЕАЭО" + K,
        r"ЕҚЫҰ" + K,
        r"ТМҰ" + K,
        r"Түркі\s+мемлекеттері\s+ұйым" + K,
        r"Қарусыздану\s+жөніндегі\s+конференция" + K,
        r"Қауіпсіздік\s+Кеңес" + K,
        r"Басқарушылар\s+кеңес" + K,
    ),  # fmt: skip
    "nuclear_powers": compile_words(
        r"ядролық\s+(?:державалар"
        + K
        + r"|бесті[кг]"
        + K
        + r"|қаруы\s+бар\s+мемлекеттер"
        + K
        + r")",
        r"ядролық\s+қаруға\s+ие\s+мемлекеттер" + K,
        r"Қауіпсіздік\s+Кеңесінің\s+тұрақты\s+мүшелер" + K,
        r"P5",
    ),  # fmt: skip
    "hybrid": compile_words(r"(?:гибридті|гибридтік|аралас)\s+(?:формат|режим)" + K),
    "meeting_excluded": compile_words(
        r"мемлекет" + K + r"\s+басшылар" + K,
        r"үкімет\s+басшылары" + K,
        r"президенттер" + K,
        r"Орталық\s+Азия\s*\+\s*\w+",
        r"[CС]5\s*\+\s*\w+",
    ),
    "chair_before": compile_words(r"төрағалық\s+етті", r"төрағалық\s+жасады", r"төраға\s+ретінде"),
    "meeting_host": compile_words(
        r"өткізу" + K + r"\s+(?:\w+\s+)?(?:жоспарла|көзде|ниетт)" + K,
        r"өткізеді",
        r"өткізбек" + K,
        r"өткізді",
        r"қабылдайды",
    ),  # fmt: skip
    "transfer_hold": compile_words(
        r"төрағалық\s+(?:етеді|ете\s+бастады|етуде)",
        # 'төрағалықты 2026 жылдан бастап Қазақстан атқарады'
        r"атқар(?:ады|а\s+бастады)",
        r"жүзеге\s+асыр(?:ады|а\s+бастады)",  # '... төрағалықты Тәжікстан жүзеге асырады'
        r"жалғастыр(?:ады|мақ)",  # 'төрағалықты алдағы жылы Қырғызстан жалғастырады'
        # (chairs._holding reads these only with the term's start or the one held it before)
    ),
    "predecessor": compile_words(
        r"орнына",
        # 'бұған дейін бұл қызметті Өзбекстан атқарған': the one who held it before
        # ('Оған дейін бұл міндетті Қырғызстан атқарды': the past told plainly too)
        r"(?:бұған|оған)\s+дейін(?:\s+[^\s.,;]+){0,3}?"
        r"(?=\s+\S+\s+(?:атқарған|атқарды|төрағалық\s+еткен|төрағалық\s+етті))",
    ),
    "chair_completed": compile_words(
        r"төрағалы(?:ғын|қты)\s+аяқта" + K,
        # 'Қазақстанның Семей шартына төрағалығы аяқталып': its owner's chair ended
        r"\w+(?:ның|нің|дың|дің|тың|тің)\s+(?:[^\s.,;]+\s+){0,3}?төрағалығы\s+аяқтал" + K,
        # '... төрағалық мерзімі аяқталды', '... төрағалық ету мерзімі аяқталып'
        r"\w+(?:ның|нің|дың|дің|тың|тің)\s+(?:[^\s.,;]+\s+){0,3}?төрағалы(?:ғының|қ|қ\s+ету)"
        + r"\s+мерзімі\s+аяқтал"
        + K,
    ),
    "chair_elected": compile_words(r"сайлан" + K, r"сайлады"),
    "chair_named": compile_words(
        r"(?:бірінші\s+|жаңа\s+)?төраға(?:сы)?\s+(?:болып|ретінде)",
        r"жаңа\s+төрағасы(?!\w)",  # a headline: 'Қазақстан – Семей шартының жаңа төрағасы'
    ),
    "rotation": compile_words(r"ротация" + K, r"төрағалы" + K, r"төраға" + K),
    "chair_holder": compile_words(
        r"төрағалық\s+ет(?:іп\s+отырған|уші|кен|ті|еді|іп\s+отыр)",
        r"төраға\s+ретінде",
        r"төрағалығын\s+атқар" + K,
    ),
    "topic": compile_words(
        r"ядролық\s+қарудан\s+азат\s+айма[қғ]" + K, r"ядролық\s+қарусыз\s+айма[қғ]" + K
    ),
}

EN = {
    "other_bodies": compile_words(
        r"SCO",
        r"Shanghai\s+Cooperation\s+Organi[sz]ation",
        r"CICA",
        r"Conference\s+on\s+Interaction\s+and\s+Confidence",
        r"CSTO",
        r"CIS",
        r"EAEU",
        r"OSCE",
        r"Organi[sz]ation\s+of\s+Turkic\s+States",
        r"OTS",
        r"Turkic\s+Council",
        r"Commonwealth\s+of\s+Independent\s+States",
        r"Collective\s+Security\s+Treaty\s+Organi[sz]ation",
        r"Eurasian\s+Economic\s+Union",
        r"Conference\s+on\s+Disarmament",
        r"Security\s+Council",
        r"Board\s+of\s+Governors",
        r"IFAS",
        r"OIC",
        flags=0,
    ),  # fmt: skip
    "nuclear_powers": compile_words(
        r"P5",
        r"P-5",
        r"(?:five\s+)?(?:[Nn]uclear|[Nn]uclear-[Ww]eapon|[Nn]uclear\s+[Ww]eapons?)\s+(?:[Ss]tates|[Pp]owers)",
        r"(?:five\s+)?[Pp]ermanent\s+[Mm]embers\s+of\s+the\s+(?:UN\s+)?Security\s+Council",
        flags=0,
    ),  # fmt: skip
    "hybrid": compile_words(
        r"hybrid(?:\s+(?:format|mode|meeting|session))?",
        r"(?:both\s+)?in\s+person\s+and\s+(?:online|virtually)",
    ),
    "meeting_excluded": compile_words(
        r"[Hh]eads\s+of\s+[Ss]tate",
        r"[Hh]eads\s+of\s+[Gg]overnment",
        r"[Pp]residents",
        r"leaders",
        # the dialogue formats of the five with a partner: 'C5+1', 'Central Asia + Japan'
        r"C5\s*\+\s*\w+",
        r"Central\s+Asia\s*\+\s*\w+",
    ),
    "chair_before": compile_words(
        r"presided(?!\s+over\s+by)",
        r"chair(?:ed|ing)\s+(?:the|a|an)\s+(?:\w+\s+){0,2}(?:meeting|session)",
        r"in\s+the\s+chair",  # 'with Tajikistan in the chair'
        # 'The Kyrgyz side, as chair, opened the meeting'
        r"as\s+(?:the\s+)?(?:chair|chairman|chairperson|presiding\s+(?:party|country|state))",
    ),
    "meeting_host": compile_words(
        r"(?:intends?|plans?|is\s+to|are\s+to|will|would)\s+(?:to\s+)?(?:convene|host|hold)",
        r"(?:is|are)\s+(?:organi[sz]ing|hosting)",
        # 'Kazakhstan plans a series of events', 'is preparing a conference'
        r"(?:plans|prepares|is\s+preparing)(?=\s+(?:a|an)\s+(?:\w+\s+){0,3}?(?:series|programme|"
        r"events?|conferences?|seminars?|round\s*-?tables?|exhibitions?)\b)",
        # a headline's infinitive after a party's name: 'Uzbekistan to hold a conference'
        r"(?<=stan\s)to\s+(?:host|hold|convene|organi[sz]e)",
        r"(?:is|are)\s+ready\s+to\s+(?:host|hold|organi[sz]e)",
        r"offer(?:ed|s)?\s+to\s+(?:host|hold)",
        r"convened",
        r"hosted",
    ),  # fmt: skip
    "transfer_hold": compile_words(
        # 'chairs the Treaty', 'chairs the Semipalatinsk Treaty', 'leads the Central Asian NWFZ'
        r"(?:will\s+)?(?:chair|lead|head)s?\s+the\s+(?:[\w-]+\s+){0,4}?(?:Treaty|[Zz]one|"
        r"CANWFZ|NWFZ)",
        r"holds\s+the\s+(?:rotating\s+)?chairmanship",
        # 'Kazakhstan now holds the CANWFZ chair, after Uzbekistan's year in the post'
        r"holds\s+the\s+(?:rotating\s+)?(?:[\w-]+\s+){0,3}?chair(?!\w)",
        # 'From 1 January 2026 the chairmanship of the Treaty is held by Kazakhstan'
        r"(?<=chairmanship\s)(?:\S+\s+){0,12}?is\s+held\s+by(?=\s+[A-Z])",
        # 'From 1 January 2026, the chairmanship of the CANWFZ Treaty is with Kazakhstan'
        r"(?<=chairmanship\s)(?:\S+\s+){0,8}?(?:is|rests|remains|will\s+be)\s+with(?=\s+[A-Z])",
    ),
    "predecessor": compile_words(
        r"succeed(?:ing|s|ed)",
        r"taking\s+over\s+from",
        r"replacing",
        # 'after Uzbekistan's year in the post': the state whose term came before
        r"after(?=\s+[A-Z][\w-]+(?:'s|’s)\s+(?:\w+\s+)?(?:year|term|stint|tenure)\b)",
        # 'thanked the outgoing chair, Uzbekistan,': the state in apposition
        r"(?:the\s+)?(?:outgoing|previous|former)\s+chair(?:man|person)?,?",
    ),
    "chair_completed": compile_words(
        r"(?:complet|conclud|end|finish)(?:ed|es|s|ing)?\s+(?:its|her|their)\s+"
        r"(?:\w+\s+)?(?:chairmanship|presidency|term)",
        # 'Kyrgyzstan's term as chair of the zone ended': the owner in the words
        r"[A-Z][\w-]*(?:'s|’s)\s+(?:\w+\s+)?(?:chairmanship|term|presidency)\s+(?:\S+\s+){0,8}?"
        r"(?:ended|expired|concluded|came\s+to\s+an\s+end)",
    ),
    "chair_elected": compile_words(r"elected", r"appointed", r"designated"),
    "chair_named": compile_words(
        r"as\s+(?:the\s+)?(?:its\s+)?(?:(?:first|new|incoming)\s+)?(?:[Cc]hair(?:man|person|woman)?)",
        # 'X has been elected Chairperson of the Bureau of AFCONE': the post right after the verb
        r"(?<=elected\s)(?:the\s+)?[Cc]hair(?:man|person|woman)?(?=\s+of\b)",
        # 'The new chair of the CANWFZ Treaty for 2026 is Kazakhstan': the state after the copula
        r"(?:new|incoming)\s+chair(?:man|person)?\s+(?:\S+\s+){0,8}?(?:is|will\s+be|becomes)(?=\s+[A-Z])",
        # 'Kazakhstan, the incoming chair of the Treaty, ...': in apposition to the state before
        r"(?<=,\s)the\s+(?:new|incoming)\s+chair(?:man|person)?(?=\s+of\b|,)",
    ),
    "rotation": compile_words(r"rotation", r"handover", r"chairmanship", r"chair"),
    "chair_holder": compile_words(
        r"holds?\s+the\s+(?:rotating\s+)?chairmanship",
        r"holding\s+the\s+(?:rotating\s+)?chairmanship",
        r"held\s+the\s+(?:rotating\s+)?chairmanship",
        r"(?:which|who|that)\s+(?:chairs|chaired|leads|led|presides|presided)",
        r"chairing\s+the\s+(?:Treaty|zone|CANWFZ)",
        # 'Turkmenistan chaired the CANWFZ Treaty in 2025', 'presided over the Treaty'
        r"(?:chaired|presided\s+over|headed)\s+the\s+(?:[\w-]+\s+){0,4}?(?:Treaty|[Zz]one|CANWFZ|NWFZ)",
        r"current\s+chair",
        r"(?:currently|presently)\s+(?:chairs|leads|heads|holds\s+the\s+(?:rotating\s+)?chairmanship)",
        # 'In 2026 Kyrgyzstan chairs the Treaty', 'the chairmanship has been held by Turkmenistan'
        r"(?<!will\s)chairs\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:Treaty|[Zz]one|CANWFZ|NWFZ)",
        r"(?:has|have|had)\s+been\s+held\s+by",
        r"(?<=\s)(?:is|was)\s+held\s+by(?=\s+[A-Z])",  # 'the chairmanship is held by X'
        # translated from Russian: 'the chairmanship in the Treaty is carried out by Tajikistan'
        r"chairmanship\s+(?:\S+\s+){0,10}?(?:is|was|will\s+be)\s+(?:carried\s+out|exercised)\s+by",
        # a treaty body's 'The functions of Chair of the Treaty for 2026 are exercised by X'
        r"(?:functions|duties)\s+of\s+(?:the\s+)?[Cc]hair(?:man(?:ship)?)?\s+(?:\S+\s+){0,10}?"
        r"(?:are|is|were|was|have\s+been|has\s+been)\s+(?:exercised|performed|discharged)\s+by",
    ),
    "topic": compile_words(
        r"[Nn]uclear[- ][Ww]eapons?[- ][Ff]ree\s+[Zz]ones?",
        r"NWFZs?",
        # 'a panel on the zone's verification record' (the zone the text names nearby)
        r"(?<=on\s)the\s+zone(?:['’]s)?(?!\w)",
    ),
}
