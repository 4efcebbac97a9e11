"""Consultations (专业支持、双向咨询、诉前磋商) between two agencies, with their messages."""
