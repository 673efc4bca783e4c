"""Funding figures in prose and the lexicon patterns of every funding reading.

"appeals for $19.4M …, $6.0M had been received, leaving a gap of $13.4M (69 per cent)": an
amount's role comes from the words right before or after it, a share's from the amount it is
glued or linked to, or from its own words ("31 per cent funded").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.amount_forms import bare_amount, conversion
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")
_CLAUSE_GAP = re.compile(r"[^\d();:.]{0,40}")
# "(30%)", "(35 per cent of requirements)" right after an amount
_LEAD_BRACKET = re.compile(r"\s*\([^()\d]{0,20}\d[^()]{0,40}\)")


def _roles(groups: object) -> str:
    """Named groups, one per funding role: "(?P<required>…)|(?P<gap>…)|(?P<funded>…)"."""
    items = groups.items()  # type: ignore[attr-defined]
    return "|".join(f"(?P<{role}>{alternation(words)})" for role, words in items if words)


@dataclass(frozen=True, eq=False)
class FundingPatterns:
    labels: dict[str, re.Pattern[str]]  # role -> caption words; gap and required come first
    head: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    share_of: re.Pattern[str]
    share_after: re.Pattern[str]
    share_link: re.Pattern[str]  # ", or", ", equal to", ", es decir, el", ", ou seja, "
    share_whole: re.Pattern[str]  # "of requirements" after the share
    share_then: re.Pattern[str]  # "% seulement de ce montant (soit " before the share's amount
    share_before: re.Pattern[str]  # "financiado a 66 por cento"
    share_restated: re.Pattern[str]  # "% do necessário, " before the amount that restates it
    caption: re.Pattern[str]  # "Financiado " right before a share, a box flattened into a line
    caption_between: re.Pattern[str]  # " Brecha " between two such shares
    role_then_open: re.Pattern[str]  # " has been received so far (" between an amount and a share
    label_colon: re.Pattern[str]  # "Funding received: " right before an amount in prose
    costed: re.Pattern[str]  # "The cost of a full response is estimated at " before an amount
    ahead: re.Pattern[str]  # "for the next six months": an amount for a coming period


@cache
def funding_patterns(lex: Lexicon) -> FundingPatterns:
    # "gap" and "required" are tested before "funded": "unfunded" contains "funded".
    order = sorted(lex.funding_labels, key=lambda r: r == "funded")
    return FundingPatterns(
        labels={r: re.compile(rf"(?i:{alternation(lex.funding_labels[r])})") for r in order},
        head=re.compile(rf"(?i:{alternation(lex.funding_heads)})"),
        # "n'a reçu à ce jour que 45 millions": a time of stock may stand between as well.
        before=re.compile(
            rf"(?i:{_roles(lex.funding_before)})\W+(?:(?i:{alternation(lex.stock_words)})\W+)?"
            r"(?:\w+\W+){0,2}$"
        ),
        after=re.compile(
            # Not across a clause's end: "…; foram recebidos 45 milhões" names the next figure.
            rf"^[^\w.;]{{0,3}}(?:(?:{alternation(lex.funding_after_aux)})\s+)?"
            rf"(?:{_roles(lex.funding_after)})\b",
            re.IGNORECASE,
        ),
        share_of=re.compile(rf"\s*(?:(?:{alternation(lex.funding_share_of)})\s*)?\)", re.I),
        share_after=re.compile(rf"\s*(?:{_roles(lex.funding_share_after)})\b", re.IGNORECASE),
        share_link=re.compile(
            rf"[^\d();.]{{0,60}}?,\s*(?:{alternation(lex.funding_share_link)}),?\s+", re.IGNORECASE
        ),
        share_whole=re.compile(rf"\s*(?:{alternation(lex.funding_share_of)})\b", re.I),
        share_then=re.compile(
            # " has been received so far (": the role's words, a time of stock.
            rf"(?:\s+[^\W\d]+){{0,6}}\s*\(\s*(?:(?:{alternation(lex.funding_share_link)})\s+)?",
            re.I,
        ),
        share_before=re.compile(
            rf"(?<!\w)(?:{_roles(lex.funding_share_before) or '(?!)'})\s+$", re.IGNORECASE
        ),
        share_restated=re.compile(rf"\s*(?:{alternation(lex.funding_share_of)})\s*,\s*", re.I),
        caption=re.compile(rf"(?<!\w)(?:{_roles(lex.funding_labels)})\s*:?\s*$", re.I),
        caption_between=re.compile(rf"\s+(?:{_roles(lex.funding_labels)})\s*:?\s*", re.I),
        # "coverage to date: ": a caption may end on a time of stock before its colon.
        # "Presupuesto total: ", "Déficit de financiamiento: ": a total or funding word after it.
        label_colon=re.compile(
            rf"(?<!\w)(?:{_roles(lex.funding_labels)})"
            rf"(?:\s+(?:[^\W\d]+\s+)?(?:{alternation((*lex.funding_heads, *lex.table_totals))}))?"
            rf"(?:\s+(?:{alternation(lex.stock_words)}))?\s*:\s*$",
            re.I,
        ),
        # "cost of a full response is, for now, estimated at ": no figure and no clause end between.
        costed=re.compile(
            rf"(?<!\w)(?:{alternation(lex.funding_costs)})\W+(?:[^\W\d]+\W+){{0,3}}?"
            rf"(?:{alternation(lex.funding_cost_of)})\b[^\d.;:]{{0,60}}?"
            rf"(?<!\w)(?:{alternation(lex.funding_valued)})\s*$",
            re.IGNORECASE,
        ),
        ahead=phrases(lex.funding_ahead),
        # " has been received so far (", " hasta la fecha (": role words, a time of stock.
        role_then_open=re.compile(
            rf"\W{{0,3}}(?:(?:{alternation(lex.funding_after_aux)})\s+)?"
            rf"(?:(?:{_roles(lex.funding_after)})\s*)?(?:(?:{alternation(lex.stock_words)})\s*)?"
            r"\(\s*",
            re.IGNORECASE,
        ),
    )


@dataclass
class FundingFigures:
    money: dict[str, Quantity] = field(default_factory=dict)
    percent: dict[str, Quantity] = field(default_factory=dict)
    # Roles held by amounts of different values ("$20M received … $15M pledged"): stated, unclear.
    unclear: set[str] = field(default_factory=set)


def _at(q: Quantity) -> int:
    """Where a figure begins, with its qualifier ("cerca de 25 milhões")."""
    return (q.qualifier_span or q.span).start


def collect(
    out: list[FundingFigures],
    money: dict[str, list[Quantity]],
    pct: dict[str, list[Quantity]],
    boxed: bool = False,
) -> None:
    """Keep a group whose roles are each held by one figure, all in one currency. In a box, a
    bare scaled amount ("Funding gap: 16.96 B") is in the currency of the box's other amounts."""
    figs = FundingFigures()
    # A role stated twice with one value ("92 millones … se han recibido 92 millones") is one
    # figure: whichever is read, the arithmetic is the same.
    figs.money = {r: qs[0] for r, qs in money.items() if len({q.value for q in qs}) == 1}
    figs.percent = {r: qs[0] for r, qs in pct.items() if len({q.value for q in qs}) == 1}
    figs.unclear = set(money) - set(figs.money)
    currencies = {q.currency for q in figs.money.values()}
    if boxed and len(currencies) == 2:
        currencies.discard(None)
    if len(currencies) > 1:
        return
    if len(figs.money) + len(figs.percent) >= 2:
        out.append(figs)


