# SPDX-License-Identifier: Apache-2.0
"""Look-ups in the ISO 3166-1/-2/-3, ISO 4217, ISO 639 and UN M49 tables and the countries'
official languages built into the package.

The tables are generated when the package is built, from the iso-codes data and CLDR.
Codes are given in any case (``"kr"``, ``"kr-41"``, ``"krw"``) and returned as ``str`` in
upper case; a malformed code raises :class:`~paradiplomacy.InvalidValueError`, an unknown
one :class:`~paradiplomacy.NotFoundError` (the ``*_status`` functions answer instead).
:func:`country` and :func:`subdivision` also take a name, in English or Korean, and
:func:`search` finds codes by part of a name, best matches first, as pycountry's
``search_fuzzy`` does.
"""

from __future__ import annotations

import difflib
import unicodedata

from ._core import (
    CodeStatus,
    Country,
    CountryLanguage,
    Currency,
    FormerSubdivision,
    InvalidValueError,
    LanguageStatus,
    NotFoundError,
    Subdivision,
    WithdrawnCountry,
    WorldRegion,
    _country_code_of_name,
    countries,
    country_by_alpha3,
    country_languages,
    country_status,
    currencies,
    currency,
    currency_status,
    former_subdivision,
    former_subdivisions,
    is_iso639_language,
    iso_codes_source,
    official_languages,
    subdivision_status,
    subdivisions,
    well_formed_language_tag,
    withdrawn_countries,
    withdrawn_country,
    world_region,
    world_region_of,
    world_regions,
)
from ._core import country as _core_country
from ._core import subdivision as _core_subdivision

__all__ = [
    "CodeStatus",
    "Country",
    "CountryLanguage",
    "Currency",
    "FormerSubdivision",
    "LanguageStatus",
    "Subdivision",
    "WithdrawnCountry",
    "WorldRegion",
    "countries",
    "country",
    "country_by_alpha3",
    "country_languages",
    "country_status",
    "currencies",
    "currency",
    "currency_status",
    "former_subdivision",
    "former_subdivisions",
    "is_iso639_language",
    "iso_codes_source",
    "official_languages",
    "subdivision",
    "subdivision_status",
    "subdivisions",
    "search",
    "well_formed_language_tag",
    "withdrawn_countries",
    "withdrawn_country",
    "world_region",
    "world_region_of",
    "world_regions",
]

for _name in (
    "Country",
    "CountryLanguage",
    "Currency",
    "FormerSubdivision",
    "Subdivision",
    "WithdrawnCountry",
    "WorldRegion",
):
    globals()[_name].__module__ = __name__
del _name


