"""Messages in the report's language (issue 16): the catalogues, the auto choice, the option
and the config key, figures and dates as the report writes them."""

from __future__ import annotations

import importlib
import string
import subprocess
import sys
from pathlib import Path

import pytest
from test_rule_docs import examples

import sitecheck
from sitecheck.lang import LANGUAGES

from support import ROOT

SAMPLES = ROOT / "samples"
NN = "\u202f"  # French typography: narrow no-break space


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_catalogue_has_the_keys_and_fields_of_the_english_one() -> None:
    english = importlib.import_module("sitecheck.lang.messages.en").MESSAGES
    for code in LANGUAGES:
        module = importlib.import_module(f"sitecheck.lang.messages.{code}")
        assert set(module.MESSAGES) == set(english), code
        assert len(module.MONTHS) == 12
        for key, template in english.items():
            assert _fields(module.MESSAGES[key]) == _fields(template), (code, key)


# The main message of each rule, from its first FAIL example (an English report) with the
# messages asked for in Spanish, French and Portuguese: figures stay in the report's notation.
MAIN = {
    "sum-mismatch": {
        "es": "total indicado 715, pero la suma de las partes es 710 (175 + 535)",
        "fr": "total indiqué 715, mais la somme des parties est de 710 (175 + 535)",
        "pt": "total declarado 715, mas a soma das partes é 710 (175 + 535)",
    },
    "part-exceeds-whole": {
        "es": "3,500 figura como parte de 2,500 (of which), pero es mayor",
        "fr": "3,500 est indiqué comme partie de 2,500 (of which), mais il est plus grand",
        "pt": "3,500 aparece como parte de 2,500 (of which), mas é maior",
    },
    "percent-mismatch": {
        "es": "porcentaje financiado indicado 13%; $427M / $318M = 134.3%",
        "fr": f"part financée indiquée 13%{NN}; $427M / $318M = 134.3%",
        "pt": "percentual financiado declarado 13%; $427M / $318M = 134.3%",
    },
    "count-mismatch": {
        "es": "el texto indica four regions, pero la lista que sigue nombra 3",
        "fr": "le texte annonce four regions, mais la liste qui suit en nomme 3",
        "pt": "o texto declara four regions, mas a lista a seguir nomeia 3",
    },
    "duplicate-entry": {
        "es": "«IDL» aparece dos veces en esta lista",
        "fr": f"«{NN}IDL{NN}» figure deux fois dans cette liste",
        "pt": "“IDL” aparece duas vezes nesta lista",
    },
    "footnote-missing": {
        "es": "la llamada de nota «**» no tiene definición",
        "fr": f"l'appel de note «{NN}**{NN}» n'a pas de définition",
        "pt": "a chamada de nota “**” não tem definição",
    },
    "footnote-unused": {
        "es": "la nota «¹» (Amazonas, Ancash and Tumbes.) no se cita en el texto",
        "fr": f"la note «{NN}¹{NN}» (Amazonas, Ancash and Tumbes.) n'est appelée nulle part dans "
        "le texte",
        "pt": "a nota “¹” (Amazonas, Ancash and Tumbes.) não é citada no texto",
    },
    "footnote-duplicate": {
        "es": "la nota «*» está definida dos veces con textos distintos (la primera en la línea 3)",
        "fr": f"la note «{NN}*{NN}» est définie deux fois avec des textes différents "
        "(la première à la ligne 3)",
        "pt": "a nota “*” é definida duas vezes com textos diferentes (a primeira na linha 3)",
    },
    "empty-link": {
        "es": "el enlace «requested» apunta a #",
        "fr": f"le lien «{NN}requested{NN}» pointe vers #",
        "pt": "o link “requested” aponta para #",
    },
    "placeholder-text": {
        "es": "parece quedar una cifra escrita como XX en el texto: «XX»",
        "fr": f"il semble rester un chiffre laissé en XX dans le texte\u00a0: «{NN}XX{NN}»",
        "pt": "parece ter ficado um número escrito como XX no texto: “XX”",
    },
    "date-outside-period": {
        "es": "«4 September» queda fuera del período del informe (1 al 31 de agosto de 2023)",
        "fr": f"«{NN}4 September{NN}» tombe hors de la période couverte (du 1er au 31 août 2023)",
        "pt": "“4 September” fica fora do período do relatório (1 a 31 de agosto de 2023)",
    },
    "malformed-number": {
        "es": "«3,0000» no es un número bien escrito: una ',' seguida de cuatro cifras o más",
        "fr": f"«{NN}3,0000{NN}» n'est pas un nombre bien formé\u00a0: une ',' suivie de quatre "
        "chiffres ou plus",
        "pt": "“3,0000” não é um número bem escrito: uma ',' seguida de quatro algarismos ou mais",
    },
    "restated-mismatch": {
        "es": "«25,300 people displaced» repite «23.5K people displaced» (línea 2), pero ningún "
        "redondeo los concilia",
        "fr": f"«{NN}25,300 people displaced{NN}» reprend «{NN}23.5K people displaced{NN}» "
        "(ligne 2), mais aucun arrondi ne les concilie",
        "pt": "“25,300 people displaced” repete “23.5K people displaced” (linha 2), mas nenhum "
        "arredondamento os concilia",
    },
}


