"""The command line: ``villagecast`` starts the window; sub-commands work on the catalogue.

Exit codes: 0 success, 1 findings (``doctor``), 2 bad input of any kind (the reason is printed
on stderr and nothing is written). The commands live in ``cli_products``, ``cli_ledger`` and
``cli_admin``; docs/cli.md is the reference.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__

LANGUAGES = ("zh_CN", "en")
COMMANDS = ("products", "stock", "price", "demo", "backup", "doctor", "quote", "plan", "ratecard", "export", "import", "check", "session")


def _database_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """--db, --demo and --lang; with ``suppress`` an option not given leaves the earlier value alone."""
    unset = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH", default=unset,
                        help="the catalogue database (default: $VILLAGECAST_DB, else the user data folder)")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="use the demo catalogue (built on first use)")
    parser.add_argument("--lang", choices=LANGUAGES, default=unset,
                        help="language of messages (default: $VILLAGECAST_LANG, else the system's)")


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="villagecast", description="VillageCast: catalogue, stock and prices for rural live commerce. "
        "Without a command the window opens.", epilog="Reference: docs/cli.md")
    _database_options(parser, suppress=False)
    parser.add_argument("--exit-after-show", action="store_true", help="open the window and quit (for checks)")
    parser.add_argument("--version", action="version", version=f"VillageCast {__version__}")
    return parser


def build_parser() -> argparse.ArgumentParser:
    from . import cli_admin, cli_check, cli_exchange, cli_ledger, cli_products, cli_session, cli_shipping

    parser = _top_parser()
    # The same options after the sub-command; SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    _database_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli_products.register(sub, common)
    cli_ledger.register(sub, common)
    cli_admin.register(sub, common)
    cli_shipping.register(sub, common)
    cli_exchange.register(sub, common)
    cli_check.register(sub, common)
    cli_session.register(sub, common)
    return parser


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The window's own options read directly (building the argparse parser costs ~3 ms of start-up).

    Anything else (help, a typo, an abbreviation, a bad value) gives None, and argparse handles it.
    """
    values = {"db": None, "demo": False, "lang": None, "exit_after_show": False}
    args = iter(argv)
    for arg in args:
        name, eq, value = arg.partition("=")
        if name in ("--db", "--lang"):
            value = value if eq else next(args, None)
            if not value or (name == "--lang" and value not in LANGUAGES):
                return None
            values[name[2:]] = value
        elif arg in ("--demo", "--exit-after-show"):
            values[arg[2:].replace("-", "_")] = True
        else:
            return None
    return argparse.Namespace(**values)


def _parse(parser: argparse.ArgumentParser, argv) -> argparse.Namespace | int:
    try:
        return parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors (2)
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not set(argv) & {*COMMANDS, "-h", "--help"}:
        # No sub-command: start the window without loading the sub-commands (start-up time).
        args = _window_args(argv) or _parse(_top_parser(), argv)
        return args if isinstance(args, int) else _start_window(args)
    args = _parse(build_parser(), argv)
    if isinstance(args, int):
        return args
    from .cli_support import Context, err
    from .core.errors import VillageCastError
    from .messages import describe_error, detect_language, use_language
    from .paths import resolve_db_path

    use_language(detect_language(args.lang))
    demo_command = getattr(args, "demo_command", False)  # `demo reset` builds the demo database itself
    path = resolve_db_path(args.db, demo=args.demo or demo_command)
    ctx = Context(path)
    try:
        if not demo_command:
            _ensure_demo(args, path)
        if args.command is None:
            return _start_window(args)
        return args.func(args, ctx)
    except VillageCastError as exc:
        err(describe_error(exc))
        return 2
    finally:
        ctx.close()


def _start_window(args: argparse.Namespace) -> int:
    """The window on the chosen database (the demo one built first when asked for)."""
    from .paths import resolve_db_path

    path = resolve_db_path(args.db, demo=args.demo)
    try:
        _ensure_demo(args, path)
    except Exception as exc:
        from .core.errors import VillageCastError
        from .messages import describe_error, detect_language, use_language

        if not isinstance(exc, VillageCastError):
            raise
        use_language(detect_language(args.lang))
        print(describe_error(exc), file=sys.stderr)
        return 2
    _import_qt_free_layers()
    from .ui.app import run_app

    return run_app(path, exit_after_show=args.exit_after_show, language=args.lang)


def _import_qt_free_layers() -> None:
    """Import core and storage before PySide6: start-up time.

    Once PySide6 is imported, its import hook reads the source of every module imported after it
    (looking for ``from __feature__``); the Qt-free layers need no such check.
    """
    from . import storage  # noqa: F401
    from .core import catalogue, money, search  # noqa: F401


def _ensure_demo(args, path) -> None:
    """With --demo (and no --db) build the demo catalogue if it is missing or empty."""
    if args.demo and not args.db:
        from .storage.demo_file import ensure_demo

        ensure_demo(path)


if __name__ == "__main__":
    sys.exit(main())
