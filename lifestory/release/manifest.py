"""manifest.json: what is in the pack, byte for byte, and what made it."""

from __future__ import annotations

import datetime as dt
import json
from importlib import metadata
from pathlib import Path

from lifestory import __version__
from lifestory.workspace import sha256_file

MANIFEST = "manifest.json"
VERSIONED = ("presidio-analyzer", "spacy", "pikepdf", "pypdfium2", "pdfplumber", "reportlab")


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def pack_files(pack: Path) -> list[Path]:
    return sorted(p for p in pack.rglob("*") if p.is_file() and p.name != MANIFEST)


def write_manifest(pack: Path, *, model: str, reference: str | None, extra: dict) -> str:
    """Write the manifest and return its own SHA-256 (recorded in the audit log)."""
    files = [
        {"path": p.relative_to(pack).as_posix(), "sha256": sha256_file(p),
         "bytes": p.stat().st_size}
        for p in pack_files(pack)
    ]
    manifest = {
        "tool": {"name": "lifestory", "version": __version__},
        "models": {model: _version(model.replace("_", "-")) or _version(model)},
        "libraries": {name: _version(name) for name in VERSIONED},
        "released_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "request_reference": reference,
        **extra,
        "files": files,
    }
    path = pack / MANIFEST
    path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return sha256_file(path)


def check_manifest(pack: Path) -> list[str]:
    """Problems with the pack against its manifest: changed, missing or unlisted files."""
    path = pack / MANIFEST
    if not path.exists():
        return [f"{path}: no manifest"]
    try:
        listed = {f["path"]: f["sha256"] for f in json.loads(path.read_text())["files"]}
    except (ValueError, KeyError, TypeError) as e:
        return [f"{path}: not a readable manifest ({e})"]
    problems = []
    present = {p.relative_to(pack).as_posix(): p for p in pack_files(pack)}
    for name, digest in listed.items():
        if name not in present:
            problems.append(f"{name}: listed in the manifest but missing from the pack")
        elif sha256_file(present[name]) != digest:
            problems.append(f"{name}: changed since release (SHA-256 differs from the manifest)")
    for name in sorted(set(present) - set(listed)):
        problems.append(f"{name}: in the pack but not in the manifest")
    return problems
