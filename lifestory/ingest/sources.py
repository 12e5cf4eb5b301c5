"""Which files a path holds, and what kind each one is.

Folder walks skip hidden files and anything matched by a ``.lifestoryignore`` file (one
glob pattern a line, relative to that folder), so a folder can hold notes beside its
records without them being taken for records.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from pathlib import Path

IGNORE_FILE = ".lifestoryignore"

KINDS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".eml": "eml",
    ".txt": "txt",
    ".csv": "csv",
}


def kind_of(path: Path) -> str | None:
    """The kind of a source, by its name, or None if lifestory does not read it."""
    return KINDS.get(path.suffix.lower())


def _ignore_patterns(folder: Path) -> list[str]:
    ignore = folder / IGNORE_FILE
    if not ignore.exists():
        return []
    lines = ignore.read_text(encoding="utf-8").splitlines()
    return [line.strip().rstrip("/") for line in lines if line.strip() and not line.startswith("#")]


def walk(paths: list[Path], skip: set[Path] = frozenset()) -> Iterator[Path]:
    """Every file named, and every file under every folder named, in a stable order."""
    skip = {p.resolve() for p in skip}
    for path in paths:
        if path.is_dir():
            yield from _walk_folder(path, path, _ignore_patterns(path), skip)
        elif path.resolve() not in skip:
            yield path


def _walk_folder(root: Path, folder: Path, patterns: list[str], skip: set[Path]) -> Iterator[Path]:
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        relative = entry.relative_to(root).as_posix()
        if entry.name.startswith(".") or entry.resolve() in skip:
            continue
        if any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(entry.name, p) for p in patterns):
            continue
        if entry.is_dir():
            yield from _walk_folder(root, entry, patterns, skip)
        else:
            yield entry
