"""Why Tacitus coded what it coded: one sentence at a time, every decision with its reason.

:func:`explain` turns a finished :class:`~tacitus.records.Analysis` into plain dicts (for
``tacitus explain --json``) and :func:`render` prints them. Per sentence: the text and
offsets; the parse (token, lemma, POS, dependency, head); the actor mentions and how each was
resolved (kind, entity id, term of office, confidence); each event with the pattern that
fired and the extractor's trace, why its PLOVER type/mode/contexts and CAMEO code (with the
Goldstein score), its flags and the words behind them, its date and place with their reasons;
the quotations that open in the sentence and their speakers; and, when a sentence gave no
event, the verbs and event nouns that were considered and why none fired.
"""

from __future__ import annotations

from typing import Any

from . import codes
from .evaluate.report import table
from .events import flags as flagmod
from .records import Actor, Analysis, Event, Mention


def _patterns() -> Any:
    from .events.patterns import default

    return default()


def _term(actor: Actor | None, date: str | None) -> dict[str, Any] | None:
    """The term of office the person resolved to, where the knowledge base records one."""
    if actor is None or not actor.entity_id:
        return None
    from .actors.kb import KnowledgeBase

    try:
        term = KnowledgeBase.default().term(actor.entity_id, date)
    except KeyError:
        return None
    if not term.term_start:
        return None
    return {"role": term.role, "start": term.term_start, "end": term.term_end,
            "in_office": term.in_office(date)}  # fmt: skip


def _actor(actor: Actor, date: str | None) -> dict[str, Any]:
    return {
        "text": actor.text,
        "name": actor.name,
        "country": actor.country,
        "cameo_code": actor.cameo_code,
        "sectors": list(actor.sectors),
        "entity_id": actor.entity_id,
        "resolution": actor.resolution,
        "confidence": actor.confidence,
        "term": _term(actor, date),
    }


def _mention(m: Mention, date: str | None) -> dict[str, Any]:
    out = {"text": m.text, "start": m.start, "end": m.end, "kind": m.kind}
    out["actor"] = _actor(m.actor, date) if m.actor is not None else None
    return out


def _flag_reasons(tok: Any, flags: dict[str, bool]) -> dict[str, str]:
    """The words in the predicate's clause behind each flag that is set (best effort)."""
    chain = [tok]
    cur = tok
    while cur.dep_ in ("xcomp", "conj", "pcomp", "acl") and cur.head is not cur and len(chain) < 4:
        cur = cur.head
        chain.append(cur)
    if tok.pos_ in ("NOUN", "PROPN") and tok.head is not tok:
        chain.append(tok.head)
    words: dict[str, list[str]] = {"negated": [], "future": [], "hypothetical": []}
    for i, t in enumerate(chain):
        lemma = t.lemma_.lower()
        for c in t.children:
            low = c.lower_
            if c.dep_ == "neg" or (low in flagmod.NEGATORS and c.dep_ in ("advmod", "det")):
                words["negated"].append(f"'{c.text}' on '{t.text}'")
            if c.dep_ == "aux" and (low in flagmod.FUTURE_AUX or low == "would"):
                words["future"].append(f"auxiliary '{c.text}' on '{t.text}'")
            if c.dep_ == "aux" and low in flagmod.HYPOTHETICAL_AUX:
                words["hypothetical"].append(f"auxiliary '{c.text}' on '{t.text}'")
            if c.dep_ == "mark" and low in flagmod.CONDITIONAL_MARKS:
                words["hypothetical"].append(f"'{c.text}' introduces '{t.text}'")
            if c.dep_ in ("amod", "compound") and low in (
                "future",
                "planned",
                "upcoming",
                "proposed",
                "next",
            ):
                words["future"].append(f"'{c.text}' on '{t.text}'")
        if i > 0 and lemma in flagmod.NEGATING_HEADS:
            words["negated"].append(f"under '{t.text}'")
        if i > 0 and lemma in flagmod.FUTURE_HEADS:
            words["future"].append(f"under '{t.text}'")
    return {k: "; ".join(v) or "from the clause" for k, v in words.items() if flags.get(k)}


def _why_codes(ev: Event) -> dict[str, Any]:
    rule_id = ev.rule.split(" | ")[0]
    pattern = _patterns().by_id.get(rule_id)
    code = ev.cameo.get("code")
    try:
        cam = codes.cameo(code)
        cameo = {"code": cam.code, "name": cam.name, "root": cam.root,
                 "quad_class": cam.quad_class, "goldstein": cam.goldstein}  # fmt: skip
    except (KeyError, TypeError):
        cameo = dict(ev.cameo)
    if pattern is None:
        why = "no pattern record"
    elif code != pattern.cameo and "→" in ev.rule:
        why = f"pattern {pattern.id} gives CAMEO {pattern.cameo}; changed to {code} (see trace)"
    elif code != pattern.cameo:
        why = f"pattern {pattern.id} gives CAMEO {pattern.cameo}; the object refines it to {code}"
    else:
        why = f"pattern {pattern.id} gives CAMEO {code}"
    if pattern is not None and pattern.plover and ev.plover.get("type") == pattern.plover:
        why += f"; the pattern sets PLOVER {pattern.plover}" + (
            f"/{pattern.mode}" if pattern.mode else ""
        )
    else:
        why += f"; CAMEO {code} → PLOVER {ev.plover.get('type')} by our crosswalk (codes/data/cameo_plover.tsv)"
    sense = None
    if pattern is not None:
        sense = {"id": pattern.id, "kind": pattern.kind, "lemmas": list(pattern.lemmas),
                 "cameo": pattern.cameo, "recipient_slots": list(pattern.recipient),
                 "confidence": pattern.confidence, "line": pattern.line}  # fmt: skip
    return {"pattern": sense, "cameo": cameo, "why": why}


