"""The PLOVER manual's own coding rules, applied after a pattern has coded a predicate.

Each rule cites the manual's section ("Potential ambiguities" lists and mode tables of
the event types). ``refine`` recodes one event (type and mode) from its trigger's phrase;
``prune`` drops events of a sentence that the manual says are not coded separately.
"""

from __future__ import annotations

from typing import Any

# --- words read off the trigger's phrase -------------------------------------------------

#: ASSAULT modes by the weapon or method named (manual: ASSAULT mode table and ambiguities);
#: tried in order, the most specific first.
# fmt: off
ASSAULT_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("unconventional", frozenset({"biological", "chemical", "chlorine", "nerve", "nuclear",
        "radiological", "sarin"})),
    ("suicide-attack", frozenset({"suicide"})),
    ("abduct", frozenset({"abduct", "abduction", "hijack", "kidnap", "kidnapping"})),
    ("targeted", frozenset({"assassinate", "assassination", "execute", "execution"})),
    ("torture", frozenset({"torture"})),
    ("sexual", frozenset({"rape", "sexual"})),
    ("drone", frozenset({"drone", "uav", "unmanned"})),
    ("aerial", frozenset({"aerial", "air", "aircraft", "airstrike", "airstrikes", "bomber",
        "fighter-bomber", "gunship", "helicopter", "jet", "warplane"})),
    ("heavy-weapons", frozenset({"artillery", "barrage", "howitzer", "katyusha", "missile", "mortar",
        "rocket", "shell", "shelling", "tank"})),
    ("explosives", frozenset({"blast", "bomb", "bomber", "bombing", "detonate", "explosion",
        "explosive", "grenade", "ied", "landmine", "mine"})),
    ("crowd-control", frozenset({"baton-charge", "cannon", "lathi", "pepper", "rubber", "stun", "tear",
        "teargas"})),
    ("firearms", frozenset({"bullet", "gun", "gunfire", "gunman", "gunmen", "gunshot", "machine-gun",
        "pistol", "rifle", "shoot", "shot", "sniper"})),
    ("primitive", frozenset({"arson", "axe", "bat", "baton", "burn", "club", "cudgel", "hack", "knife",
        "machete", "molotov", "petrol", "rock", "rod", "spear", "stab", "stick", "stone", "sword",
        "torch"})),
    ("beat", frozenset({"beat", "beating", "flog", "kick", "lash", "pummel", "punch", "whip"})),
)
# fmt: on
#: "fired tear gas", "water cannon": the crowd-control pair words
# fmt: off
CROWD_PAIRS = frozenset({("pepper", "spray"), ("rubber", "bullet"), ("stun", "grenade"),
    ("tear", "gas"), ("water", "cannon")})
# fmt: on
#: what a THREATEN's complement threatens (manual: THREATEN mode table: the mode is the
#: content of the threat)
# fmt: off
THREAT_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("expel", frozenset({"deport", "expel", "expulsion"})),
    ("arrest", frozenset({"arrest", "arrests", "detain", "imprison", "jail"})),
    ("territory", frozenset({"annex", "annexation", "occupation", "occupy"})),
    ("relations", frozenset({"ambassador", "cooperation", "dialogue", "embassy", "envoy",
        "negotiation", "relation", "talk", "tie"})),
    ("restrict", frozenset({"ban", "block", "blockade", "boycott", "close", "curfew", "outlaw"})),
    ("violence", frozenset({"annihilate", "attack", "bomb", "crush", "destroy", "fire", "force", "hit",
        "invade", "invasion", "kill", "military", "nuke", "retaliate", "shoot", "strike", "violence",
        "war", "wipe"})),
)
# fmt: on
#: what a REQUEST asks for (manual: REQUEST mode table; calls for dismissal are `change`)
# fmt: off
REQUEST_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("change", frozenset({"amend", "change", "dismiss", "dismissal", "election", "fire", "firing",
        "impeach", "impeachment", "oust", "ouster", "overhaul", "quit", "referendum", "reform",
        "removal", "remove", "repeal", "replace", "replacement", "resign", "resignation", "sack",
        "sacking", "step"})),
    ("meet", frozenset({"consultation", "dialogue", "mediate", "mediation", "meet", "meeting",
        "negotiate", "negotiation", "summit", "talk"})),
    ("yield", frozenset({"cease", "ceasefire", "disarm", "ease", "end", "free", "freeing", "halt",
        "hand", "lift", "lifting", "pull", "release", "stop", "surrender", "truce", "withdraw",
        "withdrawal"})),
    ("assist", frozenset({"aid", "arm", "assist", "assistance", "cooperate", "cooperation", "donation",
        "fund", "funding", "help", "investment", "loan", "provide", "relief", "send", "supply",
        "support", "weapon"})),
)
# fmt: on
#: COERCE modes by what is taken, cut or banned (manual: COERCE mode table)
# fmt: off
WITHHELD = frozenset({"aid", "broadband", "connection", "electricity", "food", "fuel", "gas",
    "internet", "medicine", "mobile", "network", "phone", "power", "service", "supplies", "supply",
    "telephone", "utility", "water"})
CENSORED = frozenset({"app", "article", "blog", "book", "broadcast", "broadcaster", "channel",
    "coverage", "facebook", "film", "instagram", "magazine", "media", "medium", "newspaper",
    "outlet", "paper", "platform", "publication", "radio", "report", "site", "station", "telegram",
    "television", "tiktok", "tv", "twitter", "website", "whatsapp", "wikipedia", "youtube"})
# fmt: on
SEIZING = frozenset({"raid", "search", "confiscate", "seize", "storm", "ransack"})
#: natural disasters and epidemics: a state of emergency over them is no repression (manual:
#: COERCE ambiguities)
# fmt: off
DISASTERS = frozenset({"blizzard", "cholera", "cyclone", "disaster", "drought", "earthquake",
    "ebola", "epidemic", "eruption", "explosion", "fire", "fires", "flood", "flooding", "floods",
    "heat", "heatwave", "hurricane", "landslide", "locust", "mudslide", "outbreak", "pandemic",
    "quake", "rain", "rains", "snowstorm", "spill", "storm", "tsunami", "typhoon", "volcano",
    "wildfire"})
# fmt: on
#: who protests: a demand made by them is the protest's topic (manual: PROTEST ambiguities)
# fmt: off
PROTESTERS = frozenset({"crowd", "demonstration", "demonstrator", "march", "marcher", "picketer",
    "protest", "protester", "protestor", "rally", "rioter", "strike", "striker"})
# fmt: on
#: conflicts whose end a party calls for (manual: REQUEST ambiguities)
# fmt: off
CONFLICTS = frozenset({"bloodshed", "clashes", "conflict", "fighting", "hostilities", "insurgency",
    "offensive", "rebellion", "violence", "war"})
# fmt: on
ENDS = frozenset({"end", "halt", "cessation", "stop", "ending", "ceasefire", "truce"})
#: armed non-state and state parties (CAMEO sector codes) that fight wars
COMBATANT_SECTORS = frozenset({"REB", "INS", "MIL", "UAF", "SEP"})


def _lemmas(toks: Any) -> set[str]:
    return {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}


def _phrase(tok: Any) -> list[Any]:
    """The trigger's own phrase: its subtree without clauses coordinated or subordinated
    to it (another event's words), plus, for a verb, its subject's phrase."""
    out = []
    stop = {"conj", "advcl", "ccomp", "parataxis", "relcl"}

    def walk(t: Any) -> None:
        out.append(t)
        for c in t.children:
            if c.dep_ in stop and c.pos_ in ("VERB", "AUX"):
                continue
            walk(c)

    walk(tok)
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "compound") and tok.head.pos_ == "VERB":
        # "a drone strike killed": the verb's phrase
        for c in tok.head.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "agent", "advmod"):
                walk(c) if c not in out else None
    return out


def _cue(words: set[str], cues: tuple[tuple[str, frozenset[str]], ...]) -> str | None:
    for mode, keys in cues:
        if words & keys:
            return mode
    return None


def assault_mode(tok: Any) -> str | None:
    toks = _phrase(tok)
    words = _lemmas(toks)
    pairs = {(a.lower_, b.lemma_.lower()) for a, b in zip(toks, toks[1:], strict=False)}
    seq = [t.lower_ for t in sorted(toks, key=lambda t: t.i)]
    pairs |= set(zip(seq, seq[1:], strict=False))
    if pairs & CROWD_PAIRS:
        return "crowd-control"
    if "fire" in words and "air" in words and "into" in words | {"in"}:
        if any(t.lower_ == "air" and t.head.lower_ in ("into", "in") for t in toks):
            return "crowd-control"  # "fired into the air"
    words -= {"tear", "cannon", "rubber", "stun", "pepper"}
    if "air" in words and not (pairs & {("air", "strike"), ("air", "raid"), ("air", "attack")}):
        words.discard("air")
    if "fire" in words and not ({"set", "petrol"} & words):
        words.discard("fire")
    return _cue(words, ASSAULT_CUES)


def _complement(tok: Any) -> list[Any]:
    """What a request or a threat is about: its clausal complement and its object's or
    "for"/"to" phrase's words."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "advcl", "attr", "oprd"):
            out.extend(c.subtree)
    return out


def request_mode(tok: Any) -> str | None:
    return _cue(_lemmas(_complement(tok)) or _lemmas([tok]), REQUEST_CUES)


def threat_mode(tok: Any) -> str | None:
    comp = _complement(tok)
    words = _lemmas(comp)
    # "threatened to cut ties": the complement verb's object names the relation
    if {"tie", "relation", "talk", "negotiation", "dialogue"} & words and {
        "cut", "sever", "suspend", "break", "downgrade", "end", "freeze", "quit", "walk",
        "pull", "boycott", "halt", "review"} & words:  # fmt: skip
        return "relations"
    return _cue(words, THREAT_CUES)


def coerce_mode(tok: Any, mode: str | None) -> str | None:
    lemma = tok.lemma_.lower()
    words = _lemmas(_phrase(tok))
    if lemma in SEIZING:
        return "seize"
    if "curfew" in words:
        return "curfew"
    if mode in (None, "restrict"):
        if lemma in ("cut", "shut", "halt", "stop", "suspend", "block", "disconnect",
                     "withhold", "deny", "cut-off", "blackout", "shutdown") and words & WITHHELD:  # fmt: skip
            return "withhold"
        if lemma in ("ban", "block", "shut", "close", "censor", "suspend", "restrict",
                     "outlaw", "prohibit", "jam", "blackout", "shutdown") and words & CENSORED:  # fmt: skip
            return "censor"
    return mode


def _in_absentia(tok: Any) -> bool:
    sent = [t.lower_ for t in tok.sent]
    return any(a == "in" and b == "absentia" for a, b in zip(sent, sent[1:], strict=False))


#: words that put the person a warrant is for out of the issuer's reach
OUT_OF_REACH = frozenset({"exiled", "exile", "self-exiled", "overseas", "abroad", "fugitive"})


def _international_warrant(tok: Any, actors: list[Any]) -> bool:
    """ "The International Criminal Court issued an arrest warrant for President Putin": a
    warrant of an international court or body, which has no police of its own to carry it
    out, is a threat of arrest (an arrest carried out stays COERCE arrest)."""
    words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children}
    if "warrant" not in words:
        return False
    # "issued arrest warrants for eight overseas activists", "for an exiled journalist"
    fors = [c for h in (tok, tok.head) for c in h.children if c.lower_ == "for"]
    wanted = [o for f in fors for o in f.children if o.dep_ == "pobj"]
    if any(t.lower_ in OUT_OF_REACH for w in wanted for t in w.subtree):
        return True
    return bool(actors) and all(
        (a.cameo_code or "").startswith("IGO") or "IGO" in (a.sectors or []) for a in actors
    )


def _entry_barred(tok: Any) -> bool:
    """ "barred the delegation from entering Gaza", "denied entry to the monitors": a group
    kept out of a territory (manual: REJECT and COERCE ambiguities), not a ban on a
    politician's activity."""
    for c in tok.subtree:
        if c.lemma_.lower() in ("enter", "entry", "land", "visit", "cross") and c.i > tok.i:
            # the place kept out of is a country or territory ("entering Gaza", "entry into
            # the country"), not a site ("entering the al-Aqsa mosque": a restriction)
            for t in c.subtree:
                if t.i != c.i and (t.ent_type_ == "GPE" or t.lemma_.lower() in TERRITORY):
                    return True
            if c.lemma_.lower() == "entry" and not any(t.dep_ == "prep" for t in c.children):
                return True  # "denied entry to the monitors"
            if c.lemma_.lower() == "entry" and any(
                p.dep_ == "prep" and p.lower_ == "to" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in ENTRANTS for o in p.children)
                for p in c.children
            ):  # fmt: skip
                return True  # "refused entry to the UN special rapporteur"
    return False


FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})


def _conditional_future(tok: Any) -> bool:
    """ "would hold a general strike next month unless the government withdrew its reform": the
    act is promised (will, would) on a condition (unless, if) the other side can meet."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return False
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children)
        for c in verb.children
    )


#: verbs of a vow, pledge or promise (AGREE when what is vowed is cooperation)
VOWS = frozenset({"vow", "pledge", "promise", "swear", "undertake"})
#: what a vow threatens to do to another party (manual: THREATEN "violence")
# fmt: off
HARM_VERBS = frozenset({"repel", "avenge", "retaliate", "punish", "smash", "rout", "defeat",
    "annihilate", "exterminate", "liquidate", "obliterate", "raze", "crush", "kill", "destroy",
    "eliminate", "eradicate", "wipe", "invade", "bomb", "attack", "hunt"})
#: objects that make a harm verb a policy aim, not a threat ("vowed to defeat poverty")
ABSTRACT_AIMS = frozenset({"poverty", "corruption", "inflation", "hunger", "disease", "crime",
    "unemployment", "tariff", "barrier", "deficit", "debt", "illiteracy", "malaria", "virus",
    "pandemic", "epidemic", "covid", "cancer", "discrimination", "racism", "graft", "bureaucracy",
    "tax", "subsidy", "waste", "pollution", "emission", "plastic", "fraud", "smuggling",
    "trafficking", "drug", "narcotic", "inequality", "red", "tape", "backlog", "bottleneck",
    "obstacle", "loophole", "fear", "stigma", "polio", "measles", "ebola", "hiv", "aids"})
#: what a reply is owed to when a vow to respond is no threat ("promised to respond to the letter")
REPLY_TO = frozenset({"letter", "request", "question", "query", "invitation", "proposal",
    "offer", "appeal", "call", "plea", "concern", "complaint", "petition", "message", "note",
    "inquiry", "enquiry", "demand", "suggestion", "questionnaire", "survey", "email"})
#: a charge called baseless is denied (no accusation): the nouns of a charge or a claim
CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "report", "assertion",
    "rumour", "rumor", "suggestion", "insinuation"})
#: verbs that name a thing something ("called them groundless")
NAMING = frozenset({"call", "describe", "brand", "label", "term", "dub", "characterize",
    "characterise"})
# fmt: on


def _vowed_harm(tok: Any) -> bool:
    """ "vowed to repel them", "vowed to make Sweden pay", "swore to avenge the killings",
    "pledged to teach the rebels a lesson": the vow's complement harms another party."""
    for c in tok.children:
        if c.dep_ != "xcomp" or c.pos_ != "VERB":
            continue
        verbs = [c, *(v for v in c.children if v.dep_ == "conj" and v.pos_ == "VERB")]
        for v in verbs:
            lem = v.lemma_.lower()
            objs = {o.lemma_.lower() for o in v.children if o.dep_ in ("dobj", "nsubjpass")}
            if lem in HARM_VERBS and not objs & ABSTRACT_AIMS:
                return True
            # "make Sweden pay", "make them regret it"
            if lem == "make" and any(
                k.dep_ in ("ccomp", "xcomp")
                and k.lemma_.lower() in ("pay", "regret", "suffer")
                and not (k.lemma_.lower() == "pay" and any(o.dep_ == "dobj" for o in k.children))
                for k in v.children
            ):
                return True
            if lem == "teach" and "lesson" in objs:
                return True
    return False


def _reply_promised(tok: Any) -> bool:
    """ "promised to respond to the letter": a vow to answer a letter or a request threatens
    nobody (the vow senses read "respond" as a threat of retaliation)."""
    for c in tok.children:
        if c.dep_ != "xcomp" or c.lemma_.lower() not in ("respond", "reply", "answer"):
            continue
        words = _lemmas(c.subtree)
        hostile = {"force", "forcefully", "military", "militarily", "harshly", "strongly",
                   "decisively", "firmly", "severely", "attack", "aggression", "provocation",
                   "kind", "strike", "in"}  # fmt: skip
        if words & REPLY_TO and not words & hostile:
            return True
    return False


def _charge_called_false(tok: Any) -> bool:
    """ "dismissed the accusations, calling them groundless", "described the claims as
    false": the thing called something is a charge or a claim, so the naming denies it."""
    if tok.lemma_.lower() not in NAMING:
        return False
    for o in tok.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        if o.lemma_.lower() in CHARGE_NOUNS:
            # "called the British report a fabrication": a named party's report is its
            # author's work, and calling it fabricated accuses that author
            return not (o.lemma_.lower() == "report" and _named_author(o))
        if o.pos_ == "PRON" and tok.dep_ in ("advcl", "xcomp", "conj", "ccomp"):
            # "calling them groundless": the pronoun restates the object of the verb the
            # participle hangs on ("denied accusations that its troops had crossed the border,
            # calling them groundless": the parser may hang it on the charge's own clause)
            head, hops = tok, 0
            while head.head.i != head.i and hops < 3:
                head, hops = head.head, hops + 1
                if any(
                    h.dep_ == "dobj" and h.lemma_.lower() in CHARGE_NOUNS for h in head.children
                ):
                    return True
    return False


#: verbs that deny or dismiss a charge ("dismissed allegations of fraud")
DENYING = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "brush", "shrug", "call",
    "describe", "term", "dub", "label", "brand", "characterize", "characterise"})  # fmt: skip


#: words that only give the reason a thing offered or proposed is refused
REFUSAL_REASONS = frozenset({"unacceptable", "absurd", "unrealistic", "impractical", "unworkable",
    "inadequate", "insufficient", "meaningless", "nonsense", "non-starter", "ridiculous",
    "laughable", "worthless", "pointless", "useless", "insincere", "premature", "unhelpful",
    "unserious", "irrelevant"})  # fmt: skip


def _rejection_restated(tok: Any, evs: list[Any], doc: Any) -> bool:
    """ "rejected the offer, calling it unacceptable": a naming participle whose pronoun
    restates the object of a verb coded REJECT in the same sentence."""
    if tok.lemma_.lower() not in NAMING or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj"):
        return False
    if not any(o.dep_ == "dobj" and o.lower_ in ("it", "them") for o in tok.children):
        return False
    # only words that give the reason for a refusal ("calling it unacceptable"); "calling it a
    # farce" or "illegal" condemns as well, an accusation of its own
    if not any(t.lemma_.lower() in REFUSAL_REASONS for t in tok.subtree):
        return False
    rejects = {doc[o.trigger["i"]].i for o in evs if o.plover.get("type") == "REJECT"}
    head, hops = tok, 0
    while head.head.i != head.i and hops < 2:
        head, hops = head.head, hops + 1
        if head.i in rejects:
            return True
    return False


def _charge_denied(tok: Any) -> bool:
    """ "calling accusations of authoritarianism a narrative", "dismissed allegations of
    fraud": a charge noun, the object of a denial, with no accuser named."""
    if tok.lemma_.lower() not in CHARGE_NOUNS or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    if tok.head.lemma_.lower() not in DENYING:
        return False
    return not _named_author(tok)


def _named_author(tok: Any) -> bool:
    """ "India's charges", "charges by Delhi", "British accusations": the author is named."""
    return any(
        c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        or (c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper())
        for c in tok.children
    )


#: legal charges: indictments, prosecutions, trials, impeachments (not arrests)
CHARGING = frozenset({"charge", "indict", "prosecute", "try", "retry", "impeach"})
ENTRY_VERBS = frozenset({"bar", "ban", "block", "prevent", "deny", "stop", "refuse"})

# fmt: off
#: another state's office holders, kept out as a penalty
OFFICIALS = frozenset({"official", "lawmaker", "legislator", "minister", "senator", "mp",
    "congressman", "congresswoman", "parliamentarian", "politician", "judge", "prosecutor",
    "governor", "general", "commander", "officer", "leader", "aide", "diplomat"})
# fmt: on


def _officials_banned(tok: Any) -> bool:
    """ "banned 12 US officials from entering the country", "barred entry to 12 Saudi
    officials": office holders of another state kept out, a targeted sanction (a group, a
    delegation, monitors or reporters kept out stay REJECT)."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative")), None)
    if obj is None or obj.lemma_.lower() in ("entry", "visa", "access"):
        # "refused entry to four officials", "denied four officials entry"
        heads = [tok] + ([obj] if obj is not None else [])
        obj = next(
            (o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
             for o in c.children if o.dep_ == "pobj"),
            None,
        )  # fmt: skip
        if obj is None:
            return False
    return obj.lemma_.lower() in OFFICIALS


# fmt: off
#: goods and trade: a ban on them is an embargo (CAMEO 085 when eased)
TRADE_GOODS = frozenset({"import", "export", "trade", "goods", "good", "product", "produce",
    "commodity", "shipment", "cargo", "coal", "wine", "beef", "pork", "poultry", "meat", "grain",
    "wheat", "barley", "rice", "timber", "lumber", "seafood", "fish", "fruit", "steel", "oil",
    "gas", "investment", "chip", "semiconductor", "tariff", "sale"})
#: money moved by a lender or donor, and the marks of frozen money
MONEY = frozenset({"billion", "million", "tranche", "loan", "credit", "installment",
    "instalment", "disbursement", "$", "dollar", "euro"})
FROZEN = frozenset({"frozen", "freeze", "froze", "asset", "reserve", "account", "deposit",
    "holding", "seized", "blocked", "impounded"})
# fmt: on


def _object_words(tok: Any) -> set[str]:
    obj = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return _lemmas(list(obj[0].subtree)) if obj else set()


def _trade_ban_eased(tok: Any) -> bool:
    """ "lifted its ban on Australian coal imports", "eased restrictions on travel and trade
    with Cuba": the restriction eased is on goods or trade."""
    return bool(_object_words(tok) & TRADE_GOODS)


