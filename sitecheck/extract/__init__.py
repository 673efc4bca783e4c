"""Extraction: from a Document to the facts rules use (figures, lists, notes, dates, links)."""