@pytest.mark.parametrize(
    ("rule", "code"), [(rule, code) for rule in MAIN for code in ("es", "fr", "pt")]
)
def test_each_rule_speaks_spanish_french_and_portuguese(rule: str, code: str) -> None:
    text = examples(rule)["FAIL"][0]
    result = sitecheck.check(text, select=[rule], language="en", message_language=code)
    assert [f.message for f in result.findings][:1] == [MAIN[rule][code]]


def test_english_stays_the_default_for_an_english_report() -> None:
    text = examples("sum-mismatch")["FAIL"][0]
    result = sitecheck.check(text, select=["sum-mismatch"])
    assert result.findings[0].message == "stated total 715, but its parts add up to 710 (175 + 535)"
    assert result.message_language == "en"


def test_auto_speaks_the_language_of_each_report() -> None:
    spanish = sitecheck.check(SAMPLES / "ecuador-2024-03.md", select=["sum-mismatch"])
    assert spanish.message_language == "es"
    assert [(f.message, f.suggestion, f.related_positions[0][4]) for f in spanish.findings] == [
        (
            "total indicado 715, pero la suma de las partes es 710 (175 + 535)",
            "un total de 710, o partes que sumen 715",
            "parte",
        )
    ]
    french = sitecheck.check(SAMPLES / "haiti-2024-05.md", select=["percent-mismatch"])
    assert french.findings[0].message == (
        f"pourcentage indiqué 45 %{NN}; 1{NN}040 / 2{NN}600 = 40,0{NN}%"
    )
    portuguese = sitecheck.check(SAMPLES / "mocambique-2024-03.md", select=["sum-mismatch"])
    assert [f.message for f in portuguese.findings] == [
        "total declarado 4.960 (linha “Total”, coluna “Casos”), mas a soma das células que ele "
        "totaliza é 4.860 (3.915 + 512 + 433)",
        "total declarado 3.070, mas a soma das partes é 2.870 (1.250 + 980 + 640)",
    ]


def test_figures_in_a_spanish_report_are_written_as_it_writes_them() -> None:
    text = (
        "Periodo del reporte: 1 al 31 de marzo de 2024.\n\n"
        "Se atendió a 12.480 personas (7.140 mujeres y 5.140 hombres) en Tulcán.\n"
    )
    result = sitecheck.check(text, select=["sum-mismatch"])
    assert [f.message for f in result.findings] == [
        "total indicado 12.480, pero la suma de las partes es 12.280 (7.140 + 5.140)"
    ]


def test_dates_in_messages_are_written_as_the_report_writes_them() -> None:
    result = sitecheck.check(SAMPLES / "ecuador-2024-03.md", select=["date-outside-period"])
    assert result.findings[0].message == (
        "«4 de abril» queda fuera del período del informe (1 al 31 de marzo de 2024)"
    )
    assert result.findings[0].related_positions[0][4] == "período del informe"
    english = sitecheck.check(
        SAMPLES / "ecuador-2024-03.md", select=["date-outside-period"], message_language="en"
    )
    assert english.findings[0].message == (
        "“4 de abril” falls outside the reporting period (1 to 31 March 2024)"
    )


def test_a_period_across_months_and_years_names_each_end() -> None:
    from sitecheck.lang.messages import say_period, speak

    with speak("es"):
        assert say_period((2024, 3, 15), (2024, 4, 14)) == "15 de marzo al 14 de abril de 2024"
        assert say_period((2023, 12, 1), (2024, 1, 31)) == (
            "1 de diciembre de 2023 al 31 de enero de 2024"
        )
    with speak("fr"):
        assert say_period((None, 5, 1), (None, 5, 31)) == "du 1er au 31 mai"
    with speak("pt"):
        assert say_period((2024, 3, 1), (2024, 3, 31)) == "1 a 31 de março de 2024"


