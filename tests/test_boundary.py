"""The import contract: which way imports run in core/, read from the source with ast.

Every import counts, at the top of a module or inside a function or an `if TYPE_CHECKING:`: a
lazy import is still a dependency. Each failure lists the offending edges as
"core/quotes/find.py:12 core.quotes.find -> core.positions.find".
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "core"

# The analysis, bottom to top: a module imports from its own layer or lower ones, never higher.
# core.model (the contract dataclasses) is under everything; core.components (the spaCy
# components) stands on core.analyze beside core.corpus; what reads many analyses at once
# (collection: `newsreader stats`; evaluation: `newsreader eval`) stands on the corpus runs.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("core.model", "core.dirs"),
    ("core.text", "core.lexicon"),
    ("core.actors",),
    ("core.reference",),
    ("core.quotes",),
    ("core.positions",),
    ("core.analyze",),
    ("core.corpus", "core.components", "core.gender"),
    ("core.collection", "core.evaluation"),
)
ANALYSIS = (
    "core.text",
    "core.lexicon",
    "core.actors",
    "core.reference",
    "core.quotes",
    "core.positions",
    "core.analyze",
    "core.model",
    "core.components",
)
# Input, output and the terminal belong to sources, corpus and the UI, not to the analysis.
NOT_IN_ANALYSIS = frozenset({"httpx", "sqlite3", "argparse", "rich"})
UI = frozenset({"textual", "tui"})


@dataclass(frozen=True)
class Edge:
    path: Path
    line: int
    importer: str
    imported: str

    def __str__(self) -> str:
        where = f"{self.path.relative_to(ROOT)}:{self.line}"
        return f"{where} {self.importer} -> {self.imported}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _absolute(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


@cache
def edges() -> tuple[Edge, ...]:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        importer = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [Edge(path, node.lineno, importer, a.name) for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                module = _absolute(node, importer, path.name == "__init__.py")
                # `from core.text import parsed` imports core.text.parsed: name the module.
                found += [
                    Edge(
                        path,
                        node.lineno,
                        importer,
                        f"{module}.{a.name}" if a.name != "*" else module,
                    )
                    for a in node.names
                ]
    return tuple(found)


def within(module: str, packages: tuple[str, ...] | frozenset[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def layer_of(module: str) -> int | None:
    for i, layer in enumerate(LAYERS):
        if within(module, layer):
            return i
    return None


def test_the_contract_sees_imports_inside_functions():
    # core.components imports the analysis only when a pipeline runs it.
    lazy = [e for e in edges() if e.importer == "core.components"]
    assert any(within(e.imported, ("core.analyze",)) for e in lazy)
    assert all(layer_of(m) is not None for m in ("core.quotes.find", "core.text", "core.model"))


def test_core_never_imports_the_ui():
    bad = [str(e) for e in edges() if within(e.imported, UI)]
    assert bad == [], "core/ imports the UI:\n" + "\n".join(bad)


def test_the_analysis_does_no_input_output_or_terminal():
    bad = [
        str(e)
        for e in edges()
        if within(e.importer, ANALYSIS) and within(e.imported, NOT_IN_ANALYSIS)
    ]
    assert bad == [], "the analysis imports httpx, sqlite3, argparse or rich:\n" + "\n".join(bad)


def test_sources_never_import_spacy():
    bad = [
        str(e)
        for e in edges()
        if within(e.importer, ("core.sources",)) and within(e.imported, ("spacy",))
    ]
    assert bad == [], "core.sources imports spaCy:\n" + "\n".join(bad)


def test_imports_run_one_way():
    bad = []
    for e in edges():
        low, high = layer_of(e.importer), layer_of(e.imported)
        if low is not None and high is not None and high > low:
            bad.append(f"{e}  ({LAYERS[low][0]} is under {LAYERS[high][0]})")
    assert bad == [], "a lower layer imports a higher one:\n" + "\n".join(bad)


def _loaded_after_importing(packages: str, code: str) -> subprocess.CompletedProcess[str]:
    """Import every module under `packages` in a fresh interpreter, then run `code`."""
    program = (
        "import importlib, pkgutil, sys\n"
        f"for top in {packages!r}.split():\n"
        "    pkg = importlib.import_module(top)\n"
        "    for m in pkgutil.walk_packages(getattr(pkg, '__path__', []), top + '.'):\n"
        "        importlib.import_module(m.name)\n"
        f"{code}\n"
    )
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT)


def test_importing_all_of_core_loads_no_ui_module():
    code = (
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'tui')]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = _loaded_after_importing("core", code)
    assert result.returncode == 0, result.stdout + result.stderr


def test_reading_sources_loads_no_spacy():
    # Transitively too: the process that downloads and reads articles never pays for spaCy.
    code = (
        "bad = [m for m in sys.modules if m.split('.')[0] == 'spacy']\n"
        "print(bad[:5]); sys.exit(1 if bad else 0)"
    )
    result = _loaded_after_importing("core.sources", code)
    assert result.returncode == 0, result.stdout + result.stderr
