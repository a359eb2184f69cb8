"""User-facing errors: one line naming the file, the line and the field, never a traceback."""

from __future__ import annotations

from pathlib import Path


class ClaimgraphError(Exception):
    """An error caused by the user's input or invocation; the CLI prints it on one line and exits 2."""

    exit_code = 2


class InputError(ClaimgraphError):
    """A problem in an input file, located as precisely as the file allows."""

    def __init__(
        self, path: str | Path, message: str, *, line: int | None = None, field: str | None = None
    ) -> None:
        self.path = str(path)
        self.line = line
        self.field = field
        self.message = message
        super().__init__(self.format())

    def format(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}"


def display_path(path: str | Path) -> str:
    """Show paths relative to the working directory when they lie under it, as compilers do."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)
