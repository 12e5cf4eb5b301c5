"""The per-case workspace: ``case.db`` (SQLite through sqlite-utils) and ``originals/``.

All SQL lives here. Every write that must not be half-done runs in a transaction, so a run
that is killed can simply be run again: pages are upserted by (document, page), suggestions
by a stable id, and a document is only marked ingested once all its pages are in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

import sqlite_utils

from lifestory.case_file import CaseFile, load_lists, parse_case
from lifestory.errors import WorkspaceError
from lifestory.models import Page, Word
from redaction.files import READ_ONLY, written_whole

SCHEMA_VERSION = 5
DB_NAME = "case.db"
CASE_NAME = "case.toml"
AUTHORITY_NAME = "authority.toml"  # the authority's allow and deny lists, as given at init
ORIGINALS = "originals"
PREPARED = "prepared"  # flattened copies of PDFs with forms: see lifestory/ingest/prepare.py

SYSTEM = "lifestory"  # the "who" of changes the tool makes itself


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """Hash in chunks: an original can be gigabytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            digest.update(block)
    return digest.hexdigest()


# Everything a person decides carries the tool's proposal and the person's decision: who,
# when and why.
DECISION_COLUMNS = {
    "default_decision": str,
    "decision": str,
    "decided_by": str,
    "decided_at": str,
    "decision_reason": str,
}


