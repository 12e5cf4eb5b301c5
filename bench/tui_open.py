"""How fast the review app opens and pages through a 10,000-page case.

Generates a workspace directly through the library (``Workspace.add_pages`` with fake but
realistic care-note text, then suggestions, people and timeline entries as analysis would
store them), then drives the app headless with Textual's Pilot and prints the figures.

    .venv/bin/python bench/tui_open.py [--pages 10000] [--documents 40] [--keep DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lifestory.case_file import load_case  # noqa: E402
from lifestory.models import Page  # noqa: E402
from lifestory.workspace import Workspace  # noqa: E402
from tui.app import ReviewApp  # noqa: E402
from tui.screens import DocumentsScreen, PeopleScreen, TimelineScreen  # noqa: E402
from tui.widgets.page_reader import PageReader  # noqa: E402

CASE = """
[subject]
name = "Jade Whitfield"
aliases = ["Jade"]
date_of_birth = "2001-09-14"

[request]
reference = "SAR-BENCH-10000"
received = "2026-11-01"
"""

FAMILY = ["Sharon Whitfield", "Tyler Whitfield", "Dean Carver", "Margaret Hollis",
          "Chloe Barraclough", "Pauline Dobson"]
STAFF = [("Anna Price", "Social Worker"), ("Mark Ellis", "Independent Reviewing Officer"),
         ("Helen Marsh", "Team Manager"), ("Priya Raman", "GP")]
LINES = [
    "Visited {child} at home. {family} was present and the visit went well.",
    "{child} said she loves swimming and wants to join the club in Halifax.",
    "{family} can be reached on 07700 900{n:03d}.",
    "Family time at the contact centre. {child} played cards with {family}.",
    "{child} won a certificate at school and told me she is proud of it.",
    "Discussed the care plan with {staff}; actions agreed for the next review.",
    "{child} was quiet today and said she missed {family}.",
    "Letter sent to {family} at 14 Larch Close, Halifax HX3 7QP.",
]
CATEGORIES = ["voice", "achievement", "family", "education", "health", "meeting",
              "placement", "concern"]


def page_text(rng: random.Random, page: int) -> tuple[str, list[tuple[int, int, str, str]]]:
    """A case note page and where its names and numbers are (start, end, text, type)."""
    staff, role = rng.choice(STAFF)
    day = dt.date(2005, 1, 1) + dt.timedelta(days=page % 5000)
    text = f"Date: {day:%d/%m/%Y}   Type: Case note\nAuthor: {staff} ({role})\n"
    spans = [(text.index(staff), text.index(staff) + len(staff), staff, "PERSON")]
    for _ in range(rng.randint(14, 22)):
        family = rng.choice(FAMILY)
        line = rng.choice(LINES).format(child="Jade", family=family, staff=staff,
                                        n=rng.randint(0, 999))
        offset = len(text)
        for found, kind in [(family, "PERSON"), (staff, "PERSON"),
                            ("14 Larch Close", "STREET_ADDRESS"), ("HX3 7QP", "UK_POSTCODE")]:
            at = line.find(found)
            if at >= 0:
                spans.append((offset + at, offset + at + len(found), found, kind))
        if "07700" in line:
            at = line.index("07700")
            spans.append((offset + at, offset + at + 13, line[at:at + 13], "PHONE_NUMBER"))
        text += line + "\n"
    return text, spans


def person_id(name: str) -> str:
    return "p-" + hashlib.sha1(name.encode()).hexdigest()[:10]


def generate(path: Path, pages: int, documents: int) -> Workspace:
    (path.parent / "case.toml").write_text(CASE, encoding="utf-8")
    ws = Workspace.create(path, path.parent / "case.toml", load_case(path.parent / "case.toml"))
    rng = random.Random(7)
    per_doc = pages // documents
    people = [{"id": person_id(n), "name": n, "variants": "[]", "category": "third_party",
               "relationship": "family", "source": "detected", "mentions": 0,
               "reason": "third party: no consent recorded", "flagged": 0,
               "default_decision": "redact"} for n in FAMILY]
    people += [{"id": person_id(n), "name": n, "variants": "[]", "category": "professional",
                "role": r.lower(), "source": "detected", "mentions": 0,
                "reason": f"professional acting in role ({r.lower()})", "flagged": 0,
                "default_decision": "disclose"} for n, r in STAFF]
    people += [{"id": f"p-extra-{i:04d}", "name": f"Extra Person {i}", "variants": "[]",
                "category": "third_party", "source": "detected", "mentions": 1,
                "reason": "third party: named person", "flagged": i % 7 == 0,
                "default_decision": "redact"} for i in range(400)]
    ws.replace_proposals("people", people)
    staff_names = {n for n, _ in STAFF}
    for d in range(documents):
        doc_id = hashlib.sha256(f"bench-{d}".encode()).hexdigest()
        ws.start_document({"id": doc_id, "name": f"case-notes-{2005 + d // 4}-{d:02d}.pdf",
                           "stem": f"case-notes-{d:02d}", "kind": "pdf", "size": 0,
                           "source_path": "", "original": ""})
        batch, suggestions, entries = [], [], []
        for n in range(1, per_doc + 1):
            text, spans = page_text(rng, d * per_doc + n)
            batch.append(Page(page_number=n, text=text, width=595, height=842,
                              text_source="pdf"))
            for start, end, found, kind in spans:
                named = kind == "PERSON"
                keep = named and found in staff_names
                suggestions.append({
                    "id": f"s-{d:02d}-{n:05d}-{start}", "document_id": doc_id,
                    "page_number": n, "start": start, "end": end, "text": found,
                    "entity_type": kind, "person_id": person_id(found) if named else None,
                    "rule": f"bench: {kind}", "confidence": 0.85,
                    "exemption_code": None if keep else "3P",
                    "reason": "professional acting in role" if keep else "third party",
                    "flagged": 0, "default_decision": "keep" if keep else "redact"})
            day = dt.date(2005, 1, 1) + dt.timedelta(days=(d * per_doc + n) % 5000)
            for e in range(2):
                entries.append({
                    "id": f"t-{d:02d}-{n:05d}-{e}", "document_id": doc_id, "page_number": n,
                    "start": 0, "end": len(text), "date": day.isoformat(),
                    "date_precision": "day", "category": rng.choice(CATEGORIES),
                    "title": "Case note", "kind": "note", "default_decision": "include"})
        ws.add_pages(doc_id, batch)
        ws.finish_document(doc_id, per_doc)
        ws.db["suggestions"].insert_all(suggestions, batch_size=2000)
        ws.db["timeline_entries"].insert_all(entries, batch_size=2000)
    return ws


async def wait_for(pilot, condition) -> None:
    while not condition():
        await pilot.pause(0)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


async def drive(ws: Workspace, paging: int) -> dict[str, str]:
    figures = {}
    started = time.perf_counter()
    app = ReviewApp(ws, "Bench Officer", pack_dir=ws.path.parent / "pack")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.screen.id is not None or app.screen.is_current)
        await pilot.pause()
        figures["open (overview painted)"] = ms(time.perf_counter() - started)
        t = time.perf_counter()
        await app.workers.wait_for_complete()
        figures["overview examples worker"] = ms(time.perf_counter() - t)

        t = time.perf_counter()
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, DocumentsScreen)
                       and app.screen.current is not None)
        await pilot.pause()
        figures["documents screen (first open)"] = ms(time.perf_counter() - t)

        times = []
        for _ in range(paging):
            t = time.perf_counter()
            await pilot.press("pagedown")
            await pilot.pause()
            times.append(time.perf_counter() - t)
        figures[f"next page, Pilot round trip, median of {paging}"] = ms(statistics.median(times))
        figures[f"next page, Pilot round trip, slowest of {paging}"] = ms(max(times))

        # The app's own work per page turn (SQLite read, layout of the text, render), without
        # the test harness's wait for the screen to go idle.
        screen, reader = app.screen, app.screen.query_one(PageReader)
        screen.open_page(screen.doc["id"], 1)
        times = []
        for _ in range(paging):
            t = time.perf_counter()
            screen.action_move_page(1)
            reader.render()
            times.append(time.perf_counter() - t)
        figures[f"next page, app's own work, median of {paging}"] = ms(statistics.median(times))
        times = []
        for _ in range(paging):
            t = time.perf_counter()
            screen.action_next_undecided()
            times.append(time.perf_counter() - t)
        figures[f"next undecided, app's own work, median of {paging}"] = ms(
            statistics.median(times))

        times = []
        for _ in range(paging // 2):
            t = time.perf_counter()
            await pilot.press("r", "n")
            await pilot.pause()
            times.append(time.perf_counter() - t)
        figures[f"redact + next undecided, Pilot round trip, median of {paging // 2}"] = ms(
            statistics.median(times))

        t = time.perf_counter()
        await pilot.press("R")
        await pilot.pause()
        figures["redact a person everywhere (page reader)"] = ms(time.perf_counter() - t)
        t = time.perf_counter()
        await pilot.press("u")
        await pilot.pause()
        figures["undo that"] = ms(time.perf_counter() - t)

        t = time.perf_counter()
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen))
        await pilot.pause()
        figures["people screen (first open)"] = ms(time.perf_counter() - t)
        t = time.perf_counter()
        await pilot.press("1")
        await pilot.pause()
        figures["back to overview (recount)"] = ms(time.perf_counter() - t)

        t = time.perf_counter()
        await pilot.press("4")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen))
        await pilot.pause()
        figures["timeline screen (first open, painted)"] = ms(time.perf_counter() - t)
        await wait_for(pilot, lambda: app.screen.highlighted_row is not None)
        await pilot.pause()
        timeline = app.screen
        figures[f"timeline: {len(timeline.chapters)} chapters made (worker), at the first "
                "undecided entry"] = ms(time.perf_counter() - t)
        times = []
        for _ in range(paging):
            t = time.perf_counter()
            await pilot.press("down")
            await pilot.pause()
            times.append(time.perf_counter() - t)
        figures[f"timeline: next entry, Pilot round trip, median of {paging}"] = ms(
            statistics.median(times))
        times = []
        for _ in range(paging):
            t = time.perf_counter()
            timeline.show_detail()  # the redacted view, glossary, notes, annotations
            times.append(time.perf_counter() - t)
        figures[f"timeline: entry detail, app's own work, median of {paging}"] = ms(
            statistics.median(times))
        times = []
        for _ in range(paging // 2):
            t = time.perf_counter()
            await pilot.press("a", "n")
            await pilot.pause()
            times.append(time.perf_counter() - t)
        figures[f"timeline: include + next undecided, Pilot round trip, median of "
                f"{paging // 2}"] = ms(
            statistics.median(times))
        t = time.perf_counter()
        timeline.jump_to_year("2017")
        await pilot.pause()
        figures["timeline: jump to a year (chapter paged to its first entry)"] = ms(
            time.perf_counter() - t)
        t = time.perf_counter()
        app.edit_entry(timeline.highlighted_row["id"], title="An edited title")
        await pilot.pause()
        figures["timeline: edit a title (saved, audited, row and detail shown)"] = ms(
            time.perf_counter() - t)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--paging", type=int, default=100, help="page turns to time")
    parser.add_argument("--keep", type=Path, help="make the workspace here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        ws = generate(folder / "workspace", args.pages, args.documents)
        print(f"generated {ws.page_count():,} pages, {ws.count('suggestions'):,} suggestions, "
              f"{ws.count('people'):,} people, {ws.count('timeline_entries'):,} timeline "
              f"entries in {time.perf_counter() - t:.1f} s")
        figures = asyncio.run(drive(ws, args.paging))
        width = max(map(len, figures))
        for name, value in figures.items():
            print(f"  {name:<{width}}  {value:>10}")
        ws.close()


if __name__ == "__main__":
    main()