def _money_disbursed(tok: Any) -> bool:
    """ "releasing an immediate $1.2 billion to the country": an amount released to a
    recipient, with nothing frozen about it."""
    if tok.lemma_.lower() not in ("release", "free", "unlock", "unblock"):
        return False
    words = _lemmas(list(tok.subtree))
    if words & FROZEN or not _object_words(tok) & MONEY:
        return False
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for c in tok.children)


def _frozen_money(tok: Any) -> bool:
    """ "released $6 billion in frozen Iranian funds": another's money that was frozen, let go
    ("released frozen aid to Rwanda" resumes the giver's own aid: AID)."""
    words = _object_words(tok)
    return bool(words & FROZEN) and not words & AID_NOUNS


def _put_on_list(tok: Any) -> str | None:
    """ "returned Japan to its white list": a state put back on a list; "white" for a list of
    trusted or preferred partners, "black" for a blacklist or a terror list."""
    if tok.lemma_.lower() not in ("return", "restore", "readmit", "reinstate", "add", "put"):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "on", "onto"):
            words = _lemmas(list(c.subtree))
            if not words & {"list", "whitelist", "blacklist", "watchlist", "register"}:
                continue
            if words & {"black", "blacklist", "terror", "terrorism", "sponsor", "watchlist",
                        "grey", "gray", "sanction", "sanctions"}:  # fmt: skip
                return "black"
            return "white"
    return None


# fmt: off
#: people and groups who are let into a country or kept out of it
ENTRANTS = frozenset({"activist", "delegation", "envoy", "expert", "inspector", "investigator",
    "journalist", "lawmaker", "mission", "monitor", "observer", "official", "rapporteur",
    "reporter", "team", "worker", "legislator", "senator", "congresswoman", "congressman", "mp"})
TERRITORY = frozenset({"airspace", "bank", "border", "country", "island", "nation", "port",
    "province", "region", "state", "strip", "territory", "waters"})
# fmt: on


def _debt_relief(tok: Any) -> bool:
    """ "forgave Nigeria's debt", "agreed to write off the loans"."""
    verbs = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]
    return any(
        v.lemma_.lower() in ("forgive", "forgave", "cancel", "write", "waive", "forgo")
        and any(c.lemma_.lower() in ("debt", "loan", "arrears") for c in v.subtree)
        for v in verbs
    )


