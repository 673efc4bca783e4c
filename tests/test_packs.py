"""Rule packs: every key of the format, every load error, the expression whitelist, and the R4V
pack on real-looking reports."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from sitecheck import InputError, check_text
from sitecheck.interval import Interval
from sitecheck.packs.expr import Evaluator, ExpressionError, parse
from sitecheck.packs.loader import load_pack
from sitecheck.packs.model import json_schema

from support import ROOT, SAMPLES, run

R4V = ROOT / "rules" / "r4v-national-sitrep.yaml"

REPORT = """\
KEY FIGURES

PEOPLE ASSISTED DIRECTLY
16,290

FUNDING SITUATION
13%
FUNDED: $42.7M
REQUIREMENT: $318M

## Response

Partners reached 7,595 people with cash and 105 children with classes.

## Coordination

The platform now has 4 partners, out of which 2 are led by refugees and migrants.

GTRM 4 Partners:

ACNUR | OIM | HIAS | CARE
"""


def pack(tmp_path: Path, body: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def findings(text: str, *packs: Path | str, ignore: list[str] | None = None) -> list[tuple[str, int, str]]:
    result = check_text(text, rules=list(packs), ignore=ignore)
    return [(f.rule, f.line, result.document.slice(f.span)) for f in result.findings]


# --- the R4V pack --------------------------------------------------------------------------


def test_r4v_pack_passes_a_consistent_report() -> None:
    assert findings(REPORT, R4V) == []


def test_r4v_pack_finds_coverage_and_partner_count() -> None:
    text = REPORT.replace("$42.7M", "$427M").replace("ACNUR | OIM | HIAS | CARE", "ACNUR | OIM | HIAS | CARE | UNICEF")
    got = findings(text, R4V, ignore=["percent-mismatch", "count-mismatch"])
    assert ("funding-coverage", 7, "13%") in got
    assert ("partner-count", 19, "4") in got
    # The built-in rule agrees; the figure is then reported once, by the built-in rule.
    both = findings(text, R4V)
    assert ("percent-mismatch", 7, "13%") in both and ("funding-coverage", 7, "13%") not in both


def test_r4v_pack_required_and_unique_rules() -> None:
    text = REPORT.replace(", out of which 2 are led by refugees and migrants", "").replace(
        "HIAS | CARE", "HIAS | OIM")
    got = findings(text, R4V, ignore=["duplicate-entry"])
    assert ("refugee-led-count", 1, "") in got
    assert ("partner-roster-unique", 21, "OIM") in got


def test_r4v_pack_people_assisted_is_the_largest_figure() -> None:
    got = findings(REPORT.replace("7,595 people", "17,595 people"), R4V)
    assert ("people-assisted", 4, "16,290") in got


def test_seed_with_the_r4v_pack(seed_path: Path) -> None:
    proc = run("check", "--rules", str(R4V), "--ignore", "percent-mismatch,count-mismatch", "--format", "json", str(seed_path))
    found = json.loads(proc.stdout)["files"][0]["findings"]
    pack_rules = [(f["rule"], f["line"]) for f in found if f["rule"] in (
        "funding-coverage", "partner-count", "refugee-led-count", "people-assisted", "fact-not-found")]
    assert pack_rules == [("funding-coverage", 20), ("partner-count", 87)]
    coverage = next(f for f in found if f["rule"] == "funding-coverage")
    assert coverage["message"] == "stated 13% funded, but $427M of $318M is 134.3%"
    assert [r["line"] for r in coverage["related"]] == [21, 22]


def test_missing_fact_is_a_finding_not_an_error(tmp_path: Path) -> None:
    p = pack(tmp_path, """\
        id: t
        title: T
        facts:
          funded: {label: "FUNDED:", kind: money}
          budget: {label: "BUDGET:", kind: money}
        rules:
          - {id: budget-covers, assert: funded <= budget}
        """)
    got = check_text("FUNDED: $5M\n", rules=[p]).findings
    assert [(f.rule, f.severity.value, f.message) for f in got] == [
        ("fact-not-found", "warning", "t: “budget” (after “BUDGET:”) was not found")]


def test_sections_patterns_lists_all_and_overrides(tmp_path: Path) -> None:
    p = pack(tmp_path, """\
        id: t
        title: T
        facts:
          total: {pattern: "reached {value} people", section: Health}
          parts: {section: Health, all: true, kind: count}
        lists:
          regions: {label: "regions:", section: Health}
        rules:
          - id: health-total
            message: "health total {total} is below the largest part ({left} vs {right})"
            assert: max(parts) <= total
          - {id: three-regions, severity: warning, assert: count(regions) == 3}
        overrides:
          empty-link: {enabled: false}
          duplicate-entry: {severity: error}
        """)
    text = ("## Health\n\nPartners reached 900 people, 1,200 of them children, in four regions: "
            "Lima, Tumbes and Piura.\n\nSee the [plan](#).\n\n## Food\n\nPartners reached 5,000 people.\n")
    result = check_text(text, rules=[p])
    got = [(f.rule, f.severity.value, result.document.slice(f.span)) for f in result.findings]
    assert got == [
        ("health-total", "error", "900"),
        ("part-exceeds-whole", "error", "1,200"),  # the core rules still run beside the pack
        ("count-mismatch", "error", "four"),
    ]
    assert result.findings[0].message == "health total 900 is below the largest part (1,200 vs 900)"


def test_extends_loads_the_parent_first(tmp_path: Path) -> None:
    pack(tmp_path, """\
        id: base
        title: Base
        facts:
          funded: {label: "FUNDED:", kind: money}
        """, "base.yaml")
    child = pack(tmp_path, """\
        id: child
        title: Child
        extends: [core, base.yaml]
        facts:
          required: {label: "REQUIRED:", kind: money}
        rules:
          - {id: not-overfunded, assert: funded <= required}
        """, "child.yaml")
    assert [p.id for p in load_pack(child)] == ["base", "child"]
    assert findings("REQUIRED: $5M\nFUNDED: $7M\n", child) == [("not-overfunded", 1, "$5M")]


def test_library_and_configuration_accept_packs(tmp_path: Path) -> None:
    (tmp_path / "sitecheck.toml").write_text(f'rules = ["{R4V.as_posix()}"]\n')
    report = tmp_path / "r.md"
    report.write_text(REPORT.replace("$42.7M", "$427M"))
    proc = run("check", "--format", "json", "--ignore", "percent-mismatch", str(report))
    rules = {f["rule"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert "funding-coverage" in rules


def test_pack_rules_in_sarif_metadata(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    report.write_text(REPORT.replace("$42.7M", "$427M"))
    sarif = json.loads(run("check", "--rules", str(R4V), "--format", "sarif", str(report)).stdout)
    ids = [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]]
    assert "funding-coverage" in ids
    for res in sarif["runs"][0]["results"]:
        assert ids[res["ruleIndex"]] == res["ruleId"]


# --- load errors ---------------------------------------------------------------------------

GOOD_HEAD = "id: t\ntitle: T\nfacts:\n  funded: {label: 'FUNDED:'}\n"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("id: t\ntitle: [unclosed\n", "pack.yaml:3: invalid YAML: expected ',' or ']', but got '<stream end>'"),
        ("id: t\ntitle: T\ncolour: red\n", "pack.yaml:3: key 'colour': unknown key"),
        ("title: T\n", "pack.yaml:1: key 'id': required key is missing"),
        (GOOD_HEAD + "rules:\n  - id: r\n    assert: fundd > 0\n",
         "pack.yaml:7: key 'rules[0].assert': unknown fact or list 'fundd'"),
        (GOOD_HEAD + "rules:\n  - id: r\n    assert: funded\n",
         "pack.yaml:7: key 'rules[0].assert': an assert must compare two sides (==, <=, …)"),
        ("id: t\ntitle: T\nfacts:\n  x: {pattern: '(?<=a)b {value}'}\n",
         "pack.yaml:4: key 'facts.x.pattern': lookaround ((?=…), (?!…), (?<=…), (?<!…)) is not supported: patterns run on RE2, which guarantees linear time and has no backtracking"),
        ("id: t\ntitle: T\nfacts:\n  x: {pattern: '(a)\\1 {value}'}\n",
         "pack.yaml:4: key 'facts.x.pattern': a back-reference is not supported: patterns run on RE2, which guarantees linear time and has no backtracking"),
        ("id: t\ntitle: T\nfacts:\n  x: {pattern: '(unclosed {value}'}\n",
         "pack.yaml:4: key 'facts.x.pattern': not a valid regular expression (missing ), unterminated subpattern at position 0)"),
        ("id: t\ntitle: T\nfacts:\n  x: {pattern: 'no placeholder'}\n",
         "pack.yaml:4: key 'facts.x': 'pattern' must contain {value} exactly once"),
        ("id: t\ntitle: !!python/object/apply:os.system ['echo hi']\n",
         "pack.yaml:2: YAML tag not allowed (tag:yaml.org,2002:python/object/apply:os.system); packs are plain data"),
        ("id: t\ntitle: !!python/name:os.system ''\n",
         "pack.yaml:2: YAML tag not allowed (tag:yaml.org,2002:python/name:os.system); packs are plain data"),
        ("id: t\ntitle: T\ntitle: U\n", "pack.yaml:3: key 'title' appears twice"),
        ("id: t\ntitle: T\noverrides:\n  sum-mismatches: {enabled: false}\n",
         "pack.yaml:4: key 'overrides.sum-mismatches': no built-in rule 'sum-mismatches'"),
        (GOOD_HEAD + "rules:\n  - id: sum-mismatch\n    assert: funded > 0\n",
         "pack.yaml:6: key 'rules[0].id': 'sum-mismatch' is already the id of another rule"),
        (GOOD_HEAD + "rules:\n  - id: r\n    severity: fatal\n    assert: funded > 0\n",
         "pack.yaml:7: key 'rules[0].severity': Input should be 'error', 'warning' or 'info'"),
        ("id: t\ntitle: T\nextends: [t.yaml]\n", "pack.yaml:3: key 'extends[0]': t.yaml: no such rule pack"),
        ("- just\n- a list\n", "pack.yaml:1: a rule pack must be a mapping of keys (id, title, facts, …)"),
    ],
)
def test_invalid_pack_is_one_line_naming_file_line_and_key(tmp_path: Path, body: str, message: str) -> None:
    p = tmp_path / "pack.yaml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_pack(p)
    assert str(exc.value).replace(str(tmp_path) + "/", "") == message


def test_invalid_pack_on_the_command_line_exits_2(tmp_path: Path) -> None:
    p = tmp_path / "pack.yaml"
    p.write_text("id: t\ntitle: T\nfacts:\n  x: {pattern: '(?>a+)+ {value}'}\n")
    proc = run("check", "--rules", str(p), str(SAMPLES / "peru-2023-08.md"))
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f"sitecheck: error: {p}:4: key 'facts.x.pattern': an atomic group (?>…) is not supported: "
        "patterns run on RE2, which guarantees linear time and has no backtracking")


def test_pack_that_extends_itself(tmp_path: Path) -> None:
    p = pack(tmp_path, "id: t\ntitle: T\nextends: [pack.yaml]\n")
    with pytest.raises(InputError, match="packs extend each other in a loop"):
        load_pack(p)


# --- expressions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("__import__('os').system('ls') == 0", "only the functions count, sum, min, max, abs may be called"),
        ("funded.real == 1", "Attribute is not allowed in a rule expression"),
        ("(lambda: 1)() == 1", "only the functions count, sum, min, max, abs may be called"),
        ("2 ** 1000000 == funded", "operator Pow is not allowed"),
        ("funded[0] == 1", "Subscript is not allowed in a rule expression"),
        ("[x for x in funded] == 1", "ListComp is not allowed in a rule expression"),
        ("funded == 'text'", "only numbers may appear as constants"),
        ("max(funded, key=abs) == 1", "max() takes positional arguments only"),
        ("__class__ == 1", "name '__class__' is not allowed"),
    ],
)
def test_expression_whitelist(source: str, message: str) -> None:
    with pytest.raises(ExpressionError) as exc:
        parse(source)
    assert str(exc.value) == message


def test_interval_semantics_of_comparisons() -> None:
    values = {"a": Interval(12.5, 13.5), "b": Interval(13.4, 13.4), "c": Interval(134.0, 135.0)}
    ev = Evaluator(lambda n: values[n], lambda n: Interval(3, 4))
    assert ev.check(parse("a == b")).holds
    assert not ev.check(parse("a == c")).holds
    assert ev.check(parse("c >= a and a <= c")).holds
    assert ev.check(parse("count(x) == 4")).holds
    assert not ev.check(parse("count(x) == 5")).holds
    assert ev.check(parse("max(a, c) == c")).holds


def test_schema_file_is_up_to_date() -> None:
    on_disk = json.loads((ROOT / "rules" / "schema.json").read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "run: python -m sitecheck.packs.model > rules/schema.json"


def test_r4v_pack_validates_against_its_schema() -> None:
    import jsonschema
    import yaml

    jsonschema.validate(yaml.safe_load(R4V.read_text(encoding="utf-8")), json_schema())


def test_optional_facts_and_lists_give_no_finding_when_missing(tmp_path: Path) -> None:
    p = pack(tmp_path, """\
        id: t
        title: T
        facts:
          budget: {label: "BUDGET:", optional: true}
        lists:
          donors: {label: "Donors:", optional: true}
        rules:
          - {id: donors-named, assert: count(donors) >= 1}
        """)
    assert check_text("A report without either.\n", rules=[p]).findings == []


def test_rules_command_lists_pack_rules() -> None:
    proc = run("rules", "--rules", str(R4V))
    assert proc.returncode == 0
    line = next(x for x in proc.stdout.splitlines() if x.startswith("funding-coverage "))
    assert line.split(None, 3)[:3] == ["funding-coverage", "error", "[r4v-national-sitrep]"]


def test_override_options_of_a_built_in_rule(tmp_path: Path) -> None:
    text = "Partners: Save the Children | Unión Europea | Save the Chidren | ECHO\n"
    base = [(f.rule, f.severity.value) for f in check_text(text).findings]
    assert base == [("duplicate-entry", "info")]
    p = pack(tmp_path, """\
        id: t
        title: T
        overrides:
          duplicate-entry:
            options: {near_duplicates: false, aliases: {"Unión Europea": "ECHO"}}
        """)
    got = [(f.rule, f.severity.value, f.message) for f in check_text(text, rules=[p]).findings]
    assert got == [("duplicate-entry", "warning",
                    "“ECHO” is listed twice in this list (same organisation as “Unión Europea”)")]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ("{near: false}", "key 'overrides.duplicate-entry.options.near': unknown option (options of duplicate-entry: aliases, near_duplicates)"),
        ("{near_duplicates: 'no'}", "key 'overrides.duplicate-entry.options.near_duplicates': expected bool"),
    ],
)
def test_bad_override_options(tmp_path: Path, options: str, message: str) -> None:
    p = pack(tmp_path, f"id: t\ntitle: T\noverrides:\n  duplicate-entry:\n    options: {options}\n")
    with pytest.raises(InputError) as exc:
        load_pack(p)
    assert str(exc.value).endswith(message)
