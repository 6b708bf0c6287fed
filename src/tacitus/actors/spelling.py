"""Spelling keys for people's names: one key for the ways agencies write the same name in Latin
letters ("Yanukovich" / "Yanukovych", "Zelenskiy" / "Zelensky" / "Zelenskyy", "Gadhafi" /
"Qaddafi" / "Kadhafi", "Tchisekedi" / "Tshisekedi", "Mohammed" / "Muhammad", "Hussein" /
"Husain", "Bashar al-Assad" / "Bashar Assad", "Netanyahou").

The key folds accents and case, drops the Arabic article ("al-", "el-") before a name word, and
then, word by word: "tch"/"tsh" -> "ch", "kh" -> "h", "dh" -> "d", "ph" -> "f", "ck" -> "k",
"ou" -> "u", "ee" -> "i", a "q", "g" or "k" opening the word -> "k", "y" inside a word -> "i",
"e" -> "a" and "o" -> "u" after the first letter, and doubled letters -> one (so "-sky",
"-skiy" and "-skyy" all end in "ski", and "Mohammed" and "Muhammad" both read "muhamad").

The key is coarse on purpose; it is only ever used when the exact lookup has failed, for a span
the tagger marks as a person's name, and only when it picks one person the story date allows
(see :meth:`tacitus.actors.kb.KnowledgeBase.spelled_like` and ``_People._variant_people``).
:func:`collisions` lists the keys two different people of the knowledge base share, which is
what a key could confuse (measured 2026-11: 20 full-name keys over about 8,100, 16 of them
already shared by the exact spellings; 5 belong to two people serving at once, which the title's
country or office tells apart, or nothing resolves).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

#: Arabic articles written as a separate or hyphenated word before a name word ("al-Assad").
_ARTICLES = frozenset({"al", "el"})
_HYPHENED_ARTICLE = re.compile(r"\b[ae]l[-\u2010](?=\w)", re.IGNORECASE)
_VOWEL_FOLD = str.maketrans({"e": "a", "o": "u"})
_DOUBLE = re.compile(r"(.)\1+")
_STEPS = (("tch", "ch"), ("tsh", "ch"), ("kh", "h"), ("dh", "d"), ("ph", "f"), ("ck", "k"),
          ("ou", "u"), ("ee", "i"))  # fmt: skip


def _fold(text: str) -> str:
    """Lower case, accents dropped, apostrophes and dots gone, hyphens as spaces."""
    text = _HYPHENED_ARTICLE.sub("", unicodedata.normalize("NFKD", text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'").replace("-", " ").replace("'", " ").replace(".", " ")
    return text


def word_key(word: str) -> str:
    """The spelling key of one name word (already folded: lower case, no accents)."""
    w = "".join(c for c in word if c.isalpha())
    if not w:
        return ""
    for old, new in _STEPS:
        w = w.replace(old, new)
    if w[0] in "qg":
        w = "k" + w[1:]
    w = w[0] + w[1:].replace("y", "i")
    # an opening vowel keeps its letter ("Essid" is not "Assad"); after it "e" reads "a" and
    # "o" reads "u" ("Mohammed" = "Muhammad", "Hussein" = "Husain"), other vowels stay
    w = w[:1] + w[1:].translate(_VOWEL_FOLD)
    return _DOUBLE.sub(r"\1", w)


def name_words(name: str) -> list[str]:
    """The keys of a name's words, without the Arabic article ("al-Assad" -> ["asad"])."""
    words = _fold(name).split()
    # "al" opening a name is a given name ("Al Gore"), after it the article ("Bashar al-Assad")
    keys = [word_key(w) for i, w in enumerate(words) if not (i and w in _ARTICLES)]
    return [k for k in keys if k]


@lru_cache(maxsize=4096)  # the coder asks again for the same short forms, name after name
def name_key(name: str) -> str:
    """The spelling key of a whole name ("Viktor Yanukovich" and "Viktor Yanukovych" share one)."""
    return " ".join(name_words(name))


def collisions(names: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Keys shared by different people: key -> their ids, from (person id, name) pairs."""
    by_key: dict[str, set[str]] = {}
    for pid, name in names:
        key = name_key(name)
        if key:
            by_key.setdefault(key, set()).add(pid)
    return {k: ids for k, ids in by_key.items() if len(ids) > 1}