def refine(
    tok: Any, cameo: str, plover: dict, pattern_cameo: str, actors: list[Any], how: list[str]
) -> tuple[str, dict]:
    """Recode one event by the manual's rules; return (cameo, plover)."""
    ptype = plover.get("type")
    mode = plover.get("mode")
    contexts = list(plover.get("contexts") or [])
    lemma = tok.lemma_.lower()

    def recode(new_type: str, new_mode: str | None, why: str, new_cameo: str | None = None) -> None:
        nonlocal ptype, mode, cameo
        how.append(f"PLOVER manual: {why} → {new_type}" + (f" {new_mode}" if new_mode else ""))
        ptype, mode = new_type, new_mode
        if new_cameo:
            cameo = new_cameo

    if ptype == "COERCE" and (mode == "arrest" or cameo[:3] == "173") and _in_absentia(tok):
        # COERCE/THREATEN ambiguities: an in-absentia arrest (warrant) is a threat
        recode("THREATEN", "arrest", "an in-absentia arrest is THREATEN arrest", "137")
    elif ptype == "COERCE" and cameo[:3] == "173" and _international_warrant(tok, actors):
        # COERCE/THREATEN ambiguities: the warrant of an international court is a threat of
        # arrest against someone out of its reach, not an arrest (so is a warrant for someone
        # exiled, overseas or a fugitive)
        recode("THREATEN", "arrest", "an international court's warrant is THREATEN arrest", "137")
    elif ptype == "COERCE" and cameo[:3] == "172" and lemma in (
        "bar", "ban", "block", "prevent", "deny", "stop", "refuse") and _entry_barred(tok):  # fmt: skip
        # REJECT/COERCE ambiguities: barring a group from entering a territory is REJECT; a
        # punitive entry ban on another state's officials is a sanction (SANCTION
        # `discontinue`: "international (political or economic) sanctions")
        if _officials_banned(tok):
            recode(
                "SANCTION", "discontinue", "a punitive entry ban on officials is SANCTION", "163"
            )
        else:
            recode("REJECT", None, "barring a group from entering is REJECT", "120")
    elif ptype == "AGREE" and (pattern_cameo[:2] == "07" or lemma == "agree") and _debt_relief(tok):
        # AID ambiguities: "has agreed to forgive ... in loan obligations" is AID
        recode("AID", None, "debt forgiveness is AID", "071")
        contexts = ["economic"]
    elif ptype == "REQUEST" and _combatant_ends_conflict(tok, actors):
        # REQUEST ambiguities: a party to a conflict calling for its end expresses intent
        recode("AGREE", None, "a party calling for the end of its conflict is AGREE", "039")
        contexts = ["diplomatic"]
    elif ptype == "COERCE" and mode == "arrest" and _combatants_captured(tok, actors):
        # COERCE/ASSAULT ambiguities: combatants captured during conflict are ASSAULT abduct
        recode("ASSAULT", "abduct", "combatants captured in conflict are ASSAULT abduct", "181")
        contexts = ["military"]
    elif ptype in ("COERCE", "SANCTION") and _crowd_blocks_passage(tok, actors):
        # PROTEST `obstruct` (CAMEO 144 "obstruct passage, block"): a crowd blocking roads
        recode("PROTEST", "obstruct", "a crowd blocking roads is PROTEST obstruct", "144")
        contexts = []
    elif ptype == "REJECT" and _dismissed_people(tok):
        # ACCUSE (CAMEO 111 "criticize or denounce"): people dismissed as looters or
        # terrorists are disparaged; a claim dismissed as baseless stays REJECT
        recode("ACCUSE", None, "people dismissed as something are disparaged, ACCUSE", "111")
    elif ptype == "COOPERATE" and cameo[:2] == "06" and _under_credit(tok):
        # AID: "monetary aid and financial guarantees, grants, gifts and credit"
        recode("AID", None, "goods sent under a credit line are AID", "071")
        contexts = ["economic"]
    elif ptype == "COOPERATE" and cameo[:3] == "062" and _arms_shipped_as_aid(tok):
        # AID/COOPERATE ambiguities: arms shipped with no sale named are military aid
        recode("AID", None, "arms shipped with no sale named are AID", "072")
        contexts = ["military"]
    elif ptype == "ASSAULT" and cameo[:3] == "175" and _crowd_quelled_without_force(tok):
        # ASSAULT ambiguities: crowd-control "should be reserved for instances where there is an
        # explicit mention of a crowd control weapon or tactic"; a protest stamped out or put
        # down with none named is COERCE restrict (like "cracked down on protesters")
        recode("COERCE", "restrict", "a protest quelled with no force named is COERCE", "172")
        contexts = ["repression"]
    elif ptype == "COERCE" and cameo[:3] == "174" and _mass_expulsion(tok):
        # COERCE `deport` is "expel or deport individuals"; a people driven out of a land is
        # CAMEO 201 "engage in mass expulsion", ASSAULT in the OEDA table
        recode("ASSAULT", None, "a people expelled from a land is mass expulsion, ASSAULT", "201")
        contexts = ["religion_ethnicity"]
    elif ptype == "MOBILIZE" and _joint_exercise(tok, actors):
        # MOBILIZE: "Joint military operations are coded as COOPERATE but single-country
        # exercises should be coded as MOBILIZE"
        recode("COOPERATE", None, "a joint military exercise is COOPERATE", "062")
        contexts = ["military"]
    elif ptype == "ASSAULT" and _pushed_back_crowd(tok):
        # ASSAULT ambiguities: "police pushed back protesters" is COERCE restrict, not
        # crowd-control (that needs a named crowd-control weapon or tactic)
        recode("COERCE", "restrict", "pushing back a crowd is COERCE restrict", "172")
        contexts = ["repression"]
    elif ptype == "REQUEST" and _court_ordered_payment(tok):
        # AID/SANCTION ambiguities: court-ordered payments are SANCTION (court and winner act)
        recode("SANCTION", "convict", "a court-ordered payment is SANCTION", "160")
        contexts = ["legal"]
    elif ptype == "MOBILIZE" and _for_relief(tok):
        # MOBILIZE ambiguities: mobilizing forces for disaster relief is AID
        recode("AID", None, "forces mobilized for disaster relief are AID", "073")
        contexts = ["disasters", "human_security"]
    elif ptype == "SANCTION" and mode == "expel" and _group_expelled(tok):
        # REJECT/COERCE ambiguities: a group or organization expelled from a country is COERCE
        # (SANCTION expel keeps diplomats and expulsions from organizations)
        recode("COERCE", "deport", "a group expelled from a country is COERCE", "174")
        contexts = ["legal"]

    elif ptype == "AID" and _aid_cut(tok):
        # SANCTION: "all reductions in existing, routine, or cooperative relations"; mode
        # `discontinue`: "curtail, decrease, break ... material exchanges" ("cut assistance to")
        recode("SANCTION", "discontinue", "aid cut or suspended is SANCTION discontinue", "162")
        contexts = ["economic"]
    elif ptype == "AID" and _sold_under_deal(tok):
        # AID/COOPERATE ambiguities: arms or goods delivered under a sale or a contract benefit
        # both parties (an exchange), so COOPERATE, not AID
        recode("COOPERATE", None, "goods delivered under a sale or contract are COOPERATE", "061")
        contexts = ["economic"]
    elif ptype == "ASSAULT" and _force_authorized(tok):
        # THREATEN: "coercive or forceful warnings with serious potential repercussions": force
        # authorized ("authorized member states to use all necessary means to drive Iraq out
        # of Kuwait unless ...") is a threat of violence, not an attack that took place
        recode("THREATEN", "violence", "force authorized, not used, is THREATEN violence", "138")
        contexts = ["military"]
    elif ptype == "RETREAT" and _people_sent_back(tok):
        # COERCE `deport`: "expel or deport individuals" ("sent 100 Uighurs back to China",
        # "migrants were returned to Havana"); RETREAT keeps released captives and the
        # repatriation of refugees (manual: RETREAT)
        recode("COERCE", "deport", "people sent back to their country are COERCE deport", "174")
        contexts = ["legal"]
    elif ptype == "RETREAT" and mode == "access" and _admitted_member(tok):
        # SUPPORT: "initiate ... diplomatic, non-material cooperation" ("Vietnam was admitted
        # to ASEAN"); RETREAT `access` is letting observers, peacekeepers or aid workers in
        recode("SUPPORT", None, "admission to an organization is SUPPORT", "050")
        contexts = ["diplomatic"]
    elif ptype == "COERCE" and cameo[:3] == "173" and lemma in CHARGING:
        # ACCUSE `allege`: "formally or informally accuse; sue, indict, or charge; bring to
        # trial" ("indicted the former president", "put 40 activists on trial"); CAMEO keeps 173
        recode("ACCUSE", "allege", "a formal charge or indictment is ACCUSE allege")
        contexts = ["legal"]
    elif ptype in ("PROTEST", "SANCTION") and _conditional_future(tok):
        # THREATEN: "coercive or forceful warnings with serious potential repercussions"; mode
        # `restrict` names strikes, boycotts and blockades ("the unions said they would strike
        # unless the reform was withdrawn", "would impose sanctions unless Minsk freed them")
        # (CAMEO 131 threaten non-force; 1312 threaten sanctions, boycott or embargo)
        recode("THREATEN", "restrict", "an act promised on a condition is THREATEN",
               "131" if ptype == "PROTEST" else "1312")  # fmt: skip
    elif ptype == "SANCTION" and lemma in ENTRY_VERBS and _entry_barred(tok):
        # REJECT/COERCE ambiguities: "refused entry to the UN rapporteur", "denied visas to the
        # inspectors" keep a group out of a territory (REJECT); a punitive entry ban on another
        # state's officials stays a sanction (below)
        if not _officials_banned(tok):
            recode("REJECT", None, "barring a group from entering is REJECT", "120")
    elif ptype == "CONCEDE" and cameo[:3] == "081" and _trade_ban_eased(tok):
        # CONCEDE is the easing of "administrative or legal restrictions on persons and
        # organizations"; a ban on goods or trade eased is an economic sanction eased (CAMEO 085,
        # RETREAT in the PLOVER table: "lifted its ban on coal imports")
        recode("RETREAT", None, "a ban on trade or goods eased is RETREAT (085)", "085")
        contexts = ["economic"]
    elif ptype == "RETREAT" and cameo[:3] == "085" and _money_disbursed(tok):
        # AID: "monetary aid and financial guarantees, grants, gifts and credit": a lender
        # releasing a loan tranche to a state disburses credit, it unfreezes nothing
        recode("AID", None, "money released to a state by a lender is AID", "071")
        contexts = ["economic"]
    elif ptype == "AID" and lemma in ("release", "unlock", "free") and _frozen_money(tok):
        # RETREAT: "the return of confiscated property" ("released $6 billion in frozen
        # Iranian funds": CAMEO 085, an economic sanction eased)
        recode("RETREAT", None, "frozen funds released are RETREAT (085)", "085")
        contexts = ["economic"]
    elif ptype == "RETREAT" and (lst := _put_on_list(tok)):
        # RETREAT `release` is "release captives"; a state put back on a list of trusted
        # trading partners has a trade sanction eased (085), one put back on a blacklist is
        # sanctioned (SANCTION discontinue)
        if lst == "white":
            recode("RETREAT", None, "a state restored to a trusted list is RETREAT (085)", "085")
        else:
            recode("SANCTION", "discontinue", "a state put on a blacklist is SANCTION", "163")
        contexts = ["economic"]
    elif ptype == "AGREE" and lemma in VOWS and _vowed_harm(tok):
        # THREATEN: "all threats, coercive or forceful warnings with serious potential
        # repercussions"; AGREE is a promise "to cooperate": a vow whose content is harm to
        # another party ("vowed to repel them", "vowed to make Sweden pay") is THREATEN
        # violence (the mode is the content of the threat; CAMEO 138 threaten with force)
        recode("THREATEN", "violence", "a vow to harm another party is THREATEN", "138")
        contexts = ["military"]
    elif ptype == "THREATEN" and lemma in VOWS and _reply_promised(tok):
        # AGREE: "agree to, offer, promise, or otherwise indicate willingness or commitment to
        # cooperate": a promise to answer a letter or a request threatens nothing
        recode("AGREE", None, "a promise to reply to a letter or a request is AGREE", "030")
        contexts = ["diplomatic"]
    elif ptype == "SANCTION" and cameo[:3] == "166" and _people_ordered_out(tok):
        # SANCTION expel excludes individual deportations; COERCE deport: "expel or deport
        # individuals" ("ordered undocumented Afghans to leave the country")
        recode("COERCE", "deport", "people ordered out of a country are COERCE deport", "174")
        contexts = ["legal"]
    elif ptype in ("MOBILIZE", "CONSULT") and _peacekeepers_moved(tok):
        # AID: CAMEO 074 "provide military protection or peacekeeping" is AID in the OEDA table
        # ("peacekeepers landed in Monrovia", "deployed 500 peacekeepers to Haiti"); MOBILIZE
        # is a show of force against someone, CONSULT a visit
        recode("AID", None, "peacekeepers sent or arriving are AID (074)", "074")
        contexts = ["peacekeeping"]
    elif ptype == "MOBILIZE" and _host_request(tok, actors):
        # AID (CAMEO 074 "provide military protection or peacekeeping", AID in the OEDA table):
        # forces sent into another state at its government's request protect it; MOBILIZE is
        # "military posturing ... a demonstration of military capabilities"
        recode("AID", None, "forces sent abroad at the host's request are AID (074)", "074")
        contexts = ["military"]
    elif ptype == "MOBILIZE" and _invasion(tok, actors):
        # ASSAULT: "actual uses of force" against MOBILIZE, moves "that fall short of the actual
        # use of force": tanks sent across the border or into another state's land invade it
        # (CAMEO 190 use conventional military force), as "troops crossed into" does
        recode(
            "ASSAULT", None, "forces sent across a border or into another state invade it", "190"
        )
        contexts = ["military"]
    elif ptype in ("REQUEST", "SANCTION") and (out := _ordered_out(tok, actors)):
        # SANCTION expel: "expel an entity from a group, organization, political party, or
        # country" ("ordered the Dutch envoys to leave the country"; CAMEO 166 expel; 1663
        # "expel or withdraw aid agencies", SANCTION in the OEDA table)
        recode("SANCTION", "expel", "envoys or aid agencies ordered out are SANCTION expel", out)
        contexts = ["human_security"] if out == "1663" else ["diplomatic"]
    elif ptype in ("COERCE", "RETREAT") and _off_trusted_list(tok):
        # SANCTION: "all reductions in existing, routine, or cooperative relations"; mode
        # `discontinue`: "curtail ... commercial ... exchanges" (a state struck off a list of
        # trusted trading partners); not a removal from office (COERCE)
        recode("SANCTION", "discontinue", "a state struck off a trusted list is SANCTION", "163")
        contexts = ["economic"]
    elif ptype == "COERCE" and _access_blocked(tok):
        # SANCTION `discontinue`: "international (political or economic) sanctions" ("blocked
        # Afghanistan's access to its reserves"); COERCE `restrict` is movement and activity
        recode("SANCTION", "discontinue", "a state cut off from its funds is SANCTION", "163")
        contexts = ["economic"]
    elif ptype == "COERCE" and cameo[:3] == "174" and _member_expelled(tok):
        # SANCTION expel: "expel an entity from a group, organization, political party"; COERCE
        # deport is putting people out of a country
        recode("SANCTION", "expel", "a member expelled from a party or body is SANCTION", "160")
        contexts = ["political_institutions"]
    elif ptype == "COERCE" and _harm_done(tok):
        # ASSAULT: "actual uses of force" ("boarded Philippine navy boats, injuring several
        # sailors", "raided the offices, wounding two guards"): a boarding or raid that wounds
        # or kills is the use of force (CAMEO 180 use unconventional violence)
        recode("ASSAULT", None, "a boarding or raid that wounds or kills is ASSAULT", "180")
        contexts = ["military"]
    elif ptype == "PROTEST" and _homes_burned(tok):
        # ASSAULT: "Incidental damage to houses/property should not automatically be coded as
        # ASSAULT", but houses, villages or neighbourhoods burned by a mob are the aim of the
        # attack on the people who live there (communal violence), not a riot against the state
        # (PROTEST riot); the manual's ASSAULT ambiguities give fire the `primitive` mode
        recode("ASSAULT", "primitive", "homes burned by a mob are ASSAULT", "180")
        contexts = ["religion_ethnicity"]
    elif ptype == "REQUEST" and _crowd_demand(tok):
        # PROTEST ambiguities: "demands that take the form of protests are PROTEST" ("fired
        # tear gas at demonstrators demanding the end of his rule"): the crowd's demand is the
        # protest's topic, and the protest itself is the event (CAMEO 141 demonstrate)
        recode("PROTEST", "demonstrate", "a demand voiced by a crowd is PROTEST", "141")
        contexts = []
    elif ptype in ("RETREAT", "CONCEDE") and _voiced_demand(tok):
        # REQUEST (CAMEO 1041 demand change in leadership): "chanting for the president to
        # resign" demands a resignation that has not happened (PROTEST ambiguities: the topic
        # of a protest is its demand)
        recode("REQUEST", "change", "a resignation chanted for is demanded, REQUEST", "1041")
        contexts = ["executive"]

    # modes (manual: the mode tables of each type)
    if ptype == "ASSAULT":
        m = assault_mode(tok)
        if m and (mode is None or m in ("crowd-control", "suicide-attack", "drone")):
            mode = m
    elif ptype == "REQUEST" and mode is None:
        mode = request_mode(tok)
    elif ptype == "REQUEST" and mode != "change" and request_mode(tok) == "change":
        mode = "change"  # "demanded the dismissal of the army chief"
    elif ptype == "THREATEN" and mode is None:
        mode = threat_mode(tok)
    elif ptype == "COERCE":
        mode = coerce_mode(tok, mode)
    elif ptype == "CONSULT" and mode is None:
        words = _lemmas(_phrase(tok))
        if words & {"phone", "telephone", "videoconference", "video", "videolink", "call",
                    "phoned", "telephoned", "online", "virtual", "virtually"}:  # fmt: skip
            mode = "phone"
        elif lemma in ("visit", "tour"):
            mode = "visit"
    elif ptype == "PROTEST" and lemma in ("boycott", "boycotted"):
        mode = "boycott"
    elif ptype == "MOBILIZE" and mode in (None, "troops"):
        words = _lemmas(_phrase(tok))
        if words & {"missile", "warship", "ship", "tank", "jet", "aircraft", "bomber",
                    "submarine", "carrier", "weapon", "launcher", "artillery", "destroyer",
                    "frigate", "drone", "vessel", "fighter"} and not words & {
                        "troop", "soldier", "personnel", "marine", "force"}:  # fmt: skip
            mode = "weapons"
        elif words & {"police", "policeman", "officer", "gendarme", "riot"}:
            mode = "police"
    if ptype == plover.get("type") and mode == plover.get("mode"):
        return cameo, plover
    return cameo, {"type": ptype, "mode": mode, "contexts": contexts}


