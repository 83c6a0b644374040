"""Build hook: compile the hot pure modules with mypyc when a wheel is built (`pip install .`).

Why a wrapper around hatch-mypyc rather than its hook as is:
- an editable install (`pip install -e .`) must stay pure Python: hatch-mypyc compiles in place,
  and a compiled module next to its source would shadow every later edit of that source;
- a machine without a C compiler (or without Python's headers) still installs, as pure Python,
  with a warning: the compiled modules only make the same code faster;
- `COPYRIGHT_CHECK_PURE=1` in the environment builds a pure-Python wheel on purpose;
- the compiled files hatch-mypyc leaves in the source tree are removed once the wheel is
  written, so a checkout never runs compiled code by accident.
The list of compiled modules is `include` under `[tool.hatch.build.targets.wheel.hooks.custom]`
in pyproject.toml (the one place it is kept).
"""

from __future__ import annotations

import os
from typing import Any

from hatch_mypyc.plugin import MypycBuildHook

PURE_ENV = "COPYRIGHT_CHECK_PURE"


class CompiledBuildHook(MypycBuildHook):  # type: ignore[misc]
    """hatch-mypyc's hook, skipped for editable installs and on request, optional on failure."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            self.app.display_info("copyright-check: editable install, modules left as pure Python")
            return
        if os.environ.get(PURE_ENV, "") not in ("", "0"):
            self.app.display_info(f"copyright-check: {PURE_ENV} set, modules left as pure Python")
            return
        try:
            super().initialize(version, build_data)
        except Exception as error:  # any compile failure: the wheel stays pure Python
            self.clean([version])
            lines = str(error).strip().splitlines()
            errors = [line for line in lines if "error" in line.lower()] or lines
            self.app.display_warning(
                "copyright-check: compiling with mypyc failed, installing pure Python (same results, slower):\n"
                + "\n".join(errors[-10:])
            )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """The wheel holds the compiled files now: remove them from the source tree."""
        self.clean([version])


def get_build_hook() -> type[MypycBuildHook]:
    """The hook hatchling loads (named, since the module also imports hatch-mypyc's own)."""
    return CompiledBuildHook
