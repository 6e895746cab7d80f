"""`python -m villagecast` as a real process: exit codes, UTF-8 output, no tracebacks; docs cover every command."""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from villagecast.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def run(*args, **env):
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "VILLAGECAST_LANG": "en", **env}
    return subprocess.run([sys.executable, "-m", "villagecast", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=full_env, timeout=60)


def test_add_list_and_refuse_in_a_real_process(tmp_path):
    path = tmp_path / "shop.db"
    added = run("products", "add", "--sku", "SX-APPLE-5KG", "--name-zh", "陕西洛川苹果", "--category", "fruit",
                "--live-price", "39.90", "--cost", "45", "--stock", "12", "--db", path)
    assert added.returncode == 0, added.stderr
    assert "陕西洛川苹果" in added.stdout and "below the cost" in added.stderr

    listed = run("--db", path, "products", "list", "--json")
    assert listed.returncode == 0
    row = json.loads(listed.stdout)[0]
    assert (row["sku"], row["name_zh"], row["live_price"], row["stock"]) == (
        "SX-APPLE-5KG", "陕西洛川苹果", "39.90", 12)

    refused = run("stock", "sell", "SX-APPLE-5KG", "13", VILLAGECAST_DB=str(path))
    assert refused.returncode == 2
    assert "Not enough stock" in refused.stderr and "Traceback" not in refused.stderr


def test_version_and_usage_errors(tmp_path):
    version = run("--version")
    assert version.returncode == 0 and "VillageCast" in version.stdout
    assert run("products", "--db", tmp_path / "x.db").returncode == 2  # an action is required


def test_docs_describe_every_command_and_option():
    """docs/cli.md names every sub-command and every option the parser knows."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = []

    def walk(parser, prefix):
        for action in parser._actions:
            missing.extend(f"{prefix} {o}" for o in action.option_strings if o not in text)
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    command = f"{prefix} {name}".strip()
                    if f"villagecast {command}" not in text:
                        missing.append(command)
                    walk(sub, command)

    walk(build_parser(), "")
    assert missing == []


def test_window_options_fast_path_agrees_with_argparse():
    from villagecast import cli

    for argv in (["--db", "x.db"], ["--db=x.db", "--lang", "en"], ["--demo", "--exit-after-show"], [],
                 ["--lang=zh_CN", "--db", "a", "--db", "b"]):
        fast = cli._window_args(argv)
        assert fast is not None, argv
        assert vars(fast) == vars(cli._top_parser().parse_args(argv)), argv
    for argv in (["--db"], ["--lang", "fr"], ["--exit"], ["--version"], ["stray"], ["--demo=yes"]):
        assert cli._window_args(argv) is None, argv
