"""Agencies: the directory of the district's agencies, each with its code, kind and division.

Auth builds on this package (every client belongs to an agency, and an agency's kind decides its
scopes), so it imports nothing of auth; the directory's routes are in agency_routes.py.
"""
