"""Pages per second through each stage, on a long case-notes export.

The export repeats the sample case-notes report's pages (real care-note text, names and
all) until it has ``--pages`` pages, then times ingest, analyse, release (writing the pack)
and verify separately.

    .venv/bin/python bench/pipeline_speed.py [--pages 200]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lifestory.analyse import analyse  # noqa: E402
from lifestory.ingest import ingest_paths  # noqa: E402
from lifestory.pipeline import init_workspace  # noqa: E402
from lifestory.release import write_pack  # noqa: E402
from lifestory.verify import verify_pack  # noqa: E402

SAMPLES = ROOT / "sample_records"
NOTES = SAMPLES / "case-jade-whitfield" / "case-notes-2005-2019.pdf"


def long_export(path: Path, pages: int) -> Path:
    with pikepdf.open(NOTES) as source, pikepdf.new() as out:
        while len(out.pages) < pages:
            for page in source.pages:
                if len(out.pages) == pages:
                    break
                out.pages.append(page)
        out.save(path)
    return path


def stage(label: str, pages: int, fn):
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(f"{label:<10} {pages} pages in {seconds:7.2f} s = {pages / seconds:7.1f} pages/s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = long_export(tmp / "long-case-notes.pdf", args.pages)
        ws = init_workspace(tmp / "ws", SAMPLES / "case.toml")
        stage("ingest", args.pages, lambda: ingest_paths(ws, [source]))
        from redaction.engine import build_analyzer

        stage("load model", args.pages, build_analyzer)
        stage("analyse", args.pages, lambda: analyse(ws))
        report = stage("release", args.pages, lambda: write_pack(
            ws, tmp / "pack", who="bench", accept_suggestions=True, verify=False))
        print(f"{'':<10} (the timeline PDF is {report.timeline_pages} pages)")
        checked = stage("verify", args.pages, lambda: verify_pack(report.path, ws))
        assert checked.ok, checked.problems[:5]


if __name__ == "__main__":
    main()
