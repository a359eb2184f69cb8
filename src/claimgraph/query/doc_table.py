"""The table of packaged queries in docs/queries.md, generated from the catalogue so it cannot drift."""

from __future__ import annotations

from claimgraph.query.catalogue import PackagedQuery

START, END = "<!-- query-table:start -->", "<!-- query-table:end -->"


def query_table(catalogue: dict[str, PackagedQuery]) -> str:
    rows = ["| query | form | question | parameters (default) |", "|---|---|---|---|"]
    for q in catalogue.values():
        params = ", ".join(
            f"`{p.name}` {p.type}" + (f" (`{p.default}`)" if p.default is not None else "")
            for p in q.parameters.values()
        )
        rows.append(f"| `{q.name}` | {q.form} | {q.title} | {params or '-'} |")
    return "\n".join(rows)


def with_table(page: str, catalogue: dict[str, PackagedQuery]) -> str:
    """`page` with the text between the query-table markers replaced by the current table."""
    head, rest = page.split(START, 1)
    _old, tail = rest.split(END, 1)
    return f"{head}{START}\n{query_table(catalogue)}\n{END}{tail}"


if __name__ == "__main__":
    from claimgraph.core.resources import SOURCE_ROOT, resource_dir
    from claimgraph.query.catalogue import load_catalogue

    page = SOURCE_ROOT / "docs" / "queries.md"
    page.write_text(
        with_table(page.read_text(encoding="utf-8"), load_catalogue(resource_dir("queries"))),
        encoding="utf-8",
    )
    print(f"updated {page}")
