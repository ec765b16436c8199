"""The matter catalog: model, loader (validation) and search."""
