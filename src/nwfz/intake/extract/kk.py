"""Kazakh rules. No analyser exists for Kazakh here: stems are followed by `\\w*` (any ending),
and states come from kk_morph's vowel-harmony endings. Kazakh puts the year before the word
it qualifies ('2025 жылғы жұмыс қорытындысы'), so the rules are head-final."""

from __future__ import annotations

import re

from . import chair_words, zone_words
from .common import compile_words
from .rules import Rules

W = r"\w*"
NPT = compile_words(r"ЯҚТШ" + W, r"Ядролық\s+қаруды\s+таратпау\s+туралы\s+шарт" + W)
TPNW = compile_words(
    r"ЯҚТТШ" + W, r"ЯҚТСШ" + W, r"Ядролық\s+қаруға\s+тыйым\s+салу\s+туралы\s+шарт" + W
)

# a capital hosting a gathering: 'Бішкек 2027 жылы ... кездесуін қабылдайды'
KK_HOSTS = (
    r"(?=\s+(?:\S+\s+){0,8}?\S*(?:кездесу|конференция|жиын)\S*\s+"
    r"(?:қабылдайды|қабылдады|қабылдамақ|қабылдаған))"
)

RULES = Rules(
    **chair_words.KK,
    **zone_words.KK,
    language="kk",
    head_final=True,
    regime=compile_words(
        r"Орталық\s+Азия(?:да|дағы)?\s+ядролық\s+қарудан\s+азат\s+айма[қғ]" + W,
        r"Орталық\s+Азия(?:да|дағы)?\s+ядролық\s+қарусыз\s+айма[қғ]" + W,
        r"ОАЯҚАА" + W,
        r"ОА\s?ЯҚ[ЕА]А" + W,
        r"Семей\s+шарт" + W,
    ),
    treaty_word=compile_words(r"шарт" + W),
    meeting=compile_words(
        r"(?:консультативтік|консультациялық|кеңес(?:тік|у)?)\s+кездесу" + W,
        r"(?:консультативтік|консультациялық)\s+кеңес" + W,
        r"қатысушы\s+(?:елдер|мемлекеттер)" + W + r"\s+(?:\w+\s+){0,2}кездесу" + W,
    ),
    meeting_generic=compile_words(r"кездесу" + W, r"жиын" + W, r"отырыс" + W, r"кеңес" + W),
    annual=compile_words(r"жыл\s+сайынғы", r"кезекті"),
    extraordinary=compile_words(r"кезектен\s+тыс", r"төтенше"),
    future=compile_words(
        r"өтеді",
        r"өткізеді",
        r"өткізбек",
        r"өткізіледі",
        r"жоспарла(?:н|п|у|йды|ды)" + W,
        r"өтпек",
        r"болмақ",
        r"алдағы",
        r"қол\s+қойылады",
        r"қол\s+қоюы\s+күтілуде",
        r"қабылдайды",  # 'Бішкек ... кездесуін қабылдайды': a capital will host
    ),
    video=compile_words(r"бейнеконференция" + W, r"бейнебайланыс" + W, r"онлайн" + W),
    meeting_chair=compile_words(
        r"төрағалығымен",
        r"төрағалық\s+етуімен",
        r"төрағалық\s+еткен",
        r"төрағалық\s+етуші",
        # 'X басшылығымен', 'Кездесуді X өкілі жүргізді': who led the meeting chaired it
        r"басшылығымен",
        r"модераторлығымен",
        r"[Кк]ездесу(?:ді|ін)(?=\s+(?:\S+\s+){0,6}(?:жүргізді|басқарды|ашты))",
    ),
    places=[
        ("Astana", compile_words(r"Астана(?:да|\s+қаласында)", r"Астана" + KK_HOSTS)),
        ("Almaty", compile_words(r"Алматы(?:да|\s+қаласында)")),
        ("Bishkek", compile_words(r"Бішкек(?:те|\s+қаласында)", r"Бішкек" + KK_HOSTS)),
        ("Dushanbe", compile_words(r"Душанбе(?:де|\s+қаласында)", r"Душанбе" + KK_HOSTS)),
        (
            "Ashgabat",
            compile_words(
                r"(?:Ашхабад|Ашғабат)(?:та|\s+қаласында)", r"(?:Ашхабад|Ашғабат)" + KK_HOSTS
            ),
        ),
        ("Tashkent", compile_words(r"Ташкент(?:те|\s+қаласында)", r"Ташкент" + KK_HOSTS)),
        ("Samarkand", compile_words(r"Самарқанд(?:та|\s+қаласында)")),
        ("Cholpon-Ata", compile_words(r"Шолпан-Ата(?:да|\s+қаласында)")),
        ("Semipalatinsk", compile_words(r"(?:Семей|Семипалатинск)(?:де|те|\s+қаласында)")),
        ("New York", compile_words(r"Нью-Йорк(?:те|\s+қаласында)")),
        ("Vienna", compile_words(r"Вена(?:да|\s+қаласында)")),
        ("Geneva", compile_words(r"Женева(?:да|\s+қаласында)")),
        # where the other zones' bodies meet
        ("Mexico City", compile_words(r"Мехико(?:да|\s+қаласында)")),
        ("Kuala Lumpur", compile_words(r"Куала-Лумпур(?:да|\s+қаласында)")),
        ("Jakarta", compile_words(r"(?:Джакарта|Жакарта)(?:да|\s+қаласында)")),
        ("Bangkok", compile_words(r"Бангкок(?:та|\s+қаласында)")),
        ("Manila", compile_words(r"Манила(?:да|\s+қаласында)")),
        ("Singapore", compile_words(r"Сингапур(?:да|\s+қаласында)")),
        ("Pretoria", compile_words(r"Претория(?:да|\s+қаласында)")),
        ("Addis Ababa", compile_words(r"Аддис-Абеба(?:да|\s+қаласында)")),
        ("Cairo", compile_words(r"Каир(?:де|\s+қаласында)")),
        ("Ulaanbaatar", compile_words(r"Ұланбатыр(?:да|\s+қаласында)")),
        # 'Түрікменстан астанасында': a party's capital by its name
        ("Astana", compile_words(r"Қазақстан\s+астанасында")),
        ("Bishkek", compile_words(r"Қырғызстан\s+астанасында")),
        ("Dushanbe", compile_words(r"Тәжікстан\s+астанасында")),
        ("Ashgabat", compile_words(r"Түрікменстан\s+астанасында")),
        ("Tashkent", compile_words(r"Өзбекстан\s+астанасында")),
    ],
    chairmanship=compile_words(r"төрағалы" + W, r"төраға" + W),
    transfer_give=compile_words(r"тапсыр" + W, r"табыста" + W, r"берді", r"берілді"),
    transfer_receive=compile_words(
        r"қабылда" + W, r"өз\s+қолына\s+ал" + W, r"өзіне\s+ал" + W, r"кірісті", r"кіріседі"
    ),
    transfer_pass=compile_words(r"өтті", r"өтеді", r"көшті", r"ауысты", r"ауысады", r"көшеді"),
    effective_from=re.compile(r"@DATE@\s*бастап", re.IGNORECASE),
    review=compile_words(
        r"қорытынды" + W + r"\s+шығар" + W,
        r"жоспар" + W + r"\s+(?:\w+\s+)?орындал" + W,  # '2025 жылғы жоспар толық орындалды'
        r"қорытындыла" + W,
        r"(?:қорытынды|нәтиже)" + W + r"\s+(?:\w+\s+)?(?:талқыла|қара|сарапта|бағала)" + W,
        r"жұмыс" + W + r"\s+қорытынды" + W,
        # 'Бас хатшының ... іске асыру туралы баяндамасын тыңдады'
        r"(?:баяндама|есеб|ақпарат)" + W + r"\s+тыңда" + W,
        # 'іске асырылу барысы қаралды', 'атқарылған жұмысқа баға берілді'
        # (not 'дайындық барысын талқылады': the preparations for another conference)
        r"(?:іске\s+асыр|орында|жұмыс)" + W + r"\s+барыс" + W + r"\s+(?:талқыла|қара|сарапта)" + W,
        r"жұмыс" + W + r"\s+(?:\w+\s+){0,2}баға\s+бер" + W,
        r"жұмыс" + W + r"(?=\s+(?:пен|мен|және)\s+(?:\w+\s+){0,4}жоспар)",
        r"(?:атқарылған|бірлескен)\s+жұмыс"
        + W
        + r"(?=\s+(?:\w+\s+){0,3}(?:талқыла|қорытынды|хабардар|қара|сарапта|бағала|баянда))",
    ),
    plans=compile_words(
        r"жоспар" + W + r"(?:\s+\w+){0,3}?\s+келіс" + W,
        r"келісіл" + W + r"\s+жоспар" + W,
        r"жоспар" + W + r"\s+(?:бекіт|мақұлда)" + W,
        r"жоспар" + W + r"\s+құр(?:ды|ылды|ады)",
        # '2026 жылға жоспарларды айқындады', 'жоспарлары белгіленді'
        r"жоспар" + W + r"\s+(?:\w+\s+)?(?:айқында|белгіле)" + W,
        r"іс-шаралар\s+жоспар" + W,
        r"арналған\s+жоспар" + W,
        r"жоспар" + W + r"\s+талқыла" + W,
        # 'іс-шаралар бағдарламасын бекітті'; 'басымдықтар жөнінде пікір алмасты'
        r"бағдарлама" + W + r"\s+(?:бекіт|келіс|қабылда|мақұлда)" + W,
        r"басымдық" + W + r"\s+(?:\w+\s+)?(?:пікір\s+алмас|айқында|белгіле|талқыла|келіс)" + W,
        # 'жол картасын бекітті', 'алдағы қадамдар айқындалды'
        r"жол\s+карта" + W + r"(?:\s+\w+){0,2}?\s+(?:бекіт|келіс|қабылда)" + W,
        r"(?:алдағы|келесі)\s+(?:қадам|жоспар)"
        + W
        + r"\s+(?:\w+\s+)?(?:айқында|белгіле|талқыла|келіс)"
        + W,
    ),
    anniversary=[
        re.compile(r"(?<!\d)(?P<n>\d{1,2})\s*(?:-|\s)?\s*жылдығ" + W, re.IGNORECASE),
        re.compile(r"(?<!\d)(?P<n>\d{1,2})\s+жыл\s+(?:\([^)]{1,20}\)\s+)?тол" + W, re.IGNORECASE),
        re.compile(r"(?<!\d)(?P<n>\d{1,2})\s*(?:-|\s)?\s*жылдық\s+мерейто" + W, re.IGNORECASE),
        # headlines with no verb: 'Семей шартына – 20 жыл', '... күшіне енгеніне 17 жыл'
        re.compile(r"шарт(?:ына|қа)\s*[–—-]\s*(?P<n>\d{1,2})\s+жыл(?!\w)", re.IGNORECASE),
        re.compile(
            r"(?:енгеніне|қойылғанына|қабылданғанына)\s+(?P<n>\d{1,2})\s+жыл(?!\w)", re.IGNORECASE
        ),
        re.compile(
            r"(?P<w>жиырма\s+бес|отыз\s+бес|жиырма|он\s+бес|отыз|қырық|елу|он|бес)\s+"
            r"(?:жылдығ" + W + r"|жылдық\s+мерейто" + W + ")",
            re.I,
        ),
        re.compile(
            r"(?P<w>жиырма\s+бес|отыз\s+бес|жиырма|он\s+бес|отыз|қырық|елу|он|бес)\s+жыл\s+тол" + W,
            re.I,
        ),
    ],
    ordinal_words={
        "жиырма бес": 25,
        "отыз бес": 35,
        "жиырма": 20,
        "он бес": 15,
        "отыз": 30,
        "қырық": 40,
        "елу": 50,
        "он": 10,
        "бес": 5,
    },  # fmt: skip
    signature=compile_words(r"қол\s+қой" + W),
    entry_into_force=compile_words(r"күшіне\s+ен" + W),
    founding=compile_words(r"қабылдан" + W, r"жарияла" + W, r"құрыл" + W),
    years_ago=re.compile(r"(?<!\d)(?P<n>\d{1,2})\s+жыл\s+бұрын", re.IGNORECASE),
    since_year=re.compile(r"(?P<y>(?:19|20)\d\d)\s+жылдан\s+(?:бері|бастап)", re.IGNORECASE),
    marked_now=compile_words(
        r"бүгін",
        r"атап\s+өт(?:уде|іп\s+жатыр)",
        r"тол(?:ып\s+отыр|ды)",
        r"тойлан(?:уда|ып\s+жатыр)",
        # '20 жылдығына орай', '... жылдығымен тұспа-тұс келді'
        r"орай",
        r"тұспа-тұс",
    ),
    not_the_treaty=compile_words(r"полигон" + W, r"сына[қғ]" + W, r"жабыл" + W),
    event_noun=compile_words(
        r"іс-шара" + W,
        r"конференция" + W,
        r"дөңгелек\s+үстел" + W,
        r"семинар" + W,
        r"көрме" + W,
        r"фотокөрме" + W,
        r"брифинг" + W,
        r"акция" + W,
        r"дәріс" + W,
        r"салтанатты\s+жиын" + W,
        r"симпозиум" + W,
        r"презентация" + W,
        r"таныстырылым" + W,  # 'кітаптың таныстырылымы': a presentation
        r"өкілдер" + W + r"\s+кездесу" + W,
        # a meeting that marks or discusses, not the parties' consultative one
        r"(?:мерейтойлық|салтанатты|тақырыптық)\s+(?:кездесу|жиын|отырыс)" + W,
        r"панельдік\s+(?:талқылау|сессия)" + W,
        # fora, contests and courses; film screenings
        r"форум" + W,
        r"байқау" + W,
        r"флешмоб" + W,
        r"олимпиада" + W,
        r"викторина" + W,
        r"вебинар" + W,
        r"тренинг" + W,
        r"жазғы\s+мекте[пб]" + W,
        r"(?:деректі\s+)?филь?м" + W + r"\s+көрсетілім" + W,  # Latin loses the soft sign
        # '... арналған кездесу', '... тақырыбында отырыс'
        r"(?:(?<=арналған\s)|(?<=орай\s)|(?<=тақырыбында\s))(?:кездесу|жиын|отырыс)" + W,
    ),
    event_qualifier=compile_words(
        r"еске\s+алу" + W,
        r"тақырыптық",
        r"мерейтой" + W,
        r"арналған",
        r"арналды",
        r"орай",
        r"құрметіне",
        r"жылдығ" + W,
    ),
    event_excluded=compile_words(
        r"шолу\s+конференция" + W,
        r"Бас\s+конференция" + W,
        r"консультативтік",
        r"қатысушы\s+мемлекеттер" + W + r"\s+конференция" + W,
        r"брифингте",
        r"баспасөз\s+(?:конференция|мәслихат)" + W,
        r"қол\s+қою\s+рәсім" + W,
        r"тапсыру\s+рәсім" + W,
    ),
    planned=compile_words(
        r"жоспарла" + W,
        r"өтеді",
        r"өткізіледі",
        r"көзделу" + W,
        r"көзделген" + W,
        r"көзделіп" + W,
        r"ұйымдастырылады",
        r"өткізбек" + W,
        r"өтпек",
        r"өткізеді",
        r"ұйымдастырады",
        r"ұйымдастырмақ" + W,
        r"ашылады",
        r"атап\s+өтіледі",
        r"ұйымдастырылмақ",
    ),
    held=compile_words(
        r"өтті",
        r"өткізілді",
        r"ұйымдастырылды",
        r"өткізді",
        r"ұйымдастырды",
        r"ашылды",
        r"өтіп\s+жатыр",
        r"(?:жұмысын\s+)?басталды",
        r"жұмысын\s+бастады",
        r"қатысты",
        r"атап\s+өтілді",
        r"көрсетілді",
        r"өтуде",
        r"аяқталды",
    ),
    mfa_plural=compile_words(
        r"сыртқы\s+саяси\s+ведомстволар" + W,
        r"сыртқы\s+істер\s+министрліктер" + W,
        r"сыртқы\s+саяси\s+мекемелер" + W,
        r"елдердің\s+СІМ" + W,
    ),
    mfa_single=compile_words(
        r"СІМ" + W,
        r"Сыртқы\s+істер\s+министрлігі" + W,
        r"Сыртқы\s+істер\s+министрі" + W,
        r"елшілі" + W,
    ),
    joint=compile_words(r"(?:барлық|бес)\s+(?:\w+\s+){0,3}атынан", r"бірлескен\s+мәлімдеме" + W),
    theme=compile_words(r"тақырыбы(?:нда|мен)", r"атты"),
    dedicated=compile_words(r"арналған", r"орай", r"арнал" + W),
    chair_framework=compile_words(r"төрағалығы\s+(?:шеңберінде|аясында)"),
    quoted_title=re.compile(r"«(?P<title>[^»]{3,120})»"),
    memorandum=compile_words(r"меморандум" + W, r"ынтымақтастық\s+туралы\s+келісім" + W),
    signed=compile_words(r"қол\s+қой" + W, r"жаса(?:лды|лған|ды)"),
    organisations=[
        ("OPANAL", compile_words(r"ОПАНАЛ" + W, r"OPANAL")),
        (
            "AFCONE",
            compile_words(
                r"АФКОНЕ" + W,
                r"AFCONE",
                r"Африка(?:лық)?\s+атом\s+энергиясы\s+жөніндегі\s+комиссия" + W,
            ),
        ),
        ("ASEAN", compile_words(r"АСЕАН" + W)),
        ("IAEA", compile_words(r"МАГАТЭ" + W)),
        ("MN", compile_words(r"Моңғолия" + W)),  # a state: its code
    ],
    forums=[
        (
            "unga-first-committee",
            compile_words(
                r"(?:БҰҰ\s+Бас\s+Ассамблеясының\s+(?:\d+\s*-?\s*сессиясы\w*\s+)?)?"
                r"(?:Бірінші|1-?ші)\s+комитет" + W
            ),
            None,
        ),
        ("unga", compile_words(r"(?:БҰҰ(?:-ның)?\s+)?Бас\s+Ассамблея" + W), None),
        ("npt-prepcom", compile_words(r"Дайындық\s+комитет" + W), NPT),
        (
            "npt-revcon",
            compile_words(
                r"шолу\s+конференция" + W,
                r"қарау\s+жөніндегі\s+(?:\d{4}\s+жылғы\s+)?конференция" + W,
            ),
            NPT,
        ),
        ("tpnw-revcon", compile_words(r"шолу\s+конференция" + W), TPNW),
        (
            "tpnw-msp",
            compile_words(
                r"қатысушы\s+мемлекеттер"
                + W
                + r"\s+(?:кездесу|отырыс|жиналыс|кеңес|конференция)"
                + W
            ),
            TPNW,
        ),
        ("iaea-gc", compile_words(r"МАГАТЭ(?:-нің|\))?\s+Бас\s+конференция" + W), None),
        ("ctbto", compile_words(r"ЯСЖТШҰ" + W, r"CTBTO"), None),
        ("un", compile_words(r"БҰҰ" + W, r"Біріккен\s+Ұлттар\s+Ұйым" + W), None),
    ],
    forum_context=compile_words(
        r"үйлестір" + W,
        r"ынтымақтаст" + W,
        r"ұстаным" + W,
        r"бірлескен",
        r"мәлімдеме" + W,
        r"қарар" + W,
        r"алаң" + W,
        r"аясында",
        r"шеңберінде",
        r"іс-қимыл" + W,
        r"бастама" + W,
        r"ілгерілет" + W,
        r"сөз\s+сөйле" + W,
        r"дайынды[қғ]" + W,
        r"талқыла" + W,
        r"атынан",
        r"жұмыс\s+құжат" + W,
    ),
    not_forum=compile_words(
        r"БҰҰ\s+жанындағы",
        r"БҰҰ(?:-ның)?\s+(?:\w+\s+){0,6}(?:орталығы|кеңсесі|бағдарламасы|басқармасы|үйлестірушісі|"
        r"өкілдігі|хатшысы|бөлімшесі|жарғысы|конвенциясы|институты|университеті|жүйесі)" + W,
        r"(?:ЯСЖТШҰ|CTBTO)(?:-ның)?\s+Дайындық\s+комиссия" + W,
    ),
    organised_by=compile_words(
        r"ұйымдастыр" + W, r"өткізді", r"өткізілді", r"өткізеді", r"өткізбек", r"бастамасымен"
    ),
    forum_actors=compile_words(
        r"тараптар" + W,
        r"қатысушы\s+(?:мемлекеттер|елдер)" + W,
        r"Орталық\s+Азия\s+(?:мемлекет|елдер)" + W,
        r"бес\s+(?:\w+\s+){0,2}(?:мемлекет|ел)" + W,
        r"делегациялар" + W,
        r"айма[қғ]\s+(?:елдері|мемлекеттері)" + W,
        r"(?:төраға|үйлестіруші)\s+ретінде",
        r"атынан",
        r"бірлескен",
    ),
    single_actor=compile_words(
        r"(?:біздің|менің)\s+(?:ел|мемлекет|делегация)" + W, r"ұлттық\s+мәлімдеме" + W
    ),
    forum_anaphor=compile_words(r"(?:конференция|сессия|комитет|ассамблея)" + W),
    un_missions=compile_words(
        r"БҰҰ\s+жанындағы\s+(?:\w+\s+){0,2}(?:тұрақты\s+)?(?:өкілдері|өкілдіктері|елшілері)" + W
    ),
    signed_fact=compile_words(r"қол\s+қойыл" + W, r"қол\s+қойған"),  # '... қол қойған шарт'
    eif_fact=compile_words(r"күшіне\s+ен" + W),
)