def test_the_option_overrides_the_report_language() -> None:
    result = sitecheck.check(
        SAMPLES / "ecuador-2024-03.md", select=["sum-mismatch"], message_language="en"
    )
    # English words, the report's notation.
    assert result.findings[0].message == "stated total 715, but its parts add up to 710 (175 + 535)"
    with pytest.raises(sitecheck.InputError, match="unknown message language 'de'"):
        sitecheck.check("text", message_language="de")


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitecheck", *args],
        capture_output=True, text=True, cwd=cwd, timeout=120, env={"PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def test_the_cli_option_and_the_text_reporter_labels(tmp_path: Path) -> None:
    report = str(SAMPLES / "peru-2023-08.md")
    out = _cli("check", "--select", "percent-mismatch", "--message-language", "pt", report)
    lines = out.stdout.splitlines()
    assert lines[0].endswith(
        "error[percent-mismatch] percentual financiado declarado 13%; $427M / $318M = 134.3%"
    )
    assert "   = ajuda: $42.7M daria 13.4%; ou um montante requerido de $3.18B" in lines
    assert lines[-1] == "1 constatação em 1 arquivo: 1 erro, 0 avisos, 0 informativos"
    french = _cli("check", "--select", "empty-link", "--message-language=fr", "-f", "concise", report)
    assert french.stdout.splitlines()[-1] == (
        f"6 constats dans 1 fichier{NN}\u00a0: 0 erreur, 6 avertissements, 0 info".replace(
            f"{NN}\u00a0", "\u00a0"
        )
    )
    bad = _cli("check", "--message-language", "de", report)
    assert bad.returncode == 2


def test_the_config_key(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    report.write_text(examples("sum-mismatch")["FAIL"][0] + "\n", encoding="utf-8")
    (tmp_path / "sitecheck.toml").write_text('message-language = "es"\n')
    result = sitecheck.check(report, select=["sum-mismatch"])
    assert result.findings[0].message.startswith("total indicado 715")
    json_out = _cli("check", "-f", "json", str(report))
    assert '"message": "total indicado 715, pero la suma de las partes es 710' in json_out.stdout
    # The option wins over the configuration.
    english = sitecheck.check(report, select=["sum-mismatch"], message_language="auto")
    assert english.findings[0].message.startswith("stated total 715")
    other = tmp_path / "other"
    other.mkdir()
    (other / "r.md").write_text("Text.\n", encoding="utf-8")
    (other / "sitecheck.toml").write_text('message-language = "de"\n')
    with pytest.raises(sitecheck.InputError, match="'message-language' must be one of auto, en"):
        sitecheck.check(other / "r.md")


def test_sarif_keeps_its_fields_and_carries_the_chosen_message() -> None:
    out = _cli("check", "-f", "sarif", "--select", "sum-mismatch", str(SAMPLES / "ecuador-2024-03.md"))
    import json

    run = json.loads(out.stdout)["runs"][0]
    assert run["results"][0]["ruleId"] == "sum-mismatch"
    assert run["results"][0]["message"]["text"].startswith("total indicado 715")


def test_only_the_catalogue_spoken_is_imported() -> None:
    probe = (
        "import sys, sitecheck\n"
        "loaded = lambda: sorted(m.rsplit('.', 1)[1] for m in sys.modules "
        "if m.startswith('sitecheck.lang.messages.'))\n"
        "print(loaded())\n"
        "sitecheck.check('samples/ecuador-2024-03.md')\n"
        "print(loaded())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120,
        check=True,
    )  # fmt: skip
    assert out.stdout.splitlines() == ["[]", "['es']"]


def test_pack_findings_speak_the_chosen_language(tmp_path: Path) -> None:
    pack = tmp_path / "t.yaml"
    pack.write_text(
        "id: t\ntitle: T\nfacts:\n"
        '  funded: {label: "FUNDED:", kind: money}\n'
        '  budget: {label: "BUDGET:", kind: money}\n'
        "rules:\n  - {id: budget-covers, assert: funded <= budget}\n",
        encoding="utf-8",
    )
    got = sitecheck.check("FUNDED: $5M\n", rules=[str(pack)], message_language="es").findings
    assert [(f.rule, f.message, f.suggestion) for f in got] == [
        (
            "fact-not-found",
            "t: no se encontró «budget» (después de «BUDGET:»)",
            "indíquelo en el informe, o márquelo como opcional en el paquete",
        )
    ]
    pack.write_text(
        "id: t\ntitle: T\nfacts:\n  cash: {pattern: 'cash to {value}'}\n"
        "  plan: {pattern: 'planned {value}'}\nrules:\n  - {id: cash-plan, assert: 'cash == plan'}\n",
        encoding="utf-8",
    )
    text = "Partners gave cash to 160 people. They planned 150 people.\n"
    held = sitecheck.check(text, rules=[str(pack)], message_language="pt").findings
    assert [(f.message, f.related[0].message) for f in held] == [
        ("cash == plan não se verifica: 160 contra 150", "cash (dado)")
    ]


def test_where_a_figure_stands_in_an_html_file_is_said_in_the_language(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    page.write_text(
        "<html><body>\n<p>Se distribuyeron kits a las familias de la provincia y "
        '<a href="#">el informe</a> completo está en línea.</p>\n</body></html>\n',
        encoding="utf-8",
    )
    lines = _cli("check", str(page)).stdout.splitlines()
    assert lines[:2] == [
        f"{page}:1:56: warning[empty-link] el enlace «el informe» apunta a #",
        f"  --> {page}, línea 2, columna 59",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Funding grew by 16 per cent (from 25 to 26 per cent).\n",
            "stated change 16 per cent; from 25 to 26 per cent is 1 point, or 4.0% relative to 25",
        ),
        (
            "La financiación creció un 16 % (del 25 al 31 %).\n",
            "variación indicada 16 %; de 25 a 31 % hay 6 puntos, o un 24,0 % respecto de 25",
        ),
    ],
    ids=["one-point", "puntos"],
)
def test_a_change_in_points_says_point_or_points(text: str, message: str) -> None:
    assert [f.message for f in sitecheck.check_text(text).findings] == [message]
