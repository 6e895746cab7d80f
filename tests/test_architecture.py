"""Layer rules: the core and storage never import Qt; the CLI's help matches its reference."""

import ast
import subprocess
import sys
from pathlib import Path

import villagecast

PKG = Path(villagecast.__file__).resolve().parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_and_storage_never_import_qt_in_source():
    offenders = []
    for layer in ("core", "storage"):
        for path in (PKG / layer).rglob("*.py"):
            bad = [n for n in _imports(path) if n.split(".")[0] in QT_MODULES]
            if bad:
                offenders.append(f"{path.relative_to(PKG)}: {bad}")
    assert offenders == []


def test_core_and_storage_do_not_pull_qt_at_runtime():
    """Importing every core and storage module loads no Qt module (catches indirect imports)."""
    mods = sorted({f"villagecast.{p.relative_to(PKG).with_suffix('').as_posix().replace('/', '.')}"
                   for layer in ("core", "storage") for p in (PKG / layer).rglob("*.py")})
    mods = [m.removesuffix(".__init__") for m in mods]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in mods) +
            "bad = [m for m in sys.modules if m.split('.')[0] in %r]\nprint(bad)\nsys.exit(1 if bad else 0)" % (QT_MODULES,))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_checker_would_catch_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imports(bad)
