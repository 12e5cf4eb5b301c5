"""The page reader's own redactions and the register's merges, driven with Textual's Pilot:
select words the tool missed and redact them everywhere, change an exemption code, preview
the released page, split a mention off a person, merge two people."""

from __future__ import annotations

from tests import test_tui_app
from tests.test_tui_app import fresh, make_app, wait_for
from tui.screens import DocumentsScreen, PeopleScreen
from tui.screens.confirm import Confirm
from tui.screens.exemption import ExemptionForm
from tui.screens.person_picker import PersonPicker
from tui.widgets.lazy_table import LazyTable
from tui.widgets.page_reader import BLOCK, PageReader, released_text

SIZE = (120, 40)

# The review app's fixtures, shared: one analysed workspace per module, a copy per test.
_no_user_textual = test_tui_app._no_user_textual
template = test_tui_app.template
ws = test_tui_app.ws


async def open_documents(pilot) -> DocumentsScreen:
    await pilot.press("2")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, DocumentsScreen)
                   and pilot.app.screen.current is not None, "the documents screen")
    return pilot.app.screen


class TestSelection:
    async def test_redact_a_missed_word_then_every_other_place_it_is_written(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_documents(pilot)
            reader = screen.query_one(PageReader)
            await pilot.press("x")
            assert reader.selecting
            target = next(i for i, (s, e) in enumerate(reader.words)
                          if reader.text[s:e] == "swimming")
            step = "right" if target > reader.cursor else "left"
            await pilot.press(*[step] * abs(target - reader.cursor))
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, ExemptionForm), "the code")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, Confirm), "the question")
            assert "1 more time, in 1 document" in str(app.screen.query_one(".title").render())
            await pilot.press("y")
            await wait_for(pilot, lambda: fresh(ws).count(
                "suggestions", "rule = 'manual' AND decision = 'redact'") == 2, "both")
        marked = list(fresh(ws).rows("suggestions", "rule = 'manual'", order_by="page_number"))
        assert [(m["text"], m["page_number"], m["decided_by"]) for m in marked] == [
            ("swimming", 1, "Test Officer"), ("swimming", 2, "Test Officer")]
        assert fresh(ws).count("audit_log", "action = 'redact_selection'") == 2

    async def test_only_this_one(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_documents(pilot)
            reader = screen.query_one(PageReader)
            await pilot.press("x")
            target = next(i for i, (s, e) in enumerate(reader.words)
                          if reader.text[s:e] == "swimming")
            reader.cursor = reader.anchor = target
            await pilot.press("shift+right", "enter")  # "swimming and"
            await wait_for(pilot, lambda: isinstance(app.screen, ExemptionForm), "the code")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: isinstance(app.screen, Confirm), "the question")
            await pilot.press("n")  # only this one
            await wait_for(pilot, lambda: app.screen is screen, "back")
        [marked] = fresh(ws).rows("suggestions", "rule = 'manual'")
        assert marked["text"] == "swimming and"

    async def test_the_word_cursor_moves_by_word_and_by_line(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_documents(pilot)
            reader = screen.query_one(PageReader)
            await pilot.press("x")

            def line() -> int:
                return reader.text.count("\n", 0, reader.words[reader.cursor][0])

            first = line()
            await pilot.press("down")
            assert line() == first + 1
            await pilot.press("up")
            assert line() == first
            back = reader.cursor
            await pilot.press("right")
            assert reader.cursor == reader.anchor == back + 1
            await pilot.press("escape")
            assert not reader.selecting


class TestSuggestionTools:
    async def test_change_the_exemption_code_and_reason_then_undo(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_documents(pilot)
            sid = screen.current["id"]
            await pilot.press("e")
            await wait_for(pilot, lambda: isinstance(app.screen, ExemptionForm), "the form")
            await pilot.press("enter", "down", "down", "down", "enter")  # 3P → SW
            await pilot.press("tab", *"Sharing this could cause serious harm.", "enter")
            await wait_for(pilot, lambda: next(fresh(ws).rows(
                "suggestions", "id = ?", [sid]))["exemption_code"] == "SW", "the code")
            row = next(fresh(ws).rows("suggestions", "id = ?", [sid]))
            assert row["reason"] == "Sharing this could cause serious harm."
            await pilot.press("u")
            await wait_for(pilot, lambda: next(fresh(ws).rows(
                "suggestions", "id = ?", [sid]))["exemption_code"] != "SW", "the undo")

    async def test_preview_shows_the_page_as_released(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_documents(pilot)
            reader = screen.query_one(PageReader)
            await pilot.press("p")
            assert reader.preview
            shown = str(reader.render())
            assert BLOCK in shown and "Sharon" not in shown and "Jade" in shown
            assert "PREVIEW" in str(screen.query_one("#page-title").render())
            await pilot.press("p")
            assert "Sharon" in str(reader.render())

    async def test_split_a_mention_off_a_person(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_documents(pilot)
            while not screen.current["person_id"]:
                await pilot.press("full_stop")
            s = screen.current
            await pilot.press("S")
            await wait_for(pilot, lambda: isinstance(app.screen, Confirm), "the question")
            await pilot.press("y")
            await wait_for(pilot, lambda: next(fresh(ws).rows(
                "suggestions", "id = ?", [s["id"]]))["person_id"] != s["person_id"], "split")
        row = next(fresh(ws).rows("suggestions", "id = ?", [s["id"]]))
        person = next(fresh(ws).rows("people", "id = ?", [row["person_id"]]))
        assert (person["name"], person["flagged"], person["decision"]) == (s["text"], 1, None)


def test_released_text_blacks_out_letter_for_letter():
    suggestions = [{"start": 4, "end": 9, "decision": None, "default_decision": "redact",
                    "exemption_code": "3P"},
                   {"start": 14, "end": 18, "decision": "keep", "default_decision": "redact",
                    "exemption_code": "3P"}]
    assert released_text("Met Sharon and Dean\nat home", suggestions) == (
        "Met █████n and Dean\nat home")


class TestMerge:
    async def test_merge_two_people(self, ws):
        sharon = next(ws.rows("people", "name = 'Sharon Whitfield'"))
        dean = next(ws.rows("people", "name LIKE 'Dean%'"))
        mentions = ws.count("suggestions", "person_id IN (?, ?)", [sharon["id"], dean["id"]])
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("3")
            await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen), "the register")
            table = app.screen.query_one(LazyTable)
            table.move_cursor(row=table.get_row_index(sharon["id"]))
            await pilot.press("m")
            await wait_for(pilot, lambda: isinstance(app.screen, PersonPicker), "the picker")
            await pilot.press(*"Dean", "enter")
            await wait_for(pilot, lambda: isinstance(app.screen, Confirm), "the question")
            await pilot.press("y")
            await wait_for(pilot, lambda: dean["id"] not in table.rows, "the row gone")
        after = fresh(ws)
        assert after.count("suggestions", "person_id = ?", [sharon["id"]]) == mentions
        assert after.count("people", "id = ?", [dean["id"]]) == 0
