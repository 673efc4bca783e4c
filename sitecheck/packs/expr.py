"""Safe expressions for rule packs, evaluated with interval arithmetic.

``funded / requirement * 100 == funded_pct``, ``count(roster) == partners_total``,
``max(sector_people) <= people_assisted``. Expressions are parsed with Python's ``ast`` and only a
whitelist of node types is accepted: numbers, names of facts and lists, + - * /, unary minus,
comparisons, ``and``/``or``, and calls of count, sum, min, max and abs. No attribute access, no
subscripts, no lambdas, no exponents, no imports: nothing in a pack can run code.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sitecheck.interval import INF, Interval

FUNCTIONS = ("count", "sum", "min", "max", "abs")
_BINOPS = (ast.Add, ast.Sub, ast.Mult, ast.Div)
_COMPARE = (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_MAX_NODES = 200


class ExpressionError(ValueError):
    """An expression outside the whitelist, or naming something the pack does not define."""


@dataclass(frozen=True)
class Expression:
    source: str
    tree: ast.Expression
    names: tuple[str, ...]  # facts and lists it uses, in order of appearance
    tables: tuple[str, ...] = ()  # companion tables it uses

    @property
    def is_comparison(self) -> bool:
        return isinstance(self.tree.body, (ast.Compare, ast.BoolOp))


_WHERE = re.compile(
    r"(\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s+where\s+([^()]*(?:\([^()]*\)[^()]*)*)\)"
)


def _rewrite_where(source: str) -> str:
    """``count(partners where refugee_led)`` → ``count(partners @ (refugee_led))``: the ``@``
    operator stands for "where", so that Python's parser can read table filters."""
    return _WHERE.sub(lambda m: f"{m.group(1)} @ ({m.group(2)}))", source)


def parse(
    source: str,
    known: Sequence[str] = (),
    tables: dict[str, set[str] | None] | None = None,
) -> Expression:
    """Parse and check an expression.

    ``known`` are the facts and lists it may use (any name when empty); ``tables`` maps table
    names to their columns (None: columns unknown until the table is read).
    """
    if len(source) > 500:
        raise ExpressionError("expression is longer than 500 characters")
    if "@" in source:
        raise ExpressionError("'@' is not allowed")
    try:
        tree = ast.parse(_rewrite_where(source.strip()), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"not a valid expression ({exc.msg})") from None
    if sum(1 for _ in ast.walk(tree)) > _MAX_NODES:
        raise ExpressionError("expression is too long")
    checker = _Checker(tables or {})
    checker.check(tree.body)
    names = checker.names
    if known:
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ExpressionError(f"unknown fact or list '{unknown[0]}'")
    return Expression(
        source, tree, tuple(dict.fromkeys(names)), tuple(dict.fromkeys(checker.tables_used))
    )