def _combatant_ends_conflict(tok: Any, actors: list[Any]) -> bool:
    """ "The Taliban called for an end to the war": a REQUEST for an end to fighting with no
    one asked, by an armed party (or a state whose own war it is)."""
    if tok.lemma_.lower() not in ("call", "urge", "demand", "appeal", "ask", "seek", "plead"):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False  # "called on Israel and Hamas to end the war": a third party asks
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
        return False
    comp = _complement(tok)
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in comp):
        return False  # "demanded that Moscow halt the war": another party is asked
    ends = [t for t in comp if t.lemma_.lower() in ENDS]
    if not ends or not any(t.lemma_.lower() in CONFLICTS for t in comp):
        return False
    return any(set(a.sectors or []) & COMBATANT_SECTORS for a in actors)


def prune(events: list[Any], doc: Any) -> list[Any]:
    """Drop what the manual says is not coded separately."""
    by_sent: dict[int, list[Any]] = {}
    for e in events:
        by_sent.setdefault(e.sentence_index, []).append(e)
    drop: set[int] = set()
    for evs in by_sent.values():
        protests = {e.trigger["i"] for e in evs if e.plover.get("type") == "PROTEST"}
        for e in evs:
            tok = doc[e.trigger["i"]]
            ptype = e.plover.get("type")
            if ptype == "REQUEST" and protests and _protest_topic(tok, protests):
                # PROTEST ambiguities; REQUEST: demands that take the form of protests are
                # PROTEST, and the topic of a protest is not coded separately
                drop.add(id(e))
            elif ptype == "COERCE" and e.plover.get("mode") == "martial-law" and _for_disaster(tok):
                # COERCE ambiguities: a state of emergency over a natural disaster is not
                # COERCE absent evidence of repression
                drop.add(id(e))
            elif e.rule.split(" | ")[0] == "mobilize.raise_alert" and _hazard_alert(tok):
                # MOBILIZE is a show of force or readiness; an alert level raised for a volcano,
                # a storm or a flood warns the public and moves no forces (nor is it AID)
                drop.add(id(e))
            elif ptype in ("RETREAT", "CONCEDE") and _demanded_not_done(tok):
                # REQUEST: the content of an order or a demand ("defied an army order to leave
                # their homes") is what was asked for, not a withdrawal that took place
                drop.add(id(e))
            elif ptype == "REQUEST" and _hazard_advice(tok):
                # a natural-hazard alert is no event (MOBILIZE ambiguities, above); nor is the
                # advice that goes with it: residents told to leave the volcano's slopes, to
                # drink water in a heatwave, to stay off the roads in a blizzard ask no actor
                drop.add(id(e))
            elif ptype in ("PROTEST", "CONCEDE") and _company_dispute(tok):
                # PROTEST is "civilian demonstrations and other collective actions" against a
                # political target; a strike over pay at a firm's plant (and its end when the
                # company raises wages) is a labour dispute with an employer, no political act
                drop.add(id(e))
            elif ptype == "RETREAT" and _agreement_effect(tok):
                # AGREE: "agreed to a ceasefire ..., ending eight days of fighting": the end of
                # the fighting is what the agreement does, told with it, not a second act
                drop.add(id(e))
            elif ptype == "ACCUSE" and _rejection_restated(tok, evs, doc):
                # REJECT: "all rejections and refusals": "rejected the offer, calling it
                # unacceptable" gives the reason of the one rejection (coded REJECT), it
                # accuses the party whose offer it was of nothing
                drop.add(id(e))
            elif ptype == "ACCUSE" and _charge_denied(tok):
                # ACCUSE is the accuser's act: "calling accusations of authoritarianism a
                # narrative", "dismissed allegations of fraud": a charge with no author named,
                # the object of its denial, is no accusation by the one who denies it
                drop.add(id(e))
            elif ptype == "ACCUSE" and _charge_called_false(tok):
                # ACCUSE is to "express disapprovals ... accuse, allege, or charge"; calling a
                # charge or a claim against oneself groundless denies it (a denial, CAMEO 01
                # at most, which the manual leaves uncoded), it accuses no one
                drop.add(id(e))
            elif _granted_power(tok, e):
                # RETREAT is "resignations of government officials" and ceding territory or
                # power; an authority granted ("a law giving police the power to shoot
                # looters") hands over no state power, and what it allows has not happened
                drop.add(id(e))
            elif ptype == "MOBILIZE" and any(
                o.plover.get("type") == "ASSAULT" and _same_act(tok, doc[o.trigger["i"]])
                for o in evs
            ):
                # MOBILIZE ambiguities: a mobilization told with the assault it led to is
                # only the ASSAULT
                drop.add(id(e))
    return [e for e in events if id(e) not in drop]


#: what a law or an order grants: an authority to act, not state power
POWERS = frozenset({"power", "authority", "mandate", "right", "licence", "license"})
#: the marks of an authority, not the government itself: "sweeping powers", "emergency powers"
POWER_MODS = frozenset({"sweeping", "emergency", "special", "extra", "additional", "new", "wide",
    "broad", "expanded", "extraordinary", "greater", "more", "legal", "executive"})  # fmt: skip


def _granted_power(tok: Any, e: Any) -> bool:
    """ "a law giving police the power to shoot looters": the power handed over is an
    authority to act (plural, qualified, or with an infinitive), and the act it allows
    ("to shoot", "to detain") is no event."""
    if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in POWERS and tok.tag_ == "VB":
        return True  # the act an authority allows
    if e.plover.get("type") != "RETREAT" or e.plover.get("mode") != "resign":
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in POWERS:
            if c.tag_ == "NNS" or c.lower_ in ("powers", "rights"):
                return True
            if any(g.dep_ in ("acl", "relcl") and g.tag_ == "VB" for g in c.children):
                return True
            if any(g.dep_ == "amod" and g.lemma_.lower() in POWER_MODS for g in c.children):
                return True
    return False


def _protest_topic(tok: Any, protests: set[int]) -> bool:
    """A demand made in a protest: its verb hangs off a protest trigger ("marched demanding
    lower prices"), or its subject is the protesters or the protest itself."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].lemma_.lower() not in PROTESTERS and subj[0].dep_ != "relcl":
        if not (subj[0].pos_ == "PRON" and subj[0].lower_ in ("they", "who")):
            return False  # "and the government demanded an apology": another party's demand
    t = tok
    for _ in range(3):
        if t.dep_ in ("advcl", "xcomp", "acl", "conj", "relcl", "ccomp") and t.head.i in protests:
            return True
        if t.head.i == t.i:
            break
        t = t.head
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in PROTESTERS:
        return True  # "protesters who demanded"
    return bool(subj) and subj[0].lemma_.lower() in PROTESTERS


#: natural hazards an alert level is raised for ("raised the volcano alert", "the alert for
#: the typhoon"); narrower than DISASTERS, which also holds fires and explosions that a
#: security alert follows
# fmt: off
NATURAL_HAZARDS = frozenset({"avalanche", "blizzard", "cyclone", "drought", "earthquake",
    "eruption", "flood", "flooding", "floods", "heatwave", "hurricane", "landslide", "lava",
    "mudslide", "quake", "rain", "rains", "snowstorm", "storm", "tsunami", "typhoon", "volcano",
    "volcanic", "weather", "wildfire"})
# fmt: on


def _hazard_alert(tok: Any) -> bool:
    """The alert raised by ``tok`` names a natural hazard in its phrase ("raised the tsunami
    alert", "raised the alert level for Taal volcano")."""
    return any(t.lemma_.lower() in NATURAL_HAZARDS or t.lower_ in NATURAL_HAZARDS
               for t in tok.subtree)  # fmt: skip


def _for_disaster(tok: Any) -> bool:
    """The emergency's own phrase names a disaster ("after the earthquake", "over the
    floods", "to fight the epidemic")."""
    return any(t.lemma_.lower() in DISASTERS or t.lower_ in DISASTERS for t in tok.subtree)


def _same_act(mob: Any, assault: Any) -> bool:
    """ "units were deployed and returned fire": the mobilization and the assault are
    conjoined acts of one subject."""
    return (mob.dep_ == "conj" and mob.head.i == assault.i) or (
        assault.dep_ == "conj" and assault.head.i == mob.i
    )


# fmt: off
CROWDS = frozenset({"activist", "crowd", "demonstrator", "marcher", "mob", "protester",
    "protestor", "rioter", "student", "supporter"})
# fmt: on


def _pushed_back_crowd(tok: Any) -> bool:
    if tok.lemma_.lower() not in ("push", "drive", "force"):
        return False
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CROWDS for c in tok.children)


# fmt: off
#: verbs that end a protest movement without saying how ("stamped out the protests"); a
#: gathering "broken up" or "dispersed" is force on a crowd and stays ASSAULT (CAMEO 175)
QUELL_VERBS = frozenset({"stamp", "snuff", "root", "flush", "quash", "quell"})
#: words that name the force used on a crowd (manual: crowd-control needs "an explicit mention
#: of a crowd control weapon or tactic"; a killing or a beating is force too)
FORCE_WORDS = frozenset({"bullet", "baton", "beat", "beating", "cannon", "club", "fire", "gas",
    "grenade", "gun", "gunfire", "kill", "lathi", "live", "round", "shoot", "shot", "teargas",
    "tear", "violence", "violent", "violently", "wound", "dead", "death", "brutal", "brutally",
    "bloody", "bloodily", "tank", "truncheon", "whip"})
# fmt: on


def _crowd_quelled_without_force(tok: Any) -> bool:
    """ "Cuban authorities moved swiftly to stamp out the street protests": protests ended with
    no weapon, tactic or casualty named are COERCE `restrict`, like "cracked down on
    protesters" (manual, ASSAULT: "police pushed back protesters" is restrict); "with tear
    gas", "killing three" stay ASSAULT."""
    if tok.lemma_.lower() not in QUELL_VERBS:
        return False
    return not _lemmas(tok.sent) & FORCE_WORDS and not {t.lower_ for t in tok.sent} & FORCE_WORDS


#: words that name a people by its origin rather than a group or organization ("ethnic
#: Albanians", "the Asian minority"); villagers uprooted with no people named stay COERCE
PEOPLE_WORDS = frozenset({"ethnic", "minority"})


def _mass_expulsion(tok: Any) -> bool:
    """ "Serb forces expelled hundreds of thousands of ethnic Albanians from Kosovo": a people
    driven out of a land is CAMEO 201 mass expulsion (ASSAULT in the OEDA table), not the
    deportation of individuals or the expulsion of an organization (COERCE `deport`)."""
    if tok.lemma_.lower() not in ("expel", "banish", "cleanse"):
        return False
    obj = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not obj:
        return False
    words = {t.lemma_.lower() for t in obj[0].subtree} | {t.lower_ for t in obj[0].subtree}
    return bool(words & PEOPLE_WORDS)


