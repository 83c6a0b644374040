"""PyYAML's safe loader, refusing a key given twice: the one way this package reads YAML.

Kept apart from datafile.py so that PyYAML is imported only when a file is actually parsed:
a warm start takes every data file from the cache (datacache.py) and never needs it.
"""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it (10x faster start-up), else the
# pure-Python one: both construct only plain data, never objects.
_BASE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKeyError(yaml.constructor.ConstructorError):
    """YAML lets a repeated key silently replace the first: in a law file that is a term
    or a source lost without a word, so it is refused."""

    def __init__(self, key: Any, first: yaml.Mark, again: yaml.Mark) -> None:
        self.key = key
        self.first_line = first.line + 1
        self.line = again.line + 1
        super().__init__(None, None, f"duplicate key {key!r} (first at line {self.first_line})", again)


class _UniqueKeyLoader(_BASE_LOADER):  # type: ignore[valid-type,misc]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            # Only the keys written in this mapping: one it merges in (<<) may be overridden
            # by YAML's own rule, so the base loader flattens merges after this check.
            seen: dict[Any, yaml.Mark] = {}
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                try:
                    first = seen.get(key)
                except TypeError:  # an unhashable key: the base loader reports it
                    continue
                if first is not None:
                    raise DuplicateKeyError(key, first, key_node.start_mark)
                seen[key] = key_node.start_mark
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


# Every YAML a user or volunteer edits (data files, profiles) is read with this loader.
SAFE_LOADER = _UniqueKeyLoader
