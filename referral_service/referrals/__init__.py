"""Referrals (线索移送): transfer, receipt, decision and supervision."""
