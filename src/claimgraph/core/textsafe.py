"""Text that is safe to show on a terminal, and the control-character rule for text read from YAML.

Data reaches people's terminals (query tables, validation reports, check rows, error lines). An escape
sequence stored in a label (`India\\x1b[2J`) would clear the screen, a newline would forge an extra
report line and a bidi override would reorder what is shown. Everything shown to people passes through
`printable`, so such characters appear as visible escapes instead of acting on the terminal."""

from __future__ import annotations

import re

# Characters a text field may carry when it allows layout; labels allow none (LABEL_CONTROLS).
TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LABEL_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """Replace every character Python does not call printable (C0, DEL, C1, format and separator
    characters such as bidi overrides) by a visible escape; ordinary text, spaces included, is kept."""
    if text.isprintable():
        return text  # the common case costs one C-level scan
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    if ch in _SHORT:
        return _SHORT[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def first_control(text: str, *, layout: bool) -> str | None:
    """The first C0 control character (or DEL) that `text` may not carry, as U+XXXX; None if clean.
    With `layout`, tab, line feed and carriage return are allowed (descriptions, quotes); without, none."""
    found = (TEXT_CONTROLS if layout else LABEL_CONTROLS).search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"
