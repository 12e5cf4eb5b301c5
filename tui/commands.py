"""The command palette: the case's actions from the registry, named ``group: Action``.

Built from the current state: only the actions of the screen in use (and the app's), no
"go" to the screen already shown, and on the timeline a "Jump to" for each year it has.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.actions import ACTIONS, APP, Action


class ReviewCommands(Provider):
    def _available(self) -> list[Action]:
        mode = self.app.current_mode
        return [
            a for a in ACTIONS.values()
            if (a.scope == APP and a.name != f"go.{mode}") or a.scope == mode
        ]

    def _run(self, action: Action) -> None:
        target = self.app if action.scope == APP else self.screen
        self.app.call_later(target.run_action, action.action)

    def _commands(self) -> list[tuple[str, Callable[[], None], str]]:
        commands = [(a.title, partial(self._run, a), a.help) for a in self._available()]
        jump = getattr(self.screen, "jump_to_year", None)
        if self.app.current_mode == "timeline" and jump:
            commands += [(f"timeline: Jump to {year}", partial(self.app.call_later, jump, year),
                          f"The first entry of {year}") for year in self.app.ws.timeline_years()]
        return commands

    async def discover(self) -> Hits:
        for title, run, help_text in self._commands():
            yield DiscoveryHit(title, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, run, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), run, help=help_text)
