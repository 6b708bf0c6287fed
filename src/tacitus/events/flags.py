"""Negation, hypothetical and future flags read off the predicate's clause."""

from __future__ import annotations

from typing import Any

NEGATORS = frozenset({"not", "n't", "never", "no"})
#: Heads whose complement did not (or will not) happen: "refused to meet", "failed to agree".
NEGATING_HEADS = frozenset(
    {
        "refuse",
        "fail",
        "decline",
        "reject",
        "deny",
        "avoid",
        "stop",
        "cancel",
        "abandon",
        "halt",
        "postpone",
        "suspend",
    }
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: Heads that put their complement in the future: "plans to buy", "is set to visit". Not
#: "vote": a body's vote to lift a state of emergency or to impose sanctions enacts the act
#: (the vote is the decision taken), it announces no intention.
FUTURE_HEADS = frozenset({
    "plan", "intend", "aim", "expect", "hope", "want", "prepare", "seek", "schedule", "set",
    "agree", "promise", "pledge", "vow", "decide", "threaten", "offer",
    # adjectives: "is due to meet", "is ready to send", "is expected to sign"
    "due", "ready", "expected", "poised", "likely", "willing", "prepared",
})  # fmt: skip
HYPOTHETICAL_AUX = frozenset({"could", "might", "may"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})

#: PLOVER: cooperative CONSULT/SUPPORT/COOPERATE/AID in the future are coded as AGREE.
#: Likewise a future yielding (CONCEDE, RETREAT): "said it would lift the curfew" is CAMEO 035x.
INTENT_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})

#: Material/diplomatic cooperation code → "express intent to ..." code (CAMEO 03x).
_INTENT = {
    "04": "036",
    "05": "032",
    "060": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "070": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "080": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
}


#: PLOVER: a hostile act promised on a condition ("would expel the inspectors if ...") is a
#: threat; CAMEO 13x by what is threatened.
THREAT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})
_THREAT = {"16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "166": "1313", "172": "132",
           "17": "137", "18": "138", "19": "138", "20": "138"}  # fmt: skip


def threat_code(cameo: str) -> str:
    """The CAMEO 13x 'threaten' code matching a hostile action code."""
    return _THREAT.get(cameo[:3]) or _THREAT.get(cameo[:2]) or "130"


def if_clause(tok: Any) -> bool:
    """Whether ``tok`` heads an "if"/"unless" clause (a condition on the clause above it)."""
    return tok.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in tok.children
    )


def under_if(tok: Any) -> bool:
    """Whether ``tok`` heads an "if"/"unless" clause or lies in one as a complement or
    conjunct of its verb ("if it kept threatening the South", "unless Kyiv halted and
    reversed its offensive") or as the verb's subject or object ("if the attacks continue")."""
    t, hops = tok, 0
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
        t = t.head
    while hops < 4:
        if if_clause(t):
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t, hops = t.head, hops + 1
    return False


def conditioned(tok: Any) -> bool:
    """Whether the predicate's clause (or one governing it) carries an "if"/"unless" clause:
    "would expel the inspectors if Washington went ahead ..."."""
    return any(if_clause(c) for t in clause_chain(tok) for c in t.children)


def intent_code(cameo: str) -> str:
    """The CAMEO 03x 'express intent' code matching a cooperative action code."""
    return _INTENT.get(cameo[:3]) or _INTENT.get(cameo[:2]) or "030"


#: Heads under which a hostile act is promised: "vowed to strike back".
PROMISING_HEADS = frozenset({"vow", "pledge", "promise", "threaten", "swear", "warn", "ready",
                             "prepared"})  # fmt: skip
#: Force outside roots 18-20: "ready to use force" is coded 175 before it is a threat.
FORCE_CODES = frozenset({"175"})


