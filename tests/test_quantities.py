"""Figure extraction on real-looking sentences: value, interval, kind, qualifier, tag."""

from __future__ import annotations

import math

import pytest

from sitecheck import check_text
from sitecheck.extract.quantities import Quantity

INF = math.inf


def figure(text: str, figure_text: str, decimal_mark: str | None = None) -> Quantity:
    result = check_text(text, select=[], decimal_mark=decimal_mark)
    matches = [q for q in result.facts.numbers if q.text == figure_text]
    assert len(matches) == 1, [q.text for q in result.facts.numbers]
    q = matches[0]
    assert result.document.slice(q.span) == figure_text
    return q


QUANTITIES = [
    # sentence, figure as written, value, interval, kind, qualifier, currency
    ("PEOPLE ASSISTED\n16,290", "16,290", 16290, (16290, 16290), "count", None, None),
    ("REFUGEES AND MIGRANTS IN PERU\n1.51M", "1.51M", 1_510_000, (1_505_000, 1_515_000), "count", None, None),
    ("FUNDED: \\$427M", "\\$427M", 427e6, (426.5e6, 427.5e6), "money", None, "USD"),
    ("FUNDING SITUATION\n13%", "13%", 13, (12.5, 13.5), "percent", None, None),
    ("Partners cared for over 4,235 individuals.", "4,235", 4235, (4235, INF), "count", "over", None),
    ("Some 19,600 people received kits.", "19,600", 19600, (19550, 19650), "count", "some", None),
    ("Nearly 20,000 people crossed.", "20,000", 20000, (10000, 20000), "count", "nearly", None),
    ("Up to 300 people can stay.", "300", 300, (0, 300), "count", "up to", None),
    ("At least 12 shelters opened.", "12", 12, (12, INF), "count", "at least", None),
    ("Más de 12.500 personas solicitaron la visa.", "12.500", 12500, (12500, INF), "count", "más de", None),
    ("Cerca de 19.600 personas recibieron apoyo.", "19.600", 19600, (19550, 19650), "count", "cerca de", None),
    ("Unos 400 niños asistieron.", "400", 400, (350, 450), "count", "unos", None),
    ("Casi 2.000 personas llegaron.", "2.000", 2000, (1000, 2000), "count", "casi", None),
    ("Alrededor de 1.500 personas cruzaron.", "1.500", 1500, (1450, 1550), "count", "alrededor de", None),
    ("Se registraron 1’718,331 personas.", "1’718,331", 1718331, (1718331, 1718331), "count", None, None),
    ("El 23,7 % de las personas.", "23,7 %", 23.7, (23.65, 23.75), "percent", None, None),
    ("Se necesitan $35,35 M este año.", "$35,35 M", 35.35e6, (35.345e6, 35.355e6), "money", None, "USD"),
    ("Women were 62.2% and men 37,8% of them.", "62.2%", 62.2, (62.15, 62.25), "percent", None, None),
    ("Women were 62.2% and men 37,8% of them.", "37,8%", 37.8, (37.75, 37.85), "percent", None, None),
    ("The census counted 1 234 567 people.", "1 234 567", 1234567, (1234567, 1234567), "count", None, None),
    ("Shelters hosted 3963 people.", "3963", 3963, (3963, 3963), "count", None, None),
    ("The plan seeks USD28.2M this year.", "USD28.2M", 28.2e6, (28.15e6, 28.25e6), "money", None, "USD"),
    ("The fund holds 72.2K dollars.", "72.2K dollars", 72200, (72150, 72250), "money", None, "USD"),
    ("The appeal is 1.05 million USD.", "1.05 million USD", 1.05e6, (1.045e6, 1.055e6), "money", None, "USD"),
    ("Costs reached S/ 1,200 per family.", "S/ 1,200", 1200, (1200, 1200), "money", None, "PEN"),
    ("Cash of USD\u00a0250 per family.", "USD\u00a0250", 250, (250, 250), "money", None, "USD"),
    ("The grant was €35,000.", "€35,000", 35000, (35000, 35000), "money", None, "EUR"),
    ("Payments of US$ 2.5 billion were made.", "US$ 2.5 billion", 2.5e9, (2.45e9, 2.55e9), "money", None, "USD"),
    ("Coverage was 14.1 per cent.", "14.1 per cent", 14.1, (14.05, 14.15), "percent", None, None),
    ("Tenemos 5 mil personas inscritas.", "5 mil", 5000, (4500, 5500), "count", None, None),
    ("Se requieren USD 1,2 millones.", "USD 1,2 millones", 1.2e6, (1.15e6, 1.25e6), "money", None, "USD"),
    ("Thirteen aid workers were hurt.", "Thirteen", 13, (13, 13), "count", None, None),
    ("Partners work in four regions.", "four", 4, (4, 4), "count", None, None),
    ("Trabajamos en cuatro provincias.", "cuatro", 4, (4, 4), "count", None, None),
]


@pytest.mark.parametrize(
    ("text", "shown", "value", "interval", "kind", "qualifier", "currency"),
    QUANTITIES,
)
def test_quantity(text, shown, value, interval, kind, qualifier, currency) -> None:
    q = figure(text, shown)
    assert q.tag is None
    assert q.value == pytest.approx(value)
    assert (q.interval.lo, q.interval.hi) == (pytest.approx(interval[0]), pytest.approx(interval[1]))
    assert q.kind == kind
    assert q.qualifier == qualifier
    assert q.currency == currency


def test_glued_spanish_scale() -> None:
    q = figure("Se invirtieron 136.1millones de soles.", "136.1millones de soles")
    assert q.value == pytest.approx(136.1e6)
    assert q.kind == "money" and q.currency == "PEN"


