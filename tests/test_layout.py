"""The package's layout holds: its layers import downward only, no module imports itself
back through others, and no module but data grows past 500 lines.

Read from the code's own imports (every `import` and `from ... import`, at the top of a
module or inside a function), so the picture cannot drift from the code.
`python -m tests.test_layout` prints the figures.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "newscrawl"

# Lowest first: a module may import its own layer and the layers below it, never above.
LAYERS = [
    ("newscrawl.exits", "newscrawl.lang", "newscrawl.version"),  # no newscrawl import
    ("newscrawl.model",),  # the record, its finishing, its schema, the run-file format
    ("newscrawl.pages",),  # page objects: one page type each, nothing of crawling
    ("newscrawl.catalog", "newscrawl.store"),  # the portals (and their page objects); the store
    ("newscrawl.crawl", "newscrawl.export", "newscrawl.archive"),  # archive: WARC in and out
    ("newscrawl.api", "newscrawl.demo"),
    ("newscrawl.cli", "newscrawl"),  # the commands, and the package's face (__init__)
]
# Nothing in production imports the sample portal (the demo command and the tests do).
DEMO_USERS = ("newscrawl.cli", "newscrawl.demo")
# Files that are mostly data, not code, may be longer.
DATA_FILES = {"newscrawl.lang.places"}  # the gazetteer: provinces and their place names
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The newscrawl modules `path` imports (a `from package import module` names the
    module; a `from module import name` the module)."""
    found: set[str] = set()
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newscrawl"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and node.module.startswith("newscrawl"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
    return {m for m in found if m in known}


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(path, known) - {name} for name, path in mods.items()}


def layer_of(module: str) -> int:
    best, depth = -1, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and \
                    prefix.count(".") > depth:
                best, depth = index, prefix.count(".")
    return best


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(10_000)

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def upward(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Imports of a module in a higher layer (a package's __init__ handing on its own
    submodules is not one)."""
    wrong = []
    for source, targets in edges.items():
        for target in targets:
            if target.startswith(source + "."):
                continue
            if layer_of(target) > layer_of(source):
                wrong.append((source, target))
    return sorted(wrong)


def demo_imports(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    return sorted((s, t) for s, targets in edges.items() for t in targets
                  if t.startswith("newscrawl.demo") and not s.startswith(DEMO_USERS))


def long_files() -> list[tuple[str, int]]:
    return sorted((name, n) for name, path in modules().items()
                  if (n := len(path.read_text("utf-8").splitlines())) > MAX_LINES
                  and name not in DATA_FILES)


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_layers_import_downward_only() -> None:
    assert all(layer_of(m) >= 0 for m in modules()), "a module in no layer"
    assert upward(graph()) == []


def test_production_code_never_imports_the_sample_portal() -> None:
    assert demo_imports(graph()) == []


def test_no_module_is_over_500_lines() -> None:
    assert long_files() == []


def test_pipelines_and_the_feed_read_no_spider_state() -> None:
    # Provenance travels on the item: the pipelines and the feed import no spider and read
    # no attribute of one (the seen store is the crawler's extension, not the spider's).
    edges = graph()
    for module in ("newscrawl.crawl.pipelines", "newscrawl.crawl.feeds"):
        assert not [m for m in edges[module] if m.startswith("newscrawl.crawl.spiders")]
        source = (PACKAGE.parent / (module.replace(".", "/") + ".py")).read_text("utf-8")
        assert not re.search(r"\bspider\.\w", source), module
        assert "CrawlState" not in source or module.endswith("feeds"), module


if __name__ == "__main__":
    edges = graph()
    print(f"modules {len(edges)}, imports {sum(map(len, edges.values()))}")
    print(f"cycles {len(cycles(edges))}: {cycles(edges)}")
    print(f"upward imports {len(upward(edges))}: {upward(edges)}")
    print(f"demo imported by production code: {demo_imports(edges)}")
    print(f"modules over {MAX_LINES} lines: {long_files()}")
