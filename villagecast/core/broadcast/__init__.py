"""Going on air: scripts (per product and free), broadcast sessions with their checklist ticks and gate."""
