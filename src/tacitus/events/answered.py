"""Recipients told by another clause of the sentence, when the event's own clause names none.

* an act judged through a summary noun: "launched an inquiry into Chinese cars, a move Beijing
  called protectionism", "said India was behind the bombing, a charge New Delhi dismissed":
  the judgement is aimed at whoever made the move or the charge (the earlier clause's subject);
* a threat answering an act: "vowed to retaliate after the United States closed its
  consulate", "the junta detained the president, and the African Union threatened sanctions":
  aimed at whoever did the act it answers;
* a protest whose purpose names its target ("blocked highways to protest against the EU's
  trade deal", "rallied in Niamey, denouncing France"), or one held by prisoners of another
  state ("prisoners in Israeli jails began a hunger strike"): aimed at that party.

Each looks only at the sentence of the event (a few of its tokens), never the document.
"""

from __future__ import annotations

from typing import Any

from ..records import Actor
from . import extract as X

#: Nouns that stand for a whole clause's act when a later clause judges it ("a move Beijing
#: called protectionism", "a charge Bogota dismissed", "in what Taipei denounced as ...").
SUMMARY_NOUNS = frozenset({
    "move", "step", "decision", "action", "measure", "act", "charge", "accusation",
    "allegation", "claim", "plan", "what",
})  # fmt: skip
#: Words allowed between the summary noun and the judging verb: its relative pronoun, the
#: judge's own name and the auxiliaries ("a move that the government in Kigali has dismissed").
_BETWEEN_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "AUX", "ADV", "ADP", "PRON",
                          "NUM", "CCONJ", "PUNCT"})  # fmt: skip
#: How far before the judging verb its summary noun may stand.
_SUMMARY_SPAN = 9


def _summary_noun(verb: Any) -> Any | None:
    """The summary noun a judging clause hangs on ("..., a move Beijing called ..."): a noun
    of SUMMARY_NOUNS a few words before ``verb``, itself after a comma (", a move", ", in a
    move", ", in what"), with only the judge's name, a relative pronoun and auxiliaries
    between it and the verb."""
    sent = verb.sent
    lo = max(sent.start, verb.i - _SUMMARY_SPAN)
    doc = verb.doc
    for i in range(verb.i - 1, lo - 1, -1):
        t = doc[i]
        if t.pos_ in ("VERB",) or (t.pos_ == "PUNCT" and t.text not in ("'", '"')):
            return None  # another clause or a comma: the verb is not the judging clause
        if t.lemma_.lower() not in SUMMARY_NOUNS or t.pos_ not in ("NOUN", "PRON"):
            if t.pos_ not in _BETWEEN_POS:
                return None
            continue
        if t.lower_ == "what" and (t.i == 0 or doc[t.i - 1].lower_ != "in"):
            return None  # "what" only as "in what X called ..."
        j = t.i - 1
        while j >= sent.start and doc[j].dep_ in ("det", "amod"):
            j -= 1
        if j >= sent.start and doc[j].lower_ == "in" and doc[j].i > sent.start:
            j -= 1  # ", in a move ...", "... on Friday in what Taipei called ..."
            if t.lower_ == "what":
                j = max(j, sent.start)
                if doc[j].text != ",":
                    return t if _judge_between(t, verb) else None
        if j < sent.start or doc[j].text != ",":
            return None
        return t if _judge_between(t, verb) else None
    return None


def _judge_between(noun: Any, verb: Any) -> bool:
    """Whether a judge is named between the summary noun and its verb ("a move welcomed by
    ..." names none there)."""
    return any(noun.doc[k].pos_ in ("PROPN", "NOUN", "PRON") for k in range(noun.i + 1, verb.i))


def _clause_subject_actors(sent: Any, end: int, index: Any, actors: list[Actor]) -> list[Actor]:
    """The actors of the first subject before token ``end`` that names one (the sentence's
    main clause, whose act a later clause judges or answers); [] when that subject is the
    event's own actor."""
    for t in sent:
        if t.i >= end:
            break
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        found = X.actors_at(t, index)
        if not found:
            continue
        if any(X._same(a, actors) for a in found) or not any(a.country or a.cameo_code
                                                             for a in found):  # fmt: skip
            return []
        return X._unique(found)
    return []