def is_amount(q: Quantity) -> bool:
    """Money, or a bare amount with a scale word ("764 million was funded") whose role the
    wording gives; prose never mixes it with money (``collect`` keeps one currency)."""
    return q.kind == "money" or (q.kind == "count" and q.scale is not None)


Roles = dict[str, list[Quantity]]


def prose(
    doc: Document, start: int, end: int, index: QuantityIndex, p: FundingPatterns
) -> tuple[Roles, Roles]:
    """Funding figures in a sentence or paragraph, amounts and shares by role: "appeals for
    $19.4M …, $6.0M had been received, leaving a gap of $13.4M (69 per cent)"."""
    figures = [q for q in index.between(start, end) if q.usable]
    money: dict[str, list[Quantity]] = {}
    pct: dict[str, list[Quantity]] = {}
    last_money: tuple[Quantity, str] | None = None
    text = doc.text
    # "41 % … (soit 54 M$)" or "6 por cento do necessário, 25 milhões recebidos": one role
    pending: tuple[Quantity, str | None, bool] | None = None  # share, its role, bracketed
    ahead: set[int] = set()  # amounts for a coming period
    # "The appeal for $80M has received $20M": the words after an amount whose role its own
    # words before gave ("appeal for") are the next amount's.
    by_before = False
    for k, q in enumerate(figures):
        prev_end = figures[k - 1].span.end if k else max(start, q.span.start - 40)
        before = text[max(prev_end, q.span.start - 40) : (q.qualifier_span or q.span).start]
        if k and is_amount(q) and last_money and conversion(text, figures[k - 1], q):
            money[last_money[1]].append(q)  # "$5.9M (€5.37M)": the same role, in euros
            continue
        if is_amount(q):
            role, by_before = _amount_role(text, figures, k, start, p, by_before)
            if pending is not None and (not pending[2] or _CLOSE.match(text, q.span.end)):
                role = role or pending[1]
                if role is not None:
                    pct.setdefault(role, []).append(pending[0])
            pending = None
            if role is not None and _ahead(text, q, figures[k + 1 :], max(prev_end, start), p):
                ahead.add(id(q))
            if role is not None:
                money.setdefault(role, []).append(q)
                last_money = (q, role)
            else:
                last_money = None
        elif q.kind == "percent":
            by_before = False
            next_to = last_money is not None and k and figures[k - 1] is last_money[0]
            glued = last_money if next_to else None
            role = _share_role(text, q, glued, p)
            nxt = figures[k + 1] if k + 1 < len(figures) else None
            if role is None and nxt and p.share_then.fullmatch(text, q.span.end, nxt.span.start):
                # "27% has been received (866,295 USD)": the words between give the role.
                m = p.after.match(text[q.span.end : nxt.span.start]) or p.before.search(before)
                pending = (q, m.lastgroup if m else None, True)  # its amount follows in brackets
            elif role is None and nxt and p.share_restated.fullmatch(text, q.span.end, _at(nxt)):
                pending = (q, None, False)  # the amount after it, with a role of its own
            elif role is not None:
                pct.setdefault(role, []).append(q)
            last_money = None
    _of_requirement(text, figures, money, pct, _of_whole(lexicon(doc.language)))
    _linked_share(text, figures, money, pct, p)
    money = _plan_period(money, ahead)
    placed = {id(q) for qs in pct.values() for q in qs}
    for role, q in _caption_pair(text, figures, p):
        if id(q) not in placed:
            pct.setdefault(role, []).append(q)
    return money, pct


