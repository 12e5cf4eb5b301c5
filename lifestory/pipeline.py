"""The whole flow in one call, for `lifestory run` and `lifestory demo`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lifestory.analyse import AnalysisReport, analyse
from lifestory.case_file import load_case, load_lists
from lifestory.ingest import IngestReport, ingest_paths
from lifestory.release import PackReport, write_pack
from lifestory.workspace import Workspace


@dataclass
class RunResult:
    workspace: Workspace
    ingest: IngestReport
    analysis: AnalysisReport
    pack: PackReport


def init_workspace(path: Path, case_toml: Path, authority: Path | None = None) -> Workspace:
    """A new workspace (or the existing one); the authority file holds allow and deny lists
    for every case of the authority."""
    if authority:
        load_lists(authority)  # checked now, not at analysis
    return Workspace.create(path, case_toml, load_case(case_toml), authority)


def run_all(
    paths: list[Path], case_toml: Path, out: Path, *, workspace: Path | None = None,
    who: str, accept_suggestions: bool, use_ocr: bool = True, authority: Path | None = None,
) -> RunResult:
    """init + ingest + analyse + release + verify; an existing workspace is resumed."""
    out = Path(out)
    ws = init_workspace(workspace or out.with_name(out.name + ".workspace"), case_toml,
                        authority)
    ingest = ingest_paths(ws, paths, skip={Path(case_toml)}, use_ocr=use_ocr)
    analysis = analyse(ws)
    pack = write_pack(ws, out, who=who, accept_suggestions=accept_suggestions)
    return RunResult(ws, ingest, analysis, pack)
