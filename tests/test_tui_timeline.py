"""The timeline screen, driven with Textual's Pilot: entries by chapter, each change saved at
once and audited with the officer, and what is changed reaches the pack's story."""

from __future__ import annotations

import json

import pytest

from lifestory.release.timeline_json import reviewed_story
from tests import test_tui_app
from tests.test_tui_app import fresh, make_app, no_cursor_blink, settled, wait_for
from tui.screens import TimelineScreen
from tui.screens.category import CategoryPicker
from tui.screens.memory import MemoryForm, parse_when
from tui.screens.note import NoteForm
from tui.screens.prompt import TextPrompt

SIZE = (120, 40)

# The review app's fixtures, shared: one analysed workspace per module, a copy per test.
_no_user_textual = test_tui_app._no_user_textual
template = test_tui_app.template
ws = test_tui_app.ws


async def open_timeline(pilot) -> TimelineScreen:
    await pilot.press("4")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, TimelineScreen)
                   and pilot.app.screen.highlighted_row is not None, "the timeline screen")
    return pilot.app.screen


def entry(ws, entry_id: str) -> dict:
    return next(fresh(ws).rows("timeline_entries", "id = ?", [entry_id]))


def audited(ws, action: str, target: str) -> list[dict]:
    return list(fresh(ws).rows("audit_log", "action = ? AND target_id = ?", [action, target],
                               order_by="id"))


