#!/usr/bin/env python3
"""Refresh translations/: lupdate the sources into the .ts files, optionally merge translations, lrelease.

    python .ci/update_translations.py                 # extract + compile
    python .ci/update_translations.py --fill zh.json  # also fill zh_CN from {"Context|source": "译文"}
    python .ci/update_translations.py --list-unfinished

zh_CN is the first language and must be complete; en is the source language (plural forms only).
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """Path of pyside6-lupdate / pyside6-lrelease next to the running Python, or on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources(root: Path = ROOT) -> list[str]:
    return sorted(str(p) for p in (root / "villagecast").rglob("*.py"))


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"villagecast_{language}.ts"


def lupdate(language: str, folder: Path = TS_DIR) -> None:
    args = [tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-target-language", language]
    if language == "en":
        args.append("-pluralonly")
    subprocess.run([*args, "-ts", str(ts_path(language, folder))], check=True, capture_output=True)


def lrelease(language: str, ts_folder: Path = TS_DIR, out_folder: Path = TS_DIR) -> Path:
    out = out_folder / f"villagecast_{language}.qm"
    subprocess.run([tool("lrelease"), "-silent", str(ts_path(language, ts_folder)), "-qm", str(out)], check=True)
    return out


def messages(path: Path):
    """Yield (context, message element) for every message of a .ts file."""
    tree = ET.parse(path)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(path: Path) -> list[tuple[str, str]]:
    out = []
    for ctx, msg in messages(path):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (
                tr.text or list(tr.iter("numerusform"))):
            out.append((ctx, msg.findtext("source")))
    return out


def fill(path: Path, table: dict[str, str]) -> int:
    """Set translations from ``{"Context|source": text}`` (or ``{"source": text}``) for unfinished messages."""
    tree = ET.parse(path)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            text = table.get(f"{name}|{source}", table.get(source))
            tr = msg.find("translation")
            if text is None or tr is None or (tr.get("type") != "unfinished" and tr.text):
                continue
            if msg.get("numerus") == "yes":
                for form in list(tr):
                    tr.remove(form)
                ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = text
            tr.attrib.pop("type", None)
            count += 1
    write_ts(tree, path)
    return count


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts file the way lupdate does (declaration, doctype, indented)."""
    ET.indent(tree)
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")


# English plural forms that "(s)" alone cannot give.
ENGLISH_FORMS = {
    "These files were not added:": ("This file was not added:", "These files were not added:"),
    "%n talking point(s) without evidence: do not say them.": (
        "%n talking point without evidence: do not say it.", "%n talking points without evidence: do not say them."),
}


def english_plurals(path: Path) -> int:
    """Fill the en file's plural forms: "%n day(s)" -> "%n day" / "%n days" (or ENGLISH_FORMS)."""
    tree = ET.parse(path)
    count = 0
    for msg in tree.getroot().iter("message"):
        if msg.get("numerus") != "yes":
            continue
        source = msg.findtext("source")
        forms = ENGLISH_FORMS.get(source, (source.replace("(s)", ""), source.replace("(s)", "s")))
        tr = msg.find("translation")
        for form in list(tr):
            tr.remove(form)
        for text in forms:
            ET.SubElement(tr, "numerusform").text = text
        tr.attrib.pop("type", None)
        count += 1
    write_ts(tree, path)
    return count


def plural_calls(root: Path = ROOT) -> set[tuple[str, str]]:
    """(context, source) of every ``translate("Ctx", "… %n …", disambiguation, count)`` call in the sources.

    pyside6-lupdate marks only ``self.tr(text, None, n)`` as a plural (numerus) message; for
    ``QCoreApplication.translate`` with a count it files a plain message, so English would show "3 day(s)".
    """
    found = set()
    for name in sources(root):
        tree = ast.parse(Path(name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 4:
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            context, text = node.args[0], node.args[1]
            if (called == "translate" and isinstance(context, ast.Constant) and isinstance(context.value, str)
                    and isinstance(text, ast.Constant) and isinstance(text.value, str) and "%n" in text.value):
                found.add((context.value, text.value))
    return found


def finished(path: Path, wanted: set[tuple[str, str]]) -> dict[str, str]:
    """``{"Context|source": text}`` of the finished translations of ``wanted`` messages (for ``fill``)."""
    out = {}
    if not path.exists():
        return out
    for ctx, msg in messages(path):
        tr = msg.find("translation")
        key = (ctx, msg.findtext("source"))
        if key not in wanted or tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        text = tr.findtext("numerusform") or tr.text
        if text:
            out[f"{key[0]}|{key[1]}"] = text
    return out


def mark_plurals(path: Path, plurals: set[tuple[str, str]], language: str) -> int:
    """Make the messages of ``plurals`` numerus in one .ts file (adding them to the plural-only en file)."""
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {ctx.findtext("name"): ctx for ctx in root.iter("context")}
    present = {(name, msg.findtext("source")): msg for name, ctx in contexts.items() for msg in ctx.iter("message")}
    count = 0
    for context, source in sorted(plurals):
        msg = present.get((context, source))
        if msg is None:
            if language != "en":
                continue  # lupdate did not see it: test_every_literal_translation_is_visible_to_lupdate says so
            ctx = contexts.get(context)
            if ctx is None:
                ctx = contexts[context] = ET.SubElement(root, "context")
                ET.SubElement(ctx, "name").text = context
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation", type="unfinished")
        if msg.get("numerus") == "yes":
            continue
        msg.set("numerus", "yes")
        tr = msg.find("translation")
        if tr.text and not list(tr):
            ET.SubElement(tr, "numerusform").text = tr.text
            tr.text = None
        count += 1
    write_ts(tree, path)
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fill", type=Path, help="JSON of zh_CN translations to merge")
    parser.add_argument("--list-unfinished", action="store_true")
    args = parser.parse_args()
    plurals = plural_calls()
    kept = finished(ts_path("zh_CN"), plurals)  # lupdate turns the numerus ones it did not file back into unfinished
    for lang in LANGUAGES:
        lupdate(lang)
        mark_plurals(ts_path(lang), plurals, lang)
    fill(ts_path("zh_CN"), kept)
    if args.fill:
        n = fill(ts_path("zh_CN"), json.loads(args.fill.read_text(encoding="utf-8")))
        print(f"filled {n} zh_CN messages")
    english_plurals(ts_path("en"))
    for lang in LANGUAGES:
        lrelease(lang)
    left = unfinished(ts_path("zh_CN"))
    if args.list_unfinished:
        print(json.dumps({f"{c}|{s}": "" for c, s in left}, ensure_ascii=False, indent=1))
    print(f"zh_CN unfinished: {len(left)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
