"""zh_CN is complete, every tr() string is extracted, placeholders survive, and the .qm files are current."""

import ast
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".ci" / "update_translations.py"
spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
tools = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tools)

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _pairs(path):
    return {(ctx, msg.findtext("source")) for ctx, msg in tools.messages(path)}


def test_zh_cn_is_complete():
    assert tools.unfinished(tools.ts_path("zh_CN")) == []


def test_every_source_string_is_in_the_ts_files(tmp_path):
    for lang in tools.LANGUAGES:
        shutil.copy(tools.ts_path(lang), tmp_path)
        tools.lupdate(lang, tmp_path)
        tools.mark_plurals(tools.ts_path(lang, tmp_path), tools.plural_calls(), lang)
        assert _pairs(tools.ts_path(lang, tmp_path)) == _pairs(tools.ts_path(lang)), (
            f"{lang}: run python .ci/update_translations.py")


def test_every_counted_translate_call_is_a_plural_in_both_languages():
    """``translate(ctx, "%n day(s)", None, n)``: English says "1 day" / "540 days", never "540 day(s)"."""
    plurals = tools.plural_calls()
    assert ("ProductDetail", "%n day(s)") in plurals  # the scan finds module-level translate() calls
    for lang in tools.LANGUAGES:
        numerus = {(ctx, msg.findtext("source")) for ctx, msg in tools.messages(tools.ts_path(lang))
                   if msg.get("numerus") == "yes"}
        assert plurals - numerus == set(), f"{lang}: run python .ci/update_translations.py"
    from PySide6.QtCore import QTranslator

    english = QTranslator()
    assert english.load(str(ROOT / "translations" / "villagecast_en.qm"))
    assert english.translate("ProductDetail", "%n day(s)", None, 540) == "%n days"
    assert english.translate("ProductDetail", "%n day(s)", None, 1) == "%n day"


def test_placeholders_survive_translation():
    bad = []
    for ctx, msg in tools.messages(tools.ts_path("zh_CN")):
        source = msg.findtext("source")
        tr = msg.find("translation")
        texts = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        for text in texts:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                bad.append((ctx, source, text))
    assert bad == []


@pytest.mark.parametrize("lang", tools.LANGUAGES)
def test_compiled_qm_matches_ts(tmp_path, lang):
    fresh = tools.lrelease(lang, out_folder=tmp_path)
    shipped = ROOT / "translations" / f"villagecast_{lang}.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), "run python .ci/update_translations.py"


def _translation_calls(tree):
    """(call, inside_fstring) for every tr()/translate() call in a module's AST."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Call))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("tr", "translate"):
                yield node, id(node) in inside


def _is_text(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_literal_translation_is_visible_to_lupdate():
    """lupdate skips calls inside f-strings and literal texts whose context is not literal.

    Calls translating a variable look up texts declared with QT_TRANSLATE_NOOP elsewhere; those
    declarations are what lupdate extracts, and the tests above check them.
    """
    bad = []
    for path in (ROOT / "villagecast").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, in_fstring in _translation_calls(tree):
            name = call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id
            source = call.args[1] if name == "translate" and len(call.args) > 1 else (call.args or [None])[0]
            if not _is_text(source):
                continue
            if in_fstring or (name == "translate" and not _is_text(call.args[0])):
                bad.append(f"{path.relative_to(ROOT)}:{call.lineno}")
            elif name == "translate" and len(call.args) > 3 and not isinstance(call.args[3], ast.Name):
                bad.append(f"{path.relative_to(ROOT)}:{call.lineno}")  # lupdate drops such a plural entirely
            elif isinstance(call.func, ast.Name) and (name == "tr" or len(call.args) < 2):
                # lupdate files a bare tr("…") (a helper, or tr = self.tr) under no context, and a one-argument
                # translate("…") not at all, while the running code looks it up under a real context.
                bad.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert bad == []


def test_lupdate_files_bare_tr_helpers_under_no_context(tmp_path):
    """Why bare ``tr("…")`` calls are refused above: lupdate puts them in the empty context."""
    source = tmp_path / "helper.py"
    source.write_text("def tr(text):\n    return text\n\n\nclass Panel:\n    def fill(self):\n"
                      "        return tr('bare helper'), self.tr('own context')\n", encoding="utf-8")
    ts = tmp_path / "out.ts"
    subprocess.run([tools.tool("lupdate"), str(source), "-ts", str(ts)], check=True, capture_output=True)
    found = {(ctx or "", msg.findtext("source")) for ctx, msg in tools.messages(ts)}
    assert found == {("", "bare helper"), ("Panel", "own context")}


def test_the_lupdate_check_catches_both_mistakes():
    tree = ast.parse('x = f"{translate(\'C\', \'a\')}"\ny = QCoreApplication.translate(CTX, "b")\n'
                     'z = tr(TABLE[k])\n')
    found = sorted((c.lineno, inside) for c, inside in _translation_calls(tree))
    assert found == [(1, True), (2, False), (3, False)]
