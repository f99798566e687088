"""Made-up Russian, Kazakh and English sentences of the parties' work at fora (several fora
named in one list, in any order, by full names and abbreviations; the zone's resolution at
the General Assembly; joint statements, working papers, side events; the Conference on
Disarmament, recorded as the UN) and of memoranda with the other zones' bodies, each with
every field of the cooperation records it states; and distractors (a state's national
statement, a UN official's words, another body's ministers at the UN, a permanent
representative's title) that give no cooperation record for the Central Asian zone. Other
zones' own work at fora is labelled with their regime. Written and labelled before the
extractor was run on them: the first pass is in docs/intake.md ("Fora and memoranda batch
N (session 5)"). Only the cooperation types (memorandum, forum) are checked here."""

from __future__ import annotations

from datetime import date

import pytest

from nwfz.intake.extract import extract

from .kk_latin_writer import to_latin
from .paraphrase_cases import FO, ME, P, matching

# (language, text, labels: (type, every field the text states), publication day)
Case = tuple[str, str, list[tuple[str, dict]], date]

BATCH_1: list[Case] = [
    # ---- Russian
    ("ru", "Стороны Договора о ЦАЗСЯО договорились продолжить координацию позиций на площадках "
     "Генеральной Ассамблеи ООН, Конференции по рассмотрению действия ДНЯО и Генеральной "
     "конференции МАГАТЭ.",
     [(FO, {"forum": "unga"}), (FO, {"forum": "npt-revcon"}), (FO, {"forum": "iaea-gc"})], P),
    ("ru", "Участники обменялись мнениями о взаимодействии в рамках ЦАЗСЯО в Первом комитете ГА "
     "ООН, на сессиях Подготовительного комитета ОК ДНЯО и в ОДВЗЯИ.",
     [(FO, {"forum": "unga-first-committee"}), (FO, {"forum": "npt-prepcom"}),
      (FO, {"forum": "ctbto"})], P),
    ("ru", "Генеральная Ассамблея ООН консенсусом приняла резолюцию «Договор о зоне, свободной "
     "от ядерного оружия, в Центральной Азии», соавторами которой выступили все пять государств "
     "региона.", [(FO, {"forum": "unga"})], P),
    ("ru", "На второй сессии Подготовительного комитета к Обзорной конференции ДНЯО 2026 года "
     "Кыргызстан, председательствующий в ЦАЗСЯО, зачитал совместное заявление пяти государств — "
     "участников Договора.", [(FO, {"forum": "npt-prepcom"})], P),
    ("ru", "На полях третьего Совещания государств — участников Договора о запрещении ядерного "
     "оружия страны Центральной Азии провели параллельное мероприятие о Семипалатинском "
     "договоре.", [(FO, {"forum": "tpnw-msp"})], P),
    ("ru", "Стороны ДЗСЯОЦА условились и впредь выступать с общих позиций в МАГАТЭ, ОДВЗЯИ и ООН.",
     [(FO, {"forum": "iaea-gc"}), (FO, {"forum": "ctbto"}), (FO, {"forum": "un"})], P),
    ("ru", "Выступая на пленарном заседании Конференции по разоружению в Женеве от имени пяти "
     "государств — участников Договора о ЦАЗСЯО, постоянный представитель Таджикистана напомнил "
     "о значении Протокола о гарантиях безопасности.", [(FO, {"forum": "un"})], P),
    ("ru", "В 2026 году государства — участники ЦАЗСЯО намерены представить совместный рабочий "
     "документ на Обзорной конференции ДНЯО и выступить с общей позицией в Первом комитете.",
     [(FO, {"forum": "npt-revcon"}), (FO, {"forum": "unga-first-committee"})], P),
    ("ru", "Участники встречи одобрили проект меморандума о взаимопонимании между ЦАЗСЯО и "
     "Агентством по запрещению ядерного оружия в Латинской Америке и Карибском бассейне.",
     [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "planned", "date": None})], P),
    ("ru", "12 октября 2025 года в Нью-Йорке председатель ЦАЗСЯО и исполнительный секретарь "
     "АФКОНЕ подписали Меморандум о сотрудничестве.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": "2025-10-12"})], P),
    ("ru", "Стороны Договора о ЦАЗСЯО и Монголия договорились подписать соглашение о "
     "сотрудничестве в сфере нераспространения.",
     [(ME, {"parties": ["CANWFZ", "MN"], "status": "planned", "date": None})], P),
    ("ru", "На 80-й сессии Первого комитета ГА ООН Монголия внесла проект резолюции о своём "
     "безъядерном статусе, который был принят без голосования.",
     [(FO, {"forum": "unga-first-committee", "regime": "mongolia-nwfs"})], P),
    # ---- Kazakh
    ("kk", "Семей шартына қатысушы мемлекеттер БҰҰ Бас Ассамблеясының Бірінші комитетінде, ЯҚТШ "
     "шолу конференциясында және МАГАТЭ Бас конференциясында ұстанымдарын үйлестіруді "
     "жалғастыруға келісті.",
     [(FO, {"forum": "unga-first-committee"}), (FO, {"forum": "npt-revcon"}),
      (FO, {"forum": "iaea-gc"})], P),
    ("kk", "БҰҰ Бас Ассамблеясы «Орталық Азияда ядролық қарудан азат аймақ туралы шарт» қарарын "
     "дауыс берусіз қабылдады, оның авторлары — аймақтың бес мемлекеті.",
     [(FO, {"forum": "unga"})], P),
    ("kk", "ЯҚТШ-ға қатысушы мемлекеттердің 2026 жылғы шолу конференциясында ОАЯҚАА елдері "
     "атынан Өзбекстан бірлескен мәлімдеме жасады.", [(FO, {"forum": "npt-revcon"})], P),
    ("kk", "Тараптар ЯҚТШ шолу конференциясының Дайындық комитеті сессиясы аясында Семей шарты "
     "бойынша жанама іс-шара өткізуді жоспарлап отыр.", [(FO, {"forum": "npt-prepcom"})], P),
    ("kk", "Орталық Азиядағы ядролық қарудан азат аймақ пен Африка атом энергиясы жөніндегі "
     "комиссиясы арасындағы ынтымақтастық туралы меморандумға қол қойылды.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": None})], P),
    ("kk", "ОАЯҚАА тараптары АСЕАН-мен өзара түсіністік туралы меморандум жасасу мәселесін "
     "талқылады.", [(ME, {"parties": ["CANWFZ", "ASEAN"], "status": "planned", "date": None})], P),
    ("kk", "Орталық Азия елдері атынан Түрікменстан ЯСЖТШҰ Дайындық комиссиясының сессиясында "
     "ОАЯҚАА туралы бірлескен мәлімдеме жасады.", [(FO, {"forum": "ctbto"})], P),
    # ---- English
    ("en", "Reaffirming their commitment to the Treaty on a Nuclear-Weapon-Free Zone in Central "
     "Asia, the five States Parties agreed to coordinate positions at the UN General Assembly, "
     "the NPT review process and the IAEA.",
     [(FO, {"forum": "unga"}), (FO, {"forum": "npt-revcon"}), (FO, {"forum": "iaea-gc"})], P),
    ("en", "At the 80th session of the General Assembly's First Committee, Kazakhstan, speaking "
     "on behalf of the CANWFZ States Parties, introduced the draft resolution on the zone.",
     [(FO, {"forum": "unga-first-committee"})], P),
    ("en", "The resolution 'Treaty on a Nuclear-Weapon-Free Zone in Central Asia' was adopted by "
     "the UNGA without a vote on 2 December 2025.", [(FO, {"forum": "unga"})], P),
    ("en", "The Central Asian NWFZ parties submitted a joint working paper to the 2026 Review "
     "Conference of the Parties to the NPT.", [(FO, {"forum": "npt-revcon"})], P),
    ("en", "The CANWFZ states will organise a side event on the margins of the 70th IAEA General "
     "Conference in Vienna and a joint briefing at the CTBTO.",
     [(FO, {"forum": "iaea-gc"}), (FO, {"forum": "ctbto"})], P),
    ("en", "Tajikistan, as coordinator of the Central Asian nuclear-weapon-free zone, addressed "
     "the Conference on Disarmament in Geneva on behalf of the five parties.",
     [(FO, {"forum": "un"})], P),
    ("en", "Delegations of the five CANWFZ parties took part jointly in the second Meeting of "
     "States Parties to the TPNW and in the session of the NPT Preparatory Committee.",
     [(FO, {"forum": "tpnw-msp"}), (FO, {"forum": "npt-prepcom"})], P),
    ("en", "On behalf of the States Parties to the Treaty of Tlatelolco, the Secretary-General of "
     "OPANAL delivered a statement to the First Committee of the UN General Assembly.",
     [(FO, {"forum": "unga-first-committee", "regime": "tlatelolco"})], P),
    ("en", "ASEAN delivered a joint statement at the First Committee on the Southeast Asia "
     "Nuclear Weapon-Free Zone Treaty.",
     [(FO, {"forum": "unga-first-committee", "regime": "bangkok"})], P),
    ("en", "Mongolia and the parties to the Semipalatinsk Treaty have agreed to cooperate more "
     "closely and are drafting a memorandum of understanding.",
     [(ME, {"parties": ["CANWFZ", "MN"], "status": "planned", "date": None})], P),
    ("en", "A memorandum of understanding between the Central Asian nuclear-weapon-free zone and "
     "OPANAL was signed in New York on 5 May 2025 on the sidelines of the NPT Preparatory "
     "Committee.",
     [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": "2025-05-05"}),
      (FO, {"forum": "npt-prepcom"})], P),
    # ---- distractors: no cooperation record for the Central Asian zone
    ("ru", "Выступая в Первом комитете ГА ООН с национальным заявлением, представитель "
     "Туркменистана упомянул Договор о ЦАЗСЯО среди достижений региона.", [], P),
    ("ru", "«Зона, свободная от ядерного оружия, в Центральной Азии — важный вклад в режим "
     "ДНЯО», — заявил Генеральный секретарь ООН, выступая на Обзорной конференции.", [], P),
    ("ru", "Постоянный представитель Казахстана при ООН вручил верительные грамоты; ранее он "
     "участвовал в подготовке Договора о ЦАЗСЯО.", [], P),
    ("ru", "Министры иностранных дел государств — членов СНГ приняли совместное заявление к "
     "Обзорной конференции ДНЯО, в котором приветствовали Договор о ЦАЗСЯО.", [], P),
    ("kk", "Қазақстан Сыртқы істер министрі БҰҰ Бас Ассамблеясының жалпы дебатында ұлттық "
     "мәлімдеме жасап, Семей шартын атап өтті.", [], P),
    ("kk", "ҰҚШҰ мүше мемлекеттерінің сыртқы істер министрлері БҰҰ Бас Ассамблеясы аясында "
     "кездесіп, Орталық Азиядағы ядролық қарудан азат аймақ туралы шартты қолдайтынын айтты.",
     [], P),
    ("en", "'Nuclear-weapon-free zones in Central Asia and elsewhere strengthen the NPT,' the UN "
     "High Representative for Disarmament Affairs told the Review Conference.", [], P),
    ("en", "Ambassador Umarov, Permanent Representative of Uzbekistan to the United Nations, "
     "recalled that his country initiated the Treaty on a Nuclear-Weapon-Free Zone in Central "
     "Asia.", [], P),
    ("en", "The SCO foreign ministers met on the margins of the UN General Assembly and welcomed "
     "the Central Asian nuclear-weapon-free zone.", [], P),
    ("en", "In its national statement at the IAEA General Conference, Kyrgyzstan mentioned the "
     "Central Asian zone treaty.", [], P),
]  # fmt: skip