def _create_schema(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["documents"].create(
        {
            "id": str,  # SHA-256 of the original bytes
            "name": str,  # file name as received
            "stem": str,  # unique within the case; names the released PDF
            "kind": str,  # pdf, docx, eml, txt, csv
            "source_path": str,
            "original": str,  # path under originals/
            "parent_id": str,  # the e-mail an attachment came from
            "size": int,
            "page_count": int,
            "status": str,  # ingesting, ingested
            "ingested_at": str,
        },
        pk="id",
    )
    db["pages"].create(
        {
            "document_id": str,
            "page_number": int,
            "width": float,
            "height": float,
            "text": str,
            "text_source": str,  # pdf, ocr, text, none
            "analysed": str,  # the analysis version that last read this page
        },
        pk=("document_id", "page_number"),
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["words"].create(
        {
            "document_id": str,
            "page_number": int,
            "idx": int,
            "text": str,
            "start": int,
            "end": int,
            "x0": float,
            "top": float,
            "x1": float,
            "bottom": float,
        },
        pk=("document_id", "page_number", "idx"),
    )
    db["findings"].create(
        {
            "document_id": str,
            "page_number": int,
            "start": int,
            "end": int,
            "entity_type": str,
            "text": str,
            "score": float,
            "recognizer": str,
            "explanation": str,
        },
        pk=("document_id", "page_number", "start", "end", "entity_type"),
    )
    db["people"].create(
        {
            "id": str,
            "name": str,
            "variants": str,  # JSON list
            "category": str,  # subject, professional, third_party, unclear
            "role": str,
            "relationship": str,
            "source": str,  # case_file, detected
            "mentions": int,
            "reason": str,
            "flagged": int,
            **DECISION_COLUMNS,  # redact, disclose
        },
        pk="id",
    )
    db["suggestions"].create(
        {
            "id": str,
            "document_id": str,
            "page_number": int,
            "start": int,
            "end": int,
            "text": str,
            "entity_type": str,
            "person_id": str,
            "rule": str,
            "confidence": float,
            "exemption_code": str,
            "reason": str,
            "flagged": int,
            **DECISION_COLUMNS,  # redact, keep
        },
        pk="id",
    )
    db["suggestions"].create_index(["document_id", "page_number"])
    db["suggestions"].create_index(["person_id"])
    db["timeline_entries"].create(
        {
            "id": str,
            "document_id": str,
            "page_number": int,
            "start": int,
            "end": int,
            "date": str,
            "date_precision": str,
            "category": str,
            "title": str,
            **DECISION_COLUMNS,  # include, hide
        },
        pk="id",
    )
    db["audit_log"].create(
        {
            "id": int,
            "at": str,
            "who": str,
            "action": str,
            "target_type": str,
            "target_id": str,
            "detail": str,
        },
        pk="id",
    )
    db["releases"].create(
        {"number": int, "at": str, "who": str, "path": str, "manifest_sha256": str},
        pk="number",
    )
    # The audit log is append-only: the database itself refuses edits.
    db.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def _timeline_kinds(db: sqlite_utils.Database) -> None:
    """Version 2: entries say what they are (a note, an event a note mentions, a document)."""
    db["timeline_entries"].add_column("kind", str, not_null_default="note")


def _memories_and_annotations(db: sqlite_utils.Database) -> None:
    """Version 3: what people add to the story, kept apart from the record and signed."""
    db["memories"].create(
        {"id": str, "author": str, "at": str, "date": str, "date_precision": str,
         "period": str, "title": str, "text": str, "photo": str, "include": int},
        pk="id",
    )
    db["annotations"].create(
        {"id": str, "entry_id": str, "author": str, "at": str, "kind": str, "text": str,
         "include": int},
        pk="id",
    )
    db["annotations"].create_index(["entry_id"])


def _duplicate_entries(db: sqlite_utils.Database) -> None:
    """Version 4: a note exported in two reports is one entry; the copy points to it."""
    db["timeline_entries"].add_column("duplicate_of", str)


def _officer_edits(db: sqlite_utils.Database) -> None:
    """Version 5: what a person changes on a timeline entry, kept beside the tool's proposal
    so a new analysis keeps it; an annotation says whether the care leaver wrote it."""
    db["timeline_entries"].add_column("edited_title", str)
    db["timeline_entries"].add_column("edited_category", str)
    db["timeline_entries"].add_column("content_notes", str)  # JSON list; NULL: the tool's
    db["timeline_entries"].create_index(["date"])
    db["annotations"].add_column("from_subject", int, not_null_default=0)
    db["suggestions"].add_column("edited_exemption_code", str)
    db["suggestions"].add_column("edited_reason", str)


# Each migration takes the database from version N-1 to N; index 0 is unused.
MIGRATIONS: list = [None, _create_schema, _timeline_kinds, _memories_and_annotations,
                    _duplicate_entries, _officer_edits]

ANNOTATION_KINDS = ("context", "why", "remember", "question", "correction", "own account")

DECIDABLE = {
    "suggestion": ("suggestions", ("redact", "keep")),
    "person": ("people", ("redact", "disclose")),
    "timeline_entry": ("timeline_entries", ("include", "hide")),
}

# Columns a person edits on a proposal, each with the proposal column it overrides (None:
# read beside the proposal). A new analysis keeps them, as it keeps decisions.
EDITED = {
    "timeline_entries": {"edited_title": None, "edited_category": "category",
                         "content_notes": None},
    "suggestions": {"edited_exemption_code": "exemption_code", "edited_reason": "reason"},
}
MANUAL = "manual"  # the rule of a redaction a person marked that no recogniser found
# The timeline categories of DESIGN.md a record's entry can have; ``memory`` is for what a
# person adds (``add_memory``).
ENTRY_CATEGORIES = ("placement", "education", "health", "family", "achievement", "voice",
                    "meeting", "concern")
_UNCHANGED = object()


class Workspace:
    """One case: its database, its untouched originals and its case file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        db_path = self.path / DB_NAME
        if not db_path.exists():
            raise WorkspaceError(f"{self.path}: not a lifestory workspace (no {DB_NAME})")
        self.db = sqlite_utils.Database(db_path)
        self.db.execute("PRAGMA busy_timeout = 10000")
        self._migrate()
        self.case = parse_case(
            tomllib.loads((self.path / CASE_NAME).read_text(encoding="utf-8")),
            self.path / CASE_NAME,
        )

    # -- creating and opening -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, case_toml: Path, case: CaseFile,
               authority: Path | None = None) -> Workspace:
        """Make a new workspace folder; an existing workspace is opened, never overwritten."""
        path = Path(path)
        if (path / DB_NAME).exists():
            return cls(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / ORIGINALS).mkdir(exist_ok=True)
        shutil.copyfile(case_toml, path / CASE_NAME)
        if authority:
            shutil.copyfile(authority, path / AUTHORITY_NAME)
        db = sqlite_utils.Database(path / DB_NAME)
        db.enable_wal()
        db.close()
        ws = cls(path)
        ws.set_meta("created_at", now())
        ws.audit("init", "case", case.reference or case.subject_name, case.to_dict())
        return ws

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise WorkspaceError(
                f"{self.path}: made by a newer lifestory (schema {version}); please upgrade"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.db.conn:
                MIGRATIONS[target](self.db)
                self.db.execute(f"PRAGMA user_version = {target}")

    def lists(self) -> tuple[list[str], list[str], list[str]]:
        """(allow, case deny, authority deny): the case's lists with the authority's."""
        allow, deny = list(self.case.allow), list(self.case.deny)
        authority_deny: list[str] = []
        if (self.path / AUTHORITY_NAME).exists():
            a_allow, authority_deny = load_lists(self.path / AUTHORITY_NAME)
            allow += a_allow
        return allow, deny, authority_deny

    def close(self) -> None:
        self.db.close()

    # -- meta and audit -------------------------------------------------------------------

    def set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    def get_meta(self, key: str) -> str | None:
        rows = list(self.db["meta"].rows_where("key = ?", [key]))
        return rows[0]["value"] if rows else None

    def audit(
        self, action: str, target_type: str, target_id: str, detail: dict | None = None,
        who: str = SYSTEM,
    ) -> None:
        self.db["audit_log"].insert(
            {
                "at": now(),
                "who": who,
                "action": action,
                "target_type": target_type,
                "target_id": target_id,
                "detail": json.dumps(detail or {}, default=str),
            }
        )

    # -- originals and documents ----------------------------------------------------------

    def keep_original(self, source: Path, sha256: str) -> str:
        """Copy a source into originals/ once, read-only, named by its hash."""
        relative = f"{ORIGINALS}/{sha256}{source.suffix.lower()}"
        target = self.path / relative
        if not target.exists():
            with written_whole(target, READ_ONLY) as partial:
                shutil.copyfile(source, partial)
        return relative

    def prepared_path(self, document_id: str) -> Path:
        return self.path / PREPARED / f"{document_id}.pdf"

    def readable(self, doc: dict) -> Path:
        """The file ingest read and release redacts: the flattened copy of a PDF with
        forms where one was made, else the original."""
        prepared = self.prepared_path(doc["id"])
        return prepared if prepared.exists() else self.path / doc["original"]

    def document(self, document_id: str) -> dict | None:
        rows = list(self.db["documents"].rows_where("id = ?", [document_id]))
        return rows[0] if rows else None

    def documents(self) -> list[dict]:
        return list(self.db["documents"].rows_where(order_by="name, id"))

    def unique_stem(self, wanted: str) -> str:
        taken = {row["stem"] for row in self.db["documents"].rows}
        stem, n = wanted, 2
        while stem in taken:
            stem, n = f"{wanted}-{n}", n + 1
        return stem

    def start_document(self, record: dict) -> None:
        """Register a document before its pages; status stays 'ingesting' until finished."""
        existing = self.document(record["id"])
        if existing:
            return
        record = {**record, "status": "ingesting", "stem": self.unique_stem(record["stem"])}
        self.db["documents"].insert(record)

    def pages_done(self, document_id: str) -> int:
        row = self.db.execute(
            "SELECT COALESCE(MAX(page_number), 0) FROM pages WHERE document_id = ?",
            [document_id],
        ).fetchone()
        return row[0]

    def add_pages(self, document_id: str, pages: Iterable[Page]) -> None:
        """Write a batch of pages and their words in one transaction."""
        with self.db.conn:
            for page in pages:
                self.db["pages"].upsert(
                    {
                        "document_id": document_id,
                        "page_number": page.page_number,
                        "width": page.width,
                        "height": page.height,
                        "text": page.text,
                        "text_source": page.text_source,
                        "analysed": None,
                    },
                    pk=("document_id", "page_number"),
                )
                self.db.execute(
                    "DELETE FROM words WHERE document_id = ? AND page_number = ?",
                    [document_id, page.page_number],
                )
                self.db["words"].insert_all(
                    (
                        {
                            "document_id": document_id,
                            "page_number": page.page_number,
                            "idx": i,
                            **asdict(word),
                        }
                        for i, word in enumerate(page.words)
                    ),
                    batch_size=2000,
                )

    def finish_document(self, document_id: str, page_count: int) -> None:
        with self.db.conn:
            self.db["documents"].update(
                document_id,
                {"status": "ingested", "page_count": page_count, "ingested_at": now()},
            )
            self.audit("ingest", "document", document_id, {"pages": page_count})

    # -- pages and words ------------------------------------------------------------------

    def pages(
        self, document_id: str | None = None, *, where: str = "", params=()
    ) -> Iterator[dict]:
        """Pages in order, streamed from SQLite (a case can hold 10,000 pages)."""
        clauses, args = [], []
        if document_id:
            clauses.append("document_id = ?")
            args.append(document_id)
        if where:
            clauses.append(where)
            args.extend(params)
        yield from self.db["pages"].rows_where(
            " AND ".join(clauses) or None, args, order_by="document_id, page_number"
        )

    def page(self, document_id: str, page_number: int) -> dict:
        return self.db["pages"].get((document_id, page_number))

    def page_count(self) -> int:
        return self.db["pages"].count

    def words(self, document_id: str, page_number: int) -> list[Word]:
        rows = self.db["words"].rows_where(
            "document_id = ? AND page_number = ?", [document_id, page_number], order_by="idx"
        )
        return [
            Word(r["text"], r["start"], r["end"], r["x0"], r["top"], r["x1"], r["bottom"])
            for r in rows
        ]

    # -- findings -------------------------------------------------------------------------

    def pages_to_analyse(self, version: str) -> Iterator[dict]:
        yield from self.pages(where="analysed IS NULL OR analysed != ?", params=[version])

    def save_findings(self, document_id: str, page_number: int, findings: list[dict],
                      version: str) -> None:
        with self.db.conn:
            self.db.execute(
                "DELETE FROM findings WHERE document_id = ? AND page_number = ?",
                [document_id, page_number],
            )
            self.db["findings"].insert_all(
                {"document_id": document_id, "page_number": page_number, **f} for f in findings
            )
            self.db["pages"].update((document_id, page_number), {"analysed": version})

    def findings(self, entity_type: str | None = None) -> Iterator[dict]:
        if entity_type:
            yield from self.db["findings"].rows_where("entity_type = ?", [entity_type])
        else:
            yield from self.db["findings"].rows

    # -- people, suggestions, timeline: stored proposals keep any human decision ------------

    def replace_proposals(self, table: str, rows: list[dict]) -> None:
        """Store freshly computed proposals, keeping every decision a person already made.

        A proposal that no longer arises is removed unless a person decided it (then it
        stays, so the decision is not lost).
        """
        keep = ("decision", "decided_by", "decided_at", "decision_reason")
        edited = EDITED.get(table, {})  # left out of the upsert, so left as they are
        with self.db.conn:
            existing = {
                r["id"]: r for r in self.db[table].rows_where(
                    select="id, " + ", ".join([*keep, *edited]))
            }
            merged = []
            for row in rows:
                old = existing.get(row["id"])
                source = old if old and old["decision"] else row
                merged.append({**row, **{k: source.get(k) for k in keep}})
                for column, overrides in edited.items():
                    if overrides and old and old[column] is not None:
                        merged[-1][overrides] = old[column]
            self.db[table].upsert_all(merged, pk="id", batch_size=1000)
            fresh_ids = {r["id"] for r in rows}
            stale = [(i,) for i, r in existing.items() if i not in fresh_ids and not r["decision"]
                     and all(r[c] is None for c in edited)]
            self.db.conn.executemany(f"DELETE FROM [{table}] WHERE id = ?", stale)

    def rows(
        self, table: str, where: str | None = None, params=(), order_by=None
    ) -> Iterator[dict]:
        yield from self.db[table].rows_where(where, list(params), order_by=order_by)

    # -- decisions --------------------------------------------------------------------------

    def decide(self, kind: str, item_id: str, decision: str, who: str, why: str = "") -> None:
        """Record a person's decision on one item, and say so in the audit log."""
        table, allowed = DECIDABLE[kind]
        if decision not in allowed:
            raise ValueError(f"{kind} decision must be one of {allowed}, not {decision!r}")
        with self.db.conn:
            self.db[table].update(
                item_id,
                {"decision": decision, "decided_by": who, "decided_at": now(),
                 "decision_reason": why},
            )
            if kind == "person":  # deciding a person decides every mention of them
                self.db.execute(
                    "UPDATE suggestions SET decision = ?, decided_by = ?, decided_at = ?, "
                    "decision_reason = ? WHERE person_id = ?",
                    ["keep" if decision == "disclose" else "redact", who, now(),
                     f"follows the decision on the person: {why}".rstrip(": "), item_id],
                )
            self.audit("decide", kind, item_id, {"decision": decision, "why": why}, who=who)

    def accept_defaults(self, who: str) -> dict[str, int]:
        """Take every default decision still open (``release --accept-suggestions``)."""
        counts = {}
        at = now()
        with self.db.conn:
            for kind, (table, _) in DECIDABLE.items():
                cur = self.db.execute(
                    f"UPDATE {table} SET decision = default_decision, decided_by = ?, "
                    "decided_at = ?, decision_reason = 'default accepted' "
                    "WHERE decision IS NULL",
                    [who, at],
                )
                counts[kind] = cur.rowcount
            self.audit("accept_defaults", "case", "*", counts, who=who)
        return counts

    def undecided(self) -> dict[str, list[str]]:
        """What still needs a person, by kind, as readable lines."""
        out: dict[str, list[str]] = {}
        suggestions = self.db.execute(
            "SELECT s.text, s.entity_type, d.name, s.page_number FROM suggestions s "
            "JOIN documents d ON d.id = s.document_id WHERE s.decision IS NULL "
            "ORDER BY d.name, s.page_number, s.start"
        ).fetchall()
        out["suggestions"] = [f"{n} p{p}: {et}" for _, et, n, p in suggestions]
        people = self.db.execute(
            "SELECT name, category FROM people WHERE decision IS NULL ORDER BY name"
        ).fetchall()
        out["people"] = [f"{name} ({category})" for name, category in people]
        entries = self.db.execute(
            "SELECT date, title FROM timeline_entries WHERE decision IS NULL ORDER BY date"
        ).fetchall()
        out["timeline entries"] = [f"{date}: {title}" for date, title in entries]
        return out

    # -- what people add to the story ---------------------------------------------------------

    def add_memory(self, author: str, text: str, *, date: str | None = None,
                   date_precision: str | None = None, period: str | None = None,
                   title: str | None = None, photo: Path | None = None,
                   recorded_by: str | None = None) -> str:
        """A memory a person adds (category ``memory``); a photo is copied into the workspace.

        ``recorded_by`` is who typed it in for the author (the officer), for the audit log.
        """
        if not text.strip():
            raise ValueError("a memory needs some text")
        if photo and not Path(photo).is_file():
            raise ValueError(f"{photo}: no such photo")
        memory_id = "m-" + hashlib.sha1(f"{author}:{now()}:{text}".encode()).hexdigest()[:12]
        stored_photo = None
        if photo:
            photos = self.path / "photos"
            photos.mkdir(exist_ok=True)
            stored_photo = f"photos/{memory_id}{Path(photo).suffix.lower()}"
            shutil.copyfile(photo, self.path / stored_photo)
        with self.db.conn:
            self.db["memories"].insert({
                "id": memory_id, "author": author, "at": now(), "date": date,
                "date_precision": date_precision, "period": period, "title": title,
                "text": text, "photo": stored_photo, "include": 1,
            })
            self.audit("add_memory", "memory", memory_id,
                       {"date": date, "author": author}, who=recorded_by or author)
        return memory_id

    def annotate(self, entry_id: str, author: str, kind: str, text: str, *,
                 include: bool = True, from_subject: bool = False,
                 recorded_by: str | None = None) -> str:
        """A note on a timeline entry, kept apart from the record's own words.

        ``from_subject`` marks the care leaver's own (a question, their account of an entry);
        ``include`` says whether it goes in the next pack; ``recorded_by`` is who typed it in
        for the author, for the audit log.
        """
        if not text.strip():
            raise ValueError("an annotation needs some text")
        if kind not in ANNOTATION_KINDS:
            raise ValueError(f"annotation kind must be one of {ANNOTATION_KINDS}, not {kind!r}")
        if not self.db["timeline_entries"].count_where("id = ?", [entry_id]):
            raise ValueError(f"no timeline entry {entry_id!r}")
        annotation_id = "a-" + hashlib.sha1(
            f"{entry_id}:{author}:{now()}:{text}".encode()).hexdigest()[:12]
        with self.db.conn:
            self.db["annotations"].insert({
                "id": annotation_id, "entry_id": entry_id, "author": author, "at": now(),
                "kind": kind, "text": text, "include": int(include),
                "from_subject": int(from_subject),
            })
            self.audit("annotate", "timeline_entry", entry_id,
                       {"kind": kind, "author": author, "annotation": annotation_id,
                        "include": include, "from_subject": from_subject},
                       who=recorded_by or author)
        return annotation_id

    def include_annotation(self, annotation_id: str, include: bool, who: str) -> None:
        """Put an annotation in the next pack, or leave it out (it is kept either way)."""
        with self.db.conn:
            self.db["annotations"].update(annotation_id, {"include": int(include)})
            self.audit("include_annotation", "annotation", annotation_id,
                       {"include": include}, who=who)

    def include_memory(self, memory_id: str, include: bool, who: str, why: str = "") -> None:
        """Put a memory in the next pack, or leave it out (it is kept either way)."""
        with self.db.conn:
            self.db["memories"].update(memory_id, {"include": int(include)})
            self.audit("include_memory", "memory", memory_id,
                       {"include": include, "why": why}, who=who)

    def annotations_on(self, entry_id: str) -> list[dict]:
        """Every annotation on one entry, oldest first, included in the pack or not."""
        return list(self.db["annotations"].rows_where("entry_id = ?", [entry_id],
                                                      order_by="at, id"))

    # -- the timeline as the officer reviews it ----------------------------------------------

    def edit_entry(self, entry_id: str, who: str, *, title=_UNCHANGED, category=_UNCHANGED,
                   content_notes=_UNCHANGED) -> dict:
        """Change what a timeline entry says in the pack, and say so in the audit log.

        ``title``: the pack's title (None or empty: the one made from the record again).
        ``category``: one of ``ENTRY_CATEGORIES``. ``content_notes``: a list of difficult
        matters to warn of (empty: none), or None for the ones the tool finds. Returns what
        was there before, for :meth:`undo_edit`.
        """
        row = self.db["timeline_entries"].get(entry_id)
        columns = ("edited_title", "edited_category", "category", "content_notes")
        previous = {c: row[c] for c in columns}
        changes: dict = {}
        if title is not _UNCHANGED:
            changes["edited_title"] = " ".join((title or "").split()) or None
        if category is not _UNCHANGED:
            if category not in ENTRY_CATEGORIES:
                raise ValueError(f"category must be one of {ENTRY_CATEGORIES}, not {category!r}")
            changes.update(category=category, edited_category=category)
        if content_notes is not _UNCHANGED:
            notes = None if content_notes is None else [
                n for n in (" ".join(n.split()) for n in content_notes) if n]
            changes["content_notes"] = None if notes is None else json.dumps(notes)
        changes = {k: v for k, v in changes.items() if v != previous[k]}
        if changes:
            with self.db.conn:
                self.db["timeline_entries"].update(entry_id, changes)
                self.audit("edit", "timeline_entry", entry_id,
                           {k: {"from": previous[k], "to": v} for k, v in changes.items()},
                           who=who)
        return {"kind": "edit", "id": entry_id, "values": previous, "changed": list(changes)}

    def undo_edit(self, previous: dict, who: str) -> None:
        """Put back what :meth:`edit_entry` (or :meth:`set_exemption`) replaced, and say so
        in the audit log."""
        table = previous.get("table", "timeline_entries")
        kind = {"timeline_entries": "timeline_entry", "suggestions": "suggestion"}[table]
        with self.db.conn:
            self.db[table].update(previous["id"], previous["values"])
            self.audit("undo", kind, previous["id"], {"restored": previous["changed"]},
                       who=who)

    def entry_edits(self) -> dict[str, dict]:
        """What people changed on included entries: ``{id: {"title", "content_notes"}}``
        (each None where the tool's own stands)."""
        return {
            r["id"]: {"title": r["edited_title"],
                      "content_notes": None if r["content_notes"] is None
                      else json.loads(r["content_notes"])}
            for r in self.db["timeline_entries"].rows_where(
                "decision = 'include' AND (edited_title IS NOT NULL "
                "OR content_notes IS NOT NULL)", select="id, edited_title, content_notes")
        }

    def timeline_outline(self) -> list[dict]:
        """Every entry the pack would show (included, or undecided and proposed), oldest
        first, with only what chapters need: the text of placement notes, the rest without
        (fast on a large case); and every dated memory in the pack."""
        entries = self.db.execute(
            "SELECT e.id, e.date, e.category, e.kind, COALESCE(e.edited_title, e.title), "
            "CASE WHEN e.category = 'placement' AND e.kind = 'note' "
            "THEN substr(p.text, e.start + 1, e.[end] - e.start) ELSE '' END "
            "FROM timeline_entries e LEFT JOIN pages p "
            "ON p.document_id = e.document_id AND p.page_number = e.page_number "
            "WHERE COALESCE(e.decision, e.default_decision) = 'include' "
            "ORDER BY e.date, e.id").fetchall()
        memories = self.db.execute(
            "SELECT id, date, 'memory', 'memory', COALESCE(title, 'A memory'), '' "
            "FROM memories WHERE include = 1 AND date IS NOT NULL ORDER BY date, id"
        ).fetchall()
        keys = ("id", "date", "category", "kind", "title", "text")
        out = [dict(zip(keys, r, strict=True)) for r in entries + memories]
        return sorted(out, key=lambda e: e["date"])

    _TIMELINE_ROWS = (
        "SELECT 'entry' AS row_type, id, date, date_precision, category, kind, "
        "COALESCE(edited_title, title) AS title, edited_title, document_id, page_number, "
        "start, [end], default_decision, decision, decided_by, decided_at, decision_reason, "
        "duplicate_of, content_notes, NULL AS author, NULL AS text, NULL AS photo, "
        "NULL AS period, NULL AS include FROM timeline_entries "
        "UNION ALL SELECT 'memory', id, date, date_precision, 'memory', 'memory', "
        "COALESCE(title, 'A memory'), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
        "NULL, NULL, NULL, author, text, photo, period, include FROM memories"
    )

    def timeline_rows(self, date_from: str | None = None, date_to: str | None = None, *,
                      undated: bool = False, limit: int = 200, offset: int = 0) -> list[dict]:
        """One window of the timeline as the officer reviews it: every entry (hidden ones
        and copies too) and every memory dated in ``[date_from, date_to)``, oldest first;
        ``undated``: the memories without a date."""
        where, args = self._timeline_window(date_from, date_to, undated)
        cur = self.db.execute(
            f"SELECT * FROM ({self._TIMELINE_ROWS}) WHERE {where} "
            "ORDER BY date, row_type, id LIMIT ? OFFSET ?", [*args, limit, offset])
        names = [c[0] for c in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def timeline_position(self, date_from: str | None, date_to: str | None, *,
                          before: tuple[str | None, str, str], undated: bool = False) -> int:
        """How many rows of the window come before ``(date, row_type, id)``: the row index
        of an entry (or of the first on a date) in :meth:`timeline_rows`."""
        where, args = self._timeline_window(date_from, date_to, undated)
        if undated:
            where, before = f"{where} AND (row_type, id) < (?, ?)", before[1:]
        else:
            where += " AND (date, row_type, id) < (?, ?, ?)"
        return self.db.execute(f"SELECT COUNT(*) FROM ({self._TIMELINE_ROWS}) WHERE {where}",
                               [*args, *before]).fetchone()[0]

    @staticmethod
    def _timeline_window(date_from, date_to, undated) -> tuple[str, list]:
        if undated:
            return "date IS NULL", []
        clauses, args = ["date IS NOT NULL"], []
        if date_from:
            clauses.append("date >= ?")
            args.append(date_from)
        if date_to:
            clauses.append("date < ?")
            args.append(date_to)
        return " AND ".join(clauses), args

    def timeline_row(self, row_type: str, row_id: str) -> dict | None:
        cur = self.db.execute(
            f"SELECT * FROM ({self._TIMELINE_ROWS}) WHERE row_type = ? AND id = ?",
            [row_type, row_id])
        row = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], row, strict=True)) if row else None

    def next_undecided_entry(self, after: tuple[str, str] | None = None) -> dict | None:
        """The first undecided timeline entry after (date, id), oldest first; from the
        start again when there is none after."""
        queries = []
        if after:
            queries.append(("SELECT id, date FROM timeline_entries WHERE decision IS NULL "
                            "AND (date, id) > (?, ?) ORDER BY date, id LIMIT 1", list(after)))
        queries.append(("SELECT id, date FROM timeline_entries WHERE decision IS NULL "
                        "ORDER BY date, id LIMIT 1", []))
        for sql, args in queries:
            row = self.db.execute(sql, args).fetchone()
            if row:
                return {"id": row[0], "date": row[1]}
        return None

    # -- redactions a person marks, exemption codes, merging and splitting people ----------

    def set_exemption(self, suggestion_id: str, who: str, code: str, reason: str) -> dict:
        """Change the exemption code and plain reason of a suggestion (kept by a new analysis),
        and say so in the audit log. Returns what was there, for :meth:`undo_edit`."""
        from redaction.exemptions import exemption

        exemption(code)  # a known code, or KeyError naming the known ones
        columns = ("exemption_code", "reason", "edited_exemption_code", "edited_reason")
        row = self.db["suggestions"].get(suggestion_id)
        previous = {c: row[c] for c in columns}
        reason = " ".join(reason.split()) or exemption(code).reason
        changes = {k: v for k, v in {"exemption_code": code, "reason": reason,
                                     "edited_exemption_code": code,
                                     "edited_reason": reason}.items() if v != previous[k]}
        if changes:
            with self.db.conn:
                self.db["suggestions"].update(suggestion_id, changes)
                self.audit("exemption", "suggestion", suggestion_id,
                           {k: {"from": previous[k], "to": v} for k, v in changes.items()
                            if not k.startswith("edited_")}, who=who)
        return {"kind": "edit", "table": "suggestions", "id": suggestion_id,
                "values": previous, "changed": list(changes)}

    def redact_spans(self, spans: Iterable[tuple[str, int, int, int]], who: str, code: str,
                     reason: str) -> list[str]:
        """Redact text a person marked, at each (document id, page, start, end): a suggestion
        already there for exactly that text is decided 'redact'; otherwise a new one is made
        (rule ``manual``), decided. Each is audited. Returns the suggestions' ids."""
        from redaction.exemptions import exemption

        exemption(code)
        reason = " ".join(reason.split()) or exemption(code).reason
        at, ids = now(), []
        with self.db.conn:
            for document_id, page_number, start, end in spans:
                existing = self.db.execute(
                    "SELECT id FROM suggestions WHERE document_id = ? AND page_number = ? "
                    "AND start = ? AND [end] = ?", [document_id, page_number, start, end]
                ).fetchone()
                decided = {"decision": "redact", "decided_by": who, "decided_at": at,
                           "decision_reason": "marked by a person"}
                if existing:
                    suggestion_id = existing[0]
                    self.db["suggestions"].update(suggestion_id, decided)
                else:
                    text = self.page(document_id, page_number)["text"][start:end]
                    suggestion_id = "s-manual-" + hashlib.sha1(
                        f"{document_id}:{page_number}:{start}:{end}".encode()).hexdigest()[:12]
                    self.db["suggestions"].insert({
                        "id": suggestion_id, "document_id": document_id,
                        "page_number": page_number, "start": start, "end": end, "text": text,
                        "entity_type": "MANUAL", "person_id": None, "rule": MANUAL,
                        "confidence": 1.0, "exemption_code": code, "reason": reason,
                        "flagged": 0, "default_decision": "redact",
                        "edited_exemption_code": code, "edited_reason": reason, **decided,
                    })
                self.audit("redact_selection", "suggestion", suggestion_id,
                           {"document_id": document_id, "page": page_number, "start": start,
                            "end": end, "code": code}, who=who)
                ids.append(suggestion_id)
        return ids

    def occurrences(self, text: str, *, limit: int = 10_000) -> list[tuple[str, int, int, int]]:
        """Every place ``text`` is written in the case (any letter case, whole words, any
        spacing between its words): (document id, page, start, end), in reading order."""
        words = text.split()
        if not words:
            return []
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)",
                             re.I)
        found = []
        rows = self.db.execute(
            "SELECT p.document_id, p.page_number, p.text FROM pages p JOIN documents d "
            "ON d.id = p.document_id WHERE instr(lower(p.text), lower(?)) > 0 "
            "ORDER BY d.name, p.document_id, p.page_number", [words[0]])
        for document_id, page_number, page_text in rows:
            for m in pattern.finditer(page_text or ""):
                found.append((document_id, page_number, m.start(), m.end()))
                if len(found) >= limit:
                    return found
        return found

    def merge_people(self, keep_id: str, other_id: str, who: str) -> None:
        """One person the register holds as two: every mention of ``other_id`` becomes a
        mention of ``keep_id`` (and follows its decision, if it has one); the other's names
        join its variants. Audited with both as they were."""
        if keep_id == other_id:
            raise ValueError("a person cannot be merged with themselves")
        keep, other = self.db["people"].get(keep_id), self.db["people"].get(other_id)
        variants = list(dict.fromkeys(
            [*json.loads(keep["variants"] or "[]"), other["name"],
             *json.loads(other["variants"] or "[]")]))
        with self.db.conn:
            self.db.execute("UPDATE suggestions SET person_id = ? WHERE person_id = ?",
                            [keep_id, other_id])
            self.db["people"].update(keep_id, {
                "variants": json.dumps([v for v in variants if v != keep["name"]]),
                "mentions": (keep["mentions"] or 0) + (other["mentions"] or 0)})
            self.db["people"].delete(other_id)
            if keep["decision"]:
                self.db.execute(
                    "UPDATE suggestions SET decision = ?, decided_by = ?, decided_at = ?, "
                    "decision_reason = ? WHERE person_id = ?",
                    ["keep" if keep["decision"] == "disclose" else "redact", who, now(),
                     "follows the decision on the person (merged)", keep_id])
            self.audit("merge_people", "person", keep_id,
                       {"kept": keep, "merged": other}, who=who)

    def split_mention(self, suggestion_id: str, who: str) -> str:
        """A mention the register linked to the wrong person becomes a person of its own:
        named by the mention, role unclear, flagged, undecided. Returns the new person's id."""
        s = self.db["suggestions"].get(suggestion_id)
        if not s["person_id"]:
            raise ValueError(f"suggestion {suggestion_id!r} names nobody in the register")
        was = self.db["people"].get(s["person_id"])
        person_id = "p-split-" + hashlib.sha1(
            f"{suggestion_id}:{now()}".encode()).hexdigest()[:10]
        with self.db.conn:
            self.db["people"].insert({
                "id": person_id, "name": s["text"], "variants": "[]", "category": "unclear",
                "role": None, "relationship": None, "source": "split", "mentions": 1,
                "reason": f"split off {was['name']} by {who}: unclear until decided",
                "flagged": 1, "default_decision": "redact"})
            self.db["suggestions"].update(suggestion_id, {
                "person_id": person_id, "decision": None, "decided_by": None,
                "decided_at": None, "decision_reason": None})
            self.db["people"].update(was["id"], {"mentions": max(0, (was["mentions"] or 1) - 1)})
            self.audit("split_mention", "suggestion", suggestion_id,
                       {"from": was["id"], "to": person_id}, who=who)
        return person_id

    def find_people(self, text: str, *, limit: int = 50) -> list[dict]:
        """People whose name (or a variant) holds ``text``, most mentioned first."""
        like = f"%{text.strip()}%"
        return self.rows_page("people", "name LIKE ? OR variants LIKE ?", [like, like],
                              order_by="mentions DESC, name", limit=limit)

    def redactions_for_review(self, document_id: str, page_number: int) -> list[dict]:
        """The suggestions on a page that the pack would redact if released now: those
        decided 'redact' and those still undecided that propose it."""
        return list(self.db["suggestions"].rows_where(
            "document_id = ? AND page_number = ? AND (decision = 'redact' OR "
            "(decision IS NULL AND default_decision = 'redact'))", [document_id, page_number],
            order_by="start"))

    def memories_between(self, date_from: str, date_to: str) -> list[dict]:
        return list(self.db["memories"].rows_where(
            "date >= ? AND date < ?", [date_from, date_to], order_by="date, id"))

    def timeline_years(self) -> list[str]:
        """Every year the timeline has an entry or a memory in."""
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT substr(date, 1, 4) FROM timeline_entries WHERE date IS NOT NULL "
            "UNION SELECT DISTINCT substr(date, 1, 4) FROM memories WHERE date IS NOT NULL "
            "ORDER BY 1")]

    def record_release(self, path: Path, manifest_sha256: str, who: str) -> int:
        with self.db.conn:
            number = (
                self.db.execute("SELECT COALESCE(MAX(number), 0) FROM releases").fetchone()[0] + 1
            )
            self.db["releases"].insert(
                {"number": number, "at": now(), "who": who, "path": str(path),
                 "manifest_sha256": manifest_sha256}
            )
            self.audit("release", "pack", str(path), {"manifest_sha256": manifest_sha256},
                       who=who)
        return number

    # -- the review app: reads in pages, progress, undo ---------------------------------------

    def count(self, table: str, where: str | None = None, params=()) -> int:
        return self.db[table].count_where(where, list(params)) if where else self.db[table].count

    def rows_page(self, table: str, where: str | None = None, params=(), *,
                  order_by: str | None = None, limit: int = 200, offset: int = 0) -> list[dict]:
        """One window of a table, so a screen never holds the whole case in memory."""
        return list(self.db[table].rows_where(where, list(params), order_by=order_by,
                                              limit=limit, offset=offset))

    def progress(self) -> dict[str, tuple[int, int]]:
        """(decided, left) for suggestions, people and timeline entries."""
        out = {}
        for kind, (table, _) in DECIDABLE.items():
            left = self.db[table].count_where("decision IS NULL")
            out[kind] = (self.db[table].count - left, left)
        return out

    def suggestions_on(self, document_id: str, page_number: int) -> list[dict]:
        return list(self.db["suggestions"].rows_where(
            "document_id = ? AND page_number = ?", [document_id, page_number],
            order_by="start, [end], id"))

    def next_undecided_suggestion(self, after: tuple[str, int, int, str] | None = None
                                  ) -> dict | None:
        """The first undecided suggestion after (document id, page, start, id), in reading
        order (documents by name); from the start again when there is none after."""
        order = "d.name, d.id, s.page_number, s.start, s.id"
        base = ("SELECT s.* FROM suggestions s JOIN documents d ON d.id = s.document_id "
                "WHERE s.decision IS NULL")
        queries = []
        if after:
            doc_id, page_number, start, suggestion_id = after
            queries.append((  # within the document first: the (document, page) index
                "SELECT * FROM suggestions WHERE document_id = ? AND decision IS NULL "
                "AND (page_number, start, id) > (?, ?, ?) ORDER BY page_number, start, id "
                "LIMIT 1",
                [doc_id, page_number, start, suggestion_id],
            ))
            queries.append((
                f"{base} AND ({order}) > ((SELECT name FROM documents WHERE id = ?), ?, ?, ?, ?)"
                f" ORDER BY {order} LIMIT 1",
                [doc_id, doc_id, page_number, start, suggestion_id],
            ))
        queries.append((f"{base} ORDER BY {order} LIMIT 1", []))
        for sql, args in queries:
            cur = self.db.execute(sql, args)
            row = cur.fetchone()
            if row:
                return dict(zip([c[0] for c in cur.description], row, strict=True))
        return None

    def previous_decision(self, kind: str, item_id: str) -> dict:
        """What an item's decision is now (and, for a person, every mention's): kept by the
        review app so a decision can be undone."""
        table, _ = DECIDABLE[kind]
        columns = ("decision", "decided_by", "decided_at", "decision_reason")
        row = self.db[table].get(item_id)
        previous = {"kind": kind, "id": item_id, "values": {c: row[c] for c in columns}}
        if kind == "person":
            previous["mentions"] = list(self.db["suggestions"].rows_where(
                "person_id = ?", [item_id], select="id, " + ", ".join(columns)))
        return previous

    def undo_decision(self, previous: dict, who: str) -> None:
        """Put back what :meth:`previous_decision` saw, and say so in the audit log."""
        kind, item_id = previous["kind"], previous["id"]
        table, _ = DECIDABLE[kind]
        with self.db.conn:
            self.db[table].update(item_id, previous["values"])
            self.db.conn.executemany(
                "UPDATE suggestions SET decision = ?, decided_by = ?, decided_at = ?, "
                "decision_reason = ? WHERE id = ?",
                [(m["decision"], m["decided_by"], m["decided_at"], m["decision_reason"], m["id"])
                 for m in previous.get("mentions", [])],
            )
            self.audit("undo", kind, item_id,
                       {"restored": previous["values"]["decision"]}, who=who)

    def group_counts(self, table: str, column: str, where: str | None = None,
                     params=()) -> dict:
        """How many rows of a table there are for each value of one column."""
        if table not in self.db.table_names() or column not in self.db[table].columns_dict:
            raise ValueError(f"no column {column!r} in {table!r}")
        sql = f"SELECT [{column}], COUNT(*) FROM [{table}]"
        if where:
            sql += f" WHERE {where}"
        return dict(self.db.execute(sql + f" GROUP BY [{column}]", list(params)).fetchall())

    def pages_with_undecided(self) -> int:
        """How many pages still carry an undecided suggestion."""
        return self.db.execute(
            "SELECT COUNT(*) FROM (SELECT DISTINCT document_id, page_number FROM suggestions "
            "WHERE decision IS NULL)").fetchone()[0]
