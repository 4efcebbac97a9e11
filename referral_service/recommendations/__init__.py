"""Procuratorial recommendations (检察建议): the ledger that follows each one until it is rectified."""