def promised(tok: Any, cameo: str) -> bool:
    """Whether a future hostile act is a threat without an "if": force promised by the one who
    will use it ("said it would retaliate", "vowed to strike back", "will crush the rebels"),
    or any hostile act aimed at whoever does something ("would impose sanctions on any
    company that ...", "will respond to any attack")."""
    verb = _governing_verb(tok) if tok.pos_ in ("NOUN", "PROPN") else tok  # "will launch strikes"
    chain = clause_chain(verb) if verb is not None else [tok]
    told = any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for t in chain for c in t.children
    ) or any(t.lemma_.lower() in PROMISING_HEADS for t in chain[1:])
    if (cameo[:2] in ("18", "19", "20") or cameo in FORCE_CODES) and told:
        return True
    heads = {tok, *(chain[:1])}
    targets = [p for h in heads for c in h.children if c.dep_ == "prep"
               for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    targets += [c for h in heads for c in h.children if c.dep_ == "dobj"]
    return told and any(d.dep_ == "det" and d.lower_ == "any" for t in targets for d in t.children)


def clause_chain(tok: Any, limit: int = 4) -> list[Any]:
    """The predicate and the verbs governing it through complement links (xcomp, conj,
    and "stopped short of blaming" / "without meeting" through the preposition)."""
    chain = [tok]
    cur = tok
    while cur.head.i != cur.i and len(chain) < limit:
        if cur.dep_ == "conj" and past_after_infinitive(cur):
            # "agreed to resume talks and released two prisoners": the past tense goes with
            # "agreed", not with the infinitive the parser hung it on
            cur = cur.head.head
        elif cur.dep_ in ("xcomp", "conj", "acl"):
            cur = cur.head
        elif cur.dep_ == "pcomp":
            prep = cur.head
            if prep.lower_ == "without":
                chain.append(prep)  # marks the negation
            cur = prep.head
            while cur.dep_ in ("advmod", "acomp", "prep") and cur.head.i != cur.i:
                cur = cur.head  # "stopped short of": of <- short <- stopped
        else:
            break
        chain.append(cur)
    return chain


def past_after_infinitive(tok: Any) -> bool:
    """A simple past coordinated after a "to" infinitive that complements a past-tense verb
    ("asked Turkey to mediate and offered to host talks"): it goes with that verb."""
    head = tok.head
    return (
        tok.tag_ == "VBD"
        and head.tag_ == "VB"
        and head.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and head.head.pos_ == "VERB"
        and head.head.tag_ == "VBD"
        and head.head.i < head.i < tok.i
    )


def _link(chain: list[Any], i: int) -> str:
    """How chain[i - 1] hangs below chain[i]."""
    return chain[i - 1].dep_ if i > 0 else ""


#: Prepositions that put an event noun before its clause: "after talks with ...".
PAST_PREPS = frozenset({"after", "following", "since"})


#: Verbs whose object is a wrong already done that they answer ("vowed to avenge the strike").
AVENGING = frozenset({"avenge", "revenge"})


def no_longer(tok: Any) -> bool:
    """ "would no longer accept": the negator hangs on "longer", not on the verb."""
    return tok.lower_ == "longer" and any(g.lower_ in NEGATORS for g in tok.children)


def owner_named(noun: Any) -> bool:
    """Whether an event noun names its owner outright: a possessive or a "by" phrase."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
        for c in noun.children
    )


def answered(tok: Any) -> bool:
    """ "vowed to retaliate for Washington's expulsion of 35 diplomats", "vowed to avenge
    Israel's strike on its consulate": an act named with its owner as what a vow or demand
    answers has already happened; it keeps its own tense, not the vow's."""
    if tok.pos_ != "NOUN" or not owner_named(tok):
        return False
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in AVENGING
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "over"):
        return False
    # "retaliate for", "punish ... for", "a protest over"; not "plans for a visit by Abe"
    what = tok.head.head
    return what.pos_ in ("VERB", "AUX") or what.lemma_.lower() in REACTION_NOUNS


#: Nouns of answering a wrong, whose "for"/"over" phrase names the wrong.
REACTION_NOUNS = frozenset({"protest", "sanction", "anger", "outrage", "condemnation",
                            "apology", "revenge", "retaliation", "reprisal", "compensation",
                            "punishment", "complaint"})  # fmt: skip


