"""Shared enforcement records (信息共享): the pool agencies publish to and the procuratorate searches."""