def summary_judged(verb: Any, index: Any, actors: list[Actor]) -> tuple[list[Actor], str]:
    """ "..., a move Beijing called 'naked protectionism'", "..., a charge New Delhi dismissed
    as propaganda", "..., a move Russia said would force it to take countermeasures": the
    judgement (or the answer) is aimed at the subject of the clause the summary noun sums
    up. Tries the verb and the clauses it hangs from (up to three)."""
    v = verb
    for _ in range(3):
        if v.pos_ not in ("VERB", "AUX"):
            break
        noun = _summary_noun(v)
        if noun is not None:
            start = noun.i  # where the summary phrase opens: its comma, its "in" or its det
            while start > verb.sent.start and (
                v.doc[start - 1].dep_ in ("det", "amod") or v.doc[start - 1].lower_ in (",", "in")
            ):
                start -= 1
            found = _clause_subject_actors(verb.sent, start, index, actors)
            if found:
                return found, f"subject of the clause summed up as '{noun.text}'"
            return [], "none"
        if v.dep_ not in ("xcomp", "ccomp", "relcl", "acl", "advcl") or v.head.i == v.i:
            break
        v = v.head
    return [], "none"


#: Marks and prepositions of the act a threat answers ("after", "following").
ANSWERING = frozenset({"after", "following"})


def _answered_subject(clause: Any, index: Any, actors: list[Actor]) -> list[Actor]:
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found = X.actors_at(subj, index) if subj is not None else []
    found = [a for a in found if (a.country or a.cameo_code) and not X._same(a, actors)]
    own = {a.country for a in actors if a.country}
    return X._unique([a for a in found if not a.country or a.country not in own])


def answered_party(
    verb: Any, index: Any, actors: list[Actor], *, answering_main: bool = False
) -> tuple[list[Actor], str]:
    """The party a threat or a refusal with no target answers: the subject of its "after"/
    "following" clause ("vowed to retaliate after the United States ordered ..."), else of the
    clause it is coordinated with ("the junta detained the president, and the African Union
    threatened sanctions"); with ``answering_main``, also the main clause's subject when the
    event is itself told in an "after" clause ("cut off gas to Poland after Warsaw refused to
    pay"). Only another party's act: nothing when that subject is the actor's own."""
    chain = [verb]
    v = verb
    while v.dep_ in ("xcomp", "ccomp") and v.head.i != v.i and len(chain) < 3:
        v = v.head
        chain.append(v)
    for v in chain:
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ANSWERING
                                         for m in c.children):  # fmt: skip
                found = _answered_subject(c, index, actors)
                if found:
                    return found, "the party whose act the threat answers (after ...)"
            if c.dep_ == "prep" and c.lower_ in ANSWERING:
                for p in c.children:
                    if p.dep_ == "pcomp" and p.pos_ in ("VERB", "AUX"):
                        found = _answered_subject(p, index, actors)
                        if found:
                            return found, "the party whose act the threat answers (after ...)"
    top = chain[-1]
    if top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX") and top.head.i < top.i:
        aimed = [a for o in top.head.children if o.dep_ in ("dobj", "dative")
                 for a in X.actors_at(o, index)]  # fmt: skip
        if any(a.country and a.country in {b.country for b in actors} for a in aimed):
            return [], "none"  # aimed at the actor: the extractor's later pass answers it
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
            found = _answered_subject(top.head, index, actors)
            if found:
                return found, f"subject of the clause before ('{top.head.text}')"
    if (
        answering_main
        and top.dep_ == "advcl"
        and top.head.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ in ANSWERING for m in top.children)
    ):
        found = _answered_subject(top.head, index, actors)
        if found:
            return found, f"subject of the clause it led to ('{top.head.text}')"
    return [], "none"


#: Prepositions whose gerund names the party a measure or a vote is about ("suspended talks
#: on joining the European Union", "voted against allowing U.S. troops to ...").
GERUND_PREPS = frozenset({"on", "against", "about", "over", "toward", "towards"})


