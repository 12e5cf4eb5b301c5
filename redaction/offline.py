"""Make sure detection never touches the network.

Case records are confidential and the tool may run on machines with no internet at all, so
nothing may phone home: not to fetch a model, not to refresh a list. Two libraries would
otherwise try:

- ``tldextract`` (used by Presidio's ``EmailRecognizer``) fetches the Public Suffix List over
  HTTP the first time it is used. We swap its module-level extractor for one that has no URLs
  and no disk cache, so it always uses the snapshot bundled in the package.
- Hugging Face libraries (pulled in if a transformer model is ever configured) read the
  ``*_OFFLINE`` flags below and then never download.

Call :func:`make_offline` before building any engine. It is idempotent.
"""

from __future__ import annotations

import os

import tldextract
import tldextract.tldextract

#: Environment flags that tell libraries to stay offline. ``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS``
#: set to empty means any ``TLDExtract()`` made later also has no URLs to fetch.
OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
}


_OFFLINE_EXTRACTOR = tldextract.TLDExtract(
    suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
)


def make_offline() -> None:
    """Configure every library we use so that none of them can reach the network."""
    os.environ.update(OFFLINE_ENVIRONMENT)
    # Presidio calls ``tldextract.extract``, which looks this global up on every call.
    tldextract.tldextract.TLD_EXTRACTOR = _OFFLINE_EXTRACTOR


def tldextract_is_offline() -> bool:
    """True when ``tldextract.extract`` can only use its bundled suffix-list snapshot."""
    extractor = tldextract.tldextract.TLD_EXTRACTOR
    return extractor is _OFFLINE_EXTRACTOR or (
        not extractor.suffix_list_urls and extractor.fallback_to_snapshot
    )