class _Checker:
    """Walks an expression and refuses anything outside the whitelist."""

    def __init__(self, tables: dict[str, set[str] | None]) -> None:
        self.tables = tables
        self.names: list[str] = []
        self.tables_used: list[str] = []

    def check(self, node: ast.AST) -> None:
        if isinstance(node, ast.Constant):
            _number_constant(node)
        elif isinstance(node, ast.Name):
            if node.id.startswith("_"):
                raise ExpressionError(f"name '{node.id}' is not allowed")
            if node.id in self.tables:
                self.tables_used.append(node.id)
            elif node.id not in FUNCTIONS:
                self.names.append(node.id)
        elif isinstance(node, ast.Attribute):
            self._column(node)
        elif isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.MatMult):
                table = self._table_of(node.left)
                self._condition(node.right, table)
                return
            if not isinstance(node.op, _BINOPS):
                raise ExpressionError(f"operator {type(node.op).__name__} is not allowed")
            self.check(node.left)
            self.check(node.right)
        elif isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, (ast.USub, ast.UAdd, ast.Not)):
                raise ExpressionError(f"operator {type(node.op).__name__} is not allowed")
            self.check(node.operand)
        elif isinstance(node, ast.Compare):
            if not all(isinstance(op, _COMPARE) for op in node.ops):
                raise ExpressionError("only ==, !=, <, <=, >, >= comparisons are allowed")
            for child in (node.left, *node.comparators):
                self.check(child)
        elif isinstance(node, ast.BoolOp):
            for child in node.values:
                self.check(child)
        elif isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                raise ExpressionError(f"only the functions {', '.join(FUNCTIONS)} may be called")
            if node.keywords or not node.args:
                raise ExpressionError(f"{node.func.id}() takes positional arguments only")
            for arg in node.args:
                self.check(arg)
        else:
            raise ExpressionError(f"{type(node).__name__} is not allowed in a rule expression")

    def _table_of(self, node: ast.AST) -> str:
        if isinstance(node, ast.Name) and node.id in self.tables:
            self.tables_used.append(node.id)
            return node.id
        if isinstance(node, ast.Attribute):
            return self._column(node)
        raise ExpressionError("'where' must follow a table or a table's column")

    def _column(self, node: ast.Attribute) -> str:
        if not isinstance(node.value, ast.Name) or node.value.id not in self.tables:
            raise ExpressionError("Attribute is not allowed in a rule expression")
        table = node.value.id
        columns = self.tables[table]
        if columns is not None and node.attr not in columns:
            raise ExpressionError(f"table '{table}' has no column '{node.attr}'")
        self.tables_used.append(table)
        return table

    def _condition(self, node: ast.AST, table: str) -> None:
        columns = self.tables[table]
        if isinstance(node, ast.Constant):
            if not isinstance(node.value, (str, int, float, bool)):
                raise ExpressionError("a condition compares columns with text, numbers or booleans")
        elif isinstance(node, ast.Name):
            if columns is not None and node.id not in columns:
                raise ExpressionError(f"table '{table}' has no column '{node.id}'")
        elif isinstance(node, ast.Compare):
            if not all(isinstance(op, _COMPARE) for op in node.ops):
                raise ExpressionError("only ==, !=, <, <=, >, >= comparisons are allowed")
            for child in (node.left, *node.comparators):
                self._condition(child, table)
        elif isinstance(node, ast.BoolOp):
            for child in node.values:
                self._condition(child, table)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            self._condition(node.operand, table)
        else:
            raise ExpressionError(f"{type(node).__name__} is not allowed in a 'where' condition")


def _number_constant(node: ast.Constant) -> None:
    if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
        raise ExpressionError("only numbers may appear as constants")
    if abs(node.value) > 1e15:
        raise ExpressionError("number too large")


# ---------------------------------------------------------------------------------------------
# Evaluation

Value = Interval | list[Interval]


@dataclass
class Outcome:
    holds: bool
    left: Interval | None = None
    right: Interval | None = None


