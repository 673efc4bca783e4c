"""Declarative rule packs: named facts and relations of one report family, written in YAML.

model.py (the pack format) · loader.py (YAML with line numbers → validated pack) · expr.py (safe
expressions) · regex.py (refusing unsafe patterns) · locate.py (facts and lists in a report) ·
runner.py (rules → findings).
"""
