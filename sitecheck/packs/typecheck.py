"""Expressions typed when a pack is loaded, so that none fails when a report is checked.

Every name has a kind: a fact is a number (several numbers with ``all: true``), a list and a table
can only be counted, a table's column is several numbers. ``roster == funded`` (a list compared),
``count(funded)`` (a fact counted) and ``-roster`` are refused with the pack's file and line rather
than stopping a run. The largest value an expression can reach is bounded too: figures are at
most ``MAX_FIGURE``, so an expression that could overflow to infinity (and then to NaN) is
refused as well.
"""

from __future__ import annotations

import ast
from collections.abc import Container

from sitecheck.packs.expr import FUNCTIONS, ExpressionError

MAX_FIGURE = 1e36  # 24 digits (extract/numbers.py MAX_DIGITS) times the largest scale word
MAX_ITEMS = 1e7  # items of a list, rows of a table
_LIMIT = 1e300
_NUMBER, _MANY, _LIST, _TABLE = "number", "many", "list", "table"


class Typer:
    """The kind and the largest magnitude of each node of one expression."""

    def __init__(
        self, many_facts: Container[str], lists: Container[str], tables: Container[str]
    ) -> None:
        self.many_facts, self.lists, self.tables = many_facts, lists, tables

    def check(self, tree: ast.Expression) -> None:
        self._truth(tree.body)

    def _truth(self, node: ast.expr) -> None:
        if isinstance(node, ast.BoolOp):
            for value in node.values:
                self._truth(value)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            self._truth(node.operand)
        elif isinstance(node, ast.Compare):
            for side in (node.left, *node.comparators):
                self._number(side)
        else:
            raise ExpressionError("'and', 'or' and 'not' join comparisons, not values")

    def _number(self, node: ast.expr) -> float:
        kind, bound = self._value(node)
        if kind == _MANY:
            raise ExpressionError(
                f"'{ast.unparse(node)}' holds several values: use sum(), min() or max()"
            )
        if kind in (_LIST, _TABLE):
            raise ExpressionError(f"'{ast.unparse(node)}' is a {kind}: use count()")
        if bound > _LIMIT:
            raise ExpressionError(f"the expression can overflow (its value may pass {_LIMIT:g})")
        return bound

    def _value(self, node: ast.expr) -> tuple[str, float]:
        if isinstance(node, ast.Constant):
            return _NUMBER, abs(float(node.value))  # type: ignore[arg-type] # numbers only
        if isinstance(node, ast.Name):
            if node.id in FUNCTIONS:
                raise ExpressionError(f"{node.id}() is a function: call it")
            if node.id in self.tables:
                return _TABLE, MAX_ITEMS
            if node.id in self.lists:
                return _LIST, MAX_ITEMS
            return (_MANY if node.id in self.many_facts else _NUMBER), MAX_FIGURE
        if isinstance(node, ast.Attribute):
            return _MANY, MAX_FIGURE
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            return (_TABLE if isinstance(node.left, ast.Name) else _MANY), MAX_FIGURE
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.Not):
                raise ExpressionError("'not' applies to a comparison, not to a value")
            return _NUMBER, self._number(node.operand)
        if isinstance(node, ast.BinOp):
            a, b = self._number(node.left), self._number(node.right)
            if isinstance(node.op, (ast.Add, ast.Sub)):
                return _NUMBER, a + b
            if isinstance(node.op, ast.Mult):
                return _NUMBER, a * b
            right = node.right
            smallest = abs(float(right.value)) if isinstance(right, ast.Constant) else 0.0  # type: ignore[arg-type]
            return _NUMBER, a / smallest if smallest else a * MAX_FIGURE
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            return _NUMBER, self._call(node.func.id, node.args)
        raise ExpressionError(f"{type(node).__name__} cannot be evaluated")

    def _call(self, name: str, args: list[ast.expr]) -> float:
        if name == "count":
            if len(args) != 1:
                raise ExpressionError("count() takes one list or table")
            kind, _ = self._value(args[0])
            if kind == _NUMBER or (kind == _MANY and isinstance(args[0], ast.Name)):
                shown = ast.unparse(args[0])
                raise ExpressionError(f"count() takes a list or a table, and '{shown}' is a fact")
            return MAX_ITEMS
        total = 0.0
        for arg in args:
            kind, bound = self._value(arg)
            if kind in (_LIST, _TABLE):
                raise ExpressionError(f"'{ast.unparse(arg)}' is a {kind}: use count()")
            if name == "abs" and (kind == _MANY or len(args) != 1):
                raise ExpressionError("abs() takes one value")
            total += bound * (MAX_ITEMS if kind == _MANY and name == "sum" else 1)
        if name == "sum":
            return total
        return max(self._value(arg)[1] for arg in args)