def _event(ev: Event, doc: Any, date: str | None) -> dict[str, Any]:
    rule_id, _, trace = ev.rule.partition(" | ")
    tok = doc[ev.trigger["i"]] if "i" in ev.trigger else None
    codes_why = _why_codes(ev)
    return {
        "event_id": ev.event_id,
        "trigger": ev.trigger,
        "rule": rule_id,
        "trace": [s for s in trace.split("; ") if s],
        "actor": [_actor(a, date) for a in ev.actor],
        "recipient": [_actor(a, date) for a in ev.recipient],
        "plover": ev.plover,
        "cameo": codes_why["cameo"],
        "pattern": codes_why["pattern"],
        "why_codes": codes_why["why"],
        "flags": ev.flags,
        "flag_reasons": _flag_reasons(tok, ev.flags) if tok is not None else {},
        "date": ev.date.to_dict() if ev.date else None,
        "location": ev.location.to_dict() if ev.location else None,
        "confidence": ev.confidence,
    }


def _sense_gates(verb: Any, senses: list[Any], actors: list[Any], index: Any) -> str:
    """For each sense of ``verb``, the first of its conditions that the sentence fails (the
    same tests the extractor makes, in its order)."""
    from .events import extract

    pats = _patterns()
    objs = extract._objects(verb)
    out = []
    for p in senses:
        obj = extract.sense_object(p, verb, objs, index, pats)
        if p.prep and not extract._has_prep(verb, p.prep):
            why = f"no '{p.prep}' phrase"
        elif p.needs_word and not extract._has_word(verb, p.needs_word):
            why = "none of the words " + "/".join(sorted(p.needs_word))
        elif not extract._object_ok(p, obj, index, pats):
            seen = "no object" if obj is None else f"object '{obj.text}'"
            if extract.barred(p, obj, pats):
                why = f"{seen} is barred"
            else:
                why = f"{seen}, not " + "/".join(sorted(p.needs_object))
        elif not extract._sectors_ok(p, actors):
            have = "/".join(sorted({x for a in actors for x in a.sectors})) or "a bare country"
            why = f"actor sector {have}, not " + "/".join(sorted(p.needs_actor_sector))
        elif p.needs_recipient:
            why = "no recipient found, and the sense needs one"
        else:
            why = "refused by a guard of the extractor (see the trace of a matching sentence)"
        out.append(f"{p.id} ({why})")
    return "; ".join(out)


def considered(sent: Any, index: Any) -> list[dict[str, str]]:
    """Verbs and event nouns in a sentence, and why none of them gave an event."""
    from .events import extract

    pats = _patterns()
    out = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        is_verb = tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux"
        if not (is_verb or (tok.pos_ == "NOUN" and lemma in pats.nouns)):
            continue
        senses = pats.verbs.get(lemma, []) if is_verb else pats.nouns.get(lemma, [])
        if is_verb and lemma in pats.light_verbs and not senses:
            why = "light verb: needs an event noun as its object"
        elif not senses:
            why = f"no pattern for lemma '{lemma}'"
        elif (head := extract.unrealized(tok)) is not None:
            why = (
                "gerund after 'without': not done"
                if head.lower_ == "without"
                else f"complement of '{head.text}', which is coded on its own"
            )
        elif is_verb:
            subj, how = extract.subject_of(tok)
            if subj is None:
                why = f"no actor ({how})"
            elif not (actors := extract.actors_at(subj, index)):
                why = f"actor '{subj.text}' ({how}) does not resolve to a known entity"
            else:
                why = "no sense's conditions held: " + _sense_gates(tok, senses, actors, index)
        else:
            why = "no owner, clause subject or named participants resolve to actors"
        ids = ", ".join(p.id for p in senses) or "-"
        out.append(
            {"token": tok.text, "lemma": lemma, "pos": tok.pos_, "patterns": ids, "why": why}
        )
    return out


