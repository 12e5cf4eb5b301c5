"""Reading mode, driven with Textual's Pilot on a released pack: chapters one entry at a time,
a content note before a difficult chapter with the choice to skip it, a pause screen with
nothing of the record on it, and the care leaver's own notes saved as theirs."""

from __future__ import annotations

import shutil

import pytest
from textual.widgets import Static

from lifestory.release import write_pack
from lifestory.release.timeline_json import reviewed_story
from lifestory.workspace import Workspace
from tests import test_tui_app
from tests.test_tui_app import fresh, make_app, no_cursor_blink, settled, wait_for
from tui.screens import ReadingScreen
from tui.screens.note import NoteForm
from tui.screens.pause import PauseScreen

SIZE = (120, 40)
RELEASED_AT = "2026-11-09T10:00:00+00:00"  # fixed, so the snapshots do not change by day

# The review app's fixtures, shared: one analysed workspace per module, a copy per test.
_no_user_textual = test_tui_app._no_user_textual
template = test_tui_app.template
ws = test_tui_app.ws


@pytest.fixture(scope="module")
def released_template(template, tmp_path_factory):
    """The module's workspace, decided and released once: the first chapter (2009) carries a
    content note set in review, the second (2010) none."""
    root = tmp_path_factory.mktemp("reading")
    shutil.copytree(template, root / "ws")
    ws = Workspace(root / "ws")
    ws.accept_defaults("Test Officer")
    for e in ws.rows("timeline_entries", "decision = 'include'", order_by="date"):
        notes = ["a hard visit"] if e["date"].startswith("2009") else []
        ws.edit_entry(e["id"], "Test Officer", content_notes=notes)
    write_pack(ws, root / "pack", who="Test Officer")
    ws.db["releases"].update(1, {"at": RELEASED_AT})
    ws.close()
    return root / "ws"


@pytest.fixture
def released(released_template, tmp_path) -> Workspace:
    shutil.copytree(released_template, tmp_path / "ws")
    ws = Workspace(tmp_path / "ws")
    yield ws
    ws.close()


async def open_reading(pilot) -> ReadingScreen:
    await pilot.press("6")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ReadingScreen)
                   and pilot.app.screen.state == "welcome", "the welcome")
    return pilot.app.screen


def on_screen(screen) -> str:
    """Every word the screen shows."""
    return "\n".join(str(s.render()) for s in screen.query(Static) if s.display)


