"""Map IRIs of the project's own data back to the annotation file, line and item that produced them."""

from __future__ import annotations

from pathlib import Path

from .errors import display_path
from .namespaces import ID
from .yamlfile import Located, LocatedList, load_yaml

SECTIONS = {"places": "place", "actors": "actor", "posts": "post", "events": "event"}


def source_index(data_dir: Path) -> dict[str, str]:
    """IRI -> "file:line item"; best effort, because it serves messages, not correctness."""
    index: dict[str, str] = {}
    registry = data_dir / "registry.yaml"
    if registry.is_file():
        doc = load_yaml(registry)
        for section, kind in SECTIONS.items():
            entries = doc.get(section) if isinstance(doc, Located) else None
            if isinstance(entries, Located):
                for key in entries:
                    index[f"{ID}{kind}/{key}"] = (
                        f"{display_path(registry)}:{entries.line_of(key)} {section}.{key}"
                    )
    for path in sorted((data_dir / "annotations").glob("*.yaml")):
        shown, article = display_path(path), path.stem
        index[f"{ID}article/{article}"] = f"{shown}:1 article"
        doc = load_yaml(path)
        if not isinstance(doc, Located):
            continue
        for section in ("events", "claims"):
            items = doc.get(section)
            if not isinstance(items, LocatedList):
                continue
            for i, item in enumerate(items):
                if not isinstance(item, Located) or not isinstance(item.get("id"), str):
                    continue
                iri = (
                    f"{ID}claim/{article}/{item['id']}" if section == "claims" else f"{ID}event/{item['id']}"
                )
                index.setdefault(iri, f"{shown}:{items.item_lines[i]} {section}[{i}] {item['id']}")
    return index


def locate(index: dict[str, str], iri: str) -> str | None:
    """Find the source of a node or of the node it belongs to (attribution, geometry, anchor)."""
    if iri in index:
        return index[iri]
    for suffix in ("/attribution", "/geometry", "/quote", "/position"):
        if iri.endswith(suffix) and iri[: -len(suffix)] in index:
            return index[iri[: -len(suffix)]]
    if iri.startswith(f"{ID}anchor/"):
        article = iri[len(ID) + len("anchor/") :].split("/", 1)[0]
        return index.get(f"{ID}article/{article}")
    return None
