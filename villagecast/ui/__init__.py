"""The PySide6 front end: app bootstrap, context, Qt models and views. Only this package imports Qt."""
