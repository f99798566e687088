"""Times the chair's annual report (HTML, PDF, DOCX) for a year with realistic volume, and
WeasyPrint rendering an empty page in the same run, so the PDF figure can be read against
the machine's floor.

    .venv/bin/python bench/report.py [--runs 5] [--keep DIR]

Volume: 50 meetings carrying 300 decisions, 300 action items (half done, half open), 100
events, 8 forum sessions with 40 coordination items, 10 deadlines; Russian text with
Kazakh names and letters. With --keep DIR the rendered files are written there.

The same volume is then written through the governance services into a temporary SQLite
database (never the configured one) and `year_record()` and the calendar feed are timed
on it; --no-db skips that part.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

BENCH_HOME = tempfile.mkdtemp(prefix="nwfz-bench-")
os.environ["NWFZ_HOME"] = BENCH_HOME  # a throw-away database, whatever is configured
os.environ["NWFZ_DATABASE_URL"] = f"sqlite:///{BENCH_HOME}/bench.sqlite3"
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


def median_seconds(fn: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """Median wall time, median CPU time of this process, and the last result. CPU time
    is steadier than wall time on a machine shared with other work."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def empty_page() -> bytes:
    from weasyprint import HTML

    return HTML(string="<!DOCTYPE html><html><body></body></html>").write_pdf()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--keep", type=Path, help="write the rendered files to this directory")
    parser.add_argument("--no-db", action="store_true", help="skip the year_record() timing")
    args = parser.parse_args(argv)

    record = synthetic_year()
    decisions = sum(len(m.decisions) for m in record.meetings)
    actions = len(record.actions_done) + len(record.actions_open)
    print(f"volume: {len(record.meetings)} meetings, {decisions} decisions, {actions} action "
          f"items, {len(record.events)} events, {len(record.fora)} forum sessions "
          f"(lang ru, median of {args.runs} runs)")  # fmt: skip
    print(f"{'':24}{'wall':>9}{'cpu':>9}")
    pdf_cpu, empty_cpu = render_figures(record, args.runs, args.keep)
    print(f"ratio pdf / empty page (cpu) {pdf_cpu / empty_cpu:8.0f}")
    if not args.no_db:
        selector_figures(args.runs)
    return 0


def render_figures(record: YearRecord, runs: int, keep: Path | None) -> tuple[float, float]:
    from nwfz.reports.annual import render_annual_report

    empty_page()  # warm-up: fontconfig and WeasyPrint's first-use costs
    figures: dict[str, float] = {}
    for fmt in ("html", "pdf", "docx"):
        wall, cpu, body = median_seconds(
            lambda fmt=fmt: render_annual_report(record, lang="ru", fmt=fmt, state_names=STATES),
            runs,
        )
        figures[fmt] = cpu
        extra = f", {_pages(body)} pages" if fmt == "pdf" else ""
        print(f"report {fmt:<17}{_ms(wall)}{_ms(cpu)}  ({len(body) / 1024:.0f} KiB{extra})")
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"bench-report-ru.{fmt}").write_bytes(body)
    wall, cpu, _ = median_seconds(empty_page, runs)
    print(f"weasyprint empty page   {_ms(wall)}{_ms(cpu)}")
    return figures["pdf"], cpu


def selector_figures(runs: int) -> None:
    """year_record() and the calendar over the same volume, written through the services."""
    from nwfz.governance.selectors import calendar_items, year_record
    from nwfz.reports.ics import build_calendar

    began = time.perf_counter()
    regime = fill_database()
    print(f"database filled through the services in {time.perf_counter() - began:.1f} s")
    wall, cpu, record = median_seconds(lambda: year_record(regime, 2025, lang="ru"), runs)
    print(f"year_record() 2025      {_ms(wall)}{_ms(cpu)}  ({len(record.meetings)} meetings)")
    start, end = date(2024, 1, 1), date(2026, 12, 31)
    wall, cpu, items = median_seconds(lambda: calendar_items(regime, start, end, "ru"), runs)
    print(f"calendar_items() 3 y    {_ms(wall)}{_ms(cpu)}  ({len(items)} entries)")
    wall, cpu, body = median_seconds(lambda: build_calendar(items, name="bench", lang="ru"), runs)
    print(f"build_calendar()        {_ms(wall)}{_ms(cpu)}  ({len(body) / 1024:.0f} KiB)")


def fill_database():
    from django.db import transaction

    from nwfz.datapackage.loading import load_directory
    from nwfz.governance import services
    from nwfz.registry.selectors import regime_by_slug

    load_directory()
    regime = regime_by_slug("canwfz")
    user = "bench"
    with transaction.atomic():
        for m in range(50):
            day = date(2025, 1, 6) + timedelta(days=7 * m)
            meeting = services.meeting_record(
                regime=regime, kind="thematic", start=day, end=day + timedelta(days=1),
                title={"en": f"Meeting {m + 1}", "ru": f"Встреча сторон № {m + 1}"},
                place={"en": "Astana", "ru": PLACES[m % len(PLACES)]}, format="hybrid",
                participants=CODES, agenda=[{"en": a, "ru": a} for a in AGENDA],
                acting_user=user,
            )  # fmt: skip
            for d in range(6):
                text = f"{DECISIONS[d % len(DECISIONS)]} ({m + 1}.{d + 1})"
                decision = services.decision_record(
                    meeting=meeting, date=day + timedelta(days=1), kind="action",
                    text={"en": text, "ru": text}, acting_user=user,
                )  # fmt: skip
                done = (m + d) % 2 == 1
                services.action_item_create(
                    decision=decision, title={"en": text, "ru": ACTIONS[d % len(ACTIONS)]},
                    owners=[CODES[d % 5]], due=day + timedelta(days=60),
                    status="done" if done else "open",
                    closed_on=day + timedelta(days=30) if done else None, acting_user=user,
                )  # fmt: skip
        for e in range(100):
            title = f"{EVENTS[e % len(EVENTS)]} — {e + 1}"
            services.event_plan(
                regime=regime, kind=["commemorative", "thematic"][e % 2],
                title={"en": title, "ru": title}, start=date(2025, 1, 2) + timedelta(days=3 * e),
                place={"en": "Almaty", "ru": "Алматы"}, organiser_states=[CODES[e % 5]],
                status="held", acting_user=user,
            )  # fmt: skip
    return regime


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f}ms"


def _pages(pdf: bytes) -> str:
    """The page count from poppler's pdfinfo (WeasyPrint compresses its object streams)."""
    if shutil.which("pdfinfo") is None:
        return "?"
    out = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True).stdout.decode()
    found = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return found.group(1) if found else "?"


if __name__ == "__main__":
    sys.exit(main())
