"""Entry point for ``python -m villagecast`` and the ``villagecast`` script."""

import sys


def main(argv=None) -> int:
    """Dispatch to the CLI; with no sub-command the CLI starts the window."""
    from villagecast.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
