"""Qt item models over app/ data (checked with pytest-qt's qtmodeltester)."""
