"""The command palette: the case's actions from the registry, named ``group: Action``.

Built from the current state: only the actions of the screen in use (and the app's), and no
"go" to the screen already shown.
"""

from __future__ import annotations

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

    async def discover(self) -> Hits:
        for action in self._available():
            yield DiscoveryHit(action.title, partial(self._run, action), help=action.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for action in self._available():
            score = matcher.match(action.title)
            if score > 0:
                yield Hit(score, matcher.highlight(action.title), partial(self._run, action),
                          help=action.help)
