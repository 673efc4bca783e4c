"""Extraction: from a Document to the facts rules reason about (figures, lists, notes, dates, links)."""
