"""The service's layering, read from its source: imports go one way, and only context.py keeps request state.

- No import cycle between packages: module-level imports, each collapsed to its package under
  referral_service (`referral_service.referrals.service` -> `referral_service.referrals`; a
  top-level module such as `referral_service.db` is its own package).
- No import of one of the service's modules inside a function, except in the app factory
  (registering blueprints) and the command line (loading a command's module).
- `flask.g` only in context.py and in the request's database session (db.py).
"""
from __future__ import annotations

import ast
import graphlib
from dataclasses import dataclass
from pathlib import Path

import referral_service

ROOT = Path(referral_service.__file__).parent
PACKAGE = "referral_service"
# Where an import inside a function is expected: blueprint registration and the command line.
FUNCTION_IMPORTS_ALLOWED = {f"{PACKAGE}", f"{PACKAGE}.cli"}
# The request context, and the request's database session.
G_ALLOWED = {f"{PACKAGE}.context", f"{PACKAGE}.db"}


@dataclass(frozen=True)
class Import:
    """One import statement of the service's own modules."""

    module: str  # the importing module
    line: int
    targets: tuple[str, ...]  # the service's modules (or packages) it imports
    in_function: bool


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in ROOT.rglob("*.py")}


def _package_of(module: str) -> str:
    """The package an importing module's relative imports start from."""
    return module if MODULES[module].name == "__init__.py" else module.rsplit(".", 1)[0]


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> tuple[str, ...]:
    """The service's modules an import statement names (a name imported from a package may be a module)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = _package_of(module).split(".")
            start = package[:len(package) - node.level + 1]
            base = ".".join(start + ([base] if base else []))
        names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
    return tuple(sorted({name for name in names if name == PACKAGE or name.startswith(PACKAGE + ".")}))


class _Collector(ast.NodeVisitor):
    """Every import of the service's modules in one file, and whether it sits inside a function."""

    def __init__(self, module: str):
        self.module, self.depth, self.found = module, 0, []

    def _function(self, node: ast.AST) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def _import(self, node: ast.Import | ast.ImportFrom) -> None:
        targets = _targets(self.module, node)
        if targets:
            self.found.append(Import(self.module, node.lineno, targets, self.depth > 0))

    visit_Import = visit_ImportFrom = _import


def _trees() -> dict[str, ast.Module]:
    return {module: ast.parse(path.read_text(encoding="utf-8"), str(path)) for module, path in MODULES.items()}


TREES = _trees()


def _imports() -> list[Import]:
    found = []
    for module, tree in TREES.items():
        collector = _Collector(module)
        collector.visit(tree)
        found.extend(collector.found)
    return found


def _top(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_packages_import_one_another_one_way():
    graph: dict[str, set[str]] = {}
    for found in _imports():
        if not found.in_function:
            graph.setdefault(_top(found.module), set()).update(
                _top(target) for target in found.targets if _top(target) != _top(found.module))
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as cycle:
        raise AssertionError("packages import each other in a cycle: " + " -> ".join(cycle.args[1])) from None


def test_no_module_of_the_service_is_imported_inside_a_function():
    inside = [f"{found.module} line {found.line} imports {', '.join(found.targets)}"
              for found in _imports() if found.in_function and found.module not in FUNCTION_IMPORTS_ALLOWED]
    assert inside == [], "imports inside functions (import at module level instead):\n" + "\n".join(inside)


def test_flask_g_is_touched_only_by_the_request_context_and_the_database_session():
    uses = []
    for module, tree in TREES.items():
        if module in G_ALLOWED:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "flask" and any(a.name == "g" for a in node.names):
                uses.append(f"{module} line {node.lineno}: from flask import g")
            elif (isinstance(node, ast.Attribute) and node.attr == "g" and isinstance(node.value, ast.Name)
                  and node.value.id == "flask"):
                uses.append(f"{module} line {node.lineno}: flask.g")
    assert uses == [], "flask.g outside context.py and db.py (use a function of context.py):\n" + "\n".join(uses)


def test_the_checks_see_the_service():
    """The checks above read every module and find its imports (so an empty finding means something)."""
    imports = _imports()
    assert {f"{PACKAGE}.context", f"{PACKAGE}.db", f"{PACKAGE}.cli"} <= set(MODULES)
    assert any(found.module == f"{PACKAGE}.cli" and found.in_function for found in imports)
    assert any(f"{PACKAGE}.context" in found.targets and not found.in_function for found in imports)
