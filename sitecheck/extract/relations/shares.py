"""Shares of one whole that must add up to 100: "47% male and 53% female", "86% Syrians,
9.6% Iraqis and 4.4% other nationalities". Only shares of complementary groups, or a list
closed by "other" or "the rest", are taken: shares of services or places may overlap or leave
a remainder unsaid."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.copula_shares import copula_groups
from sitecheck.extract.relations.model import Relations, Shares
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import DIGIT, WORD, lead
from sitecheck.interval import Interval, interval_sum
from sitecheck.lang import alternation, lexicon, phrases

_MAX_GAP_WORDS = 8  # "… were hosted by relatives or friends, while" between two shares
_MAX_ITEM_WORDS = 3  # "percent Iraqis, 2.3": between two items of a list
_MAX_FIRST_WORDS = 5  # "86 percent of them are Syrians, 9.6": the first item names its clause


@cache
def _other_item(language: str) -> re.Pattern[str]:
    """ "… and other countries (4%)", "et d'autres pays (4 %)": the last item, the rest, before
    its share in brackets."""
    words = alternation(lexicon(language).other_words)
    return re.compile(rf"(?i:(?<![\w])(?:{words})(?:\s+[^\W\d_][\w'’-]*){{0,2}}\s*\(\s*)$")


@cache
def _worded_share(language: str) -> re.Pattern[str]:
    """A further share of the list written in words: " and twelve percent children"."""
    lex = lexicon(language)
    words = alternation(lex.number_words)
    pct = alternation(lex.percent_words, r"\s?")
    return re.compile(
        rf"[^\d.;:]{{0,80}}?(?<![\w-])(?:{words})\s*(?:%|(?:{pct})(?![\w]))", re.I
    )


@cache
def _gloss(language: str) -> re.Pattern[str]:
    """ ", soit", ", i.e.", ", es decir": after a comma, the words that restate in other terms."""
    lex = lexicon(language)
    words = alternation((*lex.gloss_openers, *lex.list_namely))
    return re.compile(rf",\s*(?:{words})(?![\w])", re.I)


@cache
def _rate(language: str) -> re.Pattern[str]:
    """ "60% among women": a share followed by a rate's preposition is a rate within its group."""
    words = alternation(lexicon(language).rate_prepositions)
    return re.compile(rf"\s*(?:{words})(?![\w])", re.I)


@cache
def not_one_whole(language: str) -> re.Pattern[str]:
    """Words that make percentages something else than shares of one whole: rates by group
    ("Literacy rate: women 61%, men 78%") and survey answers, several per respondent ("Main
    needs: food (61%), shelter (42%)")."""
    lex = lexicon(language)
    return phrases((*lex.rate_nouns, *lex.answer_nouns))


