"""Where the data folders are, installed or in a checkout.

The wheel carries rules/, jurisdictions/, templates/ and vocabularies/ inside the package (as
copyright_check/data/...), so `pip install .` works away from the checkout; in a
checkout or an editable install they are read from the repository root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    installed = _PACKAGE / "data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def rules_dir() -> Path:
    return data_dir("rules")


def jurisdictions_dir() -> Path:
    return data_dir("jurisdictions")


def templates_dir() -> Path:
    return data_dir("templates")


def vocabularies_dir() -> Path:
    return data_dir("vocabularies")
