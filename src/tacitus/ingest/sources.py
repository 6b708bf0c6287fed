"""Where articles come from: files, folders, glob patterns and stdin, read as UTF-8 text.

Each input becomes a :class:`RawDocument` (the decoded text and its format) or a
:class:`Failure` that says where, what went wrong and what to do; reading goes on.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Failure, RawDocument

STDIN = "-"
STDIN_LOCATION = "<stdin>"

FORMATS_BY_SUFFIX = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",  # one article per entry (feeds.py)
    ".warc": "warc",  # and .warc.gz: one article per HTML response (warc.py)
}  # fmt: skip

_GLOB_CHARS = re.compile(r"[*?\[]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_SUPPORTED = "pass .txt, .html or .jsonl articles, RSS/Atom feeds or WARC files"


def expand(paths: Iterable[str]) -> Iterator[Path | str | Failure]:
    """Every input file named by ``paths`` (files, folders, globs), once each; ``"-"`` for stdin."""
    seen: set[Path] = set()
    for path in paths:
        if path == STDIN:
            yield STDIN
            continue
        for item in _expand_one(path):
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _expand_one(path: str) -> Iterator[Path | Failure]:
    p = Path(path)
    if p.is_dir():
        files = list(_walk(p))
        if not files:
            yield Failure(path, "folder holds no article files", f"{_SUPPORTED} in it")
        yield from files
    elif p.exists():
        yield p
    elif _GLOB_CHARS.search(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield Failure(path, "pattern matched no files", "check the pattern, e.g. 'news/*.txt'")
        for m in matches:
            yield from (_walk(Path(m)) if Path(m).is_dir() else [Path(m)])
    else:
        yield Failure(path, "no such file or folder", "check the path")


#: Files a folder of articles often carries that are not articles ("README.md").
NOT_ARTICLES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "CONTRIBUTING"})


def _walk(folder: Path) -> Iterator[Path]:
    """Article files under a folder, recursively, in name order; hidden names and
    project files such as README.md are skipped (name them explicitly to read them)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(name)
            if (
                not name.startswith(".")
                and (path.suffix.lower() in FORMATS_BY_SUFFIX or name.lower().endswith(".warc.gz"))
                and path.stem.upper() not in NOT_ARTICLES
            ):
                yield Path(root) / name


def sniff(text: str) -> str:
    """Guess the format of text with no telling file name: jsonl, html or text."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.startswith("{"):
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    if first.startswith("<"):
        return "html"
    return "text"


def decode(data: bytes, location: str, *, format: str | None = None) -> str | Failure:
    """Bytes as text: UTF-8 (with or without a BOM); an HTML page may declare its own charset."""
    if b"\x00" in data:
        return Failure(location, "binary file (it contains NUL bytes), not text", _SUPPORTED)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        error = exc
    declared = _CHARSET.search(data[:4096]) if format in (None, "html") else None
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return Failure(
        location,
        f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})",
        "re-save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE > NEW`",
    )


def read_file(path: Path) -> RawDocument | Failure:
    """One input file, decoded, with its format from the suffix (or sniffed)."""
    location = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Failure(
            location, f"cannot read file: {exc.strerror or exc}", "check its permissions"
        )
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    return _document(data, location, location, fmt)


def read_stdin() -> RawDocument | Failure:
    """Everything on standard input as one document, its format sniffed."""
    buffer = getattr(sys.stdin, "buffer", None)
    data = buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")
    return _document(data, STDIN_LOCATION, STDIN_LOCATION, None)


def _document(data: bytes, source: str, location: str, fmt: str | None) -> RawDocument | Failure:
    if not data.strip():
        return Failure(location, "empty file", "remove it or put an article in it")
    text = decode(data, location, format=fmt)
    if isinstance(text, Failure):
        return text
    return RawDocument(source=source, location=location, format=fmt or sniff(text), content=text)


def container(path: Path) -> str | None:
    """ "feed" or "warc" for files that hold many pages, else None."""
    if path.name.lower().endswith(".warc.gz"):
        return "warc"
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    return fmt if fmt in ("feed", "warc") else None


def iter_documents(paths: Iterable[str]) -> Iterator[RawDocument | Failure]:
    """Read every input named by ``paths``: one RawDocument (or Failure) per file or stdin,
    one per entry of a feed and per HTML response of a WARC file."""
    for item in expand(paths):
        if isinstance(item, Failure):
            yield item
        elif item == STDIN:
            yield read_stdin()
        elif container(Path(item)) == "feed":
            from .feeds import read_feed

            yield from read_feed(Path(item))
        elif container(Path(item)) == "warc":
            from .warc import read_warc

            yield from read_warc(Path(item))
        else:
            yield read_file(Path(item))


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many articles ``paths`` hold at most (a JSONL file: its lines), for a progress
    bar; None where that is unknown without reading them (stdin, feeds, WARC files)."""
    n = 0
    for item in expand(paths):
        if isinstance(item, Failure):
            continue
        if item == STDIN or container(Path(item)):
            return None
        if FORMATS_BY_SUFFIX.get(Path(item).suffix.lower()) == "jsonl":
            try:
                with open(item, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n
