"""The one module that touches durable-rules (see notes on its pitfalls in the README).

Each question of a record is posted as an *event*: durable-rules hands an event to the
single matching rule of best priority (P6), which is exactly "the first rule that
matches answers". Hygiene, each point reproduced in the field guide:
- every pattern carries a positive test on `t` (P1, the state-object hang);
- timers are switched off (SyncHost, P5): the actions are synchronous;
- every sid is deleted after its verdict (P2, the 1024-sid limit), and only after an
  action has fired in it (P3, the segfault) — the verdict question always answers;
- definitions are built fresh for each Host (P8).
"""

from __future__ import annotations

import contextlib
import itertools
import signal
from collections.abc import Callable
from typing import Any

from durable.engine import Host, MessageNotHandledException

from copyright_check.ruleset import RuleSet, compile_definition

_names = itertools.count()

# Signals held while durable-rules runs a question: its C core calls the rule's Python
# action, and a SIGTERM/SIGHUP/Ctrl-C handler raising there is printed by durable-rules as a
# traceback instead of stopping the run. Held, the signal arrives when the call returns.
_HELD = frozenset(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))
_CAN_HOLD = hasattr(signal, "pthread_sigmask")


class EngineError(RuntimeError):
    """No rule answered a question: the rule files lack a catch-all rule."""


class _SyncHost(Host):  # type: ignore[misc]
    def _run(self) -> None:
        """No dispatcher threads (P5): they only serve timers and async actions."""


class Engine:
    """One compiled ruleset; `ask` answers one question for one record (sid)."""

    def __init__(self, ruleset: RuleSet) -> None:
        self._name = f"copyright_check_{next(_names)}"
        self._answer: str | None = None
        self._host = _SyncHost()
        self._host.register_rulesets(compile_definition(ruleset, self._name, self._action_for))
        self._sids = itertools.count()

    def _action_for(self, rule_id: str) -> Callable[[Any], None]:
        def action(_c: Any) -> None:
            self._answer = rule_id

        return action

    def new_sid(self) -> str:
        return str(next(self._sids))

    def ask(self, sid: str, question: str, facts: dict[str, Any]) -> str:
        self._answer = None
        before = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD) if _CAN_HOLD else None
        try:
            with contextlib.suppress(MessageNotHandledException):
                self._host.post(self._name, {**facts, "t": question, "sid": sid})
        finally:
            if before is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, before)
        if self._answer is None:
            raise EngineError(f"no rule answered {question}")
        return self._answer

    def close(self, sid: str) -> None:
        self._host.delete_state(self._name, sid)