# fmt: off
#: the event nouns of a military exercise
EXERCISES = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "game", "wargame",
    "war-game"})
# fmt: on


def _joint_exercise(tok: Any, actors: list[Any]) -> bool:
    """ "US and South Korean forces began naval drills": an exercise held by two or more
    states together (manual, MOBILIZE: "Joint military operations are coded as COOPERATE but
    single-country exercises should be coded as MOBILIZE")."""
    if tok.lemma_.lower() not in EXERCISES:
        return False
    countries = {a.country for a in actors if a.country}
    joint = any(c.lower_ in ("joint", "combined", "bilateral", "trilateral") for c in tok.children)
    return len(countries) > 1 or (joint and len(actors) > 1)


# fmt: off
#: what a crowd blocks in protest ("blocked roads", "barricaded the fuel depots")
PASSAGES = frozenset({"road", "highway", "motorway", "street", "route", "bridge", "crossing",
    "junction", "railway", "rail", "track", "depot", "refinery", "toll", "booth", "entrance",
    "access", "port", "airport", "terminal", "avenue", "square", "roadway", "freeway"})
#: who blocks in protest
BLOCKERS = CROWDS | frozenset({"farmer", "trucker", "driver", "worker", "striker", "villager",
    "resident", "protestor", "miner", "fisherman", "taxi", "vest"})
CIVIL_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "ETH", "REL", "HLH", "MED"})
# fmt: on


def _subject_of(tok: Any) -> Any | None:
    """The subject of a verb, or of the verb it is coordinated with ("set up tents and blocked
    roads")."""
    for v in (tok, tok.head if tok.dep_ == "conj" else None):
        if v is None:
            continue
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
    return None


def _crowd_blocks_passage(tok: Any, actors: list[Any]) -> bool:
    """ "Yellow vest protesters blocked roads and fuel depots", "farmers blocked the highway":
    a crowd obstructing passage is PROTEST `obstruct` (CAMEO 144), not a blockade by a state
    (COERCE 191) nor a cut in supplies (SANCTION)."""
    if tok.lemma_.lower() not in ("block", "blockade", "barricade", "obstruct", "occupy"):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.conjuncts]
    if not any(o.lemma_.lower() in PASSAGES for o in objs):
        return False
    subj = _subject_of(tok)
    if subj is not None and {t.lemma_.lower() for t in subj.subtree} & BLOCKERS:
        return True
    sectors = {x for a in actors for x in (a.sectors or [])}
    return bool(sectors & CIVIL_SECTORS) and not sectors & {"GOV", "MIL", "COP", "SPY"}


def _dismissed_people(tok: Any) -> bool:
    """ "dismissed the demonstrators as a handful of looters": people, not a claim, waved away
    as something is a disparagement (ACCUSE, CAMEO 111), not a rejection."""
    if tok.lemma_.lower() not in ("dismiss", "brand", "write"):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False
    obj = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(obj) and (obj[0].lemma_.lower() in BLOCKERS or obj[0].ent_type_ in ("PERSON",))


def _under_credit(tok: Any) -> bool:
    """ "shipped 40,000 tonnes of diesel to Sri Lanka under a $500 million credit line": goods
    sent on credit given to the buyer are AID (manual, AID: "monetary aid and financial
    guarantees, grants, gifts and credit")."""
    for t in _phrase(tok):
        if t.dep_ == "pobj" and t.head.lower_ == "under":
            if _lemmas(t.subtree) & {"credit", "grant", "loan", "aid", "assistance"}:
                return True
    return False


#: words that make a shipment of arms a sale
# fmt: off
SALE_WORDS = frozenset({"sell", "sale", "sold", "purchase", "buy", "bought", "order", "contract",
    "deal", "export", "buyer", "customer", "price", "pay", "paid"})
# fmt: on


def _arms_shipped_as_aid(tok: Any) -> bool:
    """ "Washington shipped long-range missiles to Kyiv": arms shipped to a state with no sale
    said are military aid (AID: "military assistance ... arms"); "shipped the jets Greece had
    ordered" stays a sale (COOPERATE)."""
    if tok.lemma_.lower() != "ship":
        return False
    return not (_lemmas(tok.sent) | {t.lower_ for t in tok.sent}) & SALE_WORDS


COURTS = frozenset({"court", "judge", "tribunal", "arbitrator", "arbitration", "panel", "jury"})


def _court_ordered_payment(tok: Any) -> bool:
    """ "a court ordered Iran to pay $2 billion to the victims"."""
    if tok.lemma_.lower() not in ("order", "sentence", "require", "direct"):
        return False
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
    if not subj or not any(t.lemma_.lower() in COURTS for t in subj[0].subtree):
        return False
    return any(
        t.lemma_.lower() in ("pay", "compensate", "compensation", "damages", "fine", "reimburse")
        for t in _complement(tok)
    )


# fmt: off
RELIEF = frozenset({"cyclone", "disaster", "earthquake", "evacuate", "evacuation", "flood",
    "flooding", "humanitarian", "hurricane", "landslide", "quake", "relief", "rescue", "survivor",
    "tsunami", "typhoon", "victim", "wildfire", "sandbag", "levee", "dyke", "dike", "tent",
    "medicine", "blanket"})
# fmt: on


def _for_relief(tok: Any) -> bool:
    """ "deployed troops to help earthquake victims", "sent soldiers for flood relief"."""
    words = _lemmas([t for t in tok.subtree if t.i != tok.i])  # not "police flooded the streets"
    return bool(words & RELIEF) and not words & {
        "attack",
        "offensive",
        "fight",
        "border",
        "rebel",
        "militant",
        "insurgent",
    }


# fmt: off
DIPLOMATS = frozenset({"ambassador", "attache", "attaché", "charge", "chargé", "consul",
    "delegation", "diplomat", "embassy", "envoy", "inspector", "military", "mission", "monitor",
    "observer", "official", "peacekeeper"})
GROUPS = frozenset({"agency", "broadcaster", "charity", "correspondent", "employee", "foreigner",
    "group", "journalist", "media", "missionary", "ngo", "organisation", "organization",
    "reporter", "staff", "volunteer", "worker"})
#: a state's own envoys and forces: expelling them is SANCTION expel (or peacekeepers, 1661)
STATE_ENVOYS = frozenset({"ambassador", "attache", "attaché", "charge", "chargé", "commissioner",
    "consul", "consul-general", "delegation", "diplomat", "embassy", "envoy", "military",
    "peacekeeper", "peacekeeping", "troop", "soldier", "force", "contingent", "adviser", "advisor"})
#: inspectors, monitors and the staff of an international body's office or mission: expelling
#: them is SANCTION expel in the OEDA table (CAMEO 1662 inspectors and observers)
INSPECTORS = frozenset({"inspector", "inspection", "monitor", "observer", "investigator",
    "rapporteur", "fact-finder", "un", "u.n.", "nations", "osce", "iaea", "unhcr", "unicef"})
# fmt: on


def _group_expelled(tok: Any) -> bool:
    """ "expelled the staff of a US-funded NGO from the country": a group or organization put
    out of a country; not a state's diplomats or forces, nor an international body's inspectors,
    monitors or staff (SANCTION expel: CAMEO 1661, 1662 in the OEDA table), and not a member
    expelled from a party."""
    if tok.lemma_.lower() in ("withdraw", "recall", "pull", "evacuate", "bring"):
        return False  # "withdrew its election observers": one's own people called home
    obj = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not obj:
        return False
    words = _lemmas(list(obj[0].subtree))
    if words & (STATE_ENVOYS | DIPLOMATS | INSPECTORS):
        return False  # ambassadors, peacekeepers, UN inspectors and staff stay SANCTION expel
    if _aid_agency(obj[0]):
        return False  # aid agencies and their staff: CAMEO 1663, SANCTION expel in the table
    if obj[0].lemma_.lower() not in GROUPS and not words & {"ngo"}:
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            if any(t.lemma_.lower() in ("party", "union", "alliance", "bloc", "league",
                                        "association", "federation", "body", "council",
                                        "committee", "organization", "organisation")
                   for t in c.subtree):  # fmt: skip
                return False
    return True


# fmt: off
COMBATANTS = frozenset({"combatant", "commander", "conscript", "fighter", "guerrilla",
    "guerrillas", "gunman", "insurgent", "jihadist", "marine", "mercenary", "militant",
    "militiaman", "officer", "paratrooper", "pilot", "rebel", "sailor", "serviceman", "servicemen",
    "soldier", "troop"})
# fmt: on


def _combatants_captured(tok: Any, actors: list[Any]) -> bool:
    """ "Ukrainian troops captured 12 Russian soldiers": a fighting side takes enemy fighters
    (police arresting suspected militants stays COERCE arrest)."""
    if tok.lemma_.lower() not in ("capture", "seize", "take", "nab", "grab"):
        return False
    if not any(set(a.sectors or []) & COMBATANT_SECTORS for a in actors):
        return False
    obj = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(obj) and obj[0].lemma_.lower() in COMBATANTS


#: words that cut or suspend what they govern ("cut assistance", "a suspension of aid")
# fmt: off
CUTS = frozenset({"curtail", "cut", "cutback", "cutoff", "cuts", "freeze", "froze", "halt",
    "reduce", "reduction", "slash", "suspend", "suspension", "withhold", "withdraw", "withdrawal"})
AID_NOUNS = frozenset({"aid", "assistance", "donation", "funding", "grant", "loan", "relief"})
#: a part of the aid is cut: "part of the annual military aid was suspended"
PARTS = frozenset({"half", "part", "portion", "some", "most", "much", "share", "third", "quarter",
    "tranche"})
# fmt: on