def _amount_role(
    text: str, figures: list[Quantity], k: int, start: int, p: FundingPatterns, placed: bool
) -> tuple[str | None, bool]:
    """The role the words give the amount ``figures[k]``, and whether its words before gave it
    (``placed``: the figure before had its role from its own words before it)."""
    q = figures[k]
    prev_end = figures[k - 1].span.end if k else max(start, q.span.start - 40)
    # "US$50 million (30%) has been received": the role words past the amount's share.
    skip = _LEAD_BRACKET.match(text, q.span.end)
    after_at = skip.end() if skip else q.span.end
    own = _before_role(text, max(prev_end, q.span.start - 40), _at(q), k > 0, p, placed)
    m = own or p.after.match(text[after_at : after_at + 30])
    m = m or p.label_colon.search(text[max(prev_end, q.span.start - 40) : _at(q)])
    role = m.lastgroup if m else None
    since = figures[k - 1].span.end if k else start
    if role is None and p.costed.search(text, max(since, q.span.start - 160), _at(q)):
        role = "required"  # "the cost of the response is estimated at $38M"
    return role, own is not None


@cache
def _of_whole(lex: Lexicon) -> re.Pattern[str]:
    """ " received of the " between an amount and the whole after it."""
    return re.compile(
        rf"^[^\d.;:()]{{0,60}}(?<![\w'])(?:{alternation(lex.n_of_w)})\s+"
        rf"(?:(?:{alternation((*lex.articles, *lex.of_articles))})\s+)?$",
        re.IGNORECASE,
    )


def _of_requirement(
    text: str, figures: list[Quantity], money: Roles, pct: Roles, of_whole: re.Pattern[str]
) -> None:
    """ "$20M had been received of the $80M required (25%)": a share glued to the requirement
    whose figure before is an amount received that names it as its whole is that amount's."""
    funded = {id(q) for q in money.get("funded", [])}
    required = {id(q) for q in money.get("required", [])}
    moved = []
    for q in pct.get("required", []):
        k = next((n for n, f in enumerate(figures) if f is q), 0)
        if k < 2 or id(figures[k - 1]) not in required or id(figures[k - 2]) not in funded:
            continue
        if of_whole.match(text[figures[k - 2].span.end : _at(figures[k - 1])]):
            moved.append(q)
    if moved:
        kept = [q for q in pct["required"] if all(q is not m for m in moved)]
        pct.pop("required")
        if kept:
            pct["required"] = kept
        pct.setdefault("funded", []).extend(moved)


_CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")


def _linked_share(
    text: str, figures: list[Quantity], money: Roles, pct: Roles, p: FundingPatterns
) -> None:
    """ "Of the $80M required, only $20M has been mobilized, i.e. 25%": a share linked to the
    two amounts right before it, one received and one required, that ends its clause is the
    share received of the requirement."""
    placed = {id(q) for qs in pct.values() for q in qs}
    roles = {id(q): role for role, qs in money.items() for q in qs}
    for k, q in enumerate(figures):
        if k < 2 or q.kind != "percent" or id(q) in placed:
            continue
        pair = {roles.get(id(figures[k - 2])), roles.get(id(figures[k - 1]))}
        if pair != {"funded", "required"} or not _CLAUSE_END.match(text, q.span.end):
            continue
        if p.share_link.fullmatch(text, figures[k - 1].span.end, _at(q)):
            pct.setdefault("funded", []).append(q)


