"""One small exception per condition; the CLI turns each into an exit code in one place."""

from __future__ import annotations


class LifestoryError(Exception):
    """Base for errors a user can act on; the message names the file and the problem."""


class CaseFileError(LifestoryError):
    """CASE.toml is missing, unreadable or not in the expected form."""


class WorkspaceError(LifestoryError):
    """The workspace folder is missing, not a workspace, or from a newer lifestory."""


class UnreadableSource(LifestoryError):
    """A source file could not be ingested (corrupt, encrypted, empty, unknown type)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ReleaseRefused(LifestoryError):
    """Release was asked for while decisions are still open."""

    def __init__(self, undecided: dict[str, list[str]]) -> None:
        self.undecided = undecided
        counts = ", ".join(f"{len(v)} {k}" for k, v in undecided.items() if v)
        super().__init__(f"release refused: still undecided: {counts}")


class VerificationFailed(LifestoryError):
    """The independent check found redacted content, or a file differing from the manifest."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"verification failed: {len(problems)} problem(s)")
