"""WARC files (web crawls such as news crawls): each HTML response record is one page.

warcio reads ``.warc`` and ``.warc.gz`` files. Response records whose HTTP content type is
HTML go through the HTML path; the record's target URI becomes the article's URL, and the
record's date is the publication date only where the page itself gives none (a crawl date
is not a publication date). Records are located as ``FILE:N`` (N counts response records
from 1); other records (requests, metadata, images) are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..records import Failure, RawDocument


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(".warc") or name.endswith(".warc.gz")


def read_warc(path: Path) -> Iterator[RawDocument | Failure]:
    """Every HTML response in a WARC file as an HTML RawDocument (or a Failure)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .sources import decode

    location = str(path)
    n = records = pages = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                records += 1
                if record.rec_type != "response":
                    continue
                n += 1
                where = f"{location}:{n}"
                http = record.http_headers
                ctype = (http.get_header("Content-Type") if http else "") or ""
                if "html" not in ctype.lower():
                    continue
                pages += 1
                text = decode(record.content_stream().read(), where, format="html")
                if isinstance(text, Failure):
                    yield text
                    continue
                if not text.strip():
                    yield Failure(where, "empty response record", "nothing to code in it")
                    continue
                fields = {}
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if uri:
                    fields["url"] = uri
                stamp = record.rec_headers.get_header("WARC-Date") or ""
                if stamp[:10].count("-") == 2:
                    fields["fallback_date"] = stamp[:10]
                yield RawDocument(location, where, "html", text, fields)
        if not records:
            yield Failure(
                location,
                "not a readable WARC file (no WARC records in it)",
                "pass a .warc or .warc.gz file written by a crawler",
            )
        elif not pages:
            yield Failure(location, "WARC file holds no HTML responses", "nothing to code in it")
    except OSError as exc:
        yield Failure(location, f"cannot read file: {exc.strerror or exc}", "check its permissions")
    except ArchiveLoadFailed as exc:
        yield Failure(
            location,
            f"not a readable WARC file ({str(exc).strip().splitlines()[0]})",
            "pass a .warc or .warc.gz file written by a crawler",
        )
