"""Issue acceptance on the seed report: `sitecheck extract --format json` finds what it must."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_seed_extraction(seed_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sitecheck", "extract", str(seed_path), "--format", "json"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)["items"]

    def one(kind: str, text: str, line: int) -> dict:
        found = [i for i in items if i["kind"] == kind and i["text"] == text and i["line"] == line]
        assert len(found) == 1, (kind, text, line)
        return found[0]

    big = one("count", "1.51M", 9)
    assert (big["value"], big["interval"], big["column"]) == (1510000, [1505000, 1515000], 1)
    money = one("money", "\\$427M", 21)
    assert (money["value"], money["currency"], money["column"]) == (427000000, "USD", 9)
    assert one("percent", "13%", 20)["interval"] == [12.5, 13.5]
    over = one("count", "4,235", 44)
    assert (over["qualifier"], over["interval"]) == ("over", [4235, None])
    assert one("number", "2023", 91)["tag"] == "year"
    lists = [i for i in items if i["kind"] == "list" and i["line"] == 89]
    assert len(lists) == 1 and lists[0]["count"] == 111 and lists[0]["stated_count"] == 109
    markers = [(i["marker"], i["line"]) for i in items if i["kind"] == "footnote-marker"]
    assert markers == [("*", 14), ("**", 19), ("*", 87)]
    notes = [(i["marker"], i["line"]) for i in items if i["kind"] == "footnote"]
    assert notes == [("**", 58), ("¹", 60), ("*", 85), ("*", 91)]
    period = [i for i in items if i["kind"] == "period"]
    assert len(period) == 1
    assert (period[0]["start"], period[0]["end"]) == (
        {"year": None, "month": 8, "day": 1}, {"year": None, "month": 8, "day": 31})
