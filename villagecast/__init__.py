"""VillageCast: a desktop companion for rural live-commerce anchors."""

__version__ = "0.1.0"
APP_NAME = "VillageCast"
