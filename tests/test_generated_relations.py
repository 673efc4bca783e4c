"""Generated sentences with known arithmetic: consistent ones must pass, broken ones must fail.

Each template states a relation the rules understand. Hypothesis draws the figures; when they agree
sitecheck must say nothing, and when one figure is off by more than its rounding allows the
matching rule must fire on it.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sitecheck import check_text

ARITHMETIC = {"sum-mismatch", "part-exceeds-whole", "percent-mismatch", "count-mismatch"}


def en(n: int) -> str:
    return f"{n:,}"


def es(n: int) -> str:
    return f"{n:,}".replace(",", ".")


counts = st.integers(min_value=20, max_value=900_000)


def _arith(text: str) -> list[tuple[str, str]]:
    result = check_text(text)
    return [(f.rule, result.document.slice(f.span)) for f in result.findings if f.rule in ARITHMETIC]


@settings(max_examples=60, deadline=None)
@given(a=counts, b=counts, fmt=st.sampled_from([en, es]), noun=st.sampled_from(
    ["people", "refugees and migrants", "personas", "participants"]))
def test_parenthesised_parts_that_add_up_pass(a: int, b: int, fmt, noun: str) -> None:
    text = f"Partners reached {fmt(a + b)} {noun} ({fmt(a)} women and {fmt(b)} men) in Lima."
    assert _arith(text) == []


@settings(max_examples=60, deadline=None)
@given(a=counts, b=counts, off=st.integers(min_value=1, max_value=500), fmt=st.sampled_from([en, es]))
def test_parenthesised_parts_that_do_not_add_up_fail(a: int, b: int, off: int, fmt) -> None:
    total = fmt(a + b + off)
    text = f"Partners reached {total} people ({fmt(a)} women and {fmt(b)} men) in Lima."
    assert _arith(text) == [("sum-mismatch", total)]


@settings(max_examples=60, deadline=None)
@given(a=counts, b=counts)
def test_labelled_parts_after_a_total(a: int, b: int) -> None:
    good = f"The fair gathered {en(a + b)} Venezuelan refugees and migrants ({en(a)}) and Peruvians ({en(b)})."
    assert _arith(good) == []
    bad = f"The fair gathered {en(a + b + 3)} Venezuelan refugees and migrants ({en(a)}) and Peruvians ({en(b)})."
    assert _arith(bad) == [("sum-mismatch", en(a + b + 3))]


@settings(max_examples=80, deadline=None)
@given(whole=counts, share=st.floats(min_value=0.01, max_value=1.0),
       connector=st.sampled_from(["of whom", "including", "of which", "among them"]),
       qualifier=st.sampled_from(["", "over ", "some ", "about ", "more than "]))
def test_parts_of_a_whole_pass(whole: int, share: float, connector: str, qualifier: str) -> None:
    part = max(1, int(whole * share))
    text = f"Partners assisted {qualifier}{en(whole)} people, {connector} {en(part)} children."
    assert _arith(text) == []


@settings(max_examples=60, deadline=None)
@given(whole=counts, extra=st.integers(min_value=1, max_value=10_000),
       connector=st.sampled_from(["of whom", "of which", "among them"]))
def test_parts_larger_than_an_exact_whole_fail(whole: int, extra: int, connector: str) -> None:
    text = f"Partners assisted {en(whole)} people, {connector} {en(whole + extra)} children."
    assert _arith(text) == [("part-exceeds-whole", en(whole + extra))]


@settings(max_examples=80, deadline=None)
@given(whole=st.integers(min_value=100, max_value=900_000), share=st.floats(min_value=0.01, max_value=0.99))
def test_share_of_a_stated_base(whole: int, share: float) -> None:
    part = int(whole * share)
    pct = round(part / whole * 100)
    good = f"Of the {en(whole)} people reached, {en(part)} ({pct}%) were children."
    assert _arith(good) == []
    wrong = pct + 3 if pct <= 90 else pct - 3
    bad = f"Of the {en(whole)} people reached, {en(part)} ({wrong}%) were children."
    assert _arith(bad) == [("percent-mismatch", f"{wrong}%")]


@settings(max_examples=80, deadline=None)
@given(required=st.integers(min_value=10, max_value=2000), share=st.floats(min_value=0.02, max_value=0.98))
def test_funding_box(required: int, share: float) -> None:
    funded = round(required * share, 1)
    pct = round(funded / required * 100)
    box = f"FUNDING\n{pct}%\nFUNDED: ${funded}M\nREQUIREMENT: ${required}M\n"
    assert _arith(box) == []
    # Outside every reading the rounding allows ($XM is ±0.5M, $X.YM ±0.05M, P% ±0.5 points).
    lo = (funded - 0.05) / (required + 0.5) * 100 - 0.5
    hi = (funded + 0.05) / (required - 0.5) * 100 + 0.5
    wrong = int(hi) + 2 if hi < 95 else int(lo) - 2
    bad = f"FUNDING\n{wrong}%\nFUNDED: ${funded}M\nREQUIREMENT: ${required}M\n"
    assert _arith(bad) == [("percent-mismatch", f"{wrong}%")]


@settings(max_examples=60, deadline=None)
@given(a=counts, b=counts, off=st.integers(min_value=1, max_value=900))
def test_spanish_breakdowns(a: int, b: int, off: int) -> None:
    good = f"Se entregaron {es(a + b)} kits ({es(a)} en Lima y {es(b)} en Tumbes)."
    assert _arith(good) == []
    bad = f"Se entregaron {es(a + b + off)} kits ({es(a)} en Lima y {es(b)} en Tumbes)."
    assert _arith(bad) == [("sum-mismatch", es(a + b + off))]
    part = f"Se atendió a {es(a)} personas, de las cuales {es(a + off)} eran niñas y niños."
    assert _arith(part) == [("part-exceeds-whole", es(a + off))]


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(counts, min_size=2, max_size=4), off=st.integers(min_value=-900, max_value=900))
def test_of_these_partition_by_place(parts: list[int], off: int) -> None:
    assume(sum(parts) + off > 0)
    places = ["Lima", "Tumbes", "Piura", "Tacna"][: len(parts)]
    listed = ", ".join(f"{en(n)} in {p}" for n, p in zip(parts[:-1], places, strict=False))
    text = (f"Floods affected {en(sum(parts) + off)} people. "
            f"Of these, {listed} and {en(parts[-1])} in {places[len(parts) - 1]}.")
    total = sum(parts) + off
    expected = [] if off == 0 else [("sum-mismatch", en(total))]
    expected += [("part-exceeds-whole", en(n)) for n in parts if n > total]  # also true
    assert _arith(text) == expected


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(counts, min_size=2, max_size=4), off=st.integers(min_value=0, max_value=900))
def test_labelled_parts_with_the_total_after(parts: list[int], off: int) -> None:
    places = ["Lima", "Tumbes", "Piura", "Tacna"][: len(parts)]
    listed = ", ".join(f"{p} ({en(n)})" for p, n in zip(places[:-1], parts[:-1], strict=True))
    total = en(sum(parts) + off)
    text = f"Kits went to {listed} and {places[-1]} ({en(parts[-1])}), a total of {total} families."
    assert _arith(text) == ([] if off == 0 else [("sum-mismatch", total)])
