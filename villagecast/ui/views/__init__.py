"""Widgets and windows. Views read through the context's services and never write SQL."""
