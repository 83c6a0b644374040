"""Loading volunteer-editable YAML safely, with errors that name the file and key."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copyright_check import datacache

if TYPE_CHECKING:
    import jsonschema

_SCHEMAS = Path(__file__).resolve().parent / "schema"


class DataFileError(Exception):
    """A rule, jurisdiction or vocabulary file that cannot be used; stops start-up."""

    def __init__(self, path: Path | str, key: str, message: str) -> None:
        self.path = str(path)
        self.key = key
        self.message = message
        where = f"{self.path}: {key}" if key else self.path
        super().__init__(f"{where}: {message}")


def __getattr__(name: str) -> Any:
    """SAFE_LOADER and DuplicateKeyError, where other modules used to find them, without
    importing PyYAML with this module."""
    if name in ("SAFE_LOADER", "DuplicateKeyError"):
        from copyright_check import safeyaml

        return getattr(safeyaml, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _validator(schema_name: str) -> jsonschema.protocols.Validator:
    import jsonschema  # only on a cache miss: importing it is a third of a warm start

    schema = json.loads((_SCHEMAS / f"{schema_name}.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator: jsonschema.protocols.Validator = cls(schema)
    return validator


def load_yaml(path: Path, schema_name: str | None = None) -> dict[str, Any]:
    """safe_load only: no YAML tag in a data file can construct an object or run code;
    a key given twice in one mapping is an error naming the file, the line and the key.
    A file checked against a schema is remembered by its content (datacache), so an
    unchanged file is parsed and validated once, not on every start."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataFileError(path, "", f"cannot be read: {exc}") from None
    key = ""
    if schema_name is not None:
        store = datacache.store()
        key = store.key(schema_name, raw)
        if datacache.reading():
            found = store.get(key)
            if found is not None:
                return found  # type: ignore[no-any-return]
    data = _parse(path, raw)
    if schema_name is not None:
        _validate(path, data, schema_name)
        store.put(key, data)
    return data


def _parse(path: Path, raw: bytes) -> dict[str, Any]:
    import yaml  # only on a cache miss (see safeyaml.py)

    from copyright_check.safeyaml import SAFE_LOADER, DuplicateKeyError

    try:
        # As Path.read_text would: UTF-8, universal newlines.
        text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        data = yaml.load(text, Loader=SAFE_LOADER)
    except UnicodeDecodeError as exc:
        raise DataFileError(path, "", f"cannot be read: {exc}") from None
    except DuplicateKeyError as exc:
        raise DataFileError(path, f"line {exc.line}", str(exc.problem)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        raise DataFileError(path, where, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise DataFileError(path, "", "must hold a mapping at the top level")
    return data


def _validate(path: Path, data: dict[str, Any], schema_name: str) -> None:
    import jsonschema

    # best_match descends into oneOf/anyOf to the error that most likely is the typo.
    first = jsonschema.exceptions.best_match(_validator(schema_name).iter_errors(data))
    if first is not None:
        key = ".".join(str(p) for p in first.absolute_path) or "(top)"
        message = first.message if len(first.message) < 300 else first.message[:300] + "…"
        raise DataFileError(path, key, message)
