"""Qt item models: thin adapters over core queries, each checked with pytest-qt's qtmodeltester."""