BATCH_2: list[Case] = [
    # ---- Russian
    ("ru", "Страны региона сверили позиции по ЦАЗСЯО накануне Генеральной конференции МАГАТЭ и "
     "сессии Первого комитета.",
     [(FO, {"forum": "iaea-gc"}), (FO, {"forum": "unga-first-committee"})], P),
    ("ru", "По итогам консультаций стороны Договора о ЦАЗСЯО решили подготовить совместное "
     "заявление для 11-й Обзорной конференции ДНЯО и продвигать в ООН резолюцию о зоне.",
     [(FO, {"forum": "npt-revcon"}), (FO, {"forum": "un"})], P),
    ("ru", "В МАГАТЭ, ООН и ОДВЗЯИ пятёрка государств — участников Семипалатинского договора "
     "традиционно действует согласованно.",
     [(FO, {"forum": "iaea-gc"}), (FO, {"forum": "un"}), (FO, {"forum": "ctbto"})], P),
    ("ru", "Резолюция по Договору о ЦАЗСЯО, внесённая государствами региона, была одобрена "
     "80-й сессией Генассамблеи ООН.", [(FO, {"forum": "unga"})], P),
    ("ru", "В кулуарах Обзорной конференции ДНЯО в Нью-Йорке делегации государств Центральной "
     "Азии организовали презентацию Договора о ЦАЗСЯО.", [(FO, {"forum": "npt-revcon"})], P),
    ("ru", "Казахстан от имени государств — участников ЦАЗСЯО выступил на третьем Совещании "
     "государств — участников ДЗЯО.", [(FO, {"forum": "tpnw-msp"})], P),
    ("ru", "Исполнительный секретарь АФКОНЕ и председатель ЦАЗСЯО скрепили подписями Меморандум "
     "о взаимопонимании 5 декабря 2023 года в Аддис-Абебе.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": "2023-12-05"})], P),
    ("ru", "Стороны Договора о ЦАЗСЯО и Региональный центр ООН по превентивной дипломатии для "
     "Центральной Азии работают над меморандумом о сотрудничестве.",
     [(ME, {"parties": ["CANWFZ", "UNRCCA"], "status": "planned", "date": None})], P),
    ("ru", "Меморандум между ЦАЗСЯО и Комиссией Договора о зоне, свободной от ядерного оружия, в "
     "Юго-Восточной Азии планируется подписать в 2026 году.",
     [(ME, {"parties": ["CANWFZ", "ASEAN"], "status": "planned", "date": None})], P),
    ("ru", "Государства Латинской Америки в рамках ОПАНАЛ согласовали позиции к Обзорной "
     "конференции ДНЯО.", [(FO, {"forum": "npt-revcon", "regime": "tlatelolco"})], P),
    # ---- Kazakh
    ("kk", "Орталық Азия елдері МАГАТЭ Бас конференциясы мен БҰҰ Бас Ассамблеясының Бірінші "
     "комитетінде Семей шарты бойынша ортақ ұстанымды қорғайды.",
     [(FO, {"forum": "iaea-gc"}), (FO, {"forum": "unga-first-committee"})], P),
    ("kk", "Семей шартының тараптары БҰҰ, ЯҚТШ және МАГАТЭ алаңдарында өзара іс-қимылды "
     "жалғастырады.",
     [(FO, {"forum": "un"}), (FO, {"forum": "npt-revcon"}), (FO, {"forum": "iaea-gc"})], P),
    ("kk", "Нью-Йоркте ЯҚТШ шолу конференциясы аясында ОАЯҚАА елдері жанама іс-шара "
     "ұйымдастырды.", [(FO, {"forum": "npt-revcon"})], P),
    ("kk", "БҰҰ Бас Ассамблеясының 80-сессиясында Орталық Азиядағы ядролық қарудан азат аймақ "
     "туралы қарар қабылданды.", [(FO, {"forum": "unga"})], P),
    ("kk", "ОАЯҚАА мен ОПАНАЛ өзара түсіністік туралы меморандумға 2024 жылғы 5 желтоқсанда "
     "Ашхабадта қол қойды.",
     [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": "2024-12-05"})], P),
    ("kk", "Семей шарты тараптары Моңғолиямен ынтымақтастық туралы меморандум дайындап жатыр.",
     [(ME, {"parties": ["CANWFZ", "MN"], "status": "planned", "date": None})], P),
    # ---- English
    ("en", "The Central Asian states pledged to keep working together in the IAEA, the CTBTO and "
     "the NPT review cycle to uphold the Semipalatinsk Treaty.",
     [(FO, {"forum": "iaea-gc"}), (FO, {"forum": "ctbto"}), (FO, {"forum": "npt-revcon"})], P),
    ("en", "At UN Headquarters, the five CANWFZ Permanent Representatives held a joint briefing "
     "for the First Committee on the Treaty's 20th anniversary.",
     [(FO, {"forum": "unga-first-committee"})], P),
    ("en", "The General Assembly once again endorsed the Central Asian zone: its resolution on "
     "the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, sponsored by all five states of "
     "the region, passed without a vote.", [(FO, {"forum": "unga"})], P),
    ("en", "Turkmenistan, currently chairing the CANWFZ, will present the parties' common "
     "position to the Third Session of the Preparatory Committee for the 2026 NPT Review "
     "Conference.", [(FO, {"forum": "npt-prepcom"})], P),
    ("en", "A joint working paper on the Central Asian nuclear-weapon-free zone was tabled by "
     "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan at the 2026 NPT RevCon.",
     [(FO, {"forum": "npt-revcon"})], P),
    ("en", "At the First Meeting of States Parties to the TPNW in Vienna, Kazakhstan spoke on "
     "behalf of the Central Asian zone states.", [(FO, {"forum": "tpnw-msp"})], P),
    ("en", "The SEANWFZ Commission and the States Parties to the CANWFZ Treaty agreed in "
     "principle to conclude a memorandum of cooperation.",
     [(ME, {"parties": ["CANWFZ", "ASEAN"], "status": "planned", "date": None})], P),
    ("en", "UNRCCA and the Central Asian NWFZ parties inked an MoU in Ashgabat on 10 December "
     "2024.", [(ME, {"parties": ["CANWFZ", "UNRCCA"], "status": "signed", "date": "2024-12-10"})],
     P),
    ("en", "Speaking for the Pacific Islands Forum members party to the Treaty of Rarotonga, Fiji "
     "addressed the NPT Review Conference.",
     [(FO, {"forum": "npt-revcon", "regime": "rarotonga"})], P),
    # ---- distractors
    ("ru", "Постпред Узбекистана при ООН провёл встречу с Верховным представителем ООН по "
     "вопросам разоружения; стороны обсудили ДНЯО и Договор о ЦАЗСЯО.", [], P),
    ("ru", "МАГАТЭ провело в Вене семинар для государств Центральной Азии по физической ядерной "
     "безопасности; Договор о ЦАЗСЯО упоминался в докладе.", [], P),
    ("kk", "БҰҰ Бас хатшысы Орталық Азиядағы ядролық қарудан азат аймақты ЯҚТШ шолу "
     "конференциясында жоғары бағалады.", [], P),
    ("kk", "ШЫҰ елдерінің сыртқы істер министрлері БҰҰ алаңында бірлескен мәлімдеме қабылдап, "
     "Семей шартын қолдады.", [], P),
    ("en", "Uzbekistan's Permanent Representative to the UN, who chaired the CANWFZ consultations "
     "last year, presented his credentials to the Secretary-General.", [], P),
    ("en", "At the UN General Assembly, Kazakhstan's President called for a nuclear-weapon-free "
     "world and recalled the Semipalatinsk Treaty.", [], P),
    ("en", "The IAEA Director General praised the Central Asian zone at the opening of the "
     "General Conference.", [], P),
    ("en", "The CSTO member states issued a joint statement at the NPT Review Conference that "
     "welcomed the Central Asian nuclear-weapon-free zone.", [], P),
]  # fmt: skip

BATCH_3: list[Case] = [
    # ---- Russian
    ("ru", "Участники встречи по ЦАЗСЯО обсудили подготовку к 11-й Обзорной конференции ДНЯО и к "
     "81-й сессии Генеральной Ассамблеи ООН.",
     [(FO, {"forum": "npt-revcon"}), (FO, {"forum": "unga"})], P),
    ("ru", "В Вене открылась 69-я сессия Генеральной конференции МАГАТЭ. На её полях государства "
     "— участники Договора о ЦАЗСЯО провели совместное мероприятие.",
     [(FO, {"forum": "iaea-gc"})], P),
    ("ru", "Страны ЦАЗСЯО выступили единым фронтом на сессии Подготовительной комиссии ОДВЗЯИ.",
     [(FO, {"forum": "ctbto"})], P),
    ("ru", "Договорились о проведении совместного параллельного мероприятия в ходе Обзорной "
     "конференции ДНЯО 2026 года, говорится в сообщении МИД Кыргызстана по итогам встречи "
     "сторон ЦАЗСЯО.", [(FO, {"forum": "npt-revcon"})], P),
    ("ru", "Секретариат ОПАНАЛ и страна-председатель ЦАЗСЯО обменялись проектами документа о "
     "сотрудничестве.",
     [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "planned", "date": None})], P),
    ("ru", "В Женеве подписан Меморандум о взаимопонимании между ЦАЗСЯО и АФКОНЕ. Церемония "
     "состоялась 3 мая 2024 года.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": "2024-05-03"})], P),
    ("ru", "Монголия представила в Первом комитете доклад о своём безъядерном статусе.",
     [(FO, {"forum": "unga-first-committee", "regime": "mongolia-nwfs"})], P),
    # ---- Kazakh
    ("kk", "ОАЯҚАА елдері ЯҚТШ-ның 2026 жылғы шолу конференциясына бірлескен жұмыс құжатын "
     "ұсынады.", [(FO, {"forum": "npt-revcon"})], P),
    ("kk", "Вена қаласында МАГАТЭ Бас конференциясының 69-сессиясы басталды. Оның аясында Семей "
     "шартына қатысушы мемлекеттер жанама іс-шара өткізді.", [(FO, {"forum": "iaea-gc"})], P),
    ("kk", "Семей шарты тараптары ЯСЖТШҰ, МАГАТЭ және БҰҰ Бас Ассамблеясы аясындағы "
     "ынтымақтастықты талқылады.",
     [(FO, {"forum": "ctbto"}), (FO, {"forum": "iaea-gc"}), (FO, {"forum": "unga"})], P),
    ("kk", "АФКОНЕ мен ОАЯҚАА арасында ынтымақтастық туралы меморандум жасасу жоспарлануда.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "planned", "date": None})], P),
    ("kk", "Семей шарты тараптары мен БҰҰ-ның Орталық Азия үшін превентивтік дипломатия "
     "жөніндегі өңірлік орталығы ынтымақтастық туралы меморандумға қол қойды.",
     [(ME, {"parties": ["CANWFZ", "UNRCCA"], "status": "signed", "date": None})], P),
    ("kk", "Бангкок шартына қатысушы мемлекеттер БҰҰ Бас Ассамблеясында бірлескен мәлімдеме "
     "жасады.", [(FO, {"forum": "unga", "regime": "bangkok"})], P),
    # ---- English
    ("en", "The 69th IAEA General Conference opened in Vienna on Monday. On its margins, the "
     "CANWFZ States Parties hosted a panel on the Treaty's contribution to nuclear security.",
     [(FO, {"forum": "iaea-gc"})], P),
    ("en", "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan co-sponsor the UNGA "
     "resolution on the Central Asian nuclear-weapon-free zone, which is tabled every three "
     "years.", [(FO, {"forum": "unga"})], P),
    ("en", "Ahead of the Eleventh Review Conference of the Parties to the Treaty on the "
     "Non-Proliferation of Nuclear Weapons, the Central Asian NWFZ parties circulated a joint "
     "working paper on negative security assurances.", [(FO, {"forum": "npt-revcon"})], P),
    ("en", "The five Central Asian states will again speak jointly on their zone at the CTBTO's "
     "Preparatory Commission session in June.", [(FO, {"forum": "ctbto"})], P),
    ("en", "The CANWFZ and OPANAL have agreed to formalise their cooperation through a "
     "memorandum, to be signed at the next NPT Review Conference.",
     [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "planned", "date": None}),
      (FO, {"forum": "npt-revcon"})], P),
    ("en", "Mongolia signed a memorandum of cooperation with the Central Asian NWFZ in Ulaanbaatar "
     "on 14 November 2025.",
     [(ME, {"parties": ["CANWFZ", "MN"], "status": "signed", "date": "2025-11-14"})], P),
    ("en", "The Pacific Islands Forum Secretariat submitted a working paper on the Treaty of "
     "Rarotonga to the NPT Preparatory Committee.",
     [(FO, {"forum": "npt-prepcom", "regime": "rarotonga"})], P),
    # ---- distractors
    ("ru", "Делегация Таджикистана в национальном качестве выступила на Генеральной конференции "
     "МАГАТЭ, упомянув Договор о ЦАЗСЯО.", [], P),
    ("ru", "Постоянные представители стран СНГ при ООН встретились в Нью-Йорке; обсуждался, в "
     "частности, Договор о ЦАЗСЯО.", [], P),
    ("ru", "Генеральная Ассамблея ООН приняла резолюцию «Зона мира, доверия и сотрудничества в "
     "Центральной Азии»; Договор о ЦАЗСЯО был упомянут в прениях.", [], P),
    ("kk", "Қырғызстан Сыртқы істер министрі Қарусыздану жөніндегі конференцияда сөз сөйлеп, "
     "Семей шартының маңызын атап өтті.", [], P),
    ("en", "The UN Regional Centre for Preventive Diplomacy for Central Asia hosted a briefing on "
     "the Central Asian nuclear-weapon-free zone for Ashgabat-based diplomats.", [], P),
    ("en", "Kyrgyzstan's Foreign Minister told the Conference on Disarmament that his country, a "
     "founding member of the Central Asian zone, backs a ban on fissile material.", [], P),
    ("en", "On the International Day against Nuclear Tests, the UN Secretary-General recalled the "
     "closure of the Semipalatinsk test site and the Central Asian zone.", [], P),
    ("en", "A memorandum between Kazakhstan and the IAEA on the Low Enriched Uranium Bank was "
     "extended; Kazakhstan is a party to the Central Asian nuclear-weapon-free zone treaty.",
     [], P),
]  # fmt: skip

