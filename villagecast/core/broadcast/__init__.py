"""Going on air: scripts and sessions (``sessions``), run sheets (``runsheet``, ``runsheet_model``, ``sheet_check``,
``fill``), the show on air (``live``, ``live_session``, ``live_model``, ``reminders``, ``clock``) and the
post-show report (``report``, ``report_csv``). docs/broadcast.md describes them."""
