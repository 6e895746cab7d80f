"""zh_CN is complete, every tr() string is extracted, placeholders survive, and the .qm files are current."""

import importlib.util
import re
import shutil
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
        assert _pairs(tools.ts_path(lang, tmp_path)) == _pairs(tools.ts_path(lang)), (
            f"{lang}: run python .ci/update_translations.py")


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