BATCH_4: list[Case] = [
    # ---- Russian
    ("ru", "ЦАЗСЯО на площадке ООН. Постоянные представители пяти государств Центральной Азии при "
     "ООН провели в Нью-Йорке совместный брифинг о Договоре.", [(FO, {"forum": "un"})], P),
    ("ru", "Государства региона представят совместную позицию на предстоящих сессиях Первого "
     "комитета Генассамблеи и Генконференции МАГАТЭ, а также в рамках обзорного процесса ДНЯО, "
     "сообщили в МИД Туркменистана по итогам встречи по ЦАЗСЯО.",
     [(FO, {"forum": "unga-first-committee"}), (FO, {"forum": "iaea-gc"}),
      (FO, {"forum": "npt-revcon"})], P),
    ("ru", "Резолюция «Договор о зоне, свободной от ядерного оружия, в Центральной Азии» принята "
     "Генеральной Ассамблеей ООН 4 декабря 2023 года без голосования.",
     [(FO, {"forum": "unga"})], P),
    ("ru", "На Конференции по разоружению в Женеве прозвучало совместное заявление государств — "
     "участников ЦАЗСЯО.", [(FO, {"forum": "un"})], P),
    ("ru", "Подписанный в декабре Меморандум о сотрудничестве с ОПАНАЛ открывает новые "
     "возможности для ЦАЗСЯО, отметил замминистра.",
     [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": None})], P),
    ("ru", "Стороны ЦАЗСЯО и АСЕАН условились о заключении меморандума о взаимопонимании.",
     [(ME, {"parties": ["CANWFZ", "ASEAN"], "status": "planned", "date": None})], P),
    ("ru", "Государства — участники Договора Пелиндаба выступили с совместным заявлением на "
     "Обзорной конференции ДНЯО.", [(FO, {"forum": "npt-revcon", "regime": "pelindaba"})], P),
    # ---- Kazakh
    ("kk", "Семей шартына қатысушы бес мемлекет БҰҰ Бас Ассамблеясының 80-сессиясында бірлескен "
     "мәлімдеме жасады.", [(FO, {"forum": "unga"})], P),
    ("kk", "Тараптар ЯҚТШ-ның шолу процесі, МАГАТЭ және ЯСЖТШҰ алаңдарында Орталық Азиядағы "
     "ядролық қарудан азат аймақ мүддесін бірлесіп ілгерілетуге уағдаласты.",
     [(FO, {"forum": "npt-revcon"}), (FO, {"forum": "iaea-gc"}), (FO, {"forum": "ctbto"})], P),
    ("kk", "Қарусыздану жөніндегі конференцияда Семей шарты тараптарының атынан Түрікменстан сөз "
     "сөйледі.", [(FO, {"forum": "un"})], P),
    ("kk", "ОАЯҚАА мен Моңғолия арасындағы ынтымақтастық туралы меморандумға 2025 жылғы 20 "
     "қарашада қол қойылды.",
     [(ME, {"parties": ["CANWFZ", "MN"], "status": "signed", "date": "2025-11-20"})], P),
    # ---- English
    ("en", "Central Asian NWFZ states to coordinate at NPT RevCon, UNGA and IAEA GC",
     [(FO, {"forum": "npt-revcon"}), (FO, {"forum": "unga"}), (FO, {"forum": "iaea-gc"})], P),
    ("en", "The CANWFZ parties have traditionally acted as one at the UN's First Committee, "
     "tabling their resolution every three years.", [(FO, {"forum": "unga-first-committee"})], P),
    ("en", "In Geneva, the chair of the Central Asian zone read out a joint statement at the "
     "Conference on Disarmament's plenary.", [(FO, {"forum": "un"})], P),
    ("en", "Representatives of the five parties to the Treaty of Semipalatinsk attended the Third "
     "Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons as a group.",
     [(FO, {"forum": "tpnw-msp"})], P),
    ("en", "Side event: 'Central Asia - a zone free of nuclear weapons', organised by the CANWFZ "
     "parties at the 2026 NPT Review Conference, UN Headquarters, New York.",
     [(FO, {"forum": "npt-revcon"})], P),
    ("en", "Bangkok Treaty Commission and CANWFZ sign cooperation MoU",
     [(ME, {"parties": ["CANWFZ", "ASEAN"], "status": "signed", "date": None})], P),
    ("en", "Talks on a memorandum of understanding between AFCONE and the CANWFZ parties "
     "continued in Addis Ababa.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "planned", "date": None})], P),
    ("en", "OPANAL's Secretary-General addressed the UN General Assembly's First Committee on "
     "behalf of Latin America and the Caribbean.",
     [(FO, {"forum": "unga-first-committee", "regime": "tlatelolco"})], P),
    # ---- distractors
    ("ru", "Глава МИД Казахстана выступил на общих дебатах 80-й сессии Генассамблеи ООН и "
     "призвал укреплять режим ДНЯО, напомнив о Договоре о ЦАЗСЯО.", [], P),
    ("ru", "Генеральный директор МАГАТЭ посетил Астану; стороны обсудили сотрудничество, в том "
     "числе в контексте ЦАЗСЯО.", [], P),
    ("ru", "ОДВЗЯИ провела в Алматы учения; участники вспомнили о Семипалатинском договоре.", [],
     P),
    ("kk", "Өзбекстан Президенті БҰҰ Бас Ассамблеясының мінберінен ядролық қарусыз әлем туралы "
     "айтып, Семей шартын еске салды.", [], P),
    ("kk", "МАГАТЭ Бас директоры Семей шартына қатысушы елдерге алғыс айтты.", [], P),
    ("en", "The UN General Assembly proclaimed 29 August the International Day against Nuclear "
     "Tests; the Central Asian nuclear-weapon-free zone was mentioned in the debate.", [], P),
    ("en", "Kazakhstan's permanent representative to the IAEA in Vienna briefed journalists on "
     "the Central Asian NWFZ.", [], P),
    ("en", "The CIS heads of state adopted a joint statement on the NPT Review Conference and "
     "welcomed the Central Asian nuclear-weapon-free zone.", [], P),
]  # fmt: skip

BATCH_5: list[Case] = [
    # ---- Russian
    ("ru", "Состоялась консультативная встреча государств — участников ЦАЗСЯО. Стороны "
     "подчеркнули важность тесного взаимодействия на многосторонних площадках, включая ООН, "
     "МАГАТЭ и ОДВЗЯИ, а также в обзорном процессе ДНЯО.",
     [(FO, {"forum": "un"}), (FO, {"forum": "iaea-gc"}), (FO, {"forum": "ctbto"}),
      (FO, {"forum": "npt-revcon"})], P),
    ("ru", "В ходе встречи обсуждены вопросы подготовки совместного выступления пяти государств "
     "на предстоящей сессии Первого комитета 81-й сессии ГА ООН. Председательствующий в ЦАЗСЯО "
     "Таджикистан предложил проект текста.", [(FO, {"forum": "unga-first-committee"})], P),
    ("ru", "Договор о ЦАЗСЯО: резолюция ГА ООН. Первый комитет Генеральной Ассамблеи ООН одобрил "
     "проект резолюции по Договору о зоне, свободной от ядерного оружия, в Центральной Азии.",
     [(FO, {"forum": "unga-first-committee"})], P),
    ("ru", "Меморандум о взаимопонимании между ЦАЗСЯО и ОПАНАЛ, подписанный 5 декабря 2024 года в "
     "Ашхабаде, предусматривает обмен опытом и консультации в преддверии Обзорных конференций "
     "ДНЯО.",
     [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": "2024-12-05"}),
      (FO, {"forum": "npt-revcon"})], P),
    ("ru", "Казахстан, Кыргызстан, Таджикистан, Туркменистан и Узбекистан традиционно выступают "
     "соавторами резолюции ГА ООН «Договор о зоне, свободной от ядерного оружия, в Центральной "
     "Азии».", [(FO, {"forum": "unga"})], P),
    ("ru", "АФКОНЕ и ЦАЗСЯО намерены продолжить работу над документом о сотрудничестве.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "planned", "date": None})], P),
    ("ru", "Представитель ОПАНАЛ выступил на Генеральной конференции МАГАТЭ.",
     [(FO, {"forum": "iaea-gc", "regime": "tlatelolco"})], P),
    # ---- Kazakh
    ("kk", "Кездесу барысында тараптар БҰҰ Бас Ассамблеясының Бірінші комитеті, ЯҚТШ шолу "
     "конференциясы және МАГАТЭ Бас конференциясы сияқты алаңдарда ұстанымдарды үйлестірудің "
     "маңызын атап өтті. Кездесу Семей шарты аясында өтті.",
     [(FO, {"forum": "unga-first-committee"}), (FO, {"forum": "npt-revcon"}),
      (FO, {"forum": "iaea-gc"})], P),
    ("kk", "Семей шартына қатысушы мемлекеттер БҰҰ Бас Ассамблеясына «Орталық Азияда ядролық "
     "қарудан азат аймақ туралы шарт» қарарының жобасын бірлесіп енгізді.",
     [(FO, {"forum": "unga"})], P),
    ("kk", "ОАЯҚАА мен АФКОНЕ арасындағы меморандумға 2023 жылғы 5 желтоқсанда Нью-Йоркте БҰҰ "
     "Бас Ассамблеясының Бірінші комитеті отырысы кезінде қол қойылды.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": "2023-12-05"}),
      (FO, {"forum": "unga-first-committee"})], P),
    # ---- English
    ("en", "The States Parties to the CANWFZ Treaty reaffirmed their intention to continue close "
     "cooperation within the United Nations, including the First Committee, as well as at the "
     "IAEA and in the NPT review process.",
     [(FO, {"forum": "unga-first-committee"}), (FO, {"forum": "iaea-gc"}),
      (FO, {"forum": "npt-revcon"})], P),
    ("en", "Kazakhstan chairs the CANWFZ this year and will deliver the group's statement at the "
     "NPT Preparatory Committee in Geneva.", [(FO, {"forum": "npt-prepcom"})], P),
    ("en", "Nuclear-free Central Asia showcased at UN: the CANWFZ parties held an exhibition at "
     "UN Headquarters during the General Assembly's high-level week.",
     [(FO, {"forum": "unga"})], P),
    ("en", "OPANAL and the CANWFZ held joint consultations ahead of the First Committee, in line "
     "with the memorandum of understanding they signed in 2024.",
     [(FO, {"forum": "unga-first-committee"}),
      (ME, {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": None})], P),
    ("en", "A cooperation agreement between the SEANWFZ Commission and the Central Asian zone is "
     "being negotiated.",
     [(ME, {"parties": ["CANWFZ", "ASEAN"], "status": "planned", "date": None})], P),
    ("en", "Mongolia's permanent representative to the UN presented the Secretary-General's report "
     "on Mongolia's nuclear-weapon-free status to the First Committee.",
     [(FO, {"forum": "unga-first-committee", "regime": "mongolia-nwfs"})], P),
    # ---- distractors
    ("ru", "Туркменистан выступил на сессии Генконференции МАГАТЭ с национальным заявлением, в "
     "котором упомянул, в частности, председательство в ЦАЗСЯО.", [], P),
    ("kk", "Тәжікстан делегациясы ЯҚТШ шолу конференциясында ұлттық мәлімдеме жасап, Семей "
     "шартына тоқталды.", [], P),
    ("en", "The UNGA First Committee adopted a resolution on a nuclear-weapon-free zone in the "
     "Middle East; Kazakhstan voted in favour.", [], P),
    ("en", "Speaking in his national capacity at the TPNW meeting, the Kazakh envoy recalled the "
     "Semipalatinsk Treaty.", [], P),
    ("en", "The Permanent Representative of Turkmenistan to the UN chaired a meeting of the Second "
     "Committee; Turkmenistan also chairs the CANWFZ this year.", [], P),
]  # fmt: skip

BATCH_6: list[Case] = [
    # ---- Russian
    ("ru", "Страны — участницы Договора о ЦАЗСЯО приняли участие в Конференции по содействию "
     "вступлению в силу ДВЗЯИ (статья XIV) и выступили с совместным заявлением.",
     [(FO, {"forum": "ctbto"})], P),
    ("ru", "На первой Обзорной конференции ДЗЯО государства Центральной Азии представили "
     "совместный доклад о помощи пострадавшим от ядерных испытаний; речь шла и о Договоре о "
     "ЦАЗСЯО.", [(FO, {"forum": "tpnw-revcon"})], P),
    ("ru", "Участники договорились продолжить совместную работу в ООН и её Первом комитете, а "
     "также в МАГАТЭ по линии ЦАЗСЯО.",
     [(FO, {"forum": "unga-first-committee"}), (FO, {"forum": "iaea-gc"})], P),
    ("ru", "Меморандум о сотрудничестве ЦАЗСЯО с Монголией будет подписан в ходе следующей "
     "консультативной встречи.",
     [(ME, {"parties": ["CANWFZ", "MN"], "status": "planned", "date": None})], P),
    # ---- Kazakh
    ("kk", "ЯҚТСШ-ға қатысушы мемлекеттердің бірінші шолу конференциясында Орталық Азия елдері "
     "Семей шарты туралы бірлескен баяндама ұсынды.", [(FO, {"forum": "tpnw-revcon"})], P),
    ("kk", "ЯСЖТШ-ның күшіне енуіне жәрдемдесу жөніндегі конференцияда ОАЯҚАА тараптары атынан "
     "Қазақстан сөз сөйледі.", [(FO, {"forum": "ctbto"})], P),
    ("kk", "Семей шарты мен Пелиндаба шарты арасындағы ынтымақтастық туралы меморандум жобасы "
     "келісілді.", [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "planned", "date": None})], P),
    # ---- English
    ("en", "At the Article XIV Conference on facilitating the entry into force of the CTBT, the "
     "five CANWFZ parties issued a joint statement.", [(FO, {"forum": "ctbto"})], P),
    ("en", "The First Review Conference of the TPNW heard a joint statement by the Central Asian "
     "NWFZ States.", [(FO, {"forum": "tpnw-revcon"})], P),
    ("en", "Kyrgyzstan and Uzbekistan, on behalf of the CANWFZ parties, co-hosted a side event at "
     "the UN General Assembly's First Committee on disarmament education.",
     [(FO, {"forum": "unga-first-committee"})], P),
    ("en", "The CANWFZ and AFCONE signed a Memorandum of Cooperation on 1 November 2023 in New "
     "York, during the First Committee session.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": "2023-11-01"}),
      (FO, {"forum": "unga-first-committee"})], P),
    ("en", "UNRCCA will host a joint event with the CANWFZ parties on the margins of the CTBTO "
     "Preparatory Commission in Vienna.", [(FO, {"forum": "ctbto"})], P),
    ("en", "At the UN General Assembly, the Pacific Islands Forum delivered a statement on the "
     "Treaty of Rarotonga.", [(FO, {"forum": "unga", "regime": "rarotonga"})], P),
    # ---- distractors
    ("ru", "Совет управляющих МАГАТЭ одобрил доклад о гарантиях; представители Казахстана и "
     "Узбекистана напомнили о Договоре о ЦАЗСЯО.", [], P),
    ("ru", "ОДКБ и СНГ провели в Нью-Йорке совместное мероприятие на полях Генассамблеи ООН; в "
     "нём участвовали и государства Центральной Азии, участники ЦАЗСЯО.", [], P),
    ("kk", "МАГАТЭ Басқарушылар кеңесінің отырысында Өзбекстан өкілі ұлттық мәлімдеме жасап, "
     "Семей шартын атап өтті.", [], P),
    ("en", "The IAEA Board of Governors discussed safeguards in Central Asia; the CANWFZ was cited "
     "by several members.", [], P),
    ("en", "The Permanent Mission of Kazakhstan to the UN in Geneva hosted a film screening on the "
     "Semipalatinsk Treaty.", [], P),
]  # fmt: skip

