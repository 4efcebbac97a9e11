"""Counts for the joint-meeting report (联席会议): referrals and shared records."""
