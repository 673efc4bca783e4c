"""English words of relations between figures: lists and their counts, wholes after a group,
totals reached by adding, those screened and those found among them.

Part of the English lexicon (``sitecheck.lang.en``), kept apart only for its length.
"""

from __future__ import annotations

RELATION_WORDS: dict[str, object] = dict(
    breakdown_heads=(
        "breakdown", "broken down", "break down", "breaks down", "disaggregated",
        "distributed as follows", "split as follows", "divided as follows", "as follows",
        # "the 84 incidents break down as: 52 …": the verb and its "as"
        "break down as", "breaks down as", "broke down as", "broken down as",
        "break down as follows", "breaks down as follows", "broken down as follows",
    ),
    largest_words=("the highest number", "the largest number", "the greatest number"),
    # "The agency reports that, of the 412 households hit, …": a clause before "of the N"
    # "According to the institute, of the 27 deaths, 21 …": a source before "of the N"
    source_leads=("according to",),
    says_that=(
        "reports that", "reported that", "indicates that", "indicated that", "notes that",
        "noted that", "shows that", "showed that", "states that", "stated that",
    ),
    # "for five crises. … aid in Chad, …": what a count of names announced before them counts
    named_set_nouns=(
        "countries", "provinces", "regions", "districts", "departments", "states",
        "municipalities", "governorates", "counties", "prefectures", "communes", "crises",
        "emergencies",
    ),  # fmt: skip
    named_set_leads=("across", "throughout"),
    example_words=("for example", "for instance", "e.g.", "e.g"),
    # "rose by 6% on April (17,836)": the period compared, its figure in brackets
    change_against=("on", "over"),
    previous_period=(
        "previous", "preceding", "prior", "last month", "last week", "the month before",
        "the week before",
        "last report", "last update", "last round", "last bulletin",
    ),  # fmt: skip
    year_comparison=("same", "year", "years"),
    list_namely=("namely", "i.e.", "that is"),
    list_links=("of", "are", "were", "namely"),
    clause_leads=("who", "which", "that", "where", "whose", "whom"),
    where_words=("where",),
    list_participle_endings=("ed",),
    list_back_determiners=("the", "these", "those", "all", "all the", "all of the"),
    list_subset_words=(
        "most", "more", "worst", "hardest", "largest", "biggest", "main", "major", "remaining",
        "other", "others", "first", "last", "least", "top", "key", "priority",
    ),
    list_copulas=("are", "were"),
    whole_after_group=("among the", "amongst the"),
    added_leads=(
        "added to", "with another", "with a further", "together with",
    ),  # fmt: skip
    added_reach=(
        "total", "totals", "reach", "reaches", "come to", "comes to", "amount to", "amounts to",
        "stand at", "stands at",
    ),  # fmt: skip
    stock_after=("which now hosts", "which now has", "which now shelters", "which now houses"),
    screened_words=(
        "screened", "examined",
    ),  # fmt: skip
    screen_results=(
        "enrolled", "found", "identified", "admitted", "referred", "diagnosed",
    ),  # fmt: skip
    # "Main needs: food (61%), shelter (42%)": survey answers, several per household (plural:
    # "people in need" is no survey).
    answer_nouns=(
        "needs", "priority", "priorities", "concern", "concerns", "reason", "reasons",
        "challenge", "challenges", "barrier", "barriers", "preference", "preferences",
    ),  # fmt: skip
    # none, only one, both: the answers of a partition
    share_none_words=("no", "none", "neither", "without"),
    share_only_words=("only",),
    share_both_words=("both",),
    cause_preps=("by", "from", "due to", "because of", "as a result of"),
    under_preps=("under",),
    reflexives=(),
    plural_verb_endings=("ed",),
    people_connectors=("in which",),
    contrast_joins=("while", "whereas"),
    phrasal_heads=("make", "makes", "made", "making"),  # "women make up 47% (3,290)"
    # "… and 15% to less severe areas": a grade below those named closes a list of shares
    lesser_words=("less", "lesser", "lower"),
    # with hosts or in sites and camps; formal or informal work; regular or irregular status;
    # accompanied or not; assisted or spontaneous returns
    split_sides=(
        (("host", "hosted", "hosting", "relatives", "friends"), ("site", "sites", "camp", "camps")),
        (("formal", "formally"), ("informal", "informally", "informality")),
        (("regular", "regularized", "regularised"), ("irregular", "irregularly")),
        (("accompanied",), ("unaccompanied",)),
        (("assisted",), ("spontaneous", "spontaneously", "self-organized", "self-organised")),
    ),
    target_leads=(
        "against a target of", "against the target of", "out of a target of",
        "of a target of", "towards a target of", "toward a target of",
    ),
    origin_leads=("from", "coming from"),
    gloss_openers=("in other words", "that is", "that is to say", "i.e."),
    # "the current number (384,060)": before the later figure of a change
    current_words=("current", "present"),
    movement_modes=(
        frozenset({"voluntarily", "spontaneously", "deported", "expelled", "forcibly"}),
        frozenset({"evacuated", "self-evacuated"}),
    ),
    existential_openers=(
        "there was", "there has been", "there were", "this was", "this is", "that is", "that was",
    ),
    equals_words=("that is", "i.e.", "or", "equal to", "equivalent to", "amounting to"),
    net_balance_words=(
        "net balance of", "net migration of", "net migration balance of", "net inflow of",
        "net outflow of",
    ),
    level_words=("stood at", "stood", "was at", "standing at"),
    # "2,100 crossed at Tillia and 3,900 at Assamaka"; "The first … The next … The last …"
    point_preps=("at",),
    ordinal_firsts=("the first",),
    ordinal_nexts=(
        "the second", "the third", "the fourth", "the fifth", "the sixth", "the next",
        "the following",
    ),  # fmt: skip
    ordinal_lasts=("the last", "the final"),
    harm_events=(
        "events", "incidents", "attacks", "emergencies", "episodes", "clashes", "raids",
        "landslides", "explosions",
    ),  # fmt: skip
    group_copulas=("these were", "these are", "they were", "they are", "those were"),
    past_levels=("had been", "was", "stood at", "had stood at"),
    so_words=("so", "thus", "hence", "which means", "meaning that", "so that"),
    weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    # "8 in A, 3 in B and one in C": the word for one, not read as a figure, closes a list
    unread_ones=("one", "a single"),
    # "requirements representing 51 percent of the total": no comma before the participle
    share_participles=("representing", "equivalent to", "equal to"),
    # "4,800 people took part in: A (3,100), B (2,900)": one person may be counted in several
    overlap_verbs=(
        "took part in", "participated in", "attended", "benefited from", "benefitted from",
        "enrolled in", "accessed",
    ),  # fmt: skip
)
