"""Config files read strictly, and validation errors told in one line.

`read_yaml` parses YAML with duplicate keys refused and keeps each node's position,
so that `describe` can turn a pydantic `ValidationError` into Cedar-style text that
names the key, where it is (`usegate.yaml:12:5`, or the `USEGATE_*` variable it came
from) and what was expected, without echoing secrets:

    usegate.yaml:14:7: `tenants[1].intergrator`: unknown key: expected one of id, sector, ...

Opens nothing but the file it is asked to read.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from usegate.exceptions import ConfigError

Loc = tuple[int | str, ...]

#: keys whose values are never echoed in an error
_SECRET_PARTS = ("key", "password", "secret", "token")


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice in one mapping (PyYAML keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key: construct_mapping reports it
                break
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key `{key}` is given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@dataclasses.dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML document and its node tree (for error positions)."""

    data: Any
    node: yaml.Node | None

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int] | None:
        """The 1-based line and column of the value at `loc` (or of the nearest parent; of
        the key itself when `key`)."""
        node = self.node
        found: tuple[int, int] | None = None
        if node is not None:
            found = (node.start_mark.line + 1, node.start_mark.column + 1)
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                nxt = None
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == str(part):
                        nxt = v
                        found = (k.start_mark.line + 1, k.start_mark.column + 1)
                        break
                if nxt is None:
                    return found
                node = nxt
                if not isinstance(node, yaml.ScalarNode) or (key and part == loc[-1]):
                    continue
                found = (node.start_mark.line + 1, node.start_mark.column + 1)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
                found = (node.start_mark.line + 1, node.start_mark.column + 1)
            else:
                return found
        return found


def parse_yaml(text: str, source: str) -> YamlDoc:
    """Parse `text`; a syntax error is a `ConfigError` with its line and column."""
    try:
        loader = _StrictLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark is not None else source
        problem = exc.problem or exc.context or "syntax error"
        raise ConfigError(f"{where}: not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {str(exc).splitlines()[0]}") from None
    return YamlDoc(data, node)


def read_yaml_doc(path: Path, *, what: str = "config") -> YamlDoc:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {what} `{path}`: {exc.strerror}") from exc
    except UnicodeDecodeError:
        raise ConfigError(f"cannot read {what} `{path}`: not UTF-8 text") from None
    return parse_yaml(text, str(path))


def read_yaml(path: Path, *, what: str = "config") -> Any:
    return read_yaml_doc(path, what=what).data


# -- ValidationError → one line ----------------------------------------------


def render_loc(loc: Sequence[int | str], prefix: str = "") -> str:
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _unwrap(tp: Any) -> Any:
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            rest = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = rest[0] if len(rest) == 1 else tp
            if len(rest) != 1:
                return tp
        else:
            return tp


def fields_at(root: Any, loc: Loc) -> list[str] | None:
    """The keys the dataclass at `loc` (inside `root`) accepts, or None when it is not one."""
    tp = root
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(part, int):
            if typing.get_origin(tp) is not tuple:
                return None
            tp = typing.get_args(tp)[0]
        else:
            if not dataclasses.is_dataclass(tp):
                return None
            try:
                hints = typing.get_type_hints(tp, include_extras=True)
            except Exception:  # an unresolvable annotation: no list, the message still names the key
                return None
            if part not in hints:
                return None
            tp = hints[part]
    tp = _unwrap(tp)
    if not dataclasses.is_dataclass(tp):
        return None
    return [f.name for f in dataclasses.fields(tp)]


def _secret(loc: Loc) -> bool:
    return any(isinstance(p, str) and any(s in p.lower() for s in _SECRET_PARTS) for p in loc)


def show(value: Any) -> str:
    """A value as an operator wrote it, shortened, in backticks."""
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if value is None:
        return "`null`"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    text = str(value).replace("\n", " ")
    if len(text) > 60:
        text = text[:57] + "..."
    if isinstance(value, str):
        try:
            plain = isinstance(yaml.safe_load(value), str)
        except yaml.YAMLError:
            plain = True
        if not plain:  # `"5"` and `"no"`: say it is the string, not the number or boolean
            return f'`"{text}"`'
    return f"`{text}`"


def _kind_of(value: Any) -> str:
    """What a secret value is, without showing it."""
    names = {str: "a string", bool: "a boolean", int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), "a mapping" if isinstance(value, Mapping) else "a list")


def _message(error: Mapping[str, Any], key: str, allowed: list[str] | None, secret: bool) -> str:
    kind = error["type"]
    value = _kind_of(error.get("input")) if secret else show(error.get("input"))
    ctx = error.get("ctx") or {}
    if kind == "missing" or kind == "missing_argument":
        return f"`{key}` is required"
    if kind in ("unexpected_keyword_argument", "extra_forbidden"):
        expected = f": expected one of {', '.join(allowed)}" if allowed else ""
        return f"`{key}`: unknown key{expected}"
    if kind == "bool_type":
        return f"`{key}` must be true or false, not {value}"
    if kind in ("int_type", "int_from_float", "int_parsing"):
        return f"`{key}` must be a whole number, not {value}"
    if kind in ("float_type", "float_parsing"):
        return f"`{key}` must be a number, not {value}"
    if kind == "string_type":
        return f"`{key}` must be a string, not {value}"
    if kind == "string_too_short":
        return f"`{key}` must not be empty"
    if kind == "too_short":
        return f"`{key}` must not be empty"
    if kind in ("tuple_type", "list_type"):
        return f"`{key}` must be a list, not {value}"
    if kind in ("dataclass_type", "dataclass_exact_type", "dict_type", "model_type"):
        return f"`{key}` must be a mapping, not {value}"
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "")
        return f"`{key}`: {value} is not one of {expected.replace(' or ', ', ')}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        words = {
            "greater_than": "greater than",
            "greater_than_equal": "at least",
            "less_than": "less than",
            "less_than_equal": "at most",
        }[kind]
        bound = next(iter(ctx.values())) if ctx else "?"
        return f"`{key}` must be {words} {bound}, not {value}"
    if kind in ("value_error", "assertion_error"):
        text = str(ctx.get("error", error["msg"]))
        return f"`{key}`: {text}"
    msg = str(error["msg"])
    return f"`{key}`: {msg[:1].lower()}{msg[1:]}"


def describe(
    exc: ValidationError,
    *,
    root: Any,
    prefix: str = "",
    source: str = "",
    doc: YamlDoc | None = None,
    environ: Mapping[Loc, str] | None = None,
) -> str:
    """The first error of `exc` as one line. `environ` maps the locations whose values came
    from `USEGATE_*` variables to the variable's name."""
    error = exc.errors(include_url=False)[0]
    loc: Loc = tuple(error["loc"])
    allowed = None
    if error["type"] in ("unexpected_keyword_argument", "extra_forbidden"):
        allowed = fields_at(root, loc[:-1])
    for env_loc, variable in (environ or {}).items():
        if loc[: len(env_loc)] == env_loc:
            return f"environment: {_message(error, variable, allowed, _secret(loc))}"
    key = render_loc(loc, prefix) or "config"
    text = _message(error, key, allowed, _secret(loc))
    where = source
    if doc is not None and source:
        found = doc.position(loc, key=allowed is not None or error["type"] == "unexpected_keyword_argument")
        if found is not None:
            where = f"{source}:{found[0]}:{found[1]}"
    return f"{where}: {text}" if where else text


def fail(exc: ValidationError, **kwargs: Any) -> ConfigError:
    return ConfigError(describe(exc, **kwargs))
