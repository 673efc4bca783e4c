"""The word classes of a lexicon that read figures told over several sentences: one place, one
event or one level a sentence (see ``base``, which declares the others and how a lexicon is
written)."""

from __future__ import annotations

from dataclasses import dataclass

from sitecheck.lang.funding_tables import FundingTableWords, Words


@dataclass(frozen=True, eq=False)
class AcrossSentenceWords(FundingTableWords):
    """Words of parts, events and earlier levels that each take a sentence of their own."""

    # "2,100 crossed at Tillia and 3,900 at Assamaka": a point people pass or stay at
    point_preps: Words = ()
    # "1,310 people fled in four events. The first … The next … The last …": sentences that
    # open on an ordinal, one event each
    ordinal_firsts: Words = ()
    ordinal_nexts: Words = ()
    ordinal_lasts: Words = ()
    # "in four events", "three attacks": happenings that each strike people once (not
    # distributions or sessions, which the same people may attend twice)
    harm_events: Words = ()
    # "These were people in camps (15,720 or 30%) and …": a subject that points back to the
    # group counted before, and a copula
    group_copulas: Words = ()
    # "the figure had been 804,000, so the rise reaches 87%": a count's earlier level
    past_levels: Words = ()
    # "…, so the rise reaches 87%": the change follows from the two levels (not "a fall of 25%"
    # alone, which may be the earlier level's own change)
    so_words: Words = ()
    # "desta quarta-feira (11)": a weekday, then the day of the month alone in brackets
    weekdays: Words = ()
