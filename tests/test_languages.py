"""Languages: the guess of a report's language, --language and the config key, and lexicons
that derive from one another."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sitecheck import check_file, check_text
from sitecheck.lang import UNDETERMINED, guess_language, lexicon, own_lexicon

from support import ROOT, SAMPLES

PARAGRAPHS = {
    "en": "Partners reached 1,200 people in Tumbes and 300 in Piura, with the support of the "
    "municipality.",
    "es": "Los socios atendieron a 1.200 personas en Tumbes y a 300 en Piura, con el apoyo del "
    "municipio.",
    "fr": "Les partenaires ont aidé 1 200 personnes à Hinche et 300 aux Gonaïves, dans les sites "
    "de déplacés.",
    "pt": "Os parceiros apoiaram 1.200 pessoas em Pemba e 300 em Montepuez, com o apoio dos "
    "serviços distritais.",
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_the_language_of_a_paragraph_is_guessed(code: str) -> None:
    assert guess_language(PARAGRAPHS[code]) == code


def test_a_text_too_short_to_tell_is_read_with_every_lexicon() -> None:
    assert guess_language("Total: 1.200") == UNDETERMINED
    merged = lexicon(UNDETERMINED)
    assert {"dont", "dos quais", "of whom", "de los cuales"} <= set(merged.part_connectors)


def test_a_report_is_read_with_its_own_words_and_english_ones() -> None:
    fr = lexicon("fr")
    assert "dont" in fr.part_connectors and "of whom" in fr.part_connectors
    assert "de los cuales" not in fr.part_connectors


def test_portuguese_derives_from_spanish_and_changes_only_what_differs() -> None:
    es, pt = own_lexicon("es"), own_lexicon("pt")
    assert pt.currency_links == es.currency_links  # "de" in both: inherited
    assert pt.months != es.months and pt.months["março"] == 3


def test_the_given_language_is_the_one_the_report_is_read_with() -> None:
    text = "Au total, 2 840 patients (1 610 femmes et 1 180 hommes) ont été reçus."
    assert check_text(text).document.language == "fr"
    assert check_text(text, language="pt").document.language == "pt"


def test_the_french_sample_gives_the_same_findings_with_or_without_language() -> None:
    path = SAMPLES / "haiti-2024-05.md"
    guessed = [(f.rule, f.line, f.column) for f in check_file(path).findings]
    given = [(f.rule, f.line, f.column) for f in check_file(path, language="fr").findings]
    assert guessed == given and len(given) == 13


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitecheck", *args], capture_output=True, text=True, cwd=cwd
    )


def test_an_unknown_language_is_one_line_and_exit_2() -> None:
    proc = _run("check", "--language", "de", "samples/haiti-2024-05.md")
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == "sitecheck: error: unknown language 'de' (choose from en, es, fr, pt)\n"


def test_the_language_key_of_the_configuration(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    report.write_text("Total: 2 840 (1 610 et 1 180).\n", encoding="utf-8")
    (tmp_path / "sitecheck.toml").write_text('language = "fr"\n', encoding="utf-8")
    assert check_file(report).document.language == "fr"
    (tmp_path / "sitecheck.toml").write_text('language = "de"\n', encoding="utf-8")
    proc = _run("check", str(report))
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("'language' must be one of en, es, fr, pt")


def test_an_empty_word_class_matches_nothing() -> None:
    import re

    from sitecheck.lang import alternation, phrases

    assert re.search(rf"(?:{alternation(())})", "any text") is None
    assert phrases(("in total",)).search("In total, 2,500 kits") is not None
    assert phrases(("in total",)).search("intotal 2,500") is None


def test_a_short_portuguese_sentence_is_read_as_portuguese() -> None:
    from sitecheck.lang import guess_language

    assert guess_language("As chegadas passaram de 4.000 para 5.000, um aumento de 35%.") == "pt"
    assert guess_language("Las llegadas pasaron de 4.000 a 5.000, un aumento del 35%.") == "es"
