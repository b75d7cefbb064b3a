"""Shared fixtures: one Checker for the whole session (loading is the slow part)."""

from __future__ import annotations

from datetime import datetime

import pytest

import replycheck

FROZEN_NOW = datetime(2026, 11, 27, 10, 0)  # a Friday: the next business day is Monday 30 November


@pytest.fixture(scope="session")
def checker() -> replycheck.Checker:
    return replycheck.Checker()