class Evaluator:
    """Evaluate an expression; ``lookup`` gives a name's interval (or intervals for a list),
    ``count`` a list's number of items as an interval."""

    def __init__(
        self,
        lookup: Callable[[str], Value],
        count: Callable[[str], Interval],
        tables: dict[str, Any] | None = None,
    ) -> None:
        self.lookup = lookup
        self.count = count
        self.tables = tables or {}

    def check(self, expr: Expression) -> Outcome:
        body = expr.tree.body
        if isinstance(body, ast.Compare) and len(body.ops) == 1:
            left = self._number(body.left)
            right = self._number(body.comparators[0])
            return Outcome(_compare(body.ops[0], left, right), left, right)
        return Outcome(self._truth(body))

    def _truth(self, node: ast.expr) -> bool:
        if isinstance(node, ast.BoolOp):
            values = [self._truth(v) for v in node.values]
            return all(values) if isinstance(node.op, ast.And) else any(values)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return not self._truth(node.operand)
        if isinstance(node, ast.Compare):
            left = self._number(node.left)
            for op, comp in zip(node.ops, node.comparators, strict=True):
                right = self._number(comp)
                if not _compare(op, left, right):
                    return False
                left = right
            return True
        raise ExpressionError("a rule's assert must be a comparison")

    def _number(self, node: ast.expr) -> Interval:
        value = self._value(node)
        if isinstance(value, list):
            raise ExpressionError("a list must be wrapped in count(), sum(), min() or max()")
        return value

    def _value(self, node: ast.expr) -> Value:
        if isinstance(node, ast.Constant):
            return Interval.point(float(node.value))  # type: ignore[arg-type] # numbers only
        if isinstance(node, ast.Name):
            if node.id in self.tables:
                raise ExpressionError(f"table '{node.id}' must be used inside count()")
            return self.lookup(node.id)
        if isinstance(node, ast.Attribute) or (
            isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult)
        ):
            return [Interval.point(v) for v in self._column_values(node)]
        if isinstance(node, ast.UnaryOp):
            inner = self._number(node.operand)
            return inner if isinstance(node.op, ast.UAdd) else Interval(-inner.hi, -inner.lo)
        if isinstance(node, ast.BinOp):
            a, b = self._number(node.left), self._number(node.right)
            if isinstance(node.op, ast.Add):
                return a + b
            if isinstance(node.op, ast.Sub):
                return a - b
            if isinstance(node.op, ast.Mult):
                return a * b
            return a / b
        if isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Name)
            return self._call(node.func.id, node.args)
        raise ExpressionError(f"{type(node).__name__} cannot be evaluated")

    def _call(self, name: str, args: list[ast.expr]) -> Interval:
        if name == "count":
            if len(args) != 1:
                raise ExpressionError("count() takes one list or table")
            arg = args[0]
            if isinstance(arg, ast.Name) and arg.id in self.tables:
                return Interval.point(float(len(self.tables[arg.id].rows)))
            if isinstance(arg, ast.Name):
                return self.count(arg.id)
            return Interval.point(float(len(self._rows(arg))))
        values: list[Interval] = []
        for arg in args:
            v = self._value(arg)
            values.extend(v if isinstance(v, list) else [v])
        if name == "abs":
            if len(values) != 1:
                raise ExpressionError("abs() takes one value")
            v = values[0]
            if v.lo >= 0:
                return v
            if v.hi <= 0:
                return Interval(-v.hi, -v.lo)
            return Interval(0.0, max(-v.lo, v.hi))
        if not values:
            raise ExpressionError(f"{name}() of nothing")
        if name == "sum":
            total = Interval.point(0.0)
            for v in values:
                total = total + v
            return total
        if name == "min":
            return Interval(min(v.lo for v in values), min(v.hi for v in values))
        return Interval(max(v.lo for v in values), max(v.hi for v in values))

    def _rows(self, node: ast.expr) -> list[dict[str, Any]]:
        """Rows of ``table`` or ``table where condition``."""
        from sitecheck.packs.tables import matches

        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            base = node.left
            table = self._table(base)
            return [
                r for r in self.tables[table].rows if matches(r, node.right, self.tables[table])
            ]
        if isinstance(node, ast.Name) and node.id in self.tables:
            return self.tables[node.id].rows
        if isinstance(node, ast.Attribute):
            return self.tables[self._table(node)].rows
        raise ExpressionError("count() takes one list or table")

    def _table(self, node: ast.expr) -> str:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            return node.value.id
        raise ExpressionError("not a table")

    def _column_values(self, node: ast.expr) -> list[float]:
        target = node.left if isinstance(node, ast.BinOp) else node
        if not isinstance(target, ast.Attribute):
            raise ExpressionError("a table must be wrapped in count()")
        table = self.tables[self._table(target)]
        column = table.column(target.attr)
        values = []
        for row in self._rows(node):
            v = row.get(column)
            try:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    values.append(float(v))
                elif isinstance(v, str):
                    values.append(float(v.replace(",", "")))
            except (ValueError, OverflowError):
                continue
        # A cell past a float's range is no quantity (and inf - inf would be NaN).
        return [v for v in values if math.isfinite(v)]


def _compare(op: ast.cmpop, a: Interval, b: Interval) -> bool:
    """True when some reading of the two figures satisfies the comparison."""
    if isinstance(op, ast.Eq):
        return a.intersects(b)
    if isinstance(op, ast.NotEq):
        return not (a.is_point and b.is_point and a.lo == b.lo)
    if isinstance(op, ast.Lt):
        return a.lo < b.hi
    if isinstance(op, ast.LtE):
        return a.lo <= b.hi or a.intersects(b)
    if isinstance(op, ast.Gt):
        return a.hi > b.lo
    if isinstance(op, ast.GtE):
        return a.hi >= b.lo or a.intersects(b)
    raise ExpressionError("unsupported comparison")


__all__ = ["INF", "Evaluator", "Expression", "ExpressionError", "Outcome", "parse"]
