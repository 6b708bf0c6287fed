"""Ethnic, religious and regional groups: group nouns after such a modifier ("Kurdish rebels",
"Greek Cypriot negotiators") and peoples named as such ("attacked the Kurds"), each given the
state the text places it in, else one of its states named around it, else its default
(``actors/data/ethnic_groups.tsv``).

Reads: the group tables, ``country_at``, the parse, the gazetteer. Writes: ``ethnic+agent`` and
``ethnic-people`` mentions.
"""

from __future__ import annotations

from typing import Any

from ..nlp import span_text
from .base import _ARG_DEPS, _PLACING, _country_actor, _DocBase, _Found
from .kb import _norm
from .tables import EthnicGroup, GroupTables, group_tables

#: Prefixes that turn a nationality or ethnic modifier into something else: "pro-Kurdish",
#: "anti-Western", "non-Tamil", "Pan-American", "trans-Saharan".
MODIFIER_PREFIXES = frozenset({"pan", "anti", "pro", "trans", "non", "ex", "post", "pre", "inter"})


def prefixed_modifier(tok: Any) -> bool:
    """Whether ``tok`` ("Kurdish", "Russian") has one of MODIFIER_PREFIXES hyphened to it, as a
    separate token ("pro - Russian") or inside its own ("pro-Russian")."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        return doc[tok.i - 2].lower_ in MODIFIER_PREFIXES
    if "-" in tok.text:
        return tok.text.split("-", 1)[0].lower() in MODIFIER_PREFIXES
    return False


#: Nouns for the followers of a faith, after a people's or region's word ("Kashmiri Muslims").
_FAITHS = frozenset({"muslims", "hindus", "christians", "buddhists", "sikhs", "catholics"})


class _Ethnic(_DocBase):
    """Group nouns after an ethnic, religious or regional modifier; peoples named as such."""

    def _context_country(self, group: EthnicGroup, at: int) -> str | None:
        """The state of an ethnic or religious group: one of its states named earlier in the
        article (the latest), else later in the same sentence, else its default (may be None)."""
        states = set(group.states)
        sent = self.doc[at].sent
        before = [i for i, c in self.country_at.items() if i < at and c in states]
        # a state named as the nationality of the group's opponents only where no other is
        before = [i for i in before if not self._other_side(i, sent)] or before
        if before:
            return self.country_at[max(before)]
        sent_end = self.doc[at].sent.end
        after = [i for i, c in self.country_at.items() if at < i < sent_end and c in states]
        return self.country_at[min(after)] if after else group.country

    def _other_side(self, i: int, sent: Any) -> bool:
        """Whether the country word at ``i`` is the nationality of another actor in the group's
        sentence ("Turkish forces captured the town from Kurdish-led fighters")."""
        tok = self.doc[i]
        if not sent.start <= i < sent.end or tok.dep_ not in ("amod", "compound"):
            return False
        head = tok.head
        return head.pos_ == "NOUN" and self.kb.agent(head.lower_) is not None

    def _ethnic_groups(self, agents) -> None:
        """Group nouns after an ethnic, religious or regional modifier and no state adjective:
        "Kurdish rebels", "Tamil insurgents", "ethnic Albanian guerrillas", "Greek Cypriot
        negotiators" (a multi-word modifier wins over the state adjective inside it)."""
        groups = group_tables()
        for a_start, (a_end, agent) in sorted(agents.items()):
            if not agent.sectors or not self._free(a_start, a_end):
                continue
            if self._distributed_group(a_start, a_end, agent, groups):
                continue
            hit = self._ethnic_modifier(a_start, groups)
            led = a_start >= 2 and self.doc[a_start - 1].lower_ == "led"
            if hit is None and led and self.doc[a_start - 2].text == "-":
                hit = self._ethnic_modifier(a_start - 2, groups)  # "Kurdish-led fighters"
            if hit is None:
                continue
            m_start, group, covers_state = hit
            # a state named in the same words ("Iraqi Kurdish militias") is the actor's state
            if not covers_state and any(
                i in self.country_at
                for i in range(max(a_start - 4, 0), a_start)
                if i >= m_start - 2 and self.doc[i].head.i in range(m_start, a_end)
            ):
                continue
            country = (
                self._placed_group(a_end - 1, group)
                or self._named_members(a_end, group)
                or self._context_country(group, m_start)
            )
            if country is None:
                continue
            end = a_end
            while end in agents and self._free(end, agents[end][0]):  # "militia fighters"
                end = agents[end][0]
            actor = _country_actor(
                self.doc[m_start:end], country, list(agent.sectors), "ethnic+agent", 0.6
            )
            self._take(_Found(m_start, end, "role", actor))
            self._coordinated_group(m_start, group, groups, list(agent.sectors))

    def _named_members(self, end: int, group: EthnicGroup) -> str | None:
        """The state of the people a group noun names right after it ("Kurdish leaders Massoud
        Barzani and Jalal Talabani": Iraq's Kurds), when the knowledge base places them all in
        one of the group's states; else None."""
        found = self._found_at(end) if end < len(self.doc) else None
        if found is None or found.start != end or found.entity is None:
            return None
        people = [found]
        for t in self.doc[found.end : found.end + 1]:
            if t.lower_ == "and":
                other = self._found_at(t.i + 1)
                if other is not None and other.entity is not None:
                    people.append(other)
        states = {f.actor.country for f in people if f.actor is not None}
        if len(states) != 1 or not states <= set(group.states):
            return None
        if any(f.entity.kind != "person" for f in people):
            return None
        return states.pop()

    def _coordinated_group(
        self, m_start: int, group: EthnicGroup, groups: GroupTables, sectors: list[str]
    ) -> None:
        """The group coordinated before an ethnic modifier shares its group noun: "Greek and
        Turkish Cypriot leaders" are Greek Cypriot leaders and Turkish Cypriot leaders (both
        of Cyprus), "Hutu and Tutsi militias" two groups; each takes its own state."""
        if m_start < 2 or self.doc[m_start - 1].lower_ not in ("and", "or"):
            return
        size = next(
            (k for k in (1, 2, 3)
             if groups.ethnic.get(_norm(span_text(self.doc, m_start, m_start + k))) is group),
            0,
        )  # fmt: skip
        other = self.doc[m_start - 2]
        if not size or not other.is_title or not self._free(other.i, other.i + 1):
            return
        rest = span_text(self.doc, m_start + 1, m_start + size) if size > 1 else ""
        alt = groups.ethnic.get(_norm(f"{other.text} {rest}".strip()))
        if alt is None or alt is group:
            return
        country = self._context_country(alt, other.i)
        if country is None:
            return
        actor = _country_actor(
            self.doc[other.i : other.i + 1], country, sectors, "ethnic+agent", 0.6
        )
        self._take(_Found(other.i, other.i + 1, "role", actor))

    def _distributed_group(self, a_start: int, a_end: int, agent, groups: GroupTables) -> bool:
        """A place word shared across a coordination of peoples ("Bosnian Serb and Croat
        leaders", "Bosnian Croat and Muslim forces"): the second word is the same place's people
        ("Bosnian Croat"), not a state's ("Croat" alone is Croatia's); each conjunct takes its
        own group's state. "Serbian and Croatian leaders" have no such shared word."""
        if a_start < 4 or self.doc[a_start - 2].lower_ not in ("and", "or", "&"):
            return False
        word = self.doc[a_start - 1]
        if not word.is_title or not self._free(a_start - 1, a_start):
            return False
        for size in (2, 3):
            start = a_start - 2 - size
            if start < 0 or not self._free(start, a_start - 2):
                continue
            first = groups.ethnic.get(_norm(span_text(self.doc, start, a_start - 2)))
            if first is None:
                continue
            prefix = span_text(self.doc, start, a_start - 3)
            second = groups.ethnic.get(_norm(f"{prefix} {word.text}"))
            if second is None or second is first:
                continue
            sectors = list(agent.sectors)
            for lo, hi, group in ((a_start - 1, a_end, second), (start, a_start - 2, first)):
                country = self._context_country(group, start)
                if country is None:
                    continue
                actor = _country_actor(self.doc[lo:hi], country, sectors, "ethnic+agent", 0.6)
                self._take(_Found(lo, hi, "role", actor))
            return True
        return False

    def _placed_group(self, head: int, group: EthnicGroup) -> str | None:
        """The state of a stateless people's forces placed by their own phrase ("Kurdish forces
        near Erbil" are Iraq's, "in Syria" Syria's): one of the group's states."""
        states = set(group.states)
        for prep in self.doc[head].children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACING:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN":
                    continue
                if pobj.i in self.country_at:
                    c = self.country_at[pobj.i]
                    return c if c in states else None
                from ..places import Gazetteer

                words = [t for t in pobj.subtree if t.dep_ == "compound" or t is pobj]
                name = self.doc[words[0].i : pobj.i + 1].text if words else pobj.text
                where = Gazetteer.default().best(name, context_countries=states)
                if where is not None and where.country in states:
                    return where.country
        return None

    def _ethnic_people(self) -> None:
        """An ethnic or religious group named as a people ("ethnic cleansing of the Rohingya",
        "attacked the Kurds", "Shiites marched"): the civilians of the state it lives in."""
        groups = group_tables()
        for t in self.tokens:
            group = groups.ethnic.get(_norm(t.text))
            first = t.i
            if group is None and t.lower_ in _FAITHS and t.i > 0:
                # "Kashmiri Muslims", "Tamil Hindus": a people named by its place and faith
                group = groups.ethnic.get(_norm(self.doc[t.i - 1].text))
                first = t.i - 1
                if group is not None and (group.kind == "political" or self.taken[first]):
                    continue
            if group is None:
                continue
            if first == t.i and group.kind not in ("ethnic", "religious", "political", "people"):
                continue  # "Kashmiris" alone: a region's people are read elsewhere
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in _ARG_DEPS | {"pobj"}:
                continue
            plural = t.tag_ in ("NNS", "NNPS") or (t.i > 0 and self.doc[t.i - 1].lower_ == "the")
            if not plural or not self._free(first, t.i + 1):
                continue
            if (
                group.kind == "political"
                and group.country is None
                and not any(c in group.states for c in self.country_at.values())
            ):
                continue  # "the Maoists" of no state the article names
            country = self._people_place(t, group) or self._context_country(group, t.i)
            if country is None:
                continue
            if country == group.country and self.country_at.get(t.i) == country:
                continue  # "Serbs shelled the town": the state's demonym, read as such
            start = first - 1 if first > 0 and self.doc[first - 1].lower_ == "the" else first
            # "Nepal's Maoists": a movement's people (of no one arm: fighters, a party); a
            # people's civilians
            sectors = ["OPP"] if group.kind == "political" else ["CVL"]
            actor = _country_actor(
                self.doc[start : t.i + 1], country, sectors, "ethnic-people", 0.55
            )
            self._take(_Found(start, t.i + 1, "role", actor))

    def _people_place(self, t: Any, group: EthnicGroup) -> str | None:
        """One of the group's states where the sentence places it ("the Kurds in northern
        Iraq"), else one its sentence names by a person or body ("Saddam Hussein's forces
        attacked the Kurds": the Kurds of Iraq)."""
        states = set(group.states)
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for p in prep.subtree:
                    if self.country_at.get(p.i) in states:
                        return self.country_at[p.i]
        named = [f for f in self.found if f.actor is not None and f.actor.country in states
                 and t.sent.start <= f.start < t.sent.end]  # fmt: skip
        return named[0].actor.country if named else None

    def _ethnic_modifier(self, a_start: int, groups: GroupTables):
        """(start token, group, whether it covers a state adjective) of the ethnic modifier
        right before a group noun (up to two other modifier words between), or None."""
        best = None
        if a_start > 0 and self.doc[a_start - 1].lower_ == "'s":
            a_start -= 1  # "Transnistria's separatist authorities"
        for stop in range(a_start, max(a_start - 3, 0) - 1, -1):
            if stop < a_start and self.doc[stop].pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
            for size in range(min(groups.ethnic_words * 2, stop), 0, -1):
                start = stop - size
                if not self._free(start, stop) or self.doc[start].is_punct:
                    continue
                group = groups.ethnic.get(_norm(span_text(self.doc, start, stop)))
                if group is None or group.kind == "people":
                    continue  # "Serb forces": a state's demonym as a modifier
                span = self.doc[start:stop]  # (sliced only now: slicing a Doc is slow)
                if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") for t in span):
                    continue
                if prefixed_modifier(self.doc[start]):
                    continue  # "pro-Kurdish"
                if any(
                    t.is_title and _norm(t.text) not in groups.ethnic and t.i not in self.country_at
                    for t in self.doc[stop:a_start]
                ):
                    continue  # "Tamil Nadu police": a longer name, not the group
                covers = any(i in self.country_at for i in range(start, stop))
                if best is None or size > best[3]:
                    best = (start, group, covers, size)
                break
        if best is None:
            return None
        return best[0], best[1], best[2]
