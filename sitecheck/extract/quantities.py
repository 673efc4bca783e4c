"""Quantities: every number mention with its kind, currency, scale, qualifier and interval.

Numbers that are not quantities (years, dates, identifiers, phone numbers, ages, durations,
footnote digits, outline numbers, measurements, PDF debris) are kept with a ``tag`` saying what
they are, so that ``sitecheck extract`` shows them and rules skip them: when a number's role is
unclear, sitecheck abstains rather than guesses.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from sitecheck.document import Document, Span, is_box_block, line_start
from sitecheck.extract.dates import DateMention
from sitecheck.extract.numbers import iter_tokens, read_number
from sitecheck.interval import INF, Interval

# ---------------------------------------------------------------------------------------------
# Vocabulary


_CURRENCY_BEFORE = re.compile(
    r"(?P<cur>US\s?\$|USD\s?\$|U\$S|USD|US dollars|EUR|€|£|GBP|MXN|COP|PEN|CLP|BRL|ARS|CAD|CHF"
    r"|R\$|S/\.?|\\?\$)\s?$"
)
_CURRENCY_LAST = frozenset("$€£DRNPLSFs/.")  # the last character of every currency prefix
_CURRENCY_AFTER = re.compile(
    r"^\s?(?:de\s+)?(?P<cur>USD|US dollars|U\.S\. dollars|dollars"
    r"|d[oó]lares(?: estadounidenses)?|EUR|euros?"
    r"|soles|PEN|MXN|pesos|COP|CLP|BRL|reais|florins|CHF|GBP)(?![\w])"
)
_CURRENCY_CODE = {
    "$": "USD",
    "\\$": "USD",
    "US$": "USD",
    "US $": "USD",
    "USD$": "USD",
    "USD $": "USD",
    "U$S": "USD",
    "USD": "USD",
    "US dollars": "USD",
    "U.S. dollars": "USD",
    "dollars": "USD",
    "dólares": "USD",
    "dolares": "USD",
    "dólares estadounidenses": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "S/": "PEN",
    "S/.": "PEN",
    "soles": "PEN",
    "PEN": "PEN",
    "MXN": "MXN",
    "pesos": "pesos",
    "COP": "COP",
    "CLP": "CLP",
    "BRL": "BRL",
    "R$": "BRL",
    "reais": "BRL",
    "ARS": "ARS",
    "CAD": "CAD",
    "CHF": "CHF",
    "florins": "AWG",
}
_SCALE = re.compile(
    # A scale word may follow a line break in wrapped text ("$1.75\nbillion"); a letter may not.
    r"^(?P<sp>[ \u00a0]?|\n(?=thousand|million|billion|mil))"
    r"(?P<s>mil millones|thousand|millions?|billions?|millones|mill[oó]n|mil"
    r"|bn|mn|MM|[KkMB])(?![\w])",
    re.IGNORECASE,
)
_SCALE_VALUE = {
    "k": 1e3,
    "thousand": 1e3,
    "mil": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "mil millones": 1e9,
}
_PERCENT = re.compile(r"^(?:[ \u00a0]?%|\s?(?i:per\s?cent\b|por\s?ciento\b|pct\b))")

_LOWER_BOUND = {
    "over",
    "more than",
    "above",
    "exceeding",
    "in excess of",
    "at least",
    "a minimum of",
    "más de",
    "mas de",
    "al menos",
    "por lo menos",
    "mínimo",
    "minimo",
    "sobre",
    "upwards of",
}
_UPPER_BOUND = {
    "up to",
    "under",
    "below",
    "less than",
    "fewer than",
    "at most",
    "a maximum of",
    "hasta",
    "menos de",
    "máximo",
    "maximo",
    "no more than",
}
_NEAR_BELOW = {"almost", "nearly", "just under", "casi", "nearly all"}
_APPROX = {
    "some",
    "about",
    "around",
    "approximately",
    "approx.",
    "approx",
    "roughly",
    "an estimated",
    "estimated",
    "unos",
    "unas",
    "alrededor de",
    "aproximadamente",
    "aprox.",
    "aprox",
    "around some",
    "a total of some",
    "circa",
    "close to",
    "cerca de",
    "c.",
    "~",
    "±",
}
_QUALIFIER_ENDS = frozenset(
    q.split()[-1] for q in _LOWER_BOUND | _UPPER_BOUND | _NEAR_BELOW | _APPROX
)
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w])(?P<q>"
    + "|".join(
        re.escape(q).replace(r"\ ", r"\s+")
        for q in sorted(_LOWER_BOUND | _UPPER_BOUND | _NEAR_BELOW | _APPROX, key=len, reverse=True)
    )
    + r")\s*$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"^(?:\s*(?P<a>approx\.?|aprox\.?|or more|or over|and above|y más|o más)(?![\w])|(?P<p>\+))",
    re.IGNORECASE,
)

_ID_CUE = re.compile(
    r"(?:\bN\s?[°º]\.?|\bNo\.|\bNro\.?|\bnúm\.|#|\b(?i:decree|decreto|law|ley|bill|resolution"
    r"|resolución|resolucion|article|artículo|articulo|art\.|ordinance|ordenanza|code|código"
    r"|codigo|case no\.?|version|v\.|ISBN|ISSN|annex|anexo|chapter|capítulo|section|sección"
    r"|page|p\.|pp\.|página|table|tabla|figure|figura|room|office|box|step|phase|fase|round"
    r"|ronda|cohort|wave|grade|grado|level|nivel|route|ruta|km\.?|highway|carretera|paragraph"
    r"|item|footnote|nota)|\bPL|\bDS|\bDL|\bRM|\bRS|\bDU)\s*$"
)
_PHONE_CUE = re.compile(
    r"(?i:tel\.?|telephone|phone|hotline|helpline|line|línea|linea|call|llamar|llama al|whatsapp"
    r"|fax|contact|contacto|número|number|cel\.?|mobile|móvil)[\s:.#]*\+?[\d\s().-]*$"
)
_PHONE_SHAPE = re.compile(r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}")
_PHONE_GROUPS = re.compile(r"(?<![\d,.])\d{2,4}(?:[ -]\d{3,4}){2,}(?![\d,.])")
_MEASURE_AFTER = re.compile(
    r"^\s?(?:km2?|kms|kilom[eé]t(?:er|re|ro)s?|m|m2|m²|m3|m³|meters|metres|metros|cm|mm|kg|kgs"
    r"|kilos|kilograms|tonnes|tons|toneladas|MT|mt|t|g|grams|gramos|l|L|lts?|litres|liters"
    r"|litros|ml|ha|hectares|hect[aá]reas|°C|ºC|°|º|degrees|grados|masl|msnm|ft|feet|miles per"
    r"|kWh|MW|kW|Mbps|GB|MB|mph|km/h|calories|kcal|sq\.?\s?m|square|cubic|hz)(?![\w])"
)
_MEASURE_BEFORE = re.compile(r"(?i:magnitude|magnitud|richter|km\.?|kilometre|kilómetro)\s*$")
_DURATION_AFTER = re.compile(
    r"^[\s-]?(?:hours?|hrs?|h|days?|weeks?|months?|years?|yrs?|minutes?|mins?|seconds?|nights?"
    r"|horas?|d[ií]as?|semanas?|meses|mes|años?|anos?|noches?|minutos?)(?![\w])",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^[\s-]?(?:years?[\s-]+old|year-olds?|yo\b|years? of age|años de edad|años o más|años y más"
    r"|and (?:over|older|above)|or older|y más|s\b|\+?\s*years?\b|años\b)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?i:aged|ages|age|edad(?:es)? de|between the ages of|from the age of|menores de|mayores de"
    r"|older than|younger than)\s*$"
)
_AGE_GROUP_BEFORE = re.compile(
    r"(?i:\b(?:children|girls|boys|kids|infants|adolescents|youth|people|persons|adults|women|men"
    r"|niños|niñas|niñez|adolescentes|personas|mujeres|hombres|population))\s+(?:(?i:under|over"
    r"|below|above|menores de|mayores de|less than|older than|from|between)\s+)$"
)
_TIME_AFTER = re.compile(r"^(?::\d\d|\s?(?:a\.?m\.?|p\.?m\.?|hrs|h\d\d)(?![\w]))", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th|º|°|ª|er|do|ro|vo|mo|to|na|va)(?![\w])")

# Words that name people; they let a rule tell a subgroup of people from a count of other things.
PEOPLE_WORDS = frozenset(
    """
    people persons person individuals individual refugees refugee migrants migrant
    venezuelans venezuelan peruvians peruvian colombians colombian ecuadorians haitians
    nationals children child adolescents adolescent girls boys women men adults youth youths
    students pupils beneficiaries beneficiary participants participant survivors victims
    patients cases returnees displaced idps asylum-seekers asylum seekers applicants members
    workers staff teachers families family households household personas niños niñas
    adolescentes mujeres hombres migrantes refugiados venezolanos peruanos colombianos
    beneficiarios participantes familias hogares jóvenes elderly older infants newborns
    caregivers volunteers
    """.split()
)
HOUSEHOLD_WORDS = frozenset("families family households household familias hogares".split())

_ONES = dict(zip("one two three four five six seven eight nine".split(), range(1, 10), strict=True))
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
}
_MULTIPLIER_WORDS = {"hundred": 100, "thousand": 1000, "cien": 100, "mil": 1000}
_NUMBER_WORD_RE = re.compile(
    r"(?<![\w-])(?P<w>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three"
    r"|four|five|six|seven|eight|nine)|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(?:\s+(?P<mul>hundred|thousand|mil))?(?=\s+(?P<next>[A-Za-zÁÉÍÓÚáéíóúñÑ]))",
    re.IGNORECASE,
)
# Matched against lower-cased text: a case-sensitive scan is several times faster.
_NUMBER_WORD_HINT = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?![\w])"
)
# Words that can end an identifier cue ("Decree 002", "N° 010", "Km. 980"): a set lookup on the
# word before a figure spares most figures the cue regex.
_ID_WORDS = frozenset(
    """n no nro núm decree decreto law ley bill resolution resolución resolucion article
    artículo articulo art ordinance ordenanza code código codigo case version v isbn issn annex
    anexo chapter capítulo section sección page p pp página table tabla figure figura room
    office box step phase fase round ronda cohort wave grade grado level nivel route ruta km
    highway carretera paragraph item footnote nota pl ds dl rm rs du""".split()
)
# The last word of each cue, so that most figures skip the cue regexes.
_AGE_CUE_ENDS = frozenset(
    "aged ages age de of than under over below above from between menores mayores".split()
)
_MEASURE_CUE_ENDS = frozenset("magnitude magnitud richter km kilometre kilómetro".split())
_PHONE_WORDS = (
    "tel",
    "phone",
    "line",
    "lín",
    "call",
    "llam",
    "whatsapp",
    "fax",
    "contact",
    "númer",
    "number",
    "cel",
    "mobile",
    "móvil",
)
# Both phone shapes in one pass, only over blocks with runs of three or more digit groups.
_PHONES = re.compile(f"{_PHONE_SHAPE.pattern}|{_PHONE_GROUPS.pattern}")
_PHONE_HINT = re.compile(r"\+\d|\d[ -]\d{3,4}[ -]\d")
# Small patterns used for every figure, compiled once.
_CLAUSE_END = re.compile(r"[.(,:;\n]")
_SPLIT_FIGURE = re.compile(r"^\s,\d")  # "830 ,000"
_YEARS_NOT_OLD = re.compile(r"^\s?years?\b(?! old)")
_AGE_RANGE_AFTER = re.compile(r"^\s?(?:to|-|–)\s?\d+\s?(?:years?|años)")
_TITLE_AFTER = re.compile(r"^\s+[A-ZÁÉÍÓÚ]")
_OUTLINE_AFTER = re.compile(r"^[.)]\s+\S")
_NOUN_WORDS = re.compile(r"[A-Za-zÀ-ÿ][\w’'-]*")


@dataclass(slots=True)
class Quantity:
    """One number mention in the text."""

    span: Span  # the figure as written: "$427M", "13%", "1.51M", "4,235"
    text: str
    value: float
    kind: str  # count | money | percent | plain
    interval: Interval
    number_span: Span
    currency: str | None = None
    scale: str | None = None
    qualifier: str | None = None
    qualifier_span: Span | None = None
    tag: str | None = None  # what it is when it is not a quantity: year, date, identifier, …
    decimals: int = 0
    ambiguous: bool = False
    malformed: str | None = None
    suggestions: tuple[str, ...] = ()
    noun: str = ""  # the words right after the figure, lower case
    from_words: bool = False

    @property
    def is_quantity(self) -> bool:
        return self.tag is None and self.malformed is None

    @property
    def usable(self) -> bool:
        """A figure a rule may compute with: a quantity, read without doubt."""
        return self.is_quantity and not self.ambiguous

    @property
    def is_people(self) -> bool:
        words = self.noun.split()[:4]
        return any(w in PEOPLE_WORDS for w in words)

    @property
    def is_households(self) -> bool:
        words = self.noun.split()[:3]
        return any(w in HOUSEHOLD_WORDS for w in words)


class QuantityIndex:
    """Number mentions in text order, found by position in logarithmic time."""

    def __init__(self, numbers: list[Quantity]) -> None:
        self.numbers = numbers
        self._starts = [q.span.start for q in numbers]

    def between(self, start: int, end: int) -> list[Quantity]:
        """Mentions that lie wholly inside [start, end)."""
        import bisect

        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.numbers) and self._starts[i] < end:
            if self.numbers[i].span.end <= end:
                out.append(self.numbers[i])
            i += 1
        return out


# ---------------------------------------------------------------------------------------------
# Extraction


def extract_quantities(
    doc: Document, dates: list[DateMention], decimal_mark: str | None = None
) -> list[Quantity]:
    """All number mentions of the document, tagged where they are not quantities."""
    date_spans = sorted((d.span.start, d.span.end) for d in dates)
    out: list[Quantity] = []
    for block in doc.blocks:
        if block.kind in ("code", "html"):
            continue
        found = _block_quantities(
            doc.text, block.span, block.kind, date_spans, decimal_mark, is_box_block(block)
        )
        found.extend(_number_words(doc.text, block.span, found))
        found.sort(key=lambda q: q.span.start)
        _tag_sequences(doc.text, found, block.kind)
        out.extend(found)
    return out


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    import bisect

    i = bisect.bisect_right(spans, (start, math.inf)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _block_quantities(
    text: str,
    block: Span,
    block_kind: str,
    date_spans: list[tuple[int, int]],
    decimal_mark: str | None,
    box: bool = False,
) -> list[Quantity]:
    chunk = text[block.start : block.end]
    base = block.start
    phone_spans = (
        [(base + m.start(), base + m.end()) for m in _PHONES.finditer(chunk)]
        if _PHONE_HINT.search(chunk)
        else []
    )
    out: list[Quantity] = []
    for s, e in iter_tokens(chunk):
        start, end = base + s, base + e
        raw = chunk[s:e]
        after = chunk[e : e + 40]
        before = chunk[max(0, s - 32) : s]  # every cue before a figure fits in 32 characters
        reading = read_number(raw, after, decimal_mark)
        q = Quantity(
            span=Span(start, end),
            text=raw,
            value=reading.value,
            kind="plain",
            interval=Interval.point(reading.value),
            number_span=Span(start, end),
            decimals=reading.decimals,
            ambiguous=reading.ambiguous,
            malformed=reading.malformed,
            suggestions=reading.suggestions,
        )
        _read_units(q, chunk, s, e, base, box)
        q.tag = _tag(q, raw, before, chunk, s, e, date_spans, phone_spans, block_kind)
        if q.tag is None:
            _read_qualifier(q, chunk, s, base)
            q.interval = _interval(q)
        if q.tag is not None or q.malformed:
            q.interval = Interval.point(q.value)
        q.text = text[q.span.start : q.span.end]
        out.append(q)
    return out


def _read_units(q: Quantity, chunk: str, s: int, e: int, base: int, box: bool = False) -> None:
    """Currency, scale and percent sign around the digits; widen the span to cover them."""
    start, end = s, e
    head = chunk[max(0, s - 14) : s]
    tail = head.rstrip()[-1:]
    cur = _CURRENCY_BEFORE.search(head) if tail and tail in _CURRENCY_LAST else None
    if cur:
        q.currency = _CURRENCY_CODE.get(re.sub(r"\s+", " ", cur.group("cur")), "USD")
        start = s - (len(cur.group(0)))
    rest = chunk[e:]
    sc = _SCALE.match(rest)
    if sc:
        word = sc.group("s")
        key = word.lower()
        # "m"/"k" alone are metres and kilo-units unless money; "M", "K", "B" are scales.
        ok = word in ("M", "K", "B", "k", "MM") or len(word) > 1 or q.currency is not None
        if word == "m" and q.currency is None:
            ok = False
        if key == "mil" and re.match(r"\s?mil\s+(?:millones|de millones)", rest):
            key = "mil millones"
        if word.lower() in ("mm", "mn", "bn") and q.currency is None and word != "MM":
            ok = False
        if ok and key in _SCALE_VALUE:
            q.scale = word
            q.value *= _SCALE_VALUE[key]
            end = e + sc.end()
            rest = chunk[end:]
    pct = _PERCENT.match(rest)
    if pct and q.currency is None:
        q.kind = "percent"
        end = end + pct.end()
        rest = chunk[end:]
    else:
        after_cur = _CURRENCY_AFTER.match(rest)
        if after_cur and q.currency is None:
            q.currency = _CURRENCY_CODE.get(after_cur.group("cur"), after_cur.group("cur").upper())
            end = end + after_cur.end()
            rest = chunk[end:]
    if q.kind != "percent":
        if q.currency:
            q.kind = "money"
        elif q.value == int(q.value) or q.scale:
            q.kind = "count"
    q.span = Span(base + start, base + end)
    # In a key-figure box the next line is another caption; in prose a line break is a space.
    window = rest[:80] if box else rest[:80].replace("\n", " ")
    words = _NOUN_WORDS.findall(_CLAUSE_END.split(window)[0])
    q.noun = " ".join(w.lower() for w in words[:6])


def _tag(
    q: Quantity,
    raw: str,
    before: str,
    chunk: str,
    s: int,
    e: int,
    date_spans: list[tuple[int, int]],
    phone_spans: list[tuple[int, int]],
    block_kind: str,
) -> str | None:
    start, end = q.number_span.start, q.number_span.end
    prev = chunk[s - 1] if s > 0 else " "
    prev2 = chunk[s - 2] if s > 1 else " "
    nxt = chunk[e] if e < len(chunk) else " "
    after = chunk[e : e + 40]
    digits_only = raw.isdigit()
    if _in_spans(date_spans, start, end):
        return "date"
    low_before = before.lower()
    if any(ps <= start and end <= pe for ps, pe in phone_spans) or (
        any(w in low_before for w in _PHONE_WORDS) and _PHONE_CUE.search(before)
    ):
        return "phone"
    if prev == "^" and prev2 == "[":
        return "footnote"  # "[^1]"
    # Footnote digits glued to words or figures: "origin.1", "million2", "(46,4%)1".
    glued_currency = q.span.start < q.number_span.start  # "USD28.2M"
    if (prev.isalpha() and not glued_currency) or (
        prev in '.)]%”"’*' and (prev2.isalpha() or prev2 in ")%")
    ):
        if digits_only and len(raw) <= 2 and not nxt.isalnum():
            return "footnote"
        return "identifier"
    if (
        digits_only
        and len(raw) == 4
        and 1900 <= int(raw) <= 2099
        and not (q.currency or q.scale or q.kind == "percent")
    ):
        return "year"
    if prev in "-/" and prev2.isalnum():
        return "identifier"
    if nxt in "-/" and e + 1 < len(chunk) and chunk[e + 1].isalnum():
        if not (nxt == "-" and chunk[e + 1 :].startswith(("year", "month", "day", "week"))):
            return "identifier"
        return "age" if "old" in after[:14] else "duration"
    if prev in "," and prev2 == " " or (prev in ",." and not prev2.isalnum() and prev2 != "$"):
        return "debris"  # ", ,812" and "830 ,000": a figure split by PDF extraction
    if _SPLIT_FIGURE.match(after):
        return "debris"
    if _TIME_AFTER.match(after):
        return "time"
    if _ORDINAL_AFTER.match(after) and digits_only:
        return "ordinal"
    last_word = before.rstrip().rsplit(None, 1)[-1].lower().rstrip(".:") if before.strip() else ""
    if (last_word in _ID_WORDS or "°" in last_word or "º" in last_word or "#" in last_word) and (
        _ID_CUE.search(before)
    ):
        return "identifier"
    if (
        digits_only
        and len(raw) == 5
        and raw[:2] in ("19", "20")
        and re.search(
            r"(?i:january|february|march|april|may|june|july|august|september|october|november"
            r"|december)\s+$",
            before,
        )
    ):
        return "date"  # "December 20191": a year with a footnote digit glued on
    if q.kind == "count" and not q.scale:
        if (last_word in _AGE_CUE_ENDS and _AGE_BEFORE.search(before)) or (
            _AGE_AFTER.match(after) and not _YEARS_NOT_OLD.match(after)
        ):
            return "age"
        if last_word in _AGE_CUE_ENDS and q.value <= 120 and _AGE_GROUP_BEFORE.search(before):
            return "age"
        if _DURATION_AFTER.match(after):
            return "duration"
        if _MEASURE_AFTER.match(after) or (
            last_word in _MEASURE_CUE_ENDS and _MEASURE_BEFORE.search(before)
        ):
            return "measure"
        if _AGE_RANGE_AFTER.match(after):
            return "age"
    if q.kind == "plain" and (
        _MEASURE_AFTER.match(after)
        or (last_word in _MEASURE_CUE_ENDS and _MEASURE_BEFORE.search(before))
    ):
        return "measure"
    if (
        q.kind == "count"
        and q.scale
        and last_word in _MEASURE_CUE_ENDS
        and (_MEASURE_BEFORE.search(before))
    ):
        return "measure"
    if nxt.isalpha() and not q.scale and q.kind != "percent":
        return "identifier"  # "3G", "2x": a code, not a count
    # Outline numbers open a heading, a table row or a line: "2.1 CERF", "3. Protection".
    if not chunk[line_start(chunk, s) : s].strip(" \t#|*>-"):
        if q.kind == "plain" and "." in raw and _TITLE_AFTER.match(after):
            return "outline"
        if _OUTLINE_AFTER.match(after) and q.kind != "percent":
            return "outline"
    return None


def _read_qualifier(q: Quantity, chunk: str, s: int, base: int) -> None:
    head_end = q.span.start - base
    window = chunk[max(0, head_end - 30) : head_end]
    words = window.split()
    last = words[-1].lower().lstrip("([\"'“¿¡") if words else ""
    m = _QUALIFIER_BEFORE.search(window) if last in _QUALIFIER_ENDS or last[-1:] in "~±" else None
    if m:
        offset = max(0, head_end - 30)
        q.qualifier = re.sub(r"\s+", " ", m.group("q").lower())
        q.qualifier_span = Span(base + offset + m.start("q"), base + offset + m.end("q"))
        return
    rest = chunk[q.span.end - base :]
    a = _QUALIFIER_AFTER.match(rest)
    if a:
        word = (a.group("a") or "+").lower()
        q.qualifier = word
        q.qualifier_span = Span(q.span.end + a.start(), q.span.end + a.end())


def _rounding_half_width(q: Quantity) -> float:
    mult = _SCALE_VALUE.get((q.scale or "").lower(), 1.0)
    if q.kind == "percent" or q.scale or q.decimals:
        return 0.5 * 10.0 ** (-q.decimals) * mult
    return 0.0


def _trailing_unit(q: Quantity) -> float:
    """The place of the last non-zero digit: "19,600" is rounded to hundreds."""
    mult = _SCALE_VALUE.get((q.scale or "").lower(), 1.0)
    if q.decimals or q.kind == "percent" or q.scale:
        base_value = round(q.value / mult * 10**q.decimals)
        unit = 10.0 ** (-q.decimals)
    else:
        base_value = round(q.value)
        unit = 1.0
    while base_value and base_value % 10 == 0:
        base_value //= 10
        unit *= 10
    return unit * mult


def _interval(q: Quantity) -> Interval:
    half = _rounding_half_width(q)
    lo, hi = q.value - half, q.value + half
    word = q.qualifier
    if word is None:
        return Interval(lo, hi)
    if word in _LOWER_BOUND or word in ("or more", "o más", "y más", "and above", "or over", "+"):
        return Interval(lo, INF)
    if word in _UPPER_BOUND:
        return Interval(0.0, hi)
    if word in _NEAR_BELOW:
        return Interval(max(0.0, q.value - _trailing_unit(q)), hi)
    # Approximation: the figure is rounded at its last non-zero digit.
    unit = _trailing_unit(q)
    return Interval(max(0.0, min(lo, q.value - unit / 2)), max(hi, q.value + unit / 2))


def _number_words(text: str, block: Span, found: list[Quantity]) -> list[Quantity]:
    chunk = text[block.start : block.end]
    out: list[Quantity] = []
    if not _NUMBER_WORD_HINT.search(chunk.lower()):
        return out  # one scan for any number word before the slower, exact pattern
    for m in _NUMBER_WORD_RE.finditer(chunk):
        word = m.group("w").lower()
        follow = chunk[m.end() : m.end() + 20].lower()
        if re.match(r"\s*(?:-|of\b|de\b|or\b|o\b|to\b|and\b|y\b)", follow) or re.match(
            r"\s*(?:thirds?|quarters?|fifths?|halves|tercios?|cuartos?)", follow
        ):
            continue
        if "-" in word:
            tens, ones = word.split("-")
            value = float(_NUMBER_WORDS[tens] + _ONES[ones])
        else:
            value = float(_NUMBER_WORDS[word])
        mul = m.group("mul")
        if mul:
            value *= _MULTIPLIER_WORDS[mul.lower()]
        start, end = block.start + m.start(), block.start + m.start() + len(m.group(0))
        if any(q.span.start < end and start < q.span.end for q in found):
            continue
        rest = chunk[m.end() :]
        words = _NOUN_WORDS.findall(re.split(r"[.(,:;]", rest[:80].replace("\n", " "))[0])
        q = Quantity(
            span=Span(start, end),
            text=text[start:end],
            value=value,
            kind="count",
            interval=Interval.point(value),
            number_span=Span(start, end),
            noun=" ".join(w.lower() for w in words[:6]),
            from_words=True,
        )
        before = chunk[max(0, m.start() - 60) : m.start()]
        if _DURATION_AFTER.match(rest) or _AGE_GROUP_BEFORE.search(before):
            q.tag = "duration" if _DURATION_AFTER.match(rest) else "age"
        else:
            _read_qualifier(q, chunk, m.start(), block.start)
            q.interval = _interval(q)
        out.append(q)
    return out


def _tag_sequences(text: str, found: list[Quantity], block_kind: str) -> None:
    """Figures separated only by blanks are a flattened table: their roles are unknown."""
    if block_kind == "table_row":
        return
    digits = [q for q in found if not q.from_words]
    for a, b in zip(digits, digits[1:], strict=False):
        if (a.tag or "debris") != "debris" or (b.tag or "debris") != "debris":
            continue  # "2024\n12%": a year then a figure is no table debris
        gap = text[a.span.end : b.span.start]
        if "\n" in gap:
            continue  # one figure per line is a key-figure box, not a flattened table
        if (
            gap
            and re.fullmatch(r"[ \t\u00a0,]*\n?[ \t\u00a0,]*", gap)
            and (" " in gap or "\n" in gap)
        ):
            for q in (a, b):
                if q.tag is None:
                    q.tag = "debris"
                    q.interval = Interval.point(q.value)
