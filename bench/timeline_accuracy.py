"""How well the timeline finds the key events of each sample case.

For every case in ``sample_records/ground_truth/*.json``: ingest, analyse, take every default
decision, then match each ground-truth event to a timeline entry with the same date whose
text contains the event's phrase. Prints recall of events and, of those found, how many have
the right category.

    .venv/bin/python bench/timeline_accuracy.py [--show] [--case NAME ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lifestory.analyse import analyse  # noqa: E402
from lifestory.ingest import ingest_paths  # noqa: E402
from lifestory.pipeline import init_workspace  # noqa: E402
from lifestory.timeline.view import story  # noqa: E402

SAMPLES = ROOT / "sample_records"


def squash(text: str) -> str:
    return " ".join(text.split()).lower()


def timeline_for(truth: dict, tmp: Path) -> list[dict]:
    case_dir = SAMPLES / truth["case"]
    case_toml = case_dir / "case.toml"
    if not case_toml.exists():
        case_toml = SAMPLES / "case.toml"
    ws = init_workspace(tmp / truth["case"], case_toml)
    ingest_paths(ws, [case_dir], skip={case_toml})
    analyse(ws)
    ws.accept_defaults("bench")
    return story(ws)["entries"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="list missed and miscategorised")
    parser.add_argument("--case", action="append", default=[], metavar="NAME",
                        help="only the ground truths whose file name contains NAME "
                             "(repeatable)")
    args = parser.parse_args()
    all_found = all_total = all_right = 0
    with tempfile.TemporaryDirectory() as tmp:
        for truth_path in sorted((SAMPLES / "ground_truth").glob("*.json")):
            if args.case and not any(name in truth_path.stem for name in args.case):
                continue
            truth = json.loads(truth_path.read_text())
            entries = timeline_for(truth, Path(tmp))
            found = right = 0
            notes = []
            for event in truth["events"]:
                phrase = squash(event["contains"])
                match = [e for e in entries
                         if e["date"] == event["date"] and phrase in squash(e["text"])]
                if not match:
                    notes.append(f"    missed: {event['date']} {event['category']}: "
                                 f"{event['contains']!r}")
                    continue
                found += 1
                if any(e["category"] == event["category"] for e in match):
                    right += 1
                else:
                    notes.append(f"    category: {event['date']} {event['contains']!r}: "
                                 f"{match[0]['category']} (expected {event['category']})")
            total = len(truth["events"])
            print(f"{truth['case']}: {len(entries)} entries; events found {found}/{total} "
                  f"= {found / total:.3f}; right category {right}/{found} = "
                  f"{right / max(found, 1):.3f}")
            if args.show:
                print("\n".join(notes))
            all_found, all_total, all_right = all_found + found, all_total + total, (
                all_right + right)
    print(f"all cases: recall {all_found / all_total:.3f}, category accuracy "
          f"{all_right / max(all_found, 1):.3f}")


if __name__ == "__main__":
    main()
