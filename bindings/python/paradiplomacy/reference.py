# SPDX-License-Identifier: Apache-2.0
"""Look-ups in the ISO 3166-1/-2/-3, ISO 4217, ISO 639 and UN M49 tables and the countries'
official languages built into the package.

The tables are generated when the package is built, from the iso-codes data and CLDR.
Codes are given and returned as ``str``; a malformed code raises
:class:`~paradiplomacy.InvalidValueError`, an unknown one
:class:`~paradiplomacy.NotFoundError` (the ``*_status`` functions answer instead).
"""

from ._core import (
    CodeStatus,
    Country,
    CountryLanguage,
    Currency,
    FormerSubdivision,
    LanguageStatus,
    Subdivision,
    WithdrawnCountry,
    WorldRegion,
    countries,
    country,
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
    subdivision,
    subdivision_status,
    subdivisions,
    well_formed_language_tag,
    withdrawn_countries,
    withdrawn_country,
    world_region,
    world_region_of,
    world_regions,
)

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
