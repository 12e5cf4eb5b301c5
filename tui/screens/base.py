"""What every review screen shares: reload on return, loud worker failures, F1 help text."""

from __future__ import annotations

from textual.screen import Screen
from textual.worker import Worker, WorkerState

from lifestory.workspace import Workspace


class ReviewScreen(Screen):
    HELP = ""  # markdown shown by F1 under the screen's keys

    @property
    def ws(self) -> Workspace:
        return self.app.ws

    def reload(self) -> None:
        """Read what the screen shows again (after a decision made elsewhere)."""

    def on_screen_resume(self) -> None:
        self.reload()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Loud by default: a failed worker is never silent."""
        if event.state == WorkerState.ERROR:
            self.notify(f"{event.worker.name}: {event.worker.error}", title="Something failed",
                        severity="error", timeout=15)
