"""The rule-pack format, validated with pydantic; ``rules/schema.json`` is exported from it."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class FactSpec(_Strict):
    """Where a named figure sits in the report."""

    label: str | list[str] | None = Field(
        None,
        description="the figure right after this text, e.g. 'FUNDED:' (a list: any of these "
        "texts, e.g. the label in each language the reports are written in)",
    )
    pattern: str | None = Field(
        None,
        description="a regular expression with one {value} placeholder where the figure stands, "
        "e.g. 'bringing the number of partners to {value}'",
    )
    section: str | list[str] | None = Field(
        None, description="look only inside the section with this heading (a list: any of these)"
    )
    kind: Literal["count", "money", "percent", "plain", "any"] = Field(
        "any", description="the kind of figure expected"
    )
    all: bool = Field(False, description="every matching figure of the section, not only the first")
    optional: bool = Field(False, description="no fact-not-found finding when it is missing")

    @model_validator(mode="after")
    def _one_locator(self) -> FactSpec:
        if self.label is not None and self.pattern is not None:
            raise ValueError("give either 'label' or 'pattern', not both")
        if self.label is None and self.pattern is None and not (self.all and self.section):
            raise ValueError("give 'label' or 'pattern' (or 'all: true' with a 'section')")
        if self.pattern is not None and self.pattern.count("{value}") != 1:
            raise ValueError("'pattern' must contain {value} exactly once")
        return self


class ListSpec(_Strict):
    """Where a named list (a roster, a list of regions) sits in the report."""

    label: str | list[str] = Field(
        description="the list that follows this text, e.g. 'Partners:' (a list: any of these)"
    )
    section: str | list[str] | None = None
    optional: bool = False


class ColumnSpec(_Strict):
    """One column of a companion table, checked with pandera."""

    dtype: Literal["str", "int", "float", "bool", "date"] = "str"
    nullable: bool = True
    unique: bool = False
    isin: list[str | int | float] | None = Field(None, description="the allowed values")
    min: float | None = None
    max: float | None = None
    pattern: str | None = Field(None, description="a regular expression every value must match")
    tag: str | None = Field(None, description="the HXL hashtag of the column, e.g. #org+name")


class TableSchema(_Strict):
    columns: dict[str, ColumnSpec] = Field(default_factory=dict)
    unique: list[str] = Field(default_factory=list, description="columns unique together")


class TableSpec(_Strict):
    """A companion data table (CSV, or XLSX with the xlsx extra) the report is written from."""

    path: str = Field(
        description="relative to the report (then to the pack); {stem} is the report's file "
        "name without extension, e.g. '{stem}.partners.csv'"
    )
    format: Literal["csv", "xlsx"] | None = Field(None, description="default: from the suffix")
    sheet: str | None = None
    optional: bool = Field(False, description="skip the rules that use it when it is missing")
    schema_: TableSchema = Field(default_factory=TableSchema, alias="schema")


class Membership(_Strict):
    """Names in a report list against names in a table column."""

    list_: str = Field(alias="list", description="the report list, e.g. roster")
    table: str
    columns: list[str] = Field(min_length=1, description="name columns, aliases included")
    threshold: int = Field(92, ge=50, le=100, description="fuzzy match score that counts as equal")


class RuleSpec(_Strict):
    """A relation the report must satisfy."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$", description="kebab-case rule id")
    severity: Literal["error", "warning", "info"] = "error"
    description: str | None = Field(
        None, description="what the rule checks, in a sentence (`sitecheck rules` and `explain`)"
    )
    message: str | None = Field(
        None,
        description="message template: {name} is a fact as written (a list: its count), "
        "{left} and {right} the two sides of the assertion",
    )
    assert_: str | list[str] | None = Field(
        None, alias="assert", description="expression(s) over facts and lists that must hold"
    )
    unique: str | None = Field(None, description="a list whose items must all differ")
    required: str | None = Field(None, description="a fact the report must state")
    membership: Membership | None = Field(
        None,
        description="a report list against a table column: roster-not-in-table and "
        "table-not-in-roster findings",
    )

    @model_validator(mode="after")
    def _has_check(self) -> RuleSpec:
        if (self.assert_, self.unique, self.required, self.membership) == (None,) * 4:
            raise ValueError("a rule needs 'assert', 'unique', 'required' or 'membership'")
        return self

    @property
    def assertions(self) -> list[str]:
        if self.assert_ is None:
            return []
        return [self.assert_] if isinstance(self.assert_, str) else list(self.assert_)


class Override(_Strict):
    """Changes to a built-in rule for reports of this family."""

    severity: Literal["error", "warning", "info"] | None = None
    enabled: bool = True
    options: dict[str, Any] = Field(
        default_factory=dict, description="the rule's options (see `sitecheck explain RULE`)"
    )


class PackSpec(_Strict):
    """A rule pack: the facts of one report family and the relations between them."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    description: str = ""
    extends: list[str] = Field(
        default_factory=list,
        description="other packs (paths relative to this file) and 'core' (the built-in rules, "
        "which always run unless switched off in overrides)",
    )
    facts: dict[str, FactSpec] = Field(default_factory=dict)
    lists: dict[str, ListSpec] = Field(default_factory=dict)
    tables: dict[str, TableSpec] = Field(default_factory=dict)
    rules: list[RuleSpec] = Field(default_factory=list)
    overrides: dict[str, Override] = Field(default_factory=dict)


def json_schema() -> dict[str, object]:
    schema = PackSpec.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "sitecheck rule pack"
    return schema


if __name__ == "__main__":  # python -m sitecheck.packs.model > rules/schema.json
    import json

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
