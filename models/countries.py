#!/usr/bin/env python3
"""Writes models/countries.tsv: the world's countries as the drafter reads them in a report.

Source: mledoze/countries (https://github.com/mledoze/countries), `countries.json`, Open Database
License 1.0 (ODbL); models/countries.tsv is a derived database under the same licence.
Offline tooling, never a run-time dependency:

    python3 models/countries.py path/to/countries.json > models/countries.tsv

One line per independent country and per bloc, tab-separated:
    id  kind  name  region  capital  names  demonyms  seats (each |-separated)
Names are the forms a report writes for the country: the common and short official names and
the upper-case codes that are no English word ("US", "UK", with their dotted forms "U.S.",
"U.K."); demonyms are the English words for its people, with their plurals; seats, for a few,
the seat of government that stands for it ("the White House"). The blocs a report names as parties (the Europeans, NATO,
the UN) are added at the end: they are not countries and the source has none.
"""
import json
import sys

# Upper-case codes that are also English words (or read as one in a headline): never an alias.
WORDS = {"IN", "IT", "IS", "TO", "NO", "ME", "BE", "AM", "AT", "AS", "BY", "DO", "GO", "HE", "HI", "IF", "MY",
         "OF", "ON", "OR", "SO", "UP", "WE", "AN", "ID", "MA", "PA", "US_"}

# Seats of government that news copy names for the government itself ("the White House said",
# "the Kremlin rejected"): the source has none, so the best-known are written here. Downing
# Street is not: Parley's lexicon reads it as the prime minister's office (`[offices]`), which
# is who speaks from it.
SEATS = {
    "usa": ["White House"],
    "rus": ["Kremlin"],
    "fra": ["Elysee", "Élysée"],
}

BLOCS = [
    ("europe", "bloc", "the Europeans", "Europe", "", ["Europe", "European Union", "EU", "E.U."], ["European", "Europeans"], []),
    ("nato", "organisation", "NATO", "", "", ["NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"], [], []),
    ("un", "organisation", "the United Nations", "", "", ["United Nations", "UN", "U.N."], [], []),
]


def plural(demonym: str) -> list[str]:
    # "American" -> "Americans", "Israeli" -> "Israelis"; "British", "French", "Swiss" have none.
    if demonym.endswith(("an", "i", "er", "ot")):
        return [demonym + "s"]
    return []


def rows(countries):
    for c in countries:
        if not c.get("independent"):
            continue
        common = c["name"]["common"]
        official = c["name"]["official"]
        aliases = [common]
        if " of " in official:
            tail = official.rsplit(" of ", 1)[1]
            if " " not in tail and tail not in aliases:
                aliases.append(tail)  # "United States of America" -> "America"
        for alt in c.get("altSpellings", []):
            if not alt.isascii():
                continue
            if alt.isupper() and alt.isalpha() and 2 <= len(alt) <= 3:
                if alt in WORDS:
                    continue
                aliases.append(alt)
                if len(alt) == 2:
                    aliases.append(".".join(alt) + ".")  # "US" -> "U.S."
            elif alt.startswith("Great ") and alt.count(" ") == 1:
                aliases.append(alt)
                aliases.append(alt.split(" ", 1)[1])  # "Great Britain" -> "Britain"
        demonyms = []
        dem = c.get("demonyms", {}).get("eng", {})
        for d in (dem.get("m"), dem.get("f")):
            if d and d.isascii() and d not in demonyms and d not in aliases:
                demonyms.append(d)
                demonyms.extend(p for p in plural(d) if p not in demonyms)
        capital = (c.get("capital") or [""])[0].replace(" D.C.", "")
        seen = []
        for a in aliases:
            if a not in seen:
                seen.append(a)
        yield (c["cca3"].lower(), "country", common, c.get("region", ""), capital, seen, demonyms, SEATS.get(c["cca3"].lower(), []))
    for b in BLOCS:
        yield b


def main():
    countries = json.load(open(sys.argv[1], encoding="utf-8"))
    print("# Countries and blocs for `parley draft` (see models/countries.py; ODbL, from mledoze/countries)")
    for id_, kind, name, region, capital, names, demonyms, seats in rows(countries):
        print("\t".join([id_, kind, name, region, capital, "|".join(names), "|".join(demonyms), "|".join(seats)]))


if __name__ == "__main__":
    main()
