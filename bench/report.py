"""Times the chair's annual report (HTML, PDF, DOCX) for a year with realistic volume, and
WeasyPrint rendering an empty page in the same run, so the PDF figure can be read against
the machine's floor.

    .venv/bin/python bench/report.py [--runs 5] [--keep DIR]

Volume: 50 meetings carrying 300 decisions, 300 action items (half done, half open), 100
events, 8 forum sessions with 40 coordination items, 10 deadlines; Russian text with
Kazakh names and letters. With --keep DIR the rendered files are written there.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("NWFZ_HOME", tempfile.mkdtemp(prefix="nwfz-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nwfz.settings")

import django  # noqa: E402

django.setup()

from nwfz.governance.records import (  # noqa: E402
    ActionInfo,
    ChairInfo,
    CoordinationInfo,
    DeadlineInfo,
    DecisionInfo,
    EventInfo,
    ForumSessionInfo,
    MeetingInfo,
    OutcomeInfo,
    YearRecord,
)

STATES = {
    "KZ": "Казахстан",
    "KG": "Кыргызстан",
    "TJ": "Таджикистан",
    "TM": "Туркменистан",
    "UZ": "Узбекистан",
}
CODES = list(STATES)
PLACES = ["Астана", "Алматы", "Бишкек", "Душанбе", "Ашхабад", "Ташкент", "Семей", "Түркістан"]
AGENDA = [
    "Обзор выполнения решений предыдущей встречи",
    "Подготовка к сессии Подготовительного комитета ДНЯО",
    "Экологические последствия ядерных испытаний: Семей және Қарағанды облысы",
    "Взаимодействие с МАГАТЭ по дополнительным протоколам",
    "Разное",
]
DECISIONS = [
    "Поручить Председателю подготовить проект совместного заявления сторон к сессии ДНЯО",
    "Одобрить план мероприятий к годовщине подписания Договора (Семей, 8 қыркүйек)",
    "Предложить МАГАТЭ провести региональный семинар по гарантиям в г. Алматы",
    "Принять к сведению доклад о ходе ратификации протокола ядерными державами",
    "Поручить экспертам подготовить рабочий документ о ремедиации урановых хвостохранилищ",
]
ACTIONS = [
    "Направить депозитарию уведомление о решении встречи",
    "Подготовить рабочий документ о ремедиации урановых наследий (Мәйлісу, Шекафтар)",
    "Согласовать текст совместного заявления к Первому комитету ГА ООН",
    "Организовать выставку «Ядролық қарудан азат әлем үшін» в Астане",
    "Собрать сведения о выполнении статьи 8 Договора",
]
EVENTS = [
    "Международный день действий против ядерных испытаний",
    "Круглый стол «Орталық Азия — ядролық қарудан азат аймақ»",
    "Семинар МАГАТЭ по дополнительным протоколам для экспертов региона",
    "Молодёжная конференция по нераспространению (Әл-Фараби атындағы ҚазҰУ)",
]
SOURCE = "https://www.gov.kz/memleket/entities/mfa/press/news/details/{n}"


def synthetic_year(
    year: int = 2025,
    *,
    meetings: int = 50,
    decisions: int = 300,
    actions: int = 300,
    events: int = 100,
) -> YearRecord:
    start = date(year, 1, 10)
    meeting_rows = []
    for m in range(meetings):
        day = start + timedelta(days=7 * m)
        meeting_rows.append(
            MeetingInfo(
                id=m + 1,
                kind="annual_consultative" if m == meetings - 1 else "thematic",
                start=day,
                end=day + timedelta(days=1),
                place=PLACES[m % len(PLACES)],
                format=["in_person", "videoconference", "hybrid"][m % 3],
                chair="TJ",
                participants=CODES,
                observers=["IAEA", "UNRCCA"],
                agenda=AGENDA,
                outcomes=[
                    OutcomeInfo(
                        "joint_statement",
                        f"Совместное заявление № {m + 1}",
                        day,
                        "Казахстан, Кыргызстан, Таджикистан, Туркменистан, Узбекистан",
                        [SOURCE.format(n=m)],
                    )  # fmt: skip
                ],
                decisions=[
                    DecisionInfo(
                        day + timedelta(days=1),
                        "action",
                        f"{DECISIONS[d % len(DECISIONS)]} (решение {m + 1}.{d + 1})",
                    )
                    for d in range(decisions // meetings)
                ],  # fmt: skip
                sources=[SOURCE.format(n=m)],
                title=f"Встреча сторон № {m + 1}",
            )
        )
    done, still_open = [], []
    for a in range(actions):
        due = start + timedelta(days=a)
        info = ActionInfo(
            id=a + 1,
            title=f"{ACTIONS[a % len(ACTIONS)]} (№ {a + 1})",
            owners=[CODES[a % 5], CODES[(a + 2) % 5]],
            due=due,
            status="done" if a % 2 else "open",
            closed_on=due - timedelta(days=3) if a % 2 else None,
            decided_at=f"встреча сторон № {a % meetings + 1}",
        )
        (done if a % 2 else still_open).append(info)
    event_rows = [
        EventInfo(f"{EVENTS[e % len(EVENTS)]} — {e + 1}", ["commemorative", "thematic"][e % 2],
                  start + timedelta(days=3 * e), None, PLACES[e % len(PLACES)],
                  [CODES[e % 5], "IAEA"], "", "held", [SOURCE.format(n=1000 + e)])
        for e in range(events)
    ]  # fmt: skip
    fora = [
        ForumSessionInfo("unga-first-committee", f"Сессия форума № {f + 1}",
                         start + timedelta(days=40 * f), start + timedelta(days=40 * f + 10),
                         "Нью-Йорк",
                         [CoordinationInfo("joint_statement", f"Совместное заявление ЦАЗСЯО {i}",
                                           "delivered", CODES, [SOURCE.format(n=2000 + i)])
                          for i in range(5)], id=f + 1)
        for f in range(8)
    ]  # fmt: skip
    deadlines = [
        DeadlineInfo(rule, code, date(2010, 9, 21), date(2011, 1, 1), 102, "late")
        for rule in ("art8-additional-protocol", "art8-safeguards-agreement")
        for code in CODES
    ]
    handover = DecisionInfo(date(year, 11, 20), "chair_handover",
                            "Председательство переходит к Казахстану (Қазақстан Республикасы)",
                            "KZ", date(year + 1, 1, 1))  # fmt: skip
    return YearRecord(
        regime_slug="canwfz",
        regime_name="Зона, свободная от ядерного оружия, в Центральной Азии",
        year=year,
        chair=ChairInfo("TJ", STATES["TJ"], date(year, 1, 1), date(year, 12, 31)),
        next_chair=ChairInfo("KZ", STATES["KZ"], date(year + 1, 1, 1), date(year + 1, 12, 31)),
        meetings=meeting_rows,
        actions_done=done,
        actions_open=still_open,
        events=event_rows,
        fora=fora,
        deadlines=deadlines,
        handover=handover,
    )


def median_seconds(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def empty_page() -> bytes:
    from weasyprint import HTML

    return HTML(string="<!DOCTYPE html><html><body></body></html>").write_pdf()


def main(argv: list[str] | None = None) -> int:
    from nwfz.reports.annual import render_annual_report

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--keep", type=Path, help="write the rendered files to this directory")
    args = parser.parse_args(argv)

    record = synthetic_year()
    decisions = sum(len(m.decisions) for m in record.meetings)
    actions = len(record.actions_done) + len(record.actions_open)
    print(f"volume: {len(record.meetings)} meetings, {decisions} decisions, {actions} action "
          f"items, {len(record.events)} events, {len(record.fora)} forum sessions "
          f"(lang ru, median of {args.runs} runs)")  # fmt: skip

    empty_page()  # warm-up: fontconfig and WeasyPrint's first-use costs
    empty, _ = median_seconds(empty_page, args.runs)
    figures: dict[str, float] = {}
    for fmt in ("html", "pdf", "docx"):
        seconds, body = median_seconds(
            lambda fmt=fmt: render_annual_report(record, lang="ru", fmt=fmt, state_names=STATES),
            args.runs,
        )
        figures[fmt] = seconds
        extra = f", {_pages(body)} pages" if fmt == "pdf" else ""
        print(f"report {fmt:<4}  {seconds * 1000:8.0f} ms  ({len(body) / 1024:.0f} KiB{extra})")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"bench-report-ru.{fmt}").write_bytes(body)
    print(f"weasyprint empty page  {empty * 1000:8.0f} ms")
    print(f"ratio pdf / empty page  {figures['pdf'] / empty:8.1f}")
    return 0


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


if __name__ == "__main__":
    sys.exit(main())
