"""Map IRIs of the project's own data back to the annotation file, line and item that produced them."""

from __future__ import annotations

from pathlib import Path

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.namespaces import ID
from claimgraph.core.yamlfile import Located, LocatedList, load_yaml

SECTIONS = {"places": "place", "actors": "actor", "posts": "post", "events": "event"}


class SourceIndex:
    """IRI -> "file:line item"; best effort, because it serves messages, not correctness.

    Reads an annotation file only when a result asks where one of its IRIs came from: valid data asks
    nothing, and reading every file first took 41 s of one core at 10k articles before validation began.
    Answers do not depend on the order of the questions: the registry's line wins for anything it lists,
    and an event listed by several articles is located in the first of them, in file order."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.found: dict[str, str] = {}
        self.read: set[str] = set()  # "registry", article ids, and "all" once every file has been read
        self.events: dict[str, list[tuple[str, str]]] = {}  # article id -> the events it lists

    def get(self, iri: str) -> str | None:
        if iri not in self.found and iri.startswith(ID):
            self._read("registry")
            kind, _, rest = iri[len(ID) :].partition("/")
            if kind in ("article", "claim", "anchor"):
                self._read(rest.split("/", 1)[0])
            elif kind == "event":
                self._read("all")
        return self.found.get(iri)

    def _read(self, what: str) -> None:
        if what in self.read:
            return
        self.read.add(what)
        annotations = self.data_dir / "annotations"
        if what == "registry":
            self._read_registry(self.data_dir / "registry.yaml")
        elif what == "all":
            for path in sorted(annotations.glob("*.yaml")):
                self._read(path.stem)
                for iri, where in self.events.get(path.stem, ()):
                    self.found.setdefault(iri, where)
        elif "/" not in what and not what.startswith("."):
            self._read_article(annotations / f"{what}.yaml")

    def _read_registry(self, registry: Path) -> None:
        doc = _load(registry)
        for section, kind in SECTIONS.items():
            entries = doc.get(section) if isinstance(doc, Located) else None
            if isinstance(entries, Located):
                for key in entries:
                    where = f"{display_path(registry)}:{entries.line_of(key)} {section}.{key}"
                    self.found.setdefault(f"{ID}{kind}/{key}", where)

    def _read_article(self, path: Path) -> None:
        if not path.is_file():
            return
        shown, article = display_path(path), path.stem
        self.found[f"{ID}article/{article}"] = f"{shown}:1 article"
        doc = _load(path)
        if not isinstance(doc, Located):
            return
        for section in ("events", "claims"):
            items = doc.get(section)
            if not isinstance(items, LocatedList):
                continue
            for i, item in enumerate(items):
                if not isinstance(item, Located) or not isinstance(item.get("id"), str):
                    continue
                where = f"{shown}:{items.item_lines[i]} {section}[{i}] {item['id']}"
                if section == "claims":
                    self.found.setdefault(f"{ID}claim/{article}/{item['id']}", where)
                else:  # located only once every file is read: the first article listing it wins
                    self.events.setdefault(article, []).append((f"{ID}event/{item['id']}", where))


# What validation accepts for locating results: the on-demand index of a data directory, or a ready dict
# (empty when validating plain RDF files, which have no annotation lines).
Sources = SourceIndex | dict[str, str]


def _load(path: Path) -> object:
    try:
        return load_yaml(path) if path.is_file() else None
    except InputError:
        return None  # the build reports bad input; a message without its source line is still a message


def locate(index: Sources, iri: str) -> str | None:
    """Find the source of a node or of the node it belongs to (attribution, geometry, anchor)."""
    found = index.get(iri)
    if found is not None:
        return found
    for suffix in ("/attribution", "/geometry", "/quote", "/position"):
        if iri.endswith(suffix) and (found := index.get(iri[: -len(suffix)])) is not None:
            return found
    if iri.startswith(f"{ID}anchor/"):
        article = iri[len(ID) + len("anchor/") :].split("/", 1)[0]
        return index.get(f"{ID}article/{article}")
    return None
