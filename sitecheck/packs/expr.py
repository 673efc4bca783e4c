"""Safe expressions for rule packs, evaluated with interval arithmetic.

``funded / requirement * 100 == funded_pct``, ``count(roster) == partners_total``,
``max(sector_people) <= people_assisted``. Expressions are parsed with Python's ``ast`` and only a
whitelist of node types is accepted: numbers, names of facts and lists, + - * /, unary minus,
comparisons, ``and``/``or``, and calls of count, sum, min, max and abs. No attribute access, no
subscripts, no lambdas, no exponents, no imports: nothing in a pack can run code.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Sequence
from dataclasses import dataclass

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

    @property
    def is_comparison(self) -> bool:
        return isinstance(self.tree.body, (ast.Compare, ast.BoolOp))


def parse(source: str, known: Sequence[str] = ()) -> Expression:
    """Parse and check an expression; ``known`` are the names it may use (all when empty)."""
    if len(source) > 500:
        raise ExpressionError("expression is longer than 500 characters")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"not a valid expression ({exc.msg})") from None
    names: list[str] = []
    count = 0
    for node in ast.walk(tree):
        count += 1
        if count > _MAX_NODES:
            raise ExpressionError("expression is too long")
        _check_node(node, names)
    if known:
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ExpressionError(f"unknown fact or list '{unknown[0]}'")
    return Expression(source, tree, tuple(dict.fromkeys(names)))


def _check_node(node: ast.AST, names: list[str]) -> None:
    if isinstance(node, (ast.Expression, ast.Load)):
        return
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            raise ExpressionError("only numbers may appear as constants")
        if abs(node.value) > 1e15:
            raise ExpressionError("number too large")
        return
    if isinstance(node, ast.Name):
        if node.id in FUNCTIONS:
            return
        if node.id.startswith("_"):
            raise ExpressionError(f"name '{node.id}' is not allowed")
        names.append(node.id)
        return
    if isinstance(node, ast.BinOp):
        if not isinstance(node.op, _BINOPS):
            raise ExpressionError(f"operator {type(node.op).__name__} is not allowed")
        return
    if isinstance(node, ast.UnaryOp):
        if not isinstance(node.op, (ast.USub, ast.UAdd, ast.Not)):
            raise ExpressionError(f"operator {type(node.op).__name__} is not allowed")
        return
    if isinstance(node, ast.Compare):
        if not all(isinstance(op, _COMPARE) for op in node.ops):
            raise ExpressionError("only ==, !=, <, <=, >, >= comparisons are allowed")
        return
    if isinstance(node, ast.BoolOp):
        return
    if (
        isinstance(node, (ast.And, ast.Or))
        or isinstance(node, _BINOPS)
        or isinstance(node, _COMPARE)
    ):
        return
    if isinstance(node, (ast.USub, ast.UAdd, ast.Not)):
        return
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            raise ExpressionError(f"only the functions {', '.join(FUNCTIONS)} may be called")
        if node.keywords or not node.args:
            raise ExpressionError(f"{node.func.id}() takes positional arguments only")
        return
    raise ExpressionError(f"{type(node).__name__} is not allowed in a rule expression")


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
    ) -> None:
        self.lookup = lookup
        self.count = count

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
            return Interval.point(float(node.value))
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
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
            if len(args) != 1 or not isinstance(args[0], ast.Name):
                raise ExpressionError("count() takes the name of one list")
            return self.count(args[0].id)
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