class TestReading:
    async def test_a_difficult_chapter_opens_with_a_note_and_can_be_skipped(self, released):
        app = make_app(released)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_reading(pilot)
            await pilot.press("enter")  # begin
            await wait_for(pilot, lambda: screen.state == "gate", "the content note")
            gate = str(screen.query_one("#reading-gate").render())
            assert "Chapter 1: 2009" in gate and "a hard visit" in gate
            await pilot.press("s")  # skip it
            await wait_for(pilot, lambda: screen.state == "entry", "the next chapter")
            assert (screen.part, screen.index) == (1, 0)
            assert screen.entry["date"].startswith("2010")
            await pilot.press("pageup")  # back to the difficult chapter: the note again
            await wait_for(pilot, lambda: screen.state == "gate", "the note again")
            await pilot.press("enter")  # read it
            await wait_for(pilot, lambda: screen.state == "entry", "the chapter")
            assert (screen.part, screen.index) == (0, 0)
            await pilot.press("right", "right")  # to the end of the chapter and on
            await wait_for(pilot, lambda: screen.part == 1, "the next chapter")
            await pilot.press("right")
            await wait_for(pilot, lambda: screen.state == "end", "the end")
            await pilot.press("left")
            await wait_for(pilot, lambda: screen.state == "entry", "the last entry")

    async def test_pause_shows_nothing_of_the_record_and_one_key_comes_back(self, released):
        app = make_app(released)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_reading(pilot)
            await pilot.press("enter", "enter")
            await wait_for(pilot, lambda: screen.state == "entry", "an entry")
            record = screen.entry["text"]
            assert "Home visit" in on_screen(screen)
            await pilot.press("p")
            await wait_for(pilot, lambda: isinstance(app.screen, PauseScreen), "the pause")
            shown = on_screen(app.screen)
            assert "Paused" in shown
            assert "Home visit" not in shown and record[:30] not in shown
            assert "Jade" not in shown and "SAR-TEST" not in shown
            await pilot.press("p")
            await wait_for(pilot, lambda: app.screen is screen, "back")
            assert (screen.state, screen.part, screen.index) == ("entry", 0, 0)

    async def test_questions_and_own_account_are_saved_as_theirs(self, released):
        app = make_app(released)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_reading(pilot)
            await pilot.press("ctrl+u", *"Jade", "enter")  # signed "Jade"
            await wait_for(pilot, lambda: screen.state == "gate", "the content note")
            await pilot.press("enter")
            await wait_for(pilot, lambda: screen.state == "entry", "an entry")
            entry_id = screen.entry["id"]
            await pilot.press("question_mark")
            await wait_for(pilot, lambda: isinstance(app.screen, NoteForm), "the form")
            await pilot.press(*"Why was Mum not at the visit?", "ctrl+s")
            await wait_for(pilot, lambda: app.screen is screen, "saved")
            await pilot.press("o")
            await wait_for(pilot, lambda: isinstance(app.screen, NoteForm), "the form")
            await pilot.press(*"I remember the swimming club. I loved it.", "ctrl+s")
            await wait_for(pilot, lambda: app.screen is screen, "saved")
            assert "I loved it" in on_screen(screen)
        notes = fresh(released).annotations_on(entry_id)
        assert [(n["kind"], n["author"], n["from_subject"], n["include"]) for n in notes] == [
            ("question", "Jade", 1, 0), ("own account", "Jade", 1, 1)]
        assert {a["who"] for a in fresh(released).rows(
            "audit_log", "action = 'annotate'")} == {"Test Officer"}
        told = {e["id"]: e for e in reviewed_story(fresh(released))["entries"]}
        # in a later pack: the account they wanted in it, not the question they kept back
        assert [a["kind"] for a in told[entry_id]["annotations"]] == ["own account"]

    async def test_without_a_released_pack_nothing_of_the_record_is_shown(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("6")
            await wait_for(pilot, lambda: isinstance(app.screen, ReadingScreen), "reading")
            await app.workers.wait_for_complete()
            await wait_for(pilot, lambda: "No pack has been released" in str(
                app.screen.query_one("#reading-loading").render()), "the reason")
            assert app.screen.state == "loading"

    async def test_a_pack_released_later_is_read_on_coming_back(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("6")
            await wait_for(pilot, lambda: isinstance(app.screen, ReadingScreen)
                           and "No pack" in str(app.screen.query_one(
                               "#reading-loading").render()), "no pack yet")
            reading = app.screen
            ws.accept_defaults("Test Officer")
            write_pack(ws, ws.path.parent / "pack", who="Test Officer")
            await pilot.press("1", "6")
            await wait_for(pilot, lambda: reading.state == "welcome", "the welcome")


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
class TestReadingSnapshots:
    """Reading mode's look, in both themes, at the smallest terminal and a common one."""

    def test_content_note(self, released, snap_compare, size, theme):
        async def run_before(pilot):
            await no_cursor_blink(pilot)
            pilot.app.theme = theme
            await pilot.press("6")
            await settled(pilot)
            await pilot.press("enter")  # begin: the first chapter's content note
            await settled(pilot)

        assert snap_compare(make_app(released), terminal_size=size, run_before=run_before)

    def test_entry(self, released, snap_compare, size, theme):
        async def run_before(pilot):
            await no_cursor_blink(pilot)
            pilot.app.theme = theme
            await pilot.press("6")
            await settled(pilot)
            await pilot.press("enter", "enter")  # begin, then read the first chapter
            await settled(pilot)

        assert snap_compare(make_app(released), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24)], ids=["80x24"])
class TestPauseSnapshot:
    def test_pause(self, released, snap_compare, size):
        async def run_before(pilot):
            await no_cursor_blink(pilot)
            await pilot.press("6")
            await settled(pilot)
            await pilot.press("enter", "enter", "p")  # reading, then a pause
            await settled(pilot)

        assert snap_compare(make_app(released), terminal_size=size, run_before=run_before)