class TestTimelineDecisions:
    """Include and hide, with a reason; undo."""

    async def test_opens_at_the_first_undecided_entry_by_chapter(self, ws):
        first = ws.next_undecided_entry()
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            assert screen.highlighted_row["id"] == first["id"]
            assert [c["title"] for c in screen.chapters] == ["2009", "2010"]
            detail = str(screen.query_one("#entry-detail").render())
            assert "In the record" in detail and "[removed: 3P]" in detail
            assert "Sharon" not in detail  # the redacted view, even before a decision
            assert "What the words mean" in detail

    async def test_include_then_hide_with_a_reason_then_undo(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            first = screen.highlighted_row["id"]
            await pilot.press("a")
            await wait_for(pilot, lambda: entry(ws, first)["decision"] == "include",
                           "the inclusion")
            await pilot.press("down")
            await wait_for(pilot, lambda: screen.highlighted_row["id"] != first, "the next")
            second = screen.highlighted_row["id"]
            await pilot.press("h")
            await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt), "the question")
            await pilot.press("enter")  # a reason is needed
            assert isinstance(app.screen, TextPrompt)
            await pilot.press(*"not about Jade", "enter")
            await wait_for(pilot, lambda: entry(ws, second)["decision"] == "hide", "the hiding")
            await wait_for(pilot, lambda: str(screen.query_one("#entries").get_cell(
                second, "state")) == "✗", "the row to show it")
            saved = entry(ws, second)
            assert (saved["decided_by"], saved["decision_reason"]) == (
                "Test Officer", "not about Jade")
            await pilot.press("u")
            await wait_for(pilot, lambda: entry(ws, second)["decision"] is None, "the undo")
        assert [a["who"] for a in audited(ws, "decide", first)] == ["Test Officer"]
        assert [a["action"] for a in fresh(ws).rows("audit_log", "target_id = ?", [second],
                                                    order_by="id")] == ["decide", "undo"]

    async def test_next_undecided_and_jump_to_year(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            first = screen.highlighted_row["id"]
            await pilot.press("a", "n")
            await wait_for(pilot, lambda: screen.highlighted_row["id"] != first, "the next")
            assert screen.highlighted_row["decision"] is None
            await pilot.press("y")
            await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt), "the question")
            await pilot.press(*"1999", "enter")
            assert isinstance(app.screen, TextPrompt)  # nothing is dated 1999
            await pilot.press("ctrl+u", *"2010", "enter")
            await wait_for(pilot, lambda: app.screen is screen
                           and screen.highlighted_row["date"].startswith("2010"), "2010")
            assert screen.chapter_index == 1
            await pilot.press("left_square_bracket")
            await wait_for(pilot, lambda: screen.chapter_index == 0, "the chapter before")

    async def test_the_palette_jumps_to_a_year(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            await pilot.press("ctrl+p", *"jump to 2010")
            await pilot.pause()
            await pilot.press("enter")
            await wait_for(pilot, lambda: app.screen is screen
                           and screen.highlighted_row["date"].startswith("2010"), "2010")


class TestTimelineEdits:
    """Title, category, content notes, annotations and memories: saved at once, audited."""

    async def test_edit_the_title_and_see_it_in_the_pack_story(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            entry_id = screen.highlighted_row["id"]
            await pilot.press("t")
            await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt), "the prompt")
            await pilot.press(*"The day Jade joined the swimming club", "enter")
            await wait_for(pilot, lambda: entry(ws, entry_id)["edited_title"]
                           == "The day Jade joined the swimming club", "the title")
            await wait_for(pilot, lambda: "The day Jade joined" in str(
                screen.query_one("#entry-detail").render()), "the detail")
            await pilot.press("a")
            await wait_for(pilot, lambda: entry(ws, entry_id)["decision"] == "include",
                           "the inclusion")
        [audit] = audited(ws, "edit", entry_id)
        assert audit["who"] == "Test Officer"
        assert json.loads(audit["detail"])["edited_title"]["to"] == (
            "The day Jade joined the swimming club")
        after = fresh(ws)
        after.accept_defaults("Test Officer")
        told = {e["id"]: e for e in reviewed_story(after)["entries"]}
        assert told[entry_id]["title"] == "The day Jade joined the swimming club"

    async def test_change_the_category_then_undo(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            row = screen.highlighted_row
            assert row["category"] != "placement"
            await pilot.press("c")
            await wait_for(pilot, lambda: isinstance(app.screen, CategoryPicker), "the list")
            await pilot.press("home", "enter")  # placement, the first
            await wait_for(pilot, lambda: entry(ws, row["id"])["category"] == "placement",
                           "the category")
            assert entry(ws, row["id"])["edited_category"] == "placement"
            await wait_for(pilot, lambda: str(screen.query_one("#entries").get_cell(
                row["id"], "category")) == "placement", "the row to show it")
            await pilot.press("u")
            await wait_for(pilot, lambda: entry(ws, row["id"])["category"] == row["category"],
                           "the undo")
        assert entry(ws, row["id"])["edited_category"] is None

    async def test_set_clear_and_restore_content_notes(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            entry_id = screen.highlighted_row["id"]
            await pilot.press("w")
            await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt), "the prompt")
            await pilot.press(*"a hard visit, police", "enter")
            await wait_for(pilot, lambda: entry(ws, entry_id)["content_notes"]
                           == '["a hard visit", "police"]', "the notes")
            await pilot.press("w")
            await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt), "the prompt")
            await pilot.press("backspace", "enter")  # the selected notes gone: none
            await wait_for(pilot, lambda: entry(ws, entry_id)["content_notes"] == "[]",
                           "cleared")
            await pilot.press("W")
            await wait_for(pilot, lambda: entry(ws, entry_id)["content_notes"] is None,
                           "as found again")
        assert len(audited(ws, "edit", entry_id)) == 3

    async def test_annotate_an_entry(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            entry_id = screen.highlighted_row["id"]
            await pilot.press("o")
            await wait_for(pilot, lambda: isinstance(app.screen, NoteForm), "the form")
            await pilot.press(*"Swimming club was on Tuesdays.", "ctrl+s")
            await wait_for(pilot, lambda: fresh(ws).annotations_on(entry_id), "the note")
            await wait_for(pilot, lambda: "Tuesdays" in str(
                screen.query_one("#entry-detail").render()), "the note shown")
        [note] = fresh(ws).annotations_on(entry_id)
        assert (note["author"], note["kind"], note["include"], note["from_subject"]) == (
            "Test Officer", "context", 1, 0)

    async def test_add_a_memory_with_a_date_and_a_photo(self, ws, tmp_path):
        photo = tmp_path / "pool.jpg"
        photo.write_bytes(b"\xff\xd8\xff\xe0 a picture")
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            await pilot.press("m")
            await wait_for(pilot, lambda: isinstance(app.screen, MemoryForm), "the form")
            await pilot.press(*"Learning to dive at the big pool.")
            await pilot.press("tab", *"May 2009")  # when
            await pilot.press("tab", "tab", *"The big pool")  # no period; a title
            await pilot.press("tab", "ctrl+u", *"Marcus Reid")  # whose
            await pilot.press("tab", *str(photo))
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: fresh(ws).count("memories") == 1, "the memory")
            await wait_for(pilot, lambda: app.screen is screen and screen.highlighted_row
                           and screen.highlighted_row["row_type"] == "memory", "the memory")
            assert "The big pool" in str(screen.query_one("#entry-detail").render())
        [memory] = fresh(ws).rows("memories")
        assert (memory["author"], memory["date"], memory["date_precision"], memory["title"]) == (
            "Marcus Reid", "2009-05-01", "month", "The big pool")
        assert (ws.path / memory["photo"]).read_bytes() == photo.read_bytes()
        [audit] = audited(ws, "add_memory", memory["id"])
        assert audit["who"] == "Test Officer"

    async def test_a_memory_without_a_date_has_its_own_chapter(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_timeline(pilot)
            await pilot.press("m")
            await wait_for(pilot, lambda: isinstance(app.screen, MemoryForm), "the form")
            await pilot.press(*"A song we sang in the car.", "tab", "tab", *"the summers",
                              "ctrl+s")
            await wait_for(pilot, lambda: screen.chapters and screen.chapters[-1].get(
                "undated") and screen.highlighted_row["row_type"] == "memory", "the chapter")
            await pilot.press("h")
            await wait_for(pilot, lambda: isinstance(app.screen, TextPrompt), "the question")
            await pilot.press(*"she asked to keep it private", "enter")
            await wait_for(pilot, lambda: next(fresh(ws).rows("memories"))["include"] == 0,
                           "left out")
        assert next(fresh(ws).rows("memories"))["period"] == "the summers"


@pytest.mark.parametrize(("text", "parsed"), [
    ("2009", ("2009-01-01", "year")), ("May 2009", ("2009-05-01", "month")),
    ("2009-05", ("2009-05-01", "month")), ("14/05/2009", ("2009-05-14", "day")),
    ("14 May 2009", ("2009-05-14", "day")),
])
def test_when_a_memory_happened(text, parsed):
    assert parse_when(text) == parsed


def test_a_bad_date_is_refused():
    with pytest.raises(ValueError, match="not a date"):
        parse_when("last summer")


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
class TestTimelineSnapshots:
    """The timeline screen's look, in both themes, at the smallest terminal and a common one."""

    def test_timeline(self, ws, snap_compare, size, theme):
        async def run_before(pilot):
            await no_cursor_blink(pilot)
            pilot.app.theme = theme
            await pilot.press("4")  # the timeline, at the first undecided entry
            await settled(pilot)
            await wait_for(pilot, lambda: pilot.app.screen.highlighted_row is not None,
                           "the entry")
            await settled(pilot)

        assert snap_compare(make_app(ws), terminal_size=size, run_before=run_before)


def test_chapters_made_from_the_entries_that_start_them_are_the_packs():
    from lifestory.timeline.chapters import chapters
    from tui.screens.timeline import chapter_outline

    def entry(i: int, date: str, category: str = "health", text: str = "") -> dict:
        return {"id": str(i), "date": date, "category": category, "kind": "note",
                "text": text, "title": f"entry {i}"}

    dates = [f"{2005 + i // 40}-{1 + i % 12:02d}-{1 + i % 27:02d}" for i in range(400)]
    entries = [entry(i, d) for i, d in enumerate(sorted(dates))]
    entries[50] = entry(50, entries[50]["date"], "placement", "She moved to Ash House.")
    entries[51] = entry(51, entries[51]["date"], "placement", "A review of the placement.")
    entries[300] = entry(300, entries[300]["date"], "placement", "Placed with the Lees.")
    for case in (entries, [e for e in entries if e["category"] != "placement"]):
        made = chapter_outline(case)
        pack = chapters([dict(e) for e in case])
        assert [(c["title"], c["from"], c["to"]) for c in made] == [
            (c["title"], c["from"], c["to"]) for c in pack]
        assert [c["size"] for c in made] == [len(c["entries"]) for c in pack]
