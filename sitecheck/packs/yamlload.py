"""A pack's YAML read as plain data, with the line of every key, and bounded.

Safe YAML only (a tag that builds an object is refused). Aliases are where YAML can be made to
explode: a 500-byte "billion laughs" expands to a billion nodes, and an alias inside its own
anchor never ends. So expanding aliases is capped, a recursive alias is refused, and nesting is
limited; every refusal names the file and line.
"""

from __future__ import annotations

import re
from typing import Any

from sitecheck.errors import InputError

Path_ = tuple[Any, ...]
MAX_ALIAS_NODES = 10_000  # nodes reached again through an alias; a pack needs a handful
MAX_DEPTH = 50  # a pack is four or five levels deep
_PLAIN = {"MappingNode": "tag:yaml.org,2002:map", "SequenceNode": "tag:yaml.org,2002:seq"}
_SCALAR = "ScalarNode"
_SEQUENCE = "SequenceNode"


class _Builder:
    """Builds Python data from the composed nodes, counting what aliases add."""

    def __init__(self, loader: Any, name: str) -> None:
        self.loader, self.name = loader, name
        self.lines: dict[Path_, int] = {}
        self.seen: set[int] = set()
        self.open: set[int] = set()  # collections being built: reaching one again is a loop
        self.repeated = 0

    def _error(self, node: Any, message: str) -> InputError:
        return InputError(f"{self.name}:{node.start_mark.line + 1}: {message}")

    def build(self, n: Any, path: Path_) -> Any:
        self.lines.setdefault(path, n.start_mark.line + 1)
        kind = type(n).__name__
        if kind in _PLAIN and n.tag != _PLAIN[kind]:
            raise self._error(n, f"YAML tag not allowed ({n.tag}); packs are plain data")
        if len(path) > MAX_DEPTH:
            raise self._error(n, f"nesting deeper than {MAX_DEPTH} levels")
        if id(n) in self.open:
            raise self._error(n, "a YAML alias refers to itself (a recursive alias)")
        if id(n) in self.seen:
            self.repeated += 1
            if self.repeated > MAX_ALIAS_NODES:
                limit = f"{MAX_ALIAS_NODES:,}"
                raise self._error(n, f"YAML aliases expand to more than {limit} nodes")
        self.seen.add(id(n))
        if kind == _SCALAR:
            return self._scalar(n)
        self.open.add(id(n))
        try:
            if kind == _SEQUENCE:
                return [self.build(item, (*path, i)) for i, item in enumerate(n.value)]
            return self._mapping(n, path)
        finally:
            self.open.discard(id(n))

    def _mapping(self, n: Any, path: Path_) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for key_node, value_node in n.value:
            if type(key_node).__name__ != _SCALAR:
                raise self._error(key_node, "keys must be text")
            key = self._scalar(key_node)
            if key in out:
                raise self._error(key_node, f"key '{dotted((*path, key))}' appears twice")
            self.lines[path + (key,)] = key_node.start_mark.line + 1
            out[key] = self.build(value_node, (*path, key))
        return out

    def _scalar(self, n: Any) -> Any:
        if len(n.value) > 40 and n.tag.endswith((":int", ":float")):
            raise self._error(n, f"a number of {len(n.value):,} characters is too long to read")
        try:
            return self.loader.construct_object(n, deep=True)
        except (ValueError, OverflowError) as exc:
            shown = n.value if len(n.value) <= 40 else n.value[:40] + "…"
            raise self._error(n, f"cannot read '{shown}': {exc}") from None


def load_yaml(text: str, name: str) -> tuple[Any, dict[Path_, int]]:
    """Parse YAML with the safe loader, keeping the line of every key."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError(f"{name}: the pack is empty")
        builder = _Builder(loader, name)
        return builder.build(node, ()), builder.lines
    except RecursionError:
        # The composer recurses once per level: a pack nested thousands deep ends here.
        line = loader.line + 1
        raise InputError(f"{name}:{line}: nesting deeper than {MAX_DEPTH} levels") from None
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        tag = re.search(r"tag '([^']+)'", str(exc.problem))
        shown = tag.group(1) if tag else str(exc.problem)
        raise InputError(
            f"{name}:{line}: YAML tag not allowed ({shown}); packs are plain data"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{name}:{line}: invalid YAML: {problem}") from None
    finally:
        loader.dispose()


def dotted(path: Path_) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out
