"""Messages the review app's widgets and screens post to each other."""

from __future__ import annotations

from textual.message import Message


class DecisionMade(Message):
    """A suggestion, person or timeline entry was decided (or a decision undone)."""

    def __init__(self, kind: str, item_id: str, decision: str | None) -> None:
        super().__init__()
        self.kind = kind
        self.item_id = item_id
        self.decision = decision


class EntryChanged(Message):
    """A timeline entry or memory was edited, annotated or added (or an edit undone)."""

    def __init__(self, item_id: str) -> None:
        super().__init__()
        self.item_id = item_id
