"""Country cells as ISO 3166-1 alpha-2 codes.

Exports write "SE", "se", "SWE", "Sweden" or "Sverige"; pycountry (the ISO database,
kept up to date upstream) resolves the standard forms so this code holds no country list.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from copyright_check.vocabulary import vocabulary


class CountryError(ValueError):
    """A country cell that names no ISO 3166-1 country."""


@lru_cache(maxsize=4096)
def to_alpha2(text: str) -> str:
    value = text.strip()
    vocab = vocabulary()
    if value.upper() in vocab.country_aliases:
        return vocab.country_aliases[value.upper()]
    if value.upper() in vocab.user_assigned_countries:
        return value.upper()
    if value.upper() in vocab.ambiguous_countries:
        raise CountryError(f"{value!r} names more than one present-day country (a former state or a shared "
                           "name): give the present-day country, e.g. as an ISO code")
    if len(value) in (2, 3) and value.isalpha():
        key = f"alpha_{len(value)}"
        found = pycountry.countries.get(**{key: value.upper()})  # type: ignore[arg-type]
        if found is not None:
            return str(found.alpha_2)
        raise CountryError(f"not an ISO 3166-1 country code: {value!r}")
    try:
        return str(pycountry.countries.lookup(value).alpha_2)
    except LookupError:
        raise CountryError(f"not a country this reader knows: {value!r}") from None
