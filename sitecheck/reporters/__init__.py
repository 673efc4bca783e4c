"""Reporters turn findings into text for people (text) or for programs (json)."""