def _text_argument(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str (a code or a name), not {type(value).__name__}")


def _folded(text: str) -> str:
    """`text` as names are compared: case, accents and repeated spaces ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _country_names(c: Country) -> list[str]:
    return [n for n in (c.name, c.official_name, c.common_name, c.korean_name) if n]


def _subdivision_names(s: Subdivision) -> list[str]:
    return [n for n in (s.name, s.korean_name) if n]


def _listed(rows: list[Country] | list[Subdivision]) -> str:
    return "; ".join(f"{r.alpha2 if isinstance(r, Country) else r.code} {r.name}" for r in rows)


def country(key: str) -> Country:
    """The current ISO 3166-1 country with alpha-2 code `key` (``"KR"``, ``"kr"``), alpha-3
    code (``"KOR"``) or name: iso-codes' names, common variants (``"South Korea"``,
    ``"Russia"``) and CLDR's Korean names (``"대한민국"``), case and accents ignored.

    A name that is part of several countries' names (``"Korea"``: KP and KR) raises
    NotFoundError naming them, rather than choosing one; :func:`search` lists them.
    A withdrawn code raises NotFoundError saying when it was withdrawn.
    """
    _text_argument("key", key)
    text = key.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        try:
            return _core_country(text)
        except (NotFoundError, InvalidValueError):
            code = _country_code_of_name(text)  # "UK", a common abbreviation of GB
            if code is None:
                raise
            return _core_country(code)
    if len(text) == 3 and text.isascii() and text.isalpha():
        try:
            return country_by_alpha3(text)
        except NotFoundError:
            pass  # perhaps a name ("Chad" is not, but three-letter names exist)
    code = _country_code_of_name(text)
    if code is not None:
        return _core_country(code)
    wanted = _folded(text)
    found = [c for c in countries() if any(wanted in _folded(n) for n in _country_names(c))]
    if found:
        raise NotFoundError(
            f"country {text!r} is part of the names of {len(found)} countries ({_listed(found[:10])}): "
            "give the code or the full name"
        )
    raise NotFoundError(f"country {text!r} is neither an ISO 3166-1 code nor a country's name{_suggest(text)}")


def subdivision(key: str, country: str | None = None) -> Subdivision:
    """The ISO 3166-2 subdivision with code `key` (``"KR-41"``, ``"kr-41"``) or name
    (iso-codes' ``"Gyeonggi-do"``, CLDR's Korean ``"경기도"``), case and accents ignored;
    `country` (a code) narrows a name to one country's subdivisions.

    A former code (``"PL-MZ"``) raises NotFoundError naming the code that replaced it
    (``PL-14``); a name several subdivisions share raises NotFoundError naming them.
    """
    _text_argument("key", key)
    text = key.strip()
    if "-" in text and text.split("-", 1)[0].isascii() and len(text.split("-", 1)[0]) == 2 and " " not in text:
        try:
            return _core_subdivision(text)
        except InvalidValueError:
            pass  # not a code's shape: a name with a hyphen ("Gyeonggi-do")
    wanted = _folded(text)
    rows = subdivisions(country)
    found = [s for s in rows if any(wanted == _folded(n) for n in _subdivision_names(s))]
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFoundError(
            f"subdivision {text!r} is the name of {len(found)} subdivisions ({_listed(found[:10])}): give the code"
            + ("" if country else " or the country")
        )
    within = f" of {country.upper()}" if country else ""
    raise NotFoundError(
        f"subdivision {text!r} is neither an ISO 3166-2 code nor the name of a subdivision{within}{_suggest(text)}"
    )


def search(text: str) -> list[Country | Subdivision]:
    """Countries and subdivisions whose code or name matches `text`, best first, as pycountry's
    ``search_fuzzy``: an exact code or name (English or Korean, case and accents ignored),
    then names that begin with it, then names that contain it, then names that look like it
    (a typo: ``"Bayren"``). Countries come before subdivisions at the same rank. A former
    subdivision code (``"PL-MZ"``) finds the codes that replaced it. Raises NotFoundError (a
    LookupError, as pycountry raises) when nothing matches.
    """
    _text_argument("text", text)
    wanted = _folded(text)
    if not wanted:
        raise InvalidValueError("search: the text is empty")
    scored: dict[str, tuple[float, int, Country | Subdivision]] = {}

    def consider(key: str, row: Country | Subdivision, codes: list[str], names: list[str], kind: int) -> None:
        score = 0.0
        if any(wanted == _folded(c) for c in codes):
            score = 4.0
        for name in map(_folded, names):
            if wanted == name:
                score = max(score, 4.0)
            elif name.startswith(wanted):
                score = max(score, 3.0)
            elif wanted in name:
                score = max(score, 2.0)
            else:
                ratio = difflib.SequenceMatcher(None, wanted, name).ratio()
                if ratio >= 0.8:
                    score = max(score, 1.0 + ratio / 2)
        if score > 0 and (key not in scored or scored[key][0] < score):
            scored[key] = (score, kind, row)

    for c in countries():
        consider(c.alpha2, c, [c.alpha2, c.alpha3], _country_names(c), 0)
    for s in subdivisions(None):
        consider(s.code, s, [s.code], _subdivision_names(s), 1)
    for f in former_subdivisions():
        if wanted == _folded(f.code):
            for code in f.successors:
                scored[code] = (4.0, 1, _core_subdivision(code))
    if not scored:
        raise NotFoundError(f"no country or subdivision matches {text!r}")
    ranked = sorted(scored.values(), key=lambda entry: (-entry[0], entry[1], entry[2].name))
    return [row for _score, _kind, row in ranked]


def _suggest(text: str) -> str:
    try:
        found = search(text)[:3]
    except NotFoundError:
        return ""
    return "; did you mean " + ", ".join(f"{r.alpha2 if isinstance(r, Country) else r.code} ({r.name})" for r in found)