BATCH_7: list[Case] = [
    # ---- Russian
    ("ru", "МИД Узбекистана: страны ЦАЗСЯО согласовали текст совместного заявления к 70-й сессии "
     "Генеральной конференции МАГАТЭ.", [(FO, {"forum": "iaea-gc"})], P),
    ("ru", "Представители пяти стран, участниц Семипалатинского договора, провели рабочую встречу "
     "на полях Подготовительного комитета Обзорной конференции ДНЯО 2030 года в Вене.",
     [(FO, {"forum": "npt-prepcom"})], P),
    ("ru", "«Будем и дальше координировать усилия в ООН, ДНЯО и МАГАТЭ», — заявил замминистра "
     "Кыргызстана по итогам встречи сторон ЦАЗСЯО.",
     [(FO, {"forum": "un"}), (FO, {"forum": "npt-revcon"}), (FO, {"forum": "iaea-gc"})], P),
    ("ru", "Ожидается, что документ о сотрудничестве между ЦАЗСЯО и ОПАНАЛ будет подписан до "
     "конца года.", [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "planned", "date": None})],
     P),
    ("ru", "Латиноамериканская безъядерная зона представила в Первом комитете ГА ООН совместное "
     "заявление государств — членов ОПАНАЛ.",
     [(FO, {"forum": "unga-first-committee", "regime": "tlatelolco"})], P),
    # ---- Kazakh
    ("kk", "Семей шарты тараптары ЯҚТШ-ға қатысушы мемлекеттердің 2026 жылғы шолу конференциясы "
     "мен МАГАТЭ Бас конференциясында бірыңғай ұстаным білдіреді.",
     [(FO, {"forum": "npt-revcon"}), (FO, {"forum": "iaea-gc"})], P),
    ("kk", "Қазақстан ОАЯҚАА-ға төраға ретінде БҰҰ Бас Ассамблеясының Бірінші комитетінде бес "
     "мемлекет атынан мәлімдеме жасайды.", [(FO, {"forum": "unga-first-committee"})], P),
    ("kk", "Моңғолия мен Семей шартына қатысушы мемлекеттер ынтымақтастық туралы меморандумға қол "
     "қоюға келісті.", [(ME, {"parties": ["CANWFZ", "MN"], "status": "planned", "date": None})], P),
    # ---- English
    ("en", "In their joint communiqué, the CANWFZ parties committed to coordinate closely ahead of "
     "the 2026 NPT RevCon, the 81st UNGA and the IAEA's 70th General Conference.",
     [(FO, {"forum": "npt-revcon"}), (FO, {"forum": "unga"}), (FO, {"forum": "iaea-gc"})], P),
    ("en", "The CANWFZ took centre stage at the UN this week as its five parties briefed member "
     "states on the Treaty's 20 years.", [(FO, {"forum": "un"})], P),
    ("en", "Uzbekistan, speaking for the five Central Asian parties to the Treaty of "
     "Semipalatinsk, urged nuclear-weapon states at the Third Session of the NPT PrepCom to "
     "ratify the Protocol.", [(FO, {"forum": "npt-prepcom"})], P),
    ("en", "AFCONE's Executive Secretary and the Central Asian zone's chair inked a memorandum of "
     "cooperation in Addis Ababa on 12 March 2025.",
     [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": "2025-03-12"})], P),
    ("en", "The ASEAN Member States tabled their biennial resolution on the Treaty on the "
     "Southeast Asia Nuclear Weapon-Free Zone at the First Committee.",
     [(FO, {"forum": "unga-first-committee", "regime": "bangkok"})], P),
    # ---- distractors
    ("ru", "В Нью-Йорке прошло заседание Группы друзей ДЗЯО; Казахстан, председатель ЦАЗСЯО в "
     "2026 году, выступил с национальной позицией.", [], P),
    ("kk", "БҰҰ Бас Ассамблеясы 2 желтоқсанды халықаралық күн деп жариялады; Семей шарты да "
     "аталды.", [], P),
    ("en", "The Stockholm Initiative ministers, meeting on the margins of the UNGA, discussed "
     "nuclear-weapon-free zones, including in Central Asia.", [], P),
    ("en", "At the IAEA General Conference, the Kazakh delegation in its national capacity "
     "highlighted the Low Enriched Uranium Bank and the Semipalatinsk Treaty.", [], P),
    ("en", "'The Central Asian zone is a model,' said UN Under-Secretary-General Nakamitsu at the "
     "First Committee.", [], P),
]  # fmt: skip

BATCHES = {
    "b1": BATCH_1,
    "b2": BATCH_2,
    "b3": BATCH_3,
    "b4": BATCH_4,
    "b5": BATCH_5,
    "b6": BATCH_6,
    "b7": BATCH_7,
}
# labels the rules do not read yet, by their test id, with the reason (strict xfails)
NOT_READ = {
    "b3-17-en-forum-ctbto": "the zone is named only as 'their zone' beside 'Central Asian states'; "
    "no zone's name nor 'nuclear-weapon-free zone' is there for the rules to stand on",
    "b4-03-ru-forum-unga": "a resolution dated at the Assembly (4 December 2023) three calendar "
    "years before the report (2026) is read as the zone's past there, not a session to record",
    "b5-16-en-forum-unga-first-committee": "'presented ... to the First Committee' with no other "
    "context word: the English 'presented' is left out (it made three false fora of other zones' "
    "documents on the corpus)",
    "b6-03-ru-forum-iaea-gc": "'а также в МАГАТЭ': the agency named alone after 'в' is not read "
    "as its General Conference (documents are sent 'в МАГАТЭ' too); only 'на площадке / в "
    "рамках МАГАТЭ' and lists of fora are",
}
COOPERATION = (ME, FO)


def _labels(batches: dict[str, list[Case]]) -> list:
    out = []
    for name, cases in batches.items():
        for n, (language, text, labels, published) in enumerate(cases, 1):
            for record_type, fields in labels:
                what = fields.get("forum") or "-".join(fields.get("parties") or [])
                ident = f"{name}-{n:02d}-{language}-{record_type}-{what}"
                why = NOT_READ.get(ident)
                marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
                out.append(
                    pytest.param(
                        language, text, record_type, fields, published, id=ident, marks=marks
                    )
                )
    return out


def _cases(batches: dict[str, list[Case]]) -> list:
    return [
        pytest.param(*case, id=f"{name}-{n:02d}-{case[0]}")
        for name, cases in batches.items()
        for n, case in enumerate(cases, 1)
    ]


def _kazakh(batches: dict[str, list[Case]]) -> dict[str, list[Case]]:
    return {name: [c for c in cases if c[0] == "kk"] for name, cases in batches.items()}


def _key(record_type: str, fields: dict) -> tuple:
    regime = fields.get("regime") or "canwfz"
    if record_type == FO:
        return (FO, regime, fields.get("forum"))
    return (ME, regime, tuple(sorted(fields.get("parties") or [])))


@pytest.mark.parametrize(
    ("language", "text", "record_type", "fields", "published"), _labels(BATCHES)
)
def test_each_label_is_found_with_every_field(language, text, record_type, fields, published):
    result = extract(text, published=published)
    assert result.language == language
    assert matching(text, record_type, fields, published), [p.to_json() for p in result.proposals]


@pytest.mark.parametrize(("language", "text", "labels", "published"), _cases(BATCHES))
def test_no_cooperation_record_beyond_the_labels(language, text, labels, published):
    result = extract(text, published=published)
    wanted = {_key(t, f) for t, f in labels}
    extra = [
        p.to_json()
        for p in result.proposals
        if p.type in COOPERATION and _key(p.type, p.to_json()) not in wanted
    ]
    assert extra == []


@pytest.mark.parametrize(
    ("language", "text", "record_type", "fields", "published"), _labels(_kazakh(BATCHES))
)
def test_a_kazakh_label_is_found_in_the_2021_latin_alphabet(
    language, text, record_type, fields, published
):
    latin = to_latin(text, "2021")
    result = extract(latin, published=published)
    assert result.transliteration == "kk-latn-2021"
    assert matching(latin, record_type, fields, published), [p.to_json() for p in result.proposals]
