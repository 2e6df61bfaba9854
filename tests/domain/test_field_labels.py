"""Error sentences name fields in Bokmål: every field code a `ValidationError` can
carry has a label in `domain.field_labels`, found by walking the code (ast)."""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path

import pytest

import btvcrm
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.field_labels import FIELD_LABELS, field_label

SOURCE = Path(btvcrm.__file__).parent

# A ValidationError whose field is neither a literal nor a parameter of a helper
# that this walk follows: where the codes come from instead.
FIELD_FROM_ELSEWHERE = {
    # the field is the key of a record in a JSON export; the sentence names that key (`record=`)
    ("exchange/jsonfile.py", "import_data"),
    # re-raises with the same field, in a record
    ("domain/errors.py", "in_record"),
}


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]


def _params(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.arg]:
    args = function.args
    params = [*args.posonlyargs, *args.args]
    if params and params[0].arg in ("self", "cls"):
        params = params[1:]
    return [*params, *args.kwonlyargs]  # a keyword-only one is never passed by position


def _default(function: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> ast.expr | None:
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    defaults = dict(zip([a.arg for a in positional][len(positional) - len(args.defaults):], args.defaults,
                        strict=True))
    defaults.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None})
    return defaults.get(name)


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
    if len(call.args) > index and not any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


def _loop_values(function: ast.AST, name: str) -> list[str] | None:
    """The literal strings a loop variable takes: `for name in ("a", "b")` or
    `for x, name, y in (("…", "a", …), …)`; None when it is not such a loop."""
    for node in ast.walk(function):
        if not isinstance(node, ast.For) or not isinstance(node.iter, ast.Tuple | ast.List):
            continue
        if isinstance(node.target, ast.Name) and node.target.id == name:
            items = node.iter.elts
            if all(isinstance(i, ast.Constant) and isinstance(i.value, str) for i in items):
                return [i.value for i in items]  # type: ignore[attr-defined]
        if isinstance(node.target, ast.Tuple):
            names = [t.id if isinstance(t, ast.Name) else None for t in node.target.elts]
            if name in names:
                position = names.index(name)
                values = []
                for row in node.iter.elts:
                    if not isinstance(row, ast.Tuple) or len(row.elts) <= position:
                        return None
                    value = row.elts[position]
                    if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                        return None
                    values.append(value.value)
                return values
    return None


