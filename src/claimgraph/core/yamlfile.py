"""Safe YAML reading that keeps line numbers, so every error can point at the offending line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.inputfiles import YAML_CAP, read_capped

# libyaml's parser is about 20x faster than the pure-Python one; both give the same nodes and marks.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    """Parse with the safe loader only; reject aliases, duplicate keys, special files (a FIFO is never
    opened) and files over the cap ($CLAIMGRAPH_MAX_YAML_BYTES, default 5,000,000) up front."""
    shown = display_path(path)
    raw = read_capped(path, YAML_CAP.bytes())
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(shown, f"not valid UTF-8 (byte {exc.start})") from None
    try:
        _reject_aliases(text, shown)
        node = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(shown, f"YAML syntax error: {problem}", line=line) from None
    if node is None:
        return None
    return convert_node(node, shown)


def _reject_aliases(text: str, shown: str) -> None:
    if "&" not in text and "*" not in text:
        return  # neither an anchor nor an alias can occur
    for event in yaml.parse(text, Loader=LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = event.start_mark.line + 1 if event.start_mark else 0
            raise InputError(shown, "YAML anchors and aliases are not allowed", line=line)


def convert_node(node: yaml.Node, shown: str) -> Any:
    """Plain values with line numbers from a composed node: for YAML that is not a whole file (the `#+`
    headers of .rq files), which the catalogue and the checks compose themselves."""
    return _Converter(shown).convert(node)


class _Converter:
    """Nodes to Located values with one constructor per file (a loader per scalar was the hot spot)."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.constructor = yaml.constructor.SafeConstructor()

    def convert(self, node: yaml.Node) -> Any:
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, line)
        if isinstance(node, yaml.SequenceNode):
            items = LocatedList(self.convert(item) for item in node.value)
            items.line = line
            items.item_lines = [item.start_mark.line + 1 for item in node.value]
            return items
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            problem = getattr(exc, "problem", None) or str(exc)
            raise InputError(self.shown, f"bad value: {problem}", line=line) from None
        except (ValueError, OverflowError) as exc:  # an impossible timestamp: `date: 2024-13-45` unquoted
            raise InputError(self.shown, f"bad value {node.value!r}: {exc}", line=line) from None

    def mapping(self, node: yaml.MappingNode, line: int) -> Located:
        out = Located()
        out.line = line
        out.key_lines = {}
        for key_node, value_node in node.value:
            key = self.convert(key_node)
            if not isinstance(key, str):
                raise InputError(self.shown, f"mapping key {key!r} must be a string", line=line)
            if key in out:
                raise InputError(self.shown, f"duplicate key {key!r}", line=key_node.start_mark.line + 1)
            out[key] = self.convert(value_node)
            out.key_lines[key] = key_node.start_mark.line + 1
        return out
