"""Frozen dataclasses that cross to worker processes, pickled through their `__init__`.

The compiled build (README, "Compiled build") turns a frozen dataclass into a native class
whose default unpickling sets each field through `__setattr__`, which `frozen` refuses: a
record with a note, sent to a worker, would stop the batch. Registered here (copyreg, used
by pickle, copy and multiprocessing alike), such a class is rebuilt from its fields, as
Python rebuilds it; the pure-Python package pickles the same way. Only for classes whose
fields are all `__init__` arguments and whose `__init__` does nothing more.
"""

from __future__ import annotations

import copyreg
import dataclasses
from functools import partial
from typing import Any


def _rebuild(names: tuple[str, ...], obj: Any) -> tuple[type, tuple[Any, ...]]:
    return type(obj), tuple(getattr(obj, n) for n in names)


def by_fields(*classes: type) -> None:
    """Registers each class (a subclass needs its own registration: copyreg keys on the exact type)."""
    for cls in classes:
        fields = dataclasses.fields(cls)
        if any(not f.init for f in fields) or hasattr(cls, "__post_init__"):
            raise TypeError(f"{cls.__name__}: pickled by its fields only if they are all it takes")
        copyreg.pickle(cls, partial(_rebuild, tuple(f.name for f in fields)))
