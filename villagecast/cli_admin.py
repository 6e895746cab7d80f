"""``villagecast demo reset``, ``backup list|now|restore`` and ``doctor``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from .cli_support import CliError, local_time, out, parse_int, print_json, say, table
from .core.errors import NotFound, VillageCastError
from .messages import BACKUP_REASON_NAMES, describe_error, label


def register(sub, common) -> None:
    demo = sub.add_parser("demo", parents=[common], help="the demo catalogue")
    cmds = demo.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = cmds.add_parser("reset", parents=[common],
                        help="rebuild the demo catalogue (refuses a --db that holds a real catalogue)")
    p.set_defaults(func=cmd_demo_reset, demo_command=True)

    backup = sub.add_parser("backup", parents=[common], help="list, make and restore backups")
    cmds = backup.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = cmds.add_parser("list", parents=[common], help="backups, newest (number 1) first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_backup_list)
    p = cmds.add_parser("now", parents=[common], help="make a backup now")
    p.set_defaults(func=cmd_backup_now)
    p = cmds.add_parser("restore", parents=[common], help="replace the catalogue by backup N (needs --yes)")
    p.add_argument("number", metavar="N", help="the number shown by backup list")
    p.add_argument("--yes", action="store_true", help="confirm the restore")
    p.set_defaults(func=cmd_backup_restore)

    p = sub.add_parser("doctor", parents=[common],
                       help="check Qt, the Chinese font, the data folder, the database and backups")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_doctor)


# --- demo --------------------------------------------------------------------------------------
def cmd_demo_reset(args, ctx) -> int:
    """Rebuild the demo database. storage.demo_file refuses an explicit --db that holds a real catalogue."""
    from .storage.demo_file import reset_demo
    from .storage.instance import InstanceLock

    with InstanceLock(ctx.path):  # never swap the file under an open window
        out(say("demo_reset", path=reset_demo(ctx.path)))
    return 0


# --- backups -----------------------------------------------------------------------------------
def cmd_backup_list(args, ctx) -> int:
    from .storage.backup import list_backups

    backups = list_backups(ctx.path)
    if args.json:
        print_json([{"number": b.number, "created_at": b.created_at, "reason": b.reason, "size": b.size,
                     "path": str(b.path)} for b in backups])
    elif not backups:
        out(say("no_backups"))
    else:
        headers = [say("number_short"), say("created"), say("reason"), say("size_kb")]
        body = [[b.number, local_time(b.created_at), label(BACKUP_REASON_NAMES, b.reason), f"{b.size / 1024:.0f}"]
                for b in backups]
        out(table(headers, body, right=(0, 3)))
    return 0


def cmd_backup_now(args, ctx) -> int:
    from .storage.backup import make_backup

    out(say("backup_made", path=make_backup(ctx.db, ctx.path, reason="manual")))
    return 0


def cmd_backup_restore(args, ctx) -> int:
    from .storage.backup import list_backups, restore_backup

    number = parse_int(args.number, "number")
    available = list_backups(ctx.path)
    if number not in [b.number for b in available]:
        raise NotFound("backup", number=number, available=len(available))
    if not args.yes:
        raise CliError("confirm_restore", number=number)
    from .storage.instance import InstanceLock

    with InstanceLock(ctx.path):  # a window on the file would keep writing to the replaced one
        chosen = restore_backup(ctx.path, number)  # works on the file, even one that no longer opens
    out(say("restored", number=chosen.number, created=local_time(chosen.created_at)))
    return 0


# --- doctor ------------------------------------------------------------------------------------
QT_PROBE = """
import json, sys
from PySide6.QtGui import QFontDatabase, QGuiApplication
app = QGuiApplication(sys.argv[:1])
families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
print(json.dumps({"platform": QGuiApplication.platformName(), "families": list(families[:5])}))
"""


def _check(name: str, ok: bool, detail: str, value=None) -> dict:
    return {"name": name, "ok": ok, "detail": detail, "value": value}


def probe_qt() -> list[dict]:
    """Start a QGuiApplication in a child process (a broken plugin can abort the process)."""
    env = dict(os.environ)
    if (sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        done = subprocess.run([sys.executable, "-c", QT_PROBE], env=env, capture_output=True, text=True,
                              timeout=60)
        found = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else None
        reason = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
    except (OSError, subprocess.TimeoutExpired, ValueError, IndexError) as exc:
        found, reason = None, str(exc)
    if found is None:
        return [_check("qt_platform", False, say("qt_failed", reason=reason)),
                _check("chinese_font", False, say("not_checked"))]
    families = found["families"]
    return [_check("qt_platform", True, found["platform"], found["platform"]),
            _check("chinese_font", bool(families), families[0] if families else say("no_cjk_font"),
                   families[0] if families else None)]


def check_data_folder(path) -> dict:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=folder, prefix=".villagecast-doctor-")
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        return _check("data_folder", False, f"{folder}: {exc.strerror or exc}", str(folder))
    return _check("data_folder", True, str(folder), str(folder))


def check_database(path) -> list[dict]:
    from .storage import SCHEMA_VERSION, open_database, schema_version
    from .storage.db import integrity_check

    if not path.exists():
        return [_check("integrity", True, say("not_created")),
                _check("schema_version", True, say("not_created"), {"found": None, "known": SCHEMA_VERSION})]
    try:
        db = open_database(path, migrate=False, backup=False)
    except VillageCastError as exc:
        text = describe_error(exc)
        return [_check("integrity", False, text), _check("schema_version", False, text)]
    try:
        lines, found = integrity_check(db), schema_version(db)
    finally:
        db.conn.close()
    schema = {"found": found, "known": SCHEMA_VERSION}
    detail = say("schema" if found == SCHEMA_VERSION else "schema_upgrade", **schema)
    return [_check("integrity", lines == ["ok"], "; ".join(lines[:5]), lines),
            _check("schema_version", found <= SCHEMA_VERSION, detail, schema)]


def check_backups(path) -> dict:
    from .storage.backup import list_backups

    backups = list_backups(path)
    if not backups:
        return _check("backups", True, say("no_backups"), 0)
    detail = say("backups_count", count=len(backups), when=local_time(backups[0].created_at))
    return _check("backups", True, detail, len(backups))


def cmd_doctor(args, ctx) -> int:
    from .exchange_messages import font_check

    checks = [*probe_qt(), font_check(), check_data_folder(ctx.path), *check_database(ctx.path), check_backups(ctx.path)]
    ok = all(c["ok"] for c in checks)
    if args.json:
        print_json({"ok": ok, "database": str(ctx.path), "checks": checks})
    else:
        out(say("database", path=ctx.path))
        for c in checks:
            out(f"[{'ok' if c['ok'] else 'FAIL'}] {say('check_' + c['name'])}: {c['detail']}")
        out(say("all_ok" if ok else "some_failed"))
    return 0 if ok else 1
