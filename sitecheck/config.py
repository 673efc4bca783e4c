"""Project configuration: ``sitecheck.toml`` or ``[tool.sitecheck]`` in ``pyproject.toml``.

The file nearest to a checked report, walking up from its folder, applies to it. Unknown keys and
wrong types are errors that name the file and the key.
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sitecheck.errors import InputError
from sitecheck.files import read_limited, real_path
from sitecheck.findings import Severity
from sitecheck.lang import LANGUAGES
from sitecheck.lang.messages import CHOICES
from sitecheck.reporters import FORMATS

FAIL_ON = ("error", "warning", "info", "never")

STARTER = """\
# sitecheck configuration: every key is optional. sitecheck uses the nearest sitecheck.toml
# (or [tool.sitecheck] in pyproject.toml) in the folders above a report.

# Run only these rules (default: all of them; `sitecheck rules` lists them).
# select = ["sum-mismatch", "percent-mismatch", "count-mismatch"]

# Never run these rules.
ignore = []

# Files and folders to skip, as globs relative to this file.
exclude = []

# Decimal mark of your reports, "." or ","; guessed for each report when unset.
# decimal-mark = ","

# Language of your reports: en, es, fr or pt; guessed for each report when unset.
# language = "es"

# Language of the messages: auto (the report's own language), en, es, fr or pt.
# message-language = "auto"

# Lowest severity that makes `sitecheck check` exit with 1: error, warning, info or never.
fail-on = "error"

# Output format of `sitecheck check` when --format is not given: text, concise, json, sarif,
# github, html or auto (with html, write it to a file with -o report.html).
# format = "text"

# Rule packs for your report family (YAML files, relative to this file).
# rules = ["rules/r4v-national-sitrep.yaml"]

# A different severity for a rule: "error", "warning" or "info".
[severity]
# duplicate-entry = "error"
"""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    decimal_mark: str | None = None
    language: str | None = None  # en, es, fr, pt; None: guessed per report
    message_language: str | None = None  # auto, en, es, fr, pt; None: auto
    fail_on: str = "error"
    rules: tuple[str, ...] = ()  # rule packs, as paths relative to the current folder
    format: str | None = None  # the output format when --format is not given

    def excludes(self, report: Path) -> bool:
        if not self.exclude or self.path is None:
            return False
        try:
            rel = real_path(report).relative_to(real_path(self.path.parent)).as_posix()
        except ValueError:
            return False
        return any(
            fnmatch.fnmatch(rel, pattern)
            or fnmatch.fnmatch(rel, pattern.rstrip("/") + "/*")
            or rel.startswith(pattern.rstrip("/*") + "/")
            for pattern in self.exclude
        )


# A configuration is a few hundred bytes; the limit keeps a mistaken path from filling memory.
MAX_CONFIG_BYTES = 1024 * 1024


def _load_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    raw = read_limited(
        path, MAX_CONFIG_BYTES, "configuration file",
        lambda _: "a configuration file larger than 1 MB is not supported",
    )  # fmt: skip
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save the configuration as UTF-8"
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise InputError(f"{path}: invalid TOML: nested too deeply") from None


def _tool_table(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    """``[tool.sitecheck]`` of a pyproject.toml, None when absent; an error when not a table."""
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise InputError(f"{path}: 'tool' must be a table")
    table = tool.get("sitecheck")
    if table is not None and not isinstance(table, dict):
        raise InputError(f"{path}: 'tool.sitecheck' must be a table ([tool.sitecheck])")
    return table


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{path}: '{key}' must be a list of strings")
    return tuple(value)


CONFIG_KEYS = frozenset(
    {
        "select", "ignore", "severity", "exclude", "decimal-mark", "language", "fail-on", "rules",
        "message-language", "format",
    }
)  # fmt: skip


def parse_config(path: Path, table: dict[str, Any]) -> Config:
    for key in table:
        if key not in CONFIG_KEYS:
            allowed = ", ".join(sorted(CONFIG_KEYS))
            raise InputError(f"{path}: unknown key '{key}' (allowed: {allowed})")
    # Rule ids are checked by the run plan (plan.check_config_ids), which knows the packs' rules.
    select = _strings(path, "select", table["select"]) if "select" in table else None
    ignore = _strings(path, "ignore", table.get("ignore", []))
    severity: dict[str, Severity] = {}
    raw_sev = table.get("severity", {})
    if not isinstance(raw_sev, dict):
        raise InputError(f"{path}: 'severity' must be a table of rule = \"error|warning|info\"")
    for rule, level in raw_sev.items():
        if level not in ("error", "warning", "info"):
            raise InputError(f"{path}: severity of '{rule}' must be error, warning or info")
        severity[rule] = Severity(level)
    mark = table.get("decimal-mark")
    if mark not in (None, ".", ","):
        raise InputError(f'{path}: \'decimal-mark\' must be "." or ","')
    language = table.get("language")
    if language is not None and language not in LANGUAGES:
        raise InputError(f"{path}: 'language' must be one of {', '.join(LANGUAGES)}")
    speaks = table.get("message-language")
    if speaks is not None and speaks not in CHOICES:
        raise InputError(f"{path}: 'message-language' must be one of {', '.join(CHOICES)}")
    fail_on = table.get("fail-on", "error")
    if fail_on not in FAIL_ON:
        raise InputError(f"{path}: 'fail-on' must be one of {', '.join(FAIL_ON)}")
    output_format = table.get("format")
    if output_format is not None and output_format not in FORMATS:
        raise InputError(f"{path}: 'format' must be one of {', '.join(FORMATS)}")
    packs = tuple(
        str(real_path(path.parent / p)) for p in _strings(path, "rules", table.get("rules", []))
    )
    return Config(
        path=path,
        rules=packs,
        select=select,
        ignore=ignore,
        severity=severity,
        exclude=_strings(path, "exclude", table.get("exclude", [])),
        decimal_mark=mark,
        language=language,
        message_language=speaks,
        fail_on=fail_on,
        format=output_format,
    )


def load_config_file(path: Path) -> Config:
    data = _load_toml(path)
    if path.name == "pyproject.toml":
        table = _tool_table(path, data)
        if table is None:
            return Config()
    else:
        table = data
    return parse_config(path, table)


def _mentions_sitecheck(pyproject: Path) -> bool:
    """Most pyproject.toml files have no [tool.sitecheck]: a byte search spares parsing them."""
    try:
        return b"sitecheck" in read_limited(pyproject, MAX_CONFIG_BYTES, "file", str)
    except InputError:
        return True  # parsing it will say what is wrong with it


@lru_cache(maxsize=256)
def config_for_folder(folder: Path) -> Config:
    """The configuration that applies to reports in ``folder``."""
    for parent in (folder, *folder.parents):
        own = parent / "sitecheck.toml"
        if own.exists() and not own.is_dir():  # a pipe or device is refused, not skipped
            return load_config_file(own)
        pyproject = parent / "pyproject.toml"
        if pyproject.exists() and not pyproject.is_dir() and _mentions_sitecheck(pyproject):
            table = _tool_table(pyproject, _load_toml(pyproject))
            if table is not None:
                return parse_config(pyproject, table)
    return Config()


def config_for(report: Path) -> Config:
    return config_for_folder(real_path(report).parent)