def gerund_targets(verb: Any, objs: list[Any], index: Any, actors: list[Actor]) -> list[Actor]:
    """The party named as the object of a gerund in a phrase on the verb or its object: "talks
    on joining the European Union", "voted against allowing U.S. troops to use its bases" (the
    one let act). Nothing where the gerund's object is the actor itself."""
    found: list[Actor] = []
    for h in (verb, *objs):
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in GERUND_PREPS:
                continue
            for g in c.children:
                if g.dep_ != "pcomp" or g.tag_ != "VBG":
                    continue
                toks = [o for o in g.children if o.dep_ == "dobj"]
                toks += [s for k in g.children if k.dep_ in ("ccomp", "xcomp")
                         for s in k.children if s.dep_ == "nsubj"]  # fmt: skip
                toks += [k for t in toks for k in t.conjuncts]
                found += [a for t in toks for a in X.actors_at(t, index)
                          if (a.country or a.cameo_code) and not X._same(a, actors)]  # fmt: skip
    own = {a.country for a in actors if a.country}
    return X._unique([a for a in found if not a.country or a.country not in own])


#: Verbs of a protest's purpose or accompaniment whose object or "against" phrase is its target.
PROTESTING = frozenset({
    "protest", "denounce", "condemn", "oppose", "decry", "reject", "demonstrate", "chant",
    "rally", "press", "demand",
})  # fmt: skip
#: Prepositions that name a protest's target.
AGAINST = ("against", "over")


def _target_nouns(verb: Any) -> list[Any]:
    out = [c for c in verb.children if c.dep_ == "dobj"]
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in AGAINST
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    return out + [k for t in out for k in t.conjuncts]


def protest_target(
    verb: Any, subj: Any | None, index: Any, actors: list[Actor]
) -> tuple[list[Actor], str]:
    """The target of a protest whose own clause names none: what its purpose clause protests
    against ("blocked highways to protest against the EU's trade deal", "rallied in Niamey,
    denouncing France and ECOWAS", "in protest against China's deployment of a rig"), else
    the state that holds the protesters ("prisoners in Israeli jails")."""
    own = {a.country for a in actors if a.country}

    def keep(found: list[Actor]) -> list[Actor]:
        return X._unique([a for a in found if (a.country or a.cameo_code)
                          and not X._same(a, actors) and a.country not in own])  # fmt: skip

    heads = [verb, *(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in")]
    nouns: list[Any] = []
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.i > verb.i]
    # "waving flags and denouncing France" (the parser may hang the second verb on "flags")
    clauses += [k for c in clauses for k in c.conjuncts if k.i > c.i]
    clauses += [k for c in list(clauses) for o in c.children if o.dep_ == "dobj"
                for k in o.children if k.dep_ == "conj" and k.pos_ == "VERB"]  # fmt: skip
    for c in clauses:
        if c.lemma_.lower() in PROTESTING:
            if any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
                continue  # a clause with its own subject
            nouns += _target_nouns(c)
    nouns += [q for h in heads[1:] for p in h.children if p.dep_ == "pobj"
              and p.lemma_.lower() == "protest"
              for c in p.children if c.dep_ == "prep" and c.lower_ in AGAINST
              for q in c.children if q.dep_ == "pobj"]  # fmt: skip
    if nouns:
        found = keep([a for n in nouns for a in X.actors_at(n, index)])
        if not found:
            found, _ = X.object_phrase_recipients(nouns, index, actors)
            found = keep(found)
        if found:
            return found, "what the protest's purpose clause is against"
    if subj is not None:
        # "thousands of prisoners in Israeli jails": through a quantity's "of"
        whose = [subj, *X._prep_objects(subj, "of")]
        held = [a for w in whose for p in X._prep_objects(w, "in")
                if p.lemma_.lower() in X.DETENTION_NOUNS
                for a in (X.actors_at(p, index) or X._implied_actors(p, index))]  # fmt: skip
        held = keep(held)
        if held:
            return held, "who holds the protesters"
    return [], "none"


def handed_to(heads: list[Any], index: Any, actors: list[Actor]) -> list[Actor]:
    """The foreign state a person is handed over or sent to, when the event's recipient is only
    the actor's own people ("refused to hand over the militant leader to the United States",
    "deported 40 men to China"): the "to" phrase of a verb of handing over."""
    own = {a.country for a in actors if a.country}
    for h in heads:
        if h.lemma_.lower() not in X.HANDED_OVER:
            continue
        for t in X._prep_objects(h, "to"):
            found = X.actors_at(t, index) or X._place_actor(t)
            found = [a for a in found if a.country and a.country not in own]
            if found:
                return X._unique(found)
    return []
