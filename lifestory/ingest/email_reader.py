"""E-mails: the headers a person would see, the body, and attachments as documents."""

from __future__ import annotations

import html
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from lifestory.errors import UnreadableSource
from lifestory.ingest.paging import paginate, wrap_long_lines
from lifestory.models import Attachment, Page

HEADERS = ("From", "To", "Cc", "Date", "Subject")
TAG = re.compile(r"<[^>]+>")


def _html_to_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style).*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", markup)
    return html.unescape(TAG.sub("", markup))


def read_eml(path: Path) -> tuple[list[Page], list[Attachment]]:
    data = path.read_bytes()
    if not data.strip():
        raise UnreadableSource(str(path), "the file is empty")
    message: EmailMessage = BytesParser(policy=policy.default).parsebytes(data)
    if not any(message.get(h) for h in ("From", "To", "Subject", "Date")):
        raise UnreadableSource(str(path), "not an e-mail (no From, To, Subject or Date header)")
    lines = [f"{h}: {message.get(h)}" for h in HEADERS if message.get(h)]
    lines.append("")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        content = body.get_content()
        if body.get_content_type() == "text/html":
            content = _html_to_text(content)
        lines.extend(wrap_long_lines(content.replace("\r\n", "\n").strip()))
    attachments = []
    for part in message.iter_attachments():
        name = part.get_filename() or "attachment"
        payload = part.get_payload(decode=True)
        if payload:
            attachments.append(Attachment(filename=Path(name).name, data=payload))
    if attachments:
        lines += ["", "Attachments: " + ", ".join(a.filename for a in attachments)]
    return paginate(lines), attachments
