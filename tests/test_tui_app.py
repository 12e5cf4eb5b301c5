"""The review app, driven with Textual's Pilot on a real workspace (real SQLite, real Presidio)
built from small fictional records: decisions are saved at once and audited with the officer,
a person's decision reaches every mention, undo restores, release refuses or writes."""

from __future__ import annotations

import datetime as dt
import io
import shutil

import pytest
from rich.console import Console

from lifestory.analyse import analyse
from lifestory.cli import cli
from lifestory.ingest import ingest_paths
from lifestory.pipeline import init_workspace
from lifestory.workspace import Workspace
from tests.conftest import CASE_NOTES, CASE_TOML
from tests.pdfs import text_pdf
from tui.actions import ACTIONS, APP, bindings
from tui.app import OFFICER_KEY, ReviewApp
from tui.screens import DocumentsScreen, HelpScreen, OfficerScreen, PeopleScreen, ReleaseScreen
from tui.screens.overview import due_date
from tui.widgets.lazy_table import LazyTable

TODAY = dt.date(2026, 11, 10)
SIZE = (120, 40)


@pytest.fixture(autouse=True)
def _no_user_textual(monkeypatch, tmp_path):
    """A developer's Textual settings (theme, animations, config) cannot change results."""
    import os

    for name in list(os.environ):
        if name.startswith("TEXTUAL") and not name.startswith("TEXTUAL_SNAPSHOT"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One analysed workspace for the module; each test works on its own copy."""
    tmp = tmp_path_factory.mktemp("tui")
    (tmp / "case.toml").write_text(CASE_TOML, encoding="utf-8")
    export = tmp / "export"
    export.mkdir()
    text_pdf(export / "case-notes.pdf", CASE_NOTES)
    ws = init_workspace(tmp / "ws", tmp / "case.toml")
    ingest_paths(ws, [export])
    analyse(ws)
    ws.close()
    return tmp / "ws"


@pytest.fixture
def ws(template, tmp_path) -> Workspace:
    shutil.copytree(template, tmp_path / "ws")
    ws = Workspace(tmp_path / "ws")
    yield ws
    ws.close()


def make_app(ws: Workspace, officer: str | None = "Test Officer") -> ReviewApp:
    return ReviewApp(ws, officer, today=TODAY, pack_dir=ws.path.parent / "pack")


async def wait_for(pilot, condition, what: str, tries: int = 200) -> None:
    """Wait on a named condition, never a fixed sleep."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def fresh(ws: Workspace) -> Workspace:
    """The database as another process would see it: proof the decision was saved."""
    return Workspace(ws.path)


class TestDocuments:
    """The page reader decides suggestions, one at a time, saved at once."""

    async def test_redact_is_saved_and_audited_with_the_officer(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("2")
            await wait_for(pilot, lambda: isinstance(app.screen, DocumentsScreen)
                           and app.screen.current is not None, "the documents screen")
            suggestion = app.screen.current
            await pilot.press("r")
            await wait_for(pilot, lambda: app.screen.current["decision"] == "redact",
                           "the decision to show")
        saved = next(fresh(ws).rows("suggestions", "id = ?", [suggestion["id"]]))
        assert (saved["decision"], saved["decided_by"]) == ("redact", "Test Officer")
        audit = list(fresh(ws).rows("audit_log", "action = 'decide' AND target_id = ?",
                                    [suggestion["id"]]))
        assert [a["who"] for a in audit] == ["Test Officer"]

    async def test_next_undecided_moves_past_what_is_decided(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("2")
            await wait_for(pilot, lambda: isinstance(app.screen, DocumentsScreen)
                           and app.screen.current is not None, "the documents screen")
            first = app.screen.current["id"]
            await pilot.press("k", "n")
            await wait_for(pilot, lambda: app.screen.current["id"] != first, "the next one")
            assert app.screen.current["decision"] is None
            await pilot.press("question_mark")
            assert app.screen.query_one("#why").display
        assert next(fresh(ws).rows("suggestions", "id = ?", [first]))["decision"] == "keep"

    async def test_undo_restores_the_last_decision_and_is_audited(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("2")
            await wait_for(pilot, lambda: isinstance(app.screen, DocumentsScreen)
                           and app.screen.current is not None, "the documents screen")
            sid = app.screen.current["id"]
            await pilot.press("r", "u")
            await wait_for(pilot, lambda: app.screen.current["decision"] is None, "the undo")
        row = next(fresh(ws).rows("suggestions", "id = ?", [sid]))
        assert row["decision"] is None and row["decided_by"] is None
        actions = [a["action"] for a in fresh(ws).rows("audit_log", "target_id = ?", [sid],
                                                       order_by="id")]
        assert actions == ["decide", "undo"]


class TestPeople:
    """Deciding a person decides every mention of them."""

    async def test_disclose_a_person_everywhere_then_undo(self, ws):
        sharon = next(ws.rows("people", "name = 'Sharon Whitfield'"))
        mentions = ws.count("suggestions", "person_id = ?", [sharon["id"]])
        assert mentions >= 3
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("3")
            await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen),
                           "the people screen")
            table = app.screen.query_one(LazyTable)
            table.move_cursor(row=table.get_row_index(sharon["id"]))
            await pilot.press("d")
            await wait_for(pilot, lambda: fresh(ws).count(
                "suggestions", "person_id = ? AND decision = 'keep'", [sharon["id"]]
            ) == mentions, "every mention to be kept")
            assert str(table.get_cell(sharon["id"], "decision")) == "disclose"
            await pilot.press("u")
            await wait_for(pilot, lambda: str(table.get_cell(sharon["id"], "decision"))
                           == "undecided", "the undo to show")
        after = fresh(ws)
        assert after.count("suggestions", "person_id = ? AND decision IS NOT NULL",
                           [sharon["id"]]) == 0
        assert next(after.rows("people", "id = ?", [sharon["id"]]))["decision"] is None

    async def test_a_person_decided_from_the_page_reader(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("2")
            await wait_for(pilot, lambda: isinstance(app.screen, DocumentsScreen)
                           and app.screen.current is not None, "the documents screen")
            while not app.screen.current["person_id"]:
                await pilot.press("full_stop")
            person_id = app.screen.current["person_id"]
            await pilot.press("R")
            await wait_for(pilot, lambda: app.screen.current["decision"] == "redact",
                           "the mention to follow the person")
        assert fresh(ws).count("suggestions", "person_id = ? AND decision != 'redact'",
                               [person_id]) == 0


class TestRelease:
    async def test_release_is_refused_while_anything_is_undecided(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("5")
            await wait_for(pilot, lambda: isinstance(app.screen, ReleaseScreen),
                           "the release screen")
            assert "undecided" in str(app.screen.query_one("#checklist").render())
            await pilot.press("w")
            await app.workers.wait_for_complete()
            await wait_for(pilot, lambda: "refused" in str(app.screen.query_one("#result")
                                                            .render()), "the refusal")
        assert not (ws.path.parent / "pack").exists()

    async def test_release_writes_the_pack_once_everything_is_decided(self, ws):
        ws.accept_defaults("Test Officer")
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("5")
            await wait_for(pilot, lambda: isinstance(app.screen, ReleaseScreen),
                           "the release screen")
            await pilot.press("w")
            await app.workers.wait_for_complete()
            result = app.screen.query_one("#result")
            await wait_for(pilot, lambda: "Pack written" in str(result.render())
                           or "failed" in str(result.render()), "the result")
            assert "Pack written" in str(result.render()), str(result.render())
        assert (ws.path.parent / "pack" / "manifest.json").exists()
        assert [r["who"] for r in fresh(ws).rows("releases")] == ["Test Officer"]


class TestOfficer:
    async def test_asked_at_first_start_remembered_and_audited(self, ws):
        app = make_app(ws, officer=None)
        async with app.run_test(size=SIZE) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, OfficerScreen),
                           "the officer question")
            await pilot.press(*"Sam Officer", "enter")
            await wait_for(pilot, lambda: app.officer == "Sam Officer", "the name")
            await pilot.press("2")
            await wait_for(pilot, lambda: isinstance(app.screen, DocumentsScreen)
                           and app.screen.current is not None, "the documents screen")
            await pilot.press("r")
            await wait_for(pilot, lambda: app.screen.current["decision"] == "redact",
                           "the decision")
        assert fresh(ws).get_meta(OFFICER_KEY) == "Sam Officer"
        assert {a["who"] for a in fresh(ws).rows("audit_log", "action = 'decide'")} == {
            "Sam Officer"}
        assert make_app(fresh(ws), officer=None).officer == "Sam Officer"

    def test_review_command_opens_the_app_with_the_officer(self, ws, runner, monkeypatch):
        opened = []
        monkeypatch.setattr(ReviewApp, "run", lambda self: opened.append(self.officer))
        monkeypatch.setattr("lifestory.cli.on_terminal", lambda: True)
        result = runner.invoke(cli, ["review", str(ws.path), "--officer", "A. Officer"])
        assert result.exit_code == 0, result.output
        result = runner.invoke(cli, ["review", str(ws.path)])  # $LIFESTORY_OFFICER
        assert result.exit_code == 0, result.output
        assert opened == ["A. Officer", "Test Officer"]


class TestKeysAndPalette:
    """One registry feeds the bindings, the footer, the palette and F1 help."""

    def test_registry_names_and_bindings(self):
        assert ACTIONS["review.next_undecided"].title == "review: Next undecided"
        assert ACTIONS["person.redact"].title == "person: Redact everywhere"
        assert {b.id for b in bindings(APP)} == {a.name for a in ACTIONS.values()
                                                 if a.scope == APP}
        keys = {}
        for a in ACTIONS.values():
            assert (a.scope, a.key) not in keys, f"{a.name} and {keys.get((a.scope, a.key))}"
            keys[(a.scope, a.key)] = a.name

    async def test_palette_runs_a_case_action(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("2")
            await wait_for(pilot, lambda: isinstance(app.screen, DocumentsScreen)
                           and app.screen.current is not None, "the documents screen")
            documents = app.screen
            first = documents.current["id"]
            await pilot.press("k", "ctrl+p")
            await pilot.press(*"review: next undecided")
            await pilot.pause()
            await pilot.press("enter")
            await wait_for(pilot, lambda: app.screen is documents
                           and documents.current["id"] != first, "the palette's action")

    async def test_f1_shows_the_keys_of_the_screen(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("3", "f1")
            await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
            assert app.screen.mode == "people"
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, PeopleScreen), "the register")


class TestOverview:
    @pytest.mark.parametrize(("received", "extension", "due"), [
        (dt.date(2026, 11, 1), 0, dt.date(2026, 12, 1)),
        (dt.date(2026, 1, 31), 0, dt.date(2026, 2, 28)),
        (dt.date(2027, 12, 15), 0, dt.date(2028, 1, 15)),
        (dt.date(2026, 11, 1), 2, dt.date(2027, 2, 1)),
    ])
    def test_statutory_due_date(self, received, extension, due):
        assert due_date(received, extension) == due

    async def test_overview_shows_progress_and_the_due_date(self, ws):
        app = make_app(ws)
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            case = str(app.screen.query_one("#case").render())
            assert "1 Dec 2026" in case and "21 days left" in case
            console = Console(width=60, record=True, file=io.StringIO())
            console.print(app.screen.progress_table())
            decided, left = ws.progress()["suggestion"]
            rows = [line.split() for line in console.export_text().splitlines()]
            assert ["Suggestions", str(decided), str(left)] in rows


async def no_cursor_blink(pilot) -> None:
    """Freeze every blinking cursor, first, so a snapshot never catches one mid-blink."""
    for widget in pilot.app.screen.query("Input"):
        widget.cursor_blink = False


async def settled(pilot) -> None:
    """Workers finished and the screen repainted."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
class TestSnapshots:
    """Each screen's look, pinned at the smallest supported terminal and a common one."""

    def test_overview(self, ws, snap_compare, size):
        async def run_before(pilot):
            await no_cursor_blink(pilot)
            await settled(pilot)

        assert snap_compare(make_app(ws), terminal_size=size, run_before=run_before)

    def test_documents(self, ws, snap_compare, size):
        async def run_before(pilot):
            await no_cursor_blink(pilot)
            await pilot.press("2")  # the documents screen, at the first undecided suggestion
            await pilot.press("question_mark")  # with the rule and reason shown
            await settled(pilot)

        assert snap_compare(make_app(ws), terminal_size=size, run_before=run_before)

    def test_people(self, ws, snap_compare, size):
        async def run_before(pilot):
            await no_cursor_blink(pilot)
            await pilot.press("3")  # the register
            await settled(pilot)

        assert snap_compare(make_app(ws), terminal_size=size, run_before=run_before)
