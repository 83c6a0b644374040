"""The engine's error, in a module of its own that stays Python: a class compiled with mypyc
cannot derive from RuntimeError (engine.py is compiled), and EngineError stays one, as
callers that catch RuntimeError have always caught it."""

from __future__ import annotations


class EngineError(RuntimeError):
    """No rule answered a question: the rule files lack a catch-all rule."""