def _aid_cut(tok: Any) -> bool:
    """ "Sweden cut assistance to ..." (parsed as a compound noun), "aid cuts", "a suspension of
    aid", "part of the military aid was suspended": the aid noun stands under a cutting word."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in AID_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in CUTS for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "compound" and head.lemma_.lower() in CUTS:
        return True  # "aid cuts", "aid suspension"
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "in", "to"):
        noun = head.head
        if noun.lemma_.lower() in CUTS and noun.pos_ == "NOUN":
            return True  # "a cut in aid", "the suspension of assistance"
        if noun.lemma_.lower() in PARTS and noun.dep_ in ("nsubjpass", "dobj"):
            return noun.head.lemma_.lower() in CUTS  # "part of the aid was suspended"
    return False


#: what goods change hands under: a sale or a contract (not an aid programme); a bare "deal"
#: only when it is priced or an arms deal ("granted asylum under a deal with mediators" is AID)
DEALS = frozenset({"contract", "order", "purchase", "sale", "sales"})
#: participles that make what is delivered a purchase ("jets ordered by Greece")
BOUGHT = frozenset({"order", "buy", "purchase", "procure", "commission"})
PRICED = frozenset({"$", "arms", "billion", "dollar", "euro", "million", "weapons"})


def _sold_under_deal(tok: Any) -> bool:
    """ "delivered fighter jets to China under a $1 billion arms deal", "supplied howitzers as
    part of a sale": a delivery under a deal of sale; "sent aid under an aid deal" stays AID."""
    if tok.pos_ != "VERB":
        return False
    if _lemmas(_phrase(tok)) & (AID_NOUNS | {"humanitarian", "emergency"}):
        return False  # "sent weapons ordered by Congress under an aid package"
    for o in tok.children:
        if o.dep_ != "dobj":
            continue
        for t in o.subtree:
            # "delivered the first six of 24 Rafale jets ordered by Greece": goods bought
            if t.dep_ == "acl" and t.lemma_.lower() in BOUGHT and t.tag_ == "VBN":
                return True
    for t in _phrase(tok):
        if t.dep_ != "pobj" or t.head.lower_ not in ("under", "of"):
            continue
        words = _lemmas(t.subtree)
        if t.lemma_.lower() in DEALS or (t.lemma_.lower() == "deal" and words & PRICED):
            if words & (AID_NOUNS | {"humanitarian", "emergency"}):
                return False
            if t.head.lower_ == "of" and t.head.head.lemma_.lower() != "part":
                continue
            return "asylum" not in _lemmas(_phrase(tok))
    return False


#: people, not diplomats or troops, ordered out of a country
# fmt: off
PEOPLE = frozenset({"asylum-seeker", "citizen", "family", "foreigner", "immigrant", "migrant",
    "national", "people", "refugee", "resident", "worker"})
# fmt: on


#: counts and parts of a crowd ordered out ("thousands of migrants", "part of the workers")
CROWD_COUNTS = PARTS | {"thousand", "hundred", "million"}


def _people_ordered_out(tok: Any) -> bool:
    """ "ordered all undocumented Afghans to leave the country", "told thousands of Haitian
    migrants to leave": a mass of people put out (diplomats, troops, missions stay SANCTION)."""
    if tok.lemma_.lower() not in ("order", "tell", "instruct"):
        return False
    o = _counted_patient(tok, lambda n: n.lemma_.lower() in CROWD_COUNTS)
    if o is None:
        return False
    words = _lemmas(list(o.subtree))
    if words & (DIPLOMATS | {"troop", "soldier", "force", "contingent", "staff", "agency"}):
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children) or "own" in words:
        return False  # "told its citizens to leave Syria": its own people, no deportation
    return o.lemma_.lower() in PEOPLE or _a_people(o)  # "Afghans", "Haitians"


AUTHORIZE = frozenset({"authorise", "authorize", "empower", "mandate"})


def _force_authorized(tok: Any) -> bool:
    """ "authorized member states to use all necessary means to drive Iraq out of Kuwait": the
    attack stands in the complement of an authorizing verb (a few steps up)."""
    t = tok
    for _ in range(5):
        if t.dep_ not in ("xcomp", "advcl", "acl", "pcomp", "pobj", "prep", "dobj", "ccomp"):
            return False
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in AUTHORIZE:
            return True
    return False


#: people a state sends back (not captives it releases, not refugees repatriated)
DEPORTEES = frozenset({"asylum-seeker", "deportee", "immigrant", "migrant"})


def _people_sent_back(tok: Any) -> bool:
    """ "Thailand sent more than 100 Uighurs back to China", "Cuban migrants were returned by
    the coast guard to Havana": people (migrants, or a people named by its plural) sent back."""
    if tok.lemma_.lower() not in ("send", "return", "ship", "fly", "deport", "repatriate"):
        return False
    o = _counted_patient(
        tok, lambda n: n.lemma_.lower() in ("thousand", "hundred", "dozen") or n.pos_ == "NUM"
    )
    return o is not None and (o.lemma_.lower() in DEPORTEES or _a_people(o))


def _counted_patient(tok: Any, is_count: Any) -> Any | None:
    """Who ``tok`` acts on (its object, or its passive subject), looking through a count
    ``is_count`` accepts to what it counts ("thousands of migrants", "part of the workers")."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and is_count(obj):
        inner = [t for t in obj.subtree if t.dep_ == "pobj"]
        obj = inner[0] if inner else obj
    return obj


def _a_people(tok: Any) -> bool:
    """A people named by its plural: "Afghans", "Uighurs", "Haitians" (capitalized, plural,
    not the first word of the sentence)."""
    return (
        tok.tag_ in ("NNS", "NNPS")
        and tok.text[:1].isupper()
        and not tok.is_sent_start
        and tok.ent_type_ in ("", "NORP")
    )


#: bodies one is admitted to as a member
# fmt: off
BODIES = frozenset({"alliance", "association", "bloc", "club", "commonwealth", "community",
    "council", "federation", "group", "league", "nations", "organisation", "organization",
    "union"})
#: who is let in to see or help (RETREAT access), not admitted as a member
VISITORS = frozenset({"aid", "convoy", "delegation", "inspector", "investigator", "journalist",
    "monitor", "observer", "peacekeeper", "reporter", "team", "truck", "worker"})
# fmt: on


def _admitted_member(tok: Any) -> bool:
    """ "Vietnam was formally admitted to ASEAN", "admitted Finland into the alliance": a
    state let into an organization (inspectors admitted to a site stay RETREAT access)."""
    if tok.lemma_.lower() != "admit":
        return False
    obj = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not obj or _lemmas(list(obj[0].subtree)) & VISITORS:
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "into"):
            for p in c.children:
                if p.dep_ == "pobj" and (p.ent_type_ == "ORG" or p.lemma_.lower() in BODIES):
                    return True
    return False


# --- forces sent abroad: help asked for, peacekeeping, invasion ------------------------------

#: what a host's call for forces is named ("at the request of the Mozambican government")
# fmt: off
HOST_CALLS = frozenset({"request", "invitation", "behest", "plea", "appeal", "call"})
PEACE_FORCES = frozenset({"peacekeeper", "peacekeeping", "blue-helmet", "peace-keeper",
    "peace-keeping", "peacekeepers"})
#: what crosses a border in an invasion ("sent tanks across the border")
FRONTIERS = frozenset({"border", "frontier", "boundary"})
#: the verbs of forces moved (MOBILIZE) that can carry them into another's land
INVADING_MOVES = frozenset({"send", "move", "roll", "push", "deploy", "dispatch", "march",
    "pour", "order", "rush"})
#: exercises forces are sent abroad for
DRILLS = frozenset({"exercise", "drill", "drills", "manoeuvre", "maneuver", "manoeuvres",
    "maneuvers", "training", "wargame", "war-game", "parade"})
# fmt: on


def _place_countries(tok: Any, preps: tuple[str, ...]) -> set[str]:
    """Countries of the places named under ``preps`` on ``tok`` (or on its object):
    "sent troops to Cabo Delgado" → {"MOZ"}."""
    from .extract import _place_of  # (a late import: extract imports this module)

    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    out: set[str] = set()
    for h in heads:
        for c in h.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    for q in (p, *p.conjuncts):
                        hit = _place_of(q, loose=True)
                        if hit is not None and hit[1]:
                            out.add(hit[1])
    return out


def _foreign(places: set[str], actors: list[Any]) -> bool:
    own = {a.country for a in actors if getattr(a, "country", None)}
    return bool(places) and bool(own) and not places <= own


def _host_request(tok: Any, actors: list[Any]) -> bool:
    """ "deployed 1,000 soldiers to Cabo Delgado at the request of the Mozambican government",
    "sent troops to Honiara at the prime minister's request": forces sent into another state
    because its government asked for them (a state's forces sent at home at a mayor's request
    stay a deployment)."""
    asked = False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "upon", "on", "following", "after"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in HOST_CALLS:
                    asked = True
    if not asked:
        return False
    return _foreign(_place_countries(tok, ("to", "into", "in")), actors)


def _peacekeepers_moved(tok: Any) -> bool:
    """ "West African peacekeepers landed in Monrovia", "deployed 500 peacekeepers to Haiti":
    the forces that arrive or are sent are peacekeepers."""
    if tok.lemma_.lower() not in (
        "land", "arrive", "deploy", "send", "dispatch", "station", "fly", "enter", "move", "rush"
    ):  # fmt: skip
        return False
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            words = _lemmas(list(c.subtree)) | {t.lower_ for t in c.subtree}
            if words & PEACE_FORCES:
                return True
    return False


def _invasion(tok: Any, actors: list[Any]) -> bool:
    """ "sent tanks across the border from Belarus", "responded by sending tanks and warplanes
    into southern Lebanon": forces moved over a frontier or into another state's land, not to
    a border or along it (a show of force), nor sent to help (AID)."""
    if tok.lemma_.lower() not in INVADING_MOVES:
        return False
    if _lemmas(list(tok.subtree)) & (PEACE_FORCES | DRILLS):
        return False  # "sent troops into Belarus for joint drills": an exercise, no invasion
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "across":
            if any(p.dep_ == "pobj" and p.lemma_.lower() in FRONTIERS for p in c.children):
                return True
    return _foreign(_place_countries(tok, ("into",)), actors)


#: what makes a group an aid agency (CAMEO 1663 "expel or withdraw aid agencies")
# fmt: off
AID_AGENCY_WORDS = frozenset({"aid", "humanitarian", "relief", "charity", "ngo", "ngos",
    "non-governmental", "nongovernmental", "refugee"})
AGENCY_HEADS = frozenset({"agency", "group", "organisation", "organization", "charity", "ngo",
    "ngos", "worker", "staff", "council", "committee", "society", "mission", "employee",
    "volunteer", "body", "operation"})
#: what an order out tells its objects to do ("to leave the country", "to halt its work")
LEAVING = frozenset({"leave", "quit", "depart", "exit", "go", "vacate"})
#: envoys and missions ordered out (forces ordered out are sanction.order_out's: "the force"
#: alone may be one's own)
ENVOYS_OUT = frozenset({"ambassador", "attache", "attaché", "charge", "chargé", "consul",
    "consul-general", "commissioner", "delegation", "diplomat", "embassy", "envoy", "mission",
    "inspector", "monitor", "observer"})
HALTING = frozenset({"halt", "stop", "cease", "suspend", "end", "close", "shut", "wind"})
# fmt: on


def _aid_agency(obj: Any) -> bool:
    """ "foreign aid groups", "13 humanitarian agencies", "the staff of a British aid charity",
    "one of the largest aid groups": an aid agency or its staff."""
    head = obj
    inner = [t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"]
    if head.lemma_.lower() not in AGENCY_HEADS and inner:
        head = inner[0]  # "one of the largest aid groups", "dozens of aid workers"
    words = {t.lemma_.lower() for t in obj.subtree} | {t.lower_ for t in obj.subtree}
    return bool(words & AID_AGENCY_WORDS) and (
        head.lemma_.lower() in AGENCY_HEADS or bool(words & {"ngo", "ngos", "charity"})
    )


def _ordered_out(tok: Any, actors: list[Any]) -> str | None:
    """The CAMEO code of an expulsion a REQUEST or SANCTION trigger makes: "ordered foreign aid
    groups to leave Rakhine" (1663), "ordered the refugee council to halt its work in Darfur"
    (1663), "ordered diplomats from seven countries to leave" (166), "expelled ten aid agencies"
    (1663). Not "told the inspectors to leave Iraq" of a state whose land it is not (a demand
    to a third party), nor an order to one's own fighters."""
    lemma = tok.lemma_.lower()
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    if lemma in ("expel", "oust", "eject", "kick", "throw") and _aid_agency(obj):
        return "1663"
    if lemma not in ("order", "tell", "instruct", "direct"):
        return None
    comp = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    if not comp:
        return None
    verb = comp[0].lemma_.lower()
    from .extract import _place_of  # (a late import: extract imports this module)

    left = {hit[1] for c in comp[0].children if c.dep_ == "dobj"
            if (hit := _place_of(c, loose=True)) is not None and hit[1]}  # fmt: skip
    if _foreign(left, actors):
        return None  # "told the inspectors to leave Iraq": a demand about another's land
    aid = _aid_agency(obj)
    if aid and (verb in LEAVING or verb in HALTING):
        return "1663"
    words = _lemmas(list(obj.subtree))
    if verb in LEAVING and words & ENVOYS_OUT:
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            return None  # "ordered its diplomats to leave Kabul": its own envoys called home
        return "166"
    return None


