"""Run the command line in-process: ``cli(*args)`` returns (exit code, stdout, stderr)."""

from types import SimpleNamespace

import pytest

from villagecast import cli as cli_module

from ..helpers import dump

WALNUT = ["products", "add", "--sku", "YN-WALNUT-1KG", "--name-zh", "云南漾濞核桃", "--name-en", "Yangbi walnuts",
          "--category", "nuts", "--net-weight-g", "1000", "--gross-weight-g", "1150", "--live-price", "39.9",
          "--list-price", "59.90", "--cost", "30", "--province", "云南省", "--county", "漾濞彝族自治县",
          "--stock", "20"]


@pytest.fixture(name="dump")
def dump_fixture():
    """``dump(path)``: the database as SQL text."""
    return dump


@pytest.fixture
def walnut_cmd():
    """The ``products add`` arguments of the sample walnut product (a fresh list each time)."""
    return list(WALNUT)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "shop" / "villagecast.db"


@pytest.fixture
def cli(capsys, db_path):
    """Call ``villagecast --db <db_path> ARGS...`` (``db=None`` leaves --db out)."""

    def run(*args, db=db_path):
        argv = [str(a) for a in args] + (["--db", str(db)] if db is not None else [])
        code = cli_module.main(argv)
        captured = capsys.readouterr()
        return SimpleNamespace(code=code, out=captured.out, err=captured.err)

    return run


@pytest.fixture
def walnut(cli):
    """A database holding one product with 20 in stock."""
    result = cli(*WALNUT)
    assert result.code == 0, result.err
    return "YN-WALNUT-1KG"
