"""Safe YAML reading that keeps line numbers, so every error can point at the offending line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, display_path

MAX_BYTES = 5_000_000


class Located(dict):
    """A YAML mapping that remembers the line of each key and of itself."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    """A YAML sequence that remembers the line of each item."""

    line: int = 0
    item_lines: list[int]


def load_yaml(path: Path) -> Any:
    """Parse with the safe loader only; reject aliases, duplicate keys and oversized files up front."""
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(shown, f"cannot read file ({exc.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise InputError(shown, f"file is larger than {MAX_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(shown, f"not valid UTF-8 (byte {exc.start})") from None
    try:
        _reject_aliases(text, shown)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(shown, f"YAML syntax error: {problem}", line=line) from None
    if node is None:
        return None
    return _convert(node, shown)


def _reject_aliases(text: str, shown: str) -> None:
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = event.start_mark.line + 1
            raise InputError(shown, "YAML anchors and aliases are not allowed", line=line)


def _convert(node: yaml.Node, shown: str) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = Located()
        out.line = line
        out.key_lines = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, shown)
            if not isinstance(key, str):
                raise InputError(shown, f"mapping key {key!r} must be a string", line=line)
            if key in out:
                raise InputError(shown, f"duplicate key {key!r}", line=key_node.start_mark.line + 1)
            out[key] = _convert(value_node, shown)
            out.key_lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        items = LocatedList(_convert(item, shown) for item in node.value)
        items.line = line
        items.item_lines = [item.start_mark.line + 1 for item in node.value]
        return items
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(shown, f"bad value: {problem}", line=line) from None