# --- sanctions read as coercion; demands read as yielding -----------------------------------

# fmt: off
#: lists of trusted partners a state is struck off ("removed South Korea from its white list")
TRUST_LISTS = frozenset({"list", "whitelist", "white-list"})
BLACK_LISTS = frozenset({"black", "blacklist", "terror", "terrorism", "sponsor", "watchlist",
    "grey", "gray", "sanction", "sanctions"})
#: money a state is cut off from ("blocked Afghanistan's access to its reserves")
FUNDS = frozenset({"reserve", "reserves", "fund", "funds", "asset", "assets", "financing",
    "finance", "credit", "loan", "lending", "market", "markets", "swift", "account", "money",
    "dollar", "payment", "bank", "banking"})
#: bodies whose members are expelled (SANCTION expel: "from a group, organization, political
#: party")
PARTY_BODIES = frozenset({"party", "league", "movement", "congress", "alliance", "bloc", "union",
    "caucus", "faction", "club", "federation", "association", "leadership", "politburo",
    "committee", "council"})
#: a crowd's voice that carries a demand ("chanting for the president to resign")
VOICING = frozenset({"chant", "shout", "sing", "scream", "cry", "yell", "roar", "clamour",
    "clamor", "chorus"})
#: nouns of a demand whose content is not done ("defied an army order to leave their homes")
DEMAND_NOUNS = frozenset({"order", "demand", "call", "ultimatum", "request", "appeal", "deadline",
    "instruction", "directive", "summons", "plea"})
# fmt: on


def _off_trusted_list(tok: Any) -> bool:
    """ "approved the removal of South Korea from a list of trusted trading partners",
    "struck Seoul off its white list": a state dropped from a list of preferred partners (not
    from a blacklist, which eases a sanction)."""
    if tok.lemma_.lower() not in ("remove", "removal", "drop", "strike", "delist", "exclude",
                                  "exclusion", "take", "scrap"):  # fmt: skip
        return False
    heads = [tok, *([tok.head] if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else [])]
    heads += [p for h in list(heads) for c in h.children if c.dep_ == "prep"
              for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "prep" and c.lower_ in ("from", "off"):
            words = _lemmas(list(c.subtree)) | {t.lower_ for t in c.subtree}
            if words & TRUST_LISTS and not words & BLACK_LISTS:
                return True
    return False


def _access_blocked(tok: Any) -> bool:
    """ "the IMF blocked Afghanistan's access to its reserves", "cut Russian banks' access to
    SWIFT": a state or its banks cut off from money."""
    if tok.lemma_.lower() not in ("block", "cut", "freeze", "deny", "suspend", "restrict", "halt",
                                  "bar", "curb", "limit"):  # fmt: skip
        return False
    for o in tok.children:
        if o.dep_ in ("dobj", "nsubjpass", "dative") and o.lemma_.lower() == "access":
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "to":
                    if _lemmas(list(c.subtree)) & FUNDS or any(
                        t.lower_ in FUNDS for t in c.subtree
                    ):
                        return True
    return False


def _member_expelled(tok: Any) -> bool:
    """ "the ruling party expelled the sacked vice president", "was expelled from the party":
    a member put out of a party or a body (not a person put out of a country)."""
    if tok.lemma_.lower() not in ("expel", "oust", "eject", "kick", "throw", "purge"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in PARTY_BODIES - {"council", "union"}:
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            if any(p.dep_ == "pobj" and p.lemma_.lower() in PARTY_BODIES for p in c.children):
                return True
    return False


def _voiced_demand(tok: Any) -> bool:
    """ "chanting for President Aristide to resign": what a crowd chants for is its demand."""
    return tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in VOICING


def _demanded_not_done(tok: Any) -> bool:
    """ "defied an army order to leave their homes": the act is what an order or a demand
    asked for (the demand is its own event), not an act done."""
    return tok.dep_ == "acl" and tok.head.lemma_.lower() in DEMAND_NOUNS


#: harm done to people in the course of an act ("injuring several sailors")
HARMS = frozenset({"injure", "wound", "kill", "maim", "hurt", "slay"})


def _harm_done(tok: Any) -> bool:
    """ "boarded Philippine navy boats, injuring several sailors", "raided the offices, wounding
    two guards": the act's own participle clause says people were hurt or killed."""
    if tok.lemma_.lower() not in ("board", "raid", "ram", "storm"):
        return False  # (a town seized or captured by force stays COERCE 192, the table's)
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in HARMS
        and any(o.dep_ == "dobj" for o in c.children)
        for c in tok.children
    )  # fmt: skip


#: a crowd whose demand is a protest ("demonstrators demanding", "students demanding")
DEMANDING_CROWDS = PROTESTERS | BLOCKERS | frozenset({"youth", "worker", "opponent"})


def _crowd_demand(tok: Any) -> bool:
    """ "Tear gas at demonstrators demanding the end of his rule", "fired on thousands of
    students demanding reform": a participle on a crowd that someone else acts on, a demand
    made as a protest that is not itself coded (a crowd that is the subject of its own march
    or strike has that protest coded, and the demand is pruned as its topic)."""
    if tok.pos_ != "VERB":
        return False
    if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl") and tok.i > tok.sent.start:
        # "used water cannon against demonstrators demanding ...": the participle right
        # after the crowd, hung on the main verb by the parser
        prev = tok.doc[tok.i - 1]
        return prev.lemma_.lower() in DEMANDING_CROWDS and prev.dep_ in ("pobj", "dobj")
    if tok.dep_ != "acl":
        return False
    head = tok.head
    if head.dep_ in ("nsubj", "nsubjpass"):
        return False
    crowd = [head, *(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj")]  # fmt: skip
    return any(c.lemma_.lower() in DEMANDING_CROWDS for c in crowd)


#: acts that conclude an agreement, whose effect a participle may tell
AGREEING = frozenset({"agree", "sign", "reach", "conclude", "seal", "broker", "ink"})


def _agreement_effect(tok: Any) -> bool:
    """ "Agreed to a ceasefire on Wednesday, ending eight days of fighting": the participle
    tells what the agreement ends."""
    return (
        tok.lemma_.lower() == "end"
        and tok.tag_ == "VBG"
        and tok.dep_ in ("advcl", "xcomp")
        and tok.head.lemma_.lower() in AGREEING
    )


#: where people live: a mob burning houses or villages attacks their inhabitants
DWELLINGS = frozenset({"house", "home", "village", "neighbourhood", "neighborhood", "hut",
    "dwelling", "homestead", "hamlet", "settlement"})  # fmt: skip
BURNING = frozenset({"burn", "torch", "set", "raze", "firebomb", "petrol-bomb"})


def _homes_burned(tok: Any) -> bool:
    """ "Christian and Muslim mobs burned dozens of houses", "rioters set fire to villages": homes
    (plural: not one official's residence stormed by protesters) burned by a crowd."""
    if tok.lemma_.lower() not in BURNING:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objs += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    objs += [c for o in objs for c in o.conjuncts]
    return any(o.lemma_.lower() in DWELLINGS and o.tag_ == "NNS" for o in objs)


#: the public, addressed by a hazard warning
PUBLIC = frozenset({"resident", "villager", "people", "public", "citizen", "inhabitant",
    "motorist", "traveller", "traveler", "household", "population", "tourist", "visitor",
    "family", "driver", "commuter"})  # fmt: skip
WEATHER = NATURAL_HAZARDS | frozenset({"heat", "snow", "snowfall", "wind", "winds", "weather",
    "volcano", "volcanic", "ash", "cold", "frost", "fog", "hail"})  # fmt: skip


def _hazard_advice(tok: Any) -> bool:
    """ "Urged residents to avoid travel" as heavy snow falls, "ordered villagers within 20
    kilometres of the volcano to leave": the public told what to do about a natural hazard."""
    told = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubj")]
    told += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if not any(t.lemma_.lower() in PUBLIC for t in told):
        return False
    return bool(_lemmas(tok.sent) & WEATHER)


#: where the strikers work: a firm's premises or the firm itself
WORKPLACES = frozenset({"plant", "factory", "warehouse", "firm", "company", "chain",
    "corporation", "carmaker", "automaker", "mill", "store", "outlet", "subsidiary"})  # fmt: skip
PAY = frozenset({"pay", "wage", "wages", "salary", "salaries", "bonus", "bonuses", "condition",
    "conditions", "contract", "overtime", "pension"})  # fmt: skip
STRIKE_WORDS = frozenset({"strike", "walkout", "stoppage", "walk"})


def _company_dispute(tok: Any) -> bool:
    """ "Workers at the carmaker's plant in Ulsan went on a partial strike over pay", "nurses at
    a private hospital chain ended their strike after the management agreed to raise
    salaries": a strike at a firm over pay (not a state-owned plant's workers jeering the
    president, not rail workers striking against a reform)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    words = _lemmas(_phrase(verb))
    if not words & STRIKE_WORDS or not _lemmas(tok.sent) & PAY:
        return False
    subj = _subject_of(verb)
    if subj is None:
        return False
    who = list(subj.subtree)
    if any(t.lower_ in ("state-owned", "state", "public", "government") for t in who):
        return False
    if _lemmas(who) & WORKPLACES:
        return True
    unions = _lemmas(who) & {"union", "federation", "confederation", "congress", "sector"}
    return not unions and any(
        t.ent_type_ == "ORG" or (t.lower_ == "private" and t.dep_ == "amod") for t in who
    )
