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
    return params + list(args.kwonlyargs)  # keyword-only ones last: found by name, not position


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
    # ValidationError, or to another helper), found to a fixed point.
    helpers: dict[str, list[tuple[int, str, ast.FunctionDef | ast.AsyncFunctionDef]]] = {"ValidationError": []}
    positions = {"ValidationError": [(0, "field")]}
    # A private helper (_day) is the one of its own module: another module's _day is another function.
    home: dict[str, Path] = {}

    def foreign(name: str, path: Path) -> bool:
        return name.startswith("_") and home.get(name, path) != path

    changed = True
    while changed:
        changed = False
        for tree_path, tree in trees.items():
            for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
                name = _called_name(call)
                if name not in positions or id(call) not in enclosing or foreign(name, tree_path):
                    continue
                _path, function = enclosing[id(call)]
                params = [p.arg for p in _params(function)]
                for index, keyword in positions[name]:
                    value = _argument(call, index, keyword)
                    if isinstance(value, ast.Name) and value.id in params:
                        entry = (params.index(value.id), value.id)
                        if entry not in positions.setdefault(function.name, []):
                            home.setdefault(function.name, _path)
                            positions[function.name].append(entry)
                            helpers.setdefault(function.name, []).append((*entry, function))
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
            if name not in positions or foreign(name, path):
                continue
            where = f"{relative}:{call.lineno}"
            for index, keyword in positions[name]:
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
    for code, label in FIELD_LABELS.items():
        assert label and label == label.strip() and "_" not in label, code
        assert label[0].islower() or label.split("-")[0].isupper() or label[0].isupper() and code == "doffin_id", code


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
