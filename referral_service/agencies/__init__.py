"""Agencies: the directory of the district's agencies, each with its code, kind and division."""