def explain(analysis: Analysis, *, sentence: int | None = None) -> dict[str, Any]:
    """Everything about each sentence (or only sentence ``sentence``) of a coded article."""
    from .events import extract

    art, doc = analysis.article, analysis.doc
    index = extract.MentionIndex(analysis.mentions)
    sents = list(doc.sents)
    out_sents = []
    for s in analysis.sentences:
        if sentence is not None and s.index != sentence:
            continue
        span = sents[s.index]
        toks = [{"i": t.i - span.start, "text": t.text, "lemma": t.lemma_, "pos": t.pos_,
                 "dep": t.dep_, "head": t.head.i - span.start} for t in span]  # fmt: skip
        events = [_event(e, doc, art.date) for e in analysis.events if e.sentence_index == s.index]
        withheld = [_event(e, doc, art.date) for e in analysis.withheld
                    if e.sentence_index == s.index]  # fmt: skip
        entry = {
            "index": s.index,
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "tokens": toks,
            "mentions": [
                _mention(m, art.date) for m in analysis.mentions if m.sentence_index == s.index
            ],
            "events": events,
            "withheld": withheld,
            "quotes": [
                {
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "cue": q.cue,
                    "reason": q.reason,
                    "speaker": _actor(q.speaker, art.date) if q.speaker else None,
                }
                for q in analysis.quotes
                if q.sentence_index == s.index
            ],  # fmt: skip
        }
        if not events:
            entry["considered"] = considered(span, index)
        out_sents.append(entry)
    return {
        "article": {"id": art.id, "date": art.date, "publisher": art.publisher,
                    "title": art.title, "dateline": art.dateline, "sentences": len(analysis.sentences)},
        "sentences": out_sents,
    }  # fmt: skip


def _who(a: dict[str, Any] | None) -> str:
    if a is None:
        return "unresolved"
    label = a.get("cameo_code") or a.get("country") or "?"
    name = f" {a['name']}" if a.get("name") else ""
    term = a.get("term")
    office = ""
    if term:
        office = f", {term['role'] or 'office'} {term['start']}–{term['end'] or 'now'}"
        office += "" if term["in_office"] else " (not in office on the article date)"
    return (f"{label}{name} [{a.get('resolution')}, entity {a.get('entity_id') or '-'}"
            f"{office}, conf {a.get('confidence', 0):.2f}]")  # fmt: skip


def render(explained: dict[str, Any], *, parse: bool = True) -> str:
    """The explanation as text."""
    art = explained["article"]
    lines = [f"article {art['id']}  date {art['date']}  publisher {art['publisher'] or '-'}  "
             f"sentences {art['sentences']}"]  # fmt: skip
    for s in explained["sentences"]:
        lines += ["", f"== sentence {s['index']} [{s['start']}:{s['end']}]", s["text"]]
        if parse:
            lines += ["", table(["i", "token", "lemma", "pos", "dep", "head"],
                                [[t["i"], t["text"], t["lemma"], t["pos"], t["dep"], t["head"]]
                                 for t in s["tokens"]])]  # fmt: skip
        lines.append("")
        lines.append("mentions:" if s["mentions"] else "mentions: none")
        for m in s["mentions"]:
            lines.append(
                f"  '{m['text']}' [{m['start']}:{m['end']}] {m['kind']} → {_who(m['actor'])}"
            )
        for q in s["quotes"]:
            lines.append(f"quote [{q['start']}:{q['end']}] “{q['text']}” — {_who(q['speaker'])}; "
                         f"cue {q['cue'] or '-'}; {q['reason']}")  # fmt: skip
        for n, e in enumerate(s["events"]):
            pl = e["plover"]
            cam = e["cameo"]
            lines += [
                f"event {n}: {pl.get('type')}{'/' + pl['mode'] if pl.get('mode') else ''}"
                f"{' contexts ' + ','.join(pl['contexts']) if pl.get('contexts') else ''}"
                f"  CAMEO {cam.get('code')} {cam.get('name', '')} (Goldstein {cam.get('goldstein')})"
                f"  confidence {e['confidence']}",
                f"  trigger '{e['trigger']['text']}' [{e['trigger']['start']}:{e['trigger']['end']}]"
                f"  rule {e['rule']}",
                *(f"    · {step}" for step in e["trace"]),
                f"  why: {e['why_codes']}",
                *(f"  actor: '{a['text']}' → {_who(a)}" for a in e["actor"]),
                *(f"  recipient: '{a['text']}' → {_who(a)}" for a in e["recipient"]),
            ]
            set_flags = [k for k, v in e["flags"].items() if v]
            lines.append("  flags: " + (", ".join(f"{k} ({e['flag_reasons'].get(k, '')})"
                                                  for k in set_flags) or "none"))  # fmt: skip
            d = e["date"]
            if d:
                lines.append(f"  date: {d['value']} ({d['precision']}) — {d['reason']}")
            loc = e["location"]
            if loc:
                lines.append(
                    f"  place: {loc['name']}, {loc['country']} ({loc['precision']}) — {loc['reason']}"
                )
        for e in s.get("withheld", []):
            pl = e["plover"]
            lines.append(
                f"withheld: {pl.get('type')} CAMEO {e['cameo'].get('code')} "
                f"'{e['trigger']['text']}' (rule {e['rule']}), confidence {e['confidence']} under "
                "the calibration's floor: more often wrong than right enough to emit"
            )
        if not s["events"]:
            lines.append("events: none")
            rows = [
                [c["token"], c["lemma"], c["patterns"], c["why"]] for c in s.get("considered", [])
            ]
            if rows:
                lines.append(table(["considered", "lemma", "patterns", "why nothing fired"], rows))
    return "\n".join(lines)