@cache
def _of_part(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    return re.compile(
        rf"\s*(?:{alternation((*lex.back_refs, *lex.part_after_refs))})(?![\w])", re.I
    )


def shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    text = doc.text
    p = relation_patterns(doc.language)
    percents = [q for q in nums if q.usable and q.kind == "percent"]
    runs: list[list[Quantity]] = []
    nested: set[int] = set()  # the runs that open on a share of a part named before
    bases = _bases(doc, percents, nums)
    based: set[int] = set()  # the runs whose first share names its base
    for q in percents:
        start = runs[-1][-1].span.end if runs else q.span.start
        if runs and len(runs[-1]) == 1 and runs[-1][0].span.start in bases:
            # "24.7% of the 1.6 million IDPs are in camps, while 66.1% …": the base is no share.
            start = bases[runs[-1][0].span.start]
            based.add(len(runs) - 1)
        gap = text[start : q.span.start]
        if len(runs) - 1 in based:
            gap = _ASIDE.sub(" ", gap)  # "(rented or hosted by relatives)": an aside
        limit = _MAX_GAP_WORDS + (4 if p.remainder.search(gap[-16:]) else 0)
        # "89% inside Iraq and 11% from abroad, 61% of the latter from Türkiye": a share of a
        # part named before starts a list of its own.
        of_other = bool(runs) and _of_part(doc.language).match(text, q.span.end) is not None
        # "53% women and 47% men, that is 56% children …": a gloss opens another breakdown.
        apart = of_other or bool(_gloss(doc.language).search(gap))
        if runs and not apart and not DIGIT.search(gap) and len(WORD.findall(gap)) <= limit:
            runs[-1].append(q)
        else:
            if of_other:
                nested.add(len(runs))
            runs.append([q])
    for i, run in enumerate(runs):
        if _worded_share(doc.language).match(text, run[-1].span.end):
            continue  # "70% men, 18 percent women and twelve percent children": one unread
        # "49% of men and 88% of women": each share of its own whole.
        of_each = sum(1 for q in run if p.n_of_w.match(text, q.span.end)) >= 2
        if of_each and not copula_groups(doc, run):
            continue
        if _none_only_both(doc, run):
            rel.shares.append(Shares(run))  # answers of a partition, even under "coverage"
            continue
        if all(_rate(doc.language).match(text, q.span.end) for q in run):
            continue
        if not_one_whole(doc.language).search(text, span.start, lead(run[0])):
            continue
        # A run joined over its base ("P% of the N …") is closed by groups or by other places.
        if len(run) >= 2 and (
            _closed(doc, run, span, i in nested or i in based)
            or (i in based and _other_last(doc, run))
        ):
            if not _two_wholes(run):
                rel.shares.append(Shares(run))


_ASIDE = re.compile(r"\([^()]*\)")


def _two_wholes(run: list[Quantity]) -> bool:
    """ "55% were women and 45% men, while 52% of the children were girls and 48% boys": a
    run whose head and tail each make 100 is two splits, of two wholes."""
    hundred = Interval.point(100.0)
    return any(
        interval_sum([q.interval for q in run[:k]]).intersects(hundred)
        and interval_sum([q.interval for q in run[k:]]).intersects(hundred)
        for k in range(2, len(run) - 1)
    )


def _none_only_both(doc: Document, run: list[Quantity]) -> bool:
    """ "64% have no insurance, 21% public cover, 5% both and 10% only a private plan": a
    share of none, one of both and one of only one: each person in one answer (a partition)."""
    lex = lexicon(doc.language)
    words = (lex.share_none_words, lex.share_only_words, lex.share_both_words)
    nouns = [_own(_words(q.noun), relation_patterns(doc.language).ands) for q in run]
    return len(run) >= 3 and all(
        any(phrases(kind).search(" ".join(n)) for n in nouns) for kind in words
    )


@cache
def _of_base(language: str) -> re.Pattern[str]:
    """ "24.7% of the 1.6 million", "el 84,6 % de los cerca de 2.100": a base right after."""
    lex = lexicon(language)
    art = rf"(?:(?:{alternation((*lex.articles, *lex.possessives))})\s+)?"
    qualifier = rf"(?:(?:{alternation(lex.qualifiers)})\s+)?"
    return re.compile(rf"\s*(?:{alternation(lex.share_of)})\s+{art}{qualifier}", re.I)


def _bases(doc: Document, percents: list[Quantity], nums: list[Quantity]) -> dict[int, int]:
    """The shares that name their base ("P% of the N …"), to the end of that base."""
    starts = {q.span.start: q for q in nums if q.usable and q.kind == "count"}
    found: dict[int, int] = {}
    for q in percents:
        m = _of_base(doc.language).match(doc.text, q.span.end)
        base = starts.get(m.end()) if m else None
        if base is not None:
            found[q.span.start] = base.span.end
    return found


@cache
def _elsewhere(language: str) -> re.Pattern[str]:
    """ "in other accommodation types", "dans d'autres abris": the rest, in other places."""
    lex = lexicon(language)
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    return re.compile(
        rf"\s*(?:{alternation(lex.place_prepositions)})\s+{art}(?:[^\W\d_]+['’])?"
        rf"(?:{alternation(lex.other_words)})(?![\w])",
        re.I,
    )


def _other_last(doc: Document, run: list[Quantity]) -> bool:
    """ "… and 0.2% in other accommodation types": where the people of a base the first share
    names live, the last share in "other" places (one place each: a partition). Not "2% other
    vulnerable groups": groups may overlap."""
    return bool(_elsewhere(doc.language).match(doc.text, run[-1].span.end))


def _closed(doc: Document, run: list[Quantity], span: Span, nested: bool = False) -> bool:
    """Whether the shares cover the whole: one share per complementary group, or a last share
    of "other …" / "the rest". A list that opens on a share of a part ("30% of them children,
    and the remaining 15% …") may be closed by the rest of the outer list: groups only."""
    p = relation_patterns(doc.language)
    text = doc.text
    after = text[run[-1].span.end : min(span.end, run[-1].span.end + 30)].lstrip(")] \t")
    if p.partial.match(after):
        return False  # "… and Guinea (2.5%) amongst others": only some items, not the rest
    # "… and other nationalities for 27%": the rest named before the last share.
    gap = text[max(span.start, run[-2].span.end, lead(run[-1]) - 40) : lead(run[-1])]
    other = (
        bool(p.remainder_tail.match(text, run[-1].span.end))
        or bool(p.remainder.search(text, max(span.start, lead(run[-1]) - 16), lead(run[-1])))
        or bool(_other_word(doc.language).search(gap))
    )
    if other and _goes_on(doc, run[0], span):
        return False
    if _named_groups(doc, run, span, other):
        return True
    if nested:
        return False
    rest = _rest_before(doc, run[-1])
    if other and p.remainder.search(text, lead(run[-1]) - 16, lead(run[-1])):
        if len(run) == 2:
            return True  # "86% … and the remaining 14%"
        if rest == 0:
            return False  # "… and another 25%" ("otros 25%"): one more item, not the rest
    # A list closed by "other …": its items close together ("A (41%), B (22%) and other").
    # "and" joins the last item, "the remaining" names it: not words of its own.
    gaps = [
        sum(1 for w in WORD.findall(text[a.span.end : b.span.start]) if w.lower() not in p.ands)
        for a, b in zip(run, run[1:], strict=False)
    ]
    gaps[-1] -= rest
    if gaps[0] > _MAX_FIRST_WORDS or any(g > _MAX_ITEM_WORDS for g in gaps[1:]):
        return False
    if rest:
        return True  # "40% from Chad, 35% from Sudan and the remaining 25% from elsewhere"
    if _other_item(doc.language).search(text, max(span.start, lead(run[-1]) - 40), lead(run[-1])):
        return True
    if _other_word(doc.language).search(gap):
        return True  # "Syrians for 61%, Iraqis for 22% and other nationalities for 17%"
    tail = text[run[-1].span.end : min(span.end, run[-1].span.end + 30)]
    # "… and 2.1% other nationalities" closes the list; "… Guinea (9%) and other countries"
    # names one more item, without its share.
    if p.segment_split.match(tail.lstrip(")]")):
        return False
    return bool(p.remainder.match(tail.strip()) or p.remainder_tail.match(tail))


@cache
def _percent_sign(language: str) -> re.Pattern[str]:
    words = alternation(lexicon(language).percent_words)
    return re.compile(rf"\d\s*(?:%|(?i:{words})(?![\w]))")


def _goes_on(doc: Document, first: Quantity, span: Span) -> bool:
    """ "… 50% chose Chile. 47% Argentina and the remaining 3% elsewhere": a list that opens a
    sentence, after a share earlier in the paragraph, may go on with it; "the remaining" is
    the rest of it all."""
    text, at = doc.text, lead(first)
    home = doc.sentence_at(at)
    if home is None:
        return False
    block = home.block.span.start
    stop = max(text.rfind(". ", block, at), text.rfind("\n", block, at))
    start = max(span.start, stop + 1)
    if stop < block or WORD.search(text, start, at):
        return False
    return _percent_sign(doc.language).search(text, block, stop) is not None


def _rest_before(doc: Document, last: Quantity) -> int:
    """The words of "the remaining", "os restantes" right before the last share, when they
    name the rest with a determiner: a bare "otros 25%" may be one more item ("another")."""
    p, text = relation_patterns(doc.language), doc.text
    m = next(reversed(list(p.remainder.finditer(text, lead(last) - 16, lead(last)))), None)
    # "the rest (7%)", "the rest, 7%,": a bracket or a comma may set the share apart
    if m is None or text[m.end() : lead(last)].strip(" ,(") or " " not in m.group(0).strip():
        return 0
    of = p.n_of_w.match(text, last.span.end)
    if of and not _other_word(doc.language).match(text, of.end()):
        return 0  # "… and the remaining 60% of pupils": a share of another base
    return len(WORD.findall(m.group(0)))


def _named_groups(doc: Document, run: list[Quantity], span: Span, other: bool) -> bool:
    """One share per complementary group (the last may be "other …"), the group named after
    its share or, failing that, before it; in a legend of lines, on the share's own line."""
    p = relation_patterns(doc.language)
    text = doc.text
    after = [_own(_words(q.noun), p.ands) for q in run]
    # "the women 29 per cent and the men 24 per cent": a group named before its share.
    starts = [max(span.start, run[0].span.start - 40)] + [q.span.end for q in run[:-1]]
    before = [_words(text[s : lead(q)])[-3:] for s, q in zip(starts, run, strict=True)]
    readings = [(after, before)]
    if "\n" in text[run[0].span.start : run[-1].span.end]:
        # "Women 58%\nMen 42%": each label on its share's line.
        stops = [lead(q) for q in run[1:]] + [span.end]
        ends = [_line_end(text, q.span.end, e) for q, e in zip(run, stops, strict=True)]
        begins = [text.rfind("\n", s, lead(q)) + 1 or s for s, q in zip(starts, run, strict=True)]
        readings.append(
            (
                [_words(text[q.span.end : e]) for q, e in zip(run, ends, strict=True)],
                [_words(text[b : lead(q)]) for b, q in zip(begins, run, strict=True)],
            )
        )
    for group in (*p.complements, *p.complete_groups):
        for a_words, b_words in readings:
            hits = [_hit(set(a), set(b), group) for a, b in zip(a_words, b_words, strict=True)]
            named = hits[:-1] if other and len(run) == len(group) + 1 else hits
            if len(named) == len(group) and all(len(h) == 1 for h in named):
                if len(set().union(*named)) == len(group):
                    return True
    return False


def _line_end(text: str, start: int, stop: int) -> int:
    end = text.find("\n", start, stop)
    return stop if end < 0 else end


@cache
def _other_word(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:(?<![\w'’])(?:{alternation(lexicon(language).other_words)})(?![\w]))")


def _words(text: str) -> list[str]:
    """Lower-case words, elided articles dropped ("d'hommes" is "hommes")."""
    return [w.replace("’", "'").split("'")[-1] for w in WORD.findall(text.lower())]


def _own(words: list[str], ands: frozenset[str]) -> list[str]:
    """A share's own words: "47% male and 53% female" gives "male", not "male and female"."""
    for i, w in enumerate(words):
        if w in ands:
            return words[:i]
    return words


def _hit(after: set[str], before: set[str], group: frozenset[str]) -> set[str]:
    """The group a share names: by the words after it, else by those before it."""
    hit = after & group
    return hit if hit else before & group