def test_a_note_number_glued_to_a_scale_word() -> None:
    q = figure("Unos 79,5 millones5 de personas seguían desplazadas.", "79,5 millones")
    assert q.value == pytest.approx(79.5e6) and q.is_people
    assert figure("The site spans 12 m2 of land.", "12").scale is None



def test_a_noun_hyphenated_across_a_line_break_is_one_word() -> None:
    q = figure("Teams screened 44,318 chil-\ndren for malnutrition this month.", "44,318")
    assert q.noun.startswith("children") and q.is_people


NOT_QUANTITIES = [
    ("The plan for 2023 was approved.", "2023", "year"),
    ("On 29 August, the Executive asked for powers.", "29", "date"),
    ("From 01/08 to 31/08", "31", "date"),
    ("Delegates visited Tacna from 21 to 23 August.", "21", "date"),
    ("The law of 2023-08-31 applies.", "31", "date"),
    ("Bill PL N° 00016/2021-CR was filed.", "00016", "identifier"),
    ("Decree N° 010-2020-IN set the rules.", "010", "identifier"),
    ("Supreme Decree 002-2023-IN extended it.", "002", "identifier"),
    ("Call the hotline 0800 10 828 for help.", "0800", "phone"),
    ("Call +51 1 234 5678 for help.", "5678", "phone"),
    ("Children under 5 were vaccinated.", "5", "age"),
    ("Young people under 35 years old can apply.", "35", "age"),
    ("Niñas y niños menores de 5 años.", "5", "age"),
    ("Cases are seen within 72 hours.", "72", "duration"),
    ("Families stay for 60 days.", "60", "duration"),
    ("Arrivals since December 20191 fell.", "20191", "date"),
    ("The plan covers 6 million2 people.", "2", "footnote"),
    ("No documents (46,4%)1 in the survey.", "1", "footnote"),
    ("People of Venezuelan origin.1 Others", "1", "footnote"),
    ("2.1 CERF allocation", "2.1", "outline"),
    ("A magnitude 5.4 earthquake struck.", "5.4", "measure"),
    ("The shelter is 35 km from Piura.", "35", "measure"),
    ("River levels at Km. 980 rose.", "980", "identifier"),
    ("Trucks carried 25 MT of food.", "25", "measure"),
    ("Latrines 87 70 157 built", "70", "debris"),
    ("Figures were revised to 830 ,000 people.", "830", "debris"),
    ("COVID-19 measures continued.", "19", "identifier"),
    ("This is the 3rd round.", "3", "ordinal"),
    ("The meeting starts at 10:30 in Lima.", "10", "time"),
    ("Entre el 1 y el 31 de mayo, más de 34.000 personas cruzaron.", "1", "date"),
]


@pytest.mark.parametrize(("text", "shown", "tag"), NOT_QUANTITIES)
def test_not_a_quantity(text: str, shown: str, tag: str) -> None:
    result = check_text(text, select=[])
    tagged = [q for q in result.facts.numbers if result.document.slice(q.number_span) == shown]
    assert tagged, [q.text for q in result.facts.numbers]
    assert tagged[0].tag == tag


def test_malformed_number_is_not_a_quantity() -> None:
    q = figure("Partners distributed 3,0000 kits.", "3,0000")
    assert q.malformed and not q.is_quantity
    assert q.suggestions == ("30,000", "3,000")


def test_comma_decimal_report_makes_three_digit_comma_ambiguous() -> None:
    text = "La cobertura fue del 23,7 % y del 12,5 %. Se entregaron 1,234 kits."
    q = figure(text, "1,234")
    assert q.ambiguous and not q.usable


def test_a_count_of_people_shows_the_comma_groups_thousands() -> None:
    # 1.234 people cannot be: the report groups thousands with ",", here and elsewhere.
    text = "La cobertura fue del 23,7 % y del 12,5 %. Se atendió a 1,234 personas con 2,468 kits."
    assert figure(text, "1,234").usable and figure(text, "2,468").value == 2468
    assert figure(text, "2,468").usable


def test_a_scaled_figure_of_people_does_not_show_the_grouping() -> None:
    # "1,250 millones de personas" is 1.25 billion: the "," there is a decimal mark.
    text = "La cobertura fue del 23,7 %. Unos 1,250 millones de personas; se entregaron 2,468 kits."
    assert figure(text, "2,468").ambiguous


def test_a_decimal_mark_the_user_gives_is_kept_against_the_report() -> None:
    text = "La cobertura fue del 23,7 %. Se atendió a 1,234 personas con 2,468 kits."
    assert figure(text, "2,468", decimal_mark=",").ambiguous


def test_decimal_mark_override_reads_three_digit_comma_as_thousands_by_default() -> None:
    assert figure("Partners helped 1,234 people.", "1,234", decimal_mark=".").value == 1234


def test_spanish_millions_with_dot_thousands() -> None:
    text = "La cobertura es del 12,5 %. Se transfirieron COP 2.400 millones a 3.200 familias."
    assert figure(text, "COP 2.400 millones").value == 2_400_000_000


def test_spanish_millions_with_dot_thousands_and_no_decimal_to_tell() -> None:
    # No decimal in the report: its language's mark (a comma) reads the dot as grouping.
    text = "Los donantes ofrecieron 764 millones de dólares de los 8.300 millones que se requieren."
    assert figure(text, "8.300 millones").value == 8_300_000_000
    assert figure("The plan needs 1.515M for the year.", "1.515M").value == 1_515_000


def test_a_figure_under_a_year_on_the_next_line_is_not_debris() -> None:
    q = figure("Requerimientos RMRP 2024\n12%\nFinanciado", "12%")
    assert q.tag is None and q.kind == "percent"