def field_codes() -> tuple[dict[str, set[str]], list[str]]:
    """Every field code a ValidationError can get from the code, with where it is
    written; and the calls whose field could not be followed."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(SOURCE.rglob("*.py"))}
    enclosing: dict[int, tuple[Path, ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for path, tree in trees.items():
        for function in _functions(tree):
            for node in ast.walk(function):
                enclosing[id(node)] = (path, function)  # outer functions come first: the innermost wins

    # Helpers: functions that pass one of their parameters on as a field (to
    # ValidationError, or to another helper), found to a fixed point. A function is
    # known by its module and name (several modules have a `_day`); a method by its
    # name only, and a call `x.name(…)` may be any of them.
    methods = {id(f) for tree in trees.values() for c in ast.walk(tree) if isinstance(c, ast.ClassDef)
               for f in c.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
    imported: dict[Path, dict[str, Path]] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("btvcrm"):
                base = SOURCE.parent / Path(*node.module.split("."))
                source = base.with_suffix(".py") if base.with_suffix(".py").exists() else base / "__init__.py"
                for alias in node.names:
                    imported.setdefault(path, {})[alias.asname or alias.name] = source

    Key = tuple[Path | None, str]

    def key_of(path: Path, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Key:
        return (None, function.name) if id(function) in methods else (path, function.name)

    def targets(call: ast.Call, path: Path) -> list[Key]:
        name = _called_name(call)
        if name is None:
            return []
        if name == "ValidationError":
            return [(None, name)]
        if isinstance(call.func, ast.Name):
            return [(path, name), (imported.get(path, {}).get(name), name)]
        return [key for key in positions if key[1] == name]

    helpers: dict[Key, list[tuple[int, str, ast.FunctionDef | ast.AsyncFunctionDef]]] = {}
    positions: dict[Key, list[tuple[int, str]]] = {(None, "ValidationError"): [(0, "field")]}
    changed = True
    while changed:
        changed = False
        for path, tree in trees.items():
            for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
                if id(call) not in enclosing:
                    continue
                _path, function = enclosing[id(call)]
                params = [p.arg for p in _params(function)]
                for target in targets(call, path):
                    for index, keyword in list(positions.get(target, [])):
                        value = _argument(call, index, keyword)
                        if isinstance(value, ast.Name) and value.id in params:
                            entry = (params.index(value.id), value.id)
                            key = key_of(path, function)
                            if entry not in positions.setdefault(key, []):
                                positions[key].append(entry)
                                helpers.setdefault(key, []).append((*entry, function))
                                changed = True

    codes: dict[str, set[str]] = {}
    unfollowed: list[str] = []

    def note(code: str, where: str) -> None:
        codes.setdefault(code, set()).add(where)

    for entries in helpers.values():  # defaults of helper parameters ("name", "type" …)
        for _index, keyword, function in entries:
            default = _default(function, keyword)
            if isinstance(default, ast.Constant) and isinstance(default.value, str):
                note(default.value, f"default of {function.name}({keyword})")
    for path, tree in trees.items():
        relative = path.relative_to(SOURCE).as_posix()
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = _called_name(call)
            where = f"{relative}:{call.lineno}"
            for index, keyword in {e for target in targets(call, path) for e in positions.get(target, [])}:
                value = _argument(call, index, keyword)
                if value is None:
                    continue  # the helper's default, noted above
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    note(value.value, where)
                    continue
                function = enclosing.get(id(call), (path, None))[1]
                if isinstance(value, ast.Name) and function is not None:
                    if value.id in [p.arg for p in _params(function)]:
                        continue  # a helper: its callers are walked
                    looped = _loop_values(function, value.id)
                    if looped is not None:
                        for code in looped:
                            note(code, where)
                        continue
                if function is not None and (relative, function.name) in FIELD_FROM_ELSEWHERE:
                    continue
                if name == "ValidationError" or function is not None:
                    unfollowed.append(f"{where}: {name}({ast.unparse(value)})")
    return codes, unfollowed


def test_every_field_code_in_the_code_has_a_norwegian_label() -> None:
    codes, unfollowed = field_codes()
    # cli_records' readers raise with the Field's code (its first argument): those codes too.
    records = ast.parse((SOURCE / "cli_records.py").read_text(encoding="utf-8"))
    for call in (n for n in ast.walk(records) if isinstance(n, ast.Call) and _called_name(n) == "Field"):
        if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
            codes.setdefault(call.args[0].value, set()).add(f"cli_records.py:{call.lineno}")
    assert {"due_date", "is_key", "estimated_value_nok", "doffin_id", "rrule", "keep_in_touch_days",
            "organisation_id", "meeting_id", "date"} <= set(codes)  # the walk finds what the tester saw
    # a private helper of the same name in two modules (market_dialogue's and documents' _day) is two helpers
    assert {"announced", "deadline"} <= set(codes)
    missing = {code: sorted(where)[:3] for code, where in codes.items() if code not in FIELD_LABELS}
    assert not missing, f"add these to btvcrm/domain/field_labels.py: {missing}"
    # The walk follows literals, helper parameters and loops over literals; anything else
    # is a field this test cannot see (add its codes below, or to FIELD_FROM_ELSEWHERE).
    known = {"btvcrm/cli_records.py"}  # the readers get the Field's code: walked above
    rest = [u for u in unfollowed if not any(u.startswith(k.removeprefix("btvcrm/")) for k in known)]
    assert not rest, rest


def test_every_command_line_field_and_stored_column_has_a_label() -> None:
    from btvcrm.cli_records import FIELDS
    from btvcrm.domain.validation import LENGTH_LIMITS

    dests = {spec.dest for fields in FIELDS.values() for spec in fields}
    columns = {column for _table, column in LENGTH_LIMITS}
    assert not sorted((dests | columns) - set(FIELD_LABELS))


def test_labels_are_lower_case_norwegian_words() -> None:
    for code in FIELD_LABELS:
        for lang in ("nb", "en"):
            label = field_label(code, lang)
            assert label and label == label.strip() and "_" not in label, code
            assert label[0].islower() or label.split("-")[0].isupper() or label[0].isupper() and code == "doffin_id", code
    assert field_label("due_date") == "frist" and field_label("due_date", "en") == "due date"


def test_the_sentence_says_the_label_and_keeps_the_code() -> None:
    error = ValidationError("due_date", "må fylles ut")
    assert str(error) == "Feltet «frist»: må fylles ut"
    assert error.field == "due_date" and error.message == "må fylles ut"
    assert str(ValidationError("is_key", "x")) == "Feltet «nøkkelkontakt»: x"
    assert str(ValidationError("estimated_value_nok", "x")) == "Feltet «anslått verdi»: x"
    assert field_label("no_such_code") == "no_such_code"
    # In a record of a file, the key as written there (what the user must find), then its name.
    in_file = ValidationError("due_date", "x").in_record("follow_ups nr. 3 («Sende referat»)")
    assert str(in_file) == "follow_ups nr. 3 («Sende referat»), feltet «due_date» (frist): x"
    assert str(ValidationError("colour", "ukjent felt", record="people nr. 1")) == \
        "people nr. 1, feltet «colour»: ukjent felt"


@pytest.mark.parametrize(("table", "column", "value", "said"), [
    ("people", "email", "ikke-en-adresse", "feltet «email» (e-post): «ikke-en-adresse» er ikke en gyldig"),
    ("initiatives", "doffin_id", "16-1", "feltet «doffin_id» (Doffin-kunngjøring): «16-1» er ikke"),
    ("follow_ups", "rrule", "FREQ=SOMETIMES", "feltet «rrule» (gjentakelse): FREQ må være DAILY"),
    ("meetings", "colour", "blå", "feltet «colour»: ukjent felt"),
])
def test_the_json_import_names_the_key_in_the_file(table: str, column: str, value: str, said: str) -> None:
    from btvcrm.demo import fill_demo
    from btvcrm.domain.errors import UserError
    from btvcrm.exchange.jsonfile import export_data, import_data
    from btvcrm.storage.crm import Crm

    with Crm.open(None) as source:
        fill_demo(source)
        data = json.loads(json.dumps(export_data(source)))
    broken = copy.deepcopy(data)
    rows = broken["tables"][table]
    row = next(r for r in rows if column != "rrule" or r.get("rrule"))
    row[column] = value
    with Crm.open(None) as target, pytest.raises(UserError) as caught:
        import_data(target, broken)
    assert f"{table} nr. " in str(caught.value) and said in str(caught.value)
