"""Files written whole or not at all.

A pack is read by other programs (and people) while lifestory works, and an interrupted
run must leave nothing half-written that could pass for a finished file: every output is
written beside its place under a hidden temporary name and renamed into place at the end.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

READABLE = 0o644  # a pack is to be read (mkstemp would leave it private)
READ_ONLY = 0o444  # originals and the copies made from them are never written again


@contextmanager
def written_whole(out: Path, mode: int = READABLE) -> Iterator[Path]:
    """A temporary path to write; it becomes ``out`` if the block finishes, else goes."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    try:
        yield Path(partial)
        os.chmod(partial, mode)
        os.replace(partial, out)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