def _plan_period(money: Roles, ahead: set[int]) -> Roles:
    """Without the amounts for a coming period ("a shortfall of $6M for the next six months")
    when the requirement names none: they are not the plan's. A requirement for the next
    months sets the period of all."""
    if not ahead or any(id(q) in ahead for q in money.get("required", [])):
        return money
    kept = {r: [q for q in qs if id(q) not in ahead] for r, qs in money.items()}
    return {r: qs for r, qs in kept.items() if qs}


def _ahead(
    text: str, q: Quantity, later: list[Quantity], since: int, p: FundingPatterns
) -> bool:
    """Whether the amount's clause names a coming period: after it up to the next figure or the
    sentence's end, or before it since the clause began ("; over the next six months, …")."""
    end = later[0].span.start if later else q.span.end + 80
    stop = text.find(".", q.span.end, end)
    if p.ahead.search(text, q.span.end, end if stop < 0 else stop):
        return True
    start = max(text.rfind(";", since, q.span.start), text.rfind(".", since, q.span.start), since)
    return p.ahead.search(text, start, q.span.start) is not None


def by_currency(money: Roles) -> list[Roles]:
    """The amounts of a text grouped by currency: "$88.4M (€75M) … $35M (€30M) … €45M still
    to cover" states one funding in dollars and one in euros. A bare scaled amount ("13.1
    million") is in the currency of the first amount named."""
    found = sorted((q for qs in money.values() for q in qs), key=lambda q: q.span.start)
    main = next((q.currency for q in found if q.currency is not None), None)
    groups: dict[str | None, Roles] = {}
    for role, qs in money.items():
        for q in qs:
            cur = main if q.currency is None and bare_amount(q) else q.currency
            groups.setdefault(cur, {}).setdefault(role, []).append(q)
    return list(groups.values())


def _caption_pair(
    text: str, figures: list[Quantity], p: FundingPatterns
) -> list[tuple[str, Quantity]]:
    """A box flattened into a line: "Financiado 58% Brecha 42%", a funded and an unfunded
    share side by side, each right after its caption. A lone captioned share is left alone."""
    for k in range(len(figures) - 1):
        a, b = figures[k], figures[k + 1]
        if a.kind != "percent" or b.kind != "percent":
            continue
        start = figures[k - 1].span.end if k else max(0, a.span.start - 40)
        first = p.caption.search(text, start, a.span.start)
        second = p.caption_between.fullmatch(text, a.span.end, b.span.start)
        if first and second and {first.lastgroup, second.lastgroup} == {"funded", "gap"}:
            return [(str(first.lastgroup), a), (str(second.lastgroup), b)]
    return []


def _before_role(
    text: str, start: int, end: int, after_figure: bool, p: FundingPatterns, placed: bool = False
) -> re.Match[str] | None:
    """The role words before an amount, unless they are those after the figure before it:
    "25 milhões recebidos dos 398 milhões solicitados" (unless that figure's role is ``placed``
    by its own words before it)."""
    m = p.before.search(text, start, end)
    if m and after_figure and not placed:
        prev = p.after.match(text[start:end])  # "^" holds only at a string's start
        if prev and start + prev.end() > m.start():
            return None
    return m


def _share_role(
    text: str, q: Quantity, last_money: tuple[Quantity, str] | None, p: FundingPatterns
) -> str | None:
    """The role of a share in prose. Right after an amount it shares the amount's role:
    "(69 per cent)", closed at once (not "(35% more than…)"), or "… was funded, or 42.7
    percent of requirements" when words of the whole follow. Elsewhere "31 per cent funded"."""
    if last_money is not None:
        between = text[last_money[0].span.end : (q.qualifier_span or q.span).start]
        follow = text[q.span.end : q.span.end + 40]
        if _OPEN.fullmatch(between) and p.share_of.match(follow):
            return last_money[1]
        # "US$30 million has been received so far (25%)": the role words, then the share.
        glued = p.role_then_open.fullmatch(between)
        if glued and glued.lastgroup in (None, last_money[1]) and p.share_of.match(follow):
            return last_money[1]
        if p.share_link.fullmatch(between) and p.share_whole.match(follow):
            return last_money[1]
        # "92 millones en aportes, solo el 16% de lo requerido": a share of the requirement in
        # the amount's clause, the figure right after it, has the amount's role.
        if _CLAUSE_GAP.fullmatch(between) and p.share_whole.match(follow):
            return last_money[1]
    # "56% fi-\nnanciado": a word hyphenated across a line break is read whole.
    a = p.share_after.match(_HYPHEN_BREAK.sub("", text[q.span.end : q.span.end + 32]))
    if a is None:  # "financiado a 66 por cento"
        a = p.share_before.search(text, max(0, q.span.start - 30), _at(q))
    return a.lastgroup if a else None