def flags_for(tok: Any) -> dict[str, bool]:
    """negated / hypothetical / future / historical flags for the predicate ``tok``."""
    chain = clause_chain(tok)
    negated = any(
        c.dep_ == "neg"
        or (c.lower_ in NEGATORS and c.dep_ in ("neg", "advmod", "det"))
        or no_longer(c)
        for c in tok.children
    )
    future = False
    hypothetical = False
    through_conj = False
    for i, t in enumerate(chain):
        kids = list(t.children)
        through_conj = through_conj or _link(chain, i) == "conj"
        if t.lower_ == "without" and t.pos_ == "ADP":
            negated = True  # "left without meeting the envoy"
            continue
        # a head's negation reaches its complement ("did not agree to meet"), not a verb
        # coordinated with it ("did not meet Seoul but signed a deal with Tokyo")
        if i > 0 and not through_conj and t.lemma_.lower() in NEGATING_HEADS:
            negated = True
        if i > 0 and not through_conj and any(c.dep_ == "neg" for c in kids):
            negated = True
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids):
            future = True
        if i > 0 and t.lemma_.lower() in FUTURE_HEADS and _link(chain, i) != "conj":
            # (not a verb coordinated with it: "agreed to the deal and released prisoners")
            future = True
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) and t.dep_ in (
            "ccomp",
            "xcomp",
            "conj",
        ):
            future = True  # "said it would buy": future in reported speech
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in kids):
            hypothetical = True
        if t.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids
        ):
            # a condition ("unless Baghdad disarms") or an open question ("to examine whether
            # he urged her to lie", "asked if Iran had attacked"): nothing said to have happened
            hypothetical = True
        if any(if_clause(c) for c in kids):
            hypothetical = True  # the main clause of a condition: "if talks fail, X will ..."
        if (
            t.dep_ == "xcomp"
            and t.head.lemma_ == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        ):
            future = True  # "is to visit"
    if tok.pos_ in ("NOUN", "PROPN"):
        # "future talks", "planned summit", "upcoming visit"
        future = future or any(
            c.lower_ in ("future", "planned", "upcoming", "proposed", "next")
            for c in tok.children
            if c.dep_ in ("amod", "compound")
        )
        # "ready for talks", "prepared for negotiations", "agreed to talks": the noun is what the
        # head intends, as "ready to hold talks" is
        head = tok.head
        future = future or (
            tok.dep_ == "pobj"
            and head.lower_ in ("for", "to")
            and head.head.lemma_.lower() in FUTURE_HEADS
        )
        # an event noun shares its clause's tense and mood: "is due to meet ... for talks"
        verb = _governing_verb(tok)
        before = (tok.dep_ == "pobj" and tok.head.lower_ in PAST_PREPS) or answered(tok)
        before = before or _spanned_past(tok)
        if verb is not None and not before and _setting_of_complement(tok, verb):
            # "agreed to resume military contacts during their meeting": the meeting is the
            # setting of the agreeing (the parser hangs it on the complement), in its tense
            verb = verb.head
        if verb is not None and not before:
            # (but "would lift sanctions after talks with X": what came before is done)
            clause = flags_for(verb)
            future = future or clause["future"]
            hypothetical = hypothetical or clause["hypothetical"]
            authored = any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
                for c in tok.children
            )
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i == verb.i and not authored:
                # "has not imposed sanctions"; but "has not rejected calls from the IMF" leaves
                # the IMF's calls made
                negated = negated or clause["negated"]
            elif tok.dep_ == "nsubj" and tok.head.i == verb.i and _occurs(verb):
                # "talks did not resume", "the summit never took place": the event itself is
                # what did not happen; but "talks did not produce a deal" were held
                negated = negated or clause["negated"]
    return {
        "negated": bool(negated),
        "hypothetical": hypothetical,
        "future": future,
        "historical": False,
    }


#: Verbs that tell whether an event happened at all ("talks resumed", "the visit went ahead").
OCCURRING = frozenset({"resume", "begin", "start", "happen", "occur", "proceed", "materialise",
                       "materialize", "open", "commence", "restart", "continue"})  # fmt: skip


def _occurs(verb: Any) -> bool:
    """Whether ``verb`` tells that its subject happened: "resumed", "took place", "went ahead"."""
    lemma = verb.lemma_.lower()
    if lemma in OCCURRING:
        return True
    kids = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "advmod", "prt")}
    return (lemma == "take" and "place" in kids) or (lemma == "go" and "ahead" in kids)


#: Spans that count talks ("after nine days of talks").
TALK_SPANS = frozenset({"hour", "day", "week", "month", "round", "year"})


def _spanned_past(tok: Any) -> bool:
    """ "after nine days of talks": what the time phrase counts came before."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in TALK_SPANS
        and prep.head.dep_ == "pobj"
        and prep.head.head.lower_ in PAST_PREPS
    )


def _setting_of_complement(tok: Any, verb: Any) -> bool:
    """Whether a meeting noun "during"/"at" which something was agreed hangs on the
    infinitive complement of the verb that tells the agreement ("agreed to resume contacts
    during their meeting")."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("during", "at")
        and tok.head.head.i == verb.i
        and verb.dep_ == "xcomp"
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.head.lemma_.lower() in _SETTING_HEADS
    )


#: Verbs whose infinitive complement a meeting's phrase is often hung on by mistake.
_SETTING_HEADS = frozenset({"agree", "decide", "vow", "pledge", "promise", "resolve"})


def _governing_verb(tok: Any) -> Any | None:
    """The nearest verb above an event noun (its clause)."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None
