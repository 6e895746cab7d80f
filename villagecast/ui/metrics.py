"""Layout metrics, font choices and colours, in one place (git-cola ``widgets/defs.py``)."""

from __future__ import annotations

# Families that cover simplified Chinese, best first; the platform default is the fallback.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                "PingFang SC")
# Anchors work on cheap laptops at arm's length: a comfortable base size in points.
BASE_POINT_SIZE = 11

# The window must fit a 1366x768 screen with a taskbar and a title bar.
DEFAULT_WINDOW_SIZE = (1280, 680)
MINIMUM_WINDOW_SIZE = (760, 460)
SCREEN_FILL = 0.92  # never open larger than this share of the available screen
SPLITTER_RATIO = (0.45, 0.55)  # list : editor
UI_SCALES = (100, 125, 150, 175, 200)  # percent of the base font size (View > UI scale)

# Product list column widths in "中" widths (one CJK character), by column.
COLUMN_EMS = (7.5, 8, 6, 4.5, 3.5, 4.5, 5)
NAME_MIN_EMS = 6  # the name column keeps this much; origin, then SKU and status give way first (large UI scales)
SHRINK_ORDER = (2, 0, 6)  # Column.ORIGIN, SKU, STATUS
HEADER_PADDING = 28  # room for the sort arrow and margins, in pixels

# Colours that stay readable on light backgrounds.
WARNING_COLOR = "#b45309"  # amber: low stock, unsupported claims, certificates expiring soon
DANGER_COLOR = "#b91c1c"  # red: expired certificates
OK_COLOR = "#15803d"  # green: valid certificates
MUTED_COLOR = "#6b7280"  # grey: notes and empty values
DEMO_COLOR = "#7c3aed"  # violet: the demo database marker

