"""One-off codemod: the UI's old translation calls -> Qt's style (docs/translation.md).

    python tools/i18n_sweep.py convert [FILES…]     rewrite btvcrm/ui/**.py and btvcrm/app.py
    python tools/i18n_sweep.py self-tr [FILES…]     translate("Cls", …) in Cls's methods -> self.tr(…)
    python tools/i18n_sweep.py save-old OLD.json    keep the old Bokmål before the sweep
    python tools/i18n_sweep.py migrate OLD.json     carry the old Bokmål into the new .ts

What `convert` rewrites (and records in a temporary file, for `migrate`):
- module-level `tr("…")` / `i18n.tr("…")` (old shared context "btvcrm") ->
  `translate("<Context>", "…")`, the context being the enclosing class, else the module's
  CamelCased name;
- `….format(name=value, …)` on such a call -> `arg(…, value, …)` with `{name}` -> `%1` …;
- `self.tr("…%1…").replace("%1", a).replace("%2", b)` -> `arg(self.tr("…"), a, b)`.
Anything it cannot do safely (f-strings, format specs, non-literal sources) is listed for
a hand edit. `migrate` reads the old .ts files (saved before the sweep) and fills every new
message whose (old context, old source) had a translation, with placeholders renamed.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MOVES = Path(tempfile.gettempdir()) / "btvcrm-sweep-moves.json"
OLD_CONTEXT = "btvcrm"


@dataclass
class Edit:
    start: tuple[int, int]
    end: tuple[int, int]
    text: str
    moves: list[dict[str, object]] = field(default_factory=list)


@dataclass
class Result:
    source: str
    moves: list[dict[str, object]] = field(default_factory=list)
    manual: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # what the module now needs from btvcrm.ui.i18n


def camel(stem: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in stem.split("_") if part)


def quote(text: str, mark: str = '"') -> str:
    """A quoted Python literal for `text` (lupdate reads \\n, \\" and \\\\)."""
    body = text.replace("\\", "\\\\").replace(mark, "\\" + mark).replace("\n", "\\n").replace("\t", "\\t")
    return f"{mark}{body}{mark}"


_FIELD = re.compile(r"\{(\w*)(?:![rsa])?(:[^{}]*)?\}")


def braces_to_numbers(text: str) -> tuple[str, list[str]] | None:
    """'{file} in {folder}' -> ('%1 in %2', ['file', 'folder']); None when it is not simple."""
    if "{{" in text or "}}" in text:
        return None
    order: list[str] = []
    auto = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal auto
        name, spec = match.group(1), match.group(2)
        if spec:
            raise ValueError(spec)
        if name == "":
            name = str(auto)
            auto += 1
        if name not in order:
            order.append(name)
        return f"%{order.index(name) + 1}"

    try:
        converted = _FIELD.sub(swap, text)
    except ValueError:
        return None
    if "{" in converted or "}" in converted:
        return None
    return converted, order


def convert_source(path: Path, source: str) -> Result:
    tree = ast.parse(source)
    result = Result(source)
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def seg(node: ast.AST) -> str:
        text = ast.get_source_segment(source, node)
        assert text is not None
        return text

    def enclosing_class(node: ast.AST) -> str | None:
        while node in parents:
            node = parents[node]
            if isinstance(node, ast.ClassDef):
                return node.name
        return None

    def in_fstring(node: ast.AST) -> bool:
        while node in parents:
            node = parents[node]
            if isinstance(node, ast.JoinedStr):
                return True
        return False

    module_context = camel(path.stem) if path.stem not in ("__init__", "app") else "App"
    edits: list[Edit] = []
    where = lambda n: f"{path.relative_to(ROOT)}:{n.lineno}"  # noqa: E731

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        is_module_tr = (isinstance(func, ast.Name) and func.id == "tr") or (
            isinstance(func, ast.Attribute) and func.attr == "tr"
            and isinstance(func.value, ast.Name) and func.value.id == "i18n"
        )  # fmt: skip
        is_self_tr = (
            isinstance(func, ast.Attribute) and func.attr == "tr"
            and isinstance(func.value, ast.Name) and func.value.id == "self"
        )  # fmt: skip
        if not (is_module_tr or is_self_tr):
            continue
        if len(node.args) != 1 or node.keywords:
            result.manual.append(f"{where(node)}: tr() with {len(node.args)} args")
            continue
        literal_node = node.args[0]
        if not (isinstance(literal_node, ast.Constant) and isinstance(literal_node.value, str)):
            result.manual.append(f"{where(node)}: non-literal source {seg(literal_node)[:60]}")
            continue
        text = literal_node.value
        context = enclosing_class(node) or module_context
        mark = "'" if in_fstring(node) else '"'
        parent = parents.get(node)
        outer: ast.AST = node
        values: list[str] = []
        new_text = text
        mapping: list[str] = []
        # ….format(...)
        if isinstance(parent, ast.Attribute) and parent.attr == "format" and isinstance(parents.get(parent), ast.Call):
            call = parents[parent]
            assert isinstance(call, ast.Call)
            converted = braces_to_numbers(text)
            if converted is None or any(isinstance(a, ast.Starred) for a in call.args) or any(
                k.arg is None for k in call.keywords
            ):
                result.manual.append(f"{where(node)}: .format() not simple: {text[:60]!r}")
                continue
            new_text, mapping = converted
            given = {str(i): seg(a) for i, a in enumerate(call.args)} | {k.arg: seg(k.value) for k in call.keywords if k.arg}
            if any(name not in given for name in mapping):
                result.manual.append(f"{where(node)}: .format() misses a value: {text[:60]!r}")
                continue
            values = [given[name] for name in mapping]
            outer = call
        # ….replace("%1", a).replace("%2", b)
        elif isinstance(parent, ast.Attribute) and parent.attr == "replace":
            chain: dict[int, str] = {}
            cursor: ast.AST = node
            while True:
                attr = parents.get(cursor)
                call = parents.get(attr) if attr is not None else None
                if not (isinstance(attr, ast.Attribute) and attr.attr == "replace" and isinstance(call, ast.Call)):
                    break
                key = call.args[0] if len(call.args) == 2 else None
                if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and re.fullmatch(r"%\d", key.value)):
                    break
                chain[int(key.value[1:])] = seg(call.args[1])
                cursor = call
            if not chain or sorted(chain) != list(range(1, len(chain) + 1)):
                result.manual.append(f"{where(node)}: .replace() chain not %1..%n: {text[:60]!r}")
                continue
            values = [chain[i] for i in range(1, len(chain) + 1)]
            outer = cursor
        if is_self_tr and not values:
            continue  # already in Qt's style
        moves = []
        names = set()
        if is_module_tr:
            prefix = "i18n." if isinstance(func, ast.Attribute) else ""
            if not prefix:
                names.add("translate")
            call_text = f"{prefix}translate({quote(context, mark)}, {literal(new_text, mark, literal_node)})"
            moves.append({"old": [OLD_CONTEXT, text], "new": [context, new_text], "names": mapping, "file": where(node)})
        else:
            call_text = seg(node)
        if values:
            names.add("arg")
            call_text = f"arg({call_text}, {', '.join(values)})"
        if is_self_tr and mapping:  # self.tr("{x}").format(...): the source itself changes
            call_text = call_text.replace(seg(node), f"self.tr({literal(new_text, mark, literal_node)})", 1)
            moves.append({"old": [context, text], "new": [context, new_text], "names": mapping, "file": where(node)})
        assert outer.end_lineno is not None and outer.end_col_offset is not None
        edit = Edit((outer.lineno, outer.col_offset), (outer.end_lineno, outer.end_col_offset), call_text, moves)
        edit.names = names  # type: ignore[attr-defined]
        edits.append(edit)

    # apply from the end; skip edits nested inside another edit (the outer one re-reads them)
    edits.sort(key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    for edit in edits:
        if kept and edit.start < kept[-1].end:
            result.nested = True  # type: ignore[attr-defined]
            continue  # inside an edited call: the next pass converts it
        kept.append(edit)
        result.moves += edit.moves
        result.names |= edit.names  # type: ignore[attr-defined]
    text = source
    def at(position: tuple[int, int]) -> int:
        """ast counts columns in UTF-8 bytes; the text is characters."""
        line, column = position
        return offsets[line - 1] + len(lines[line - 1].encode("utf-8")[:column].decode("utf-8"))

    for edit in reversed(kept):
        a, b = at(edit.start), at(edit.end)
        text = text[:a] + edit.text + text[b:]
    result.source = text
    return result


def add_imports(source: str, names: set[str], module: str) -> str:
    """Bring `names` from btvcrm.ui.i18n wherever the module imported it (also inside functions,
    which keeps Qt out of modules that import it lazily); `ruff --fix` drops what is unused."""
    if not names or module == "btvcrm.ui.i18n":
        return source
    pattern = re.compile(r"^([ \t]*)from btvcrm\.ui\.i18n import ([^\n(]+)$", re.M)

    def widen(match: re.Match[str]) -> str:
        have = {n.strip() for n in match.group(2).split(",")}
        return f"{match.group(1)}from btvcrm.ui.i18n import {', '.join(sorted(have | names))}"

    widened, count = pattern.subn(widen, source)
    if count:
        return widened
    tree = ast.parse(source)
    last = max((n.end_lineno or 0 for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)), default=0)
    lines = source.splitlines(keepends=True)
    lines.insert(last, f"from btvcrm.ui.i18n import {', '.join(sorted(names))}\n")
    return "".join(lines)


def literal(text: str, mark: str, node: ast.AST) -> str:
    """`text` as a literal; one that spanned lines in the code is split again near 80 columns."""
    if node.lineno == node.end_lineno or len(text) < 70 or mark == "'":
        return quote(text, mark)
    words = re.split(r"(?<= )", text)
    pieces, line = [], ""
    for word in words:
        if line and len(line) + len(word) > 72:
            pieces.append(line)
            line = ""
        line += word
    pieces.append(line)
    # adjacent literals, no parentheses: lupdate joins those, but not a parenthesised group
    indent = "\n" + " " * (node.col_offset + 4)
    return indent.join(quote(p, mark) for p in pieces)


def convert(paths: list[Path]) -> int:
    moves: list[dict[str, object]] = []
    manual: list[str] = []
    for path in paths:
        original = source = path.read_text(encoding="utf-8")
        names: set[str] = set()
        for _pass in range(5):  # a translated value inside a translated string takes a second pass
            result = convert_source(path, source)
            moves += result.moves
            names |= result.names
            if result.source == source:
                manual += result.manual
                break
            source = result.source
        if source != original:
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            text = add_imports(source, names, module)
            if not re.search(r"(?<![\w.])tr\(", text):  # the old tr() is gone from this module
                text = re.sub(r"^([ \t]*from btvcrm\.ui\.i18n import .*?)\btr, ", r"\1", text, flags=re.M)
                text = re.sub(r"^([ \t]*from btvcrm\.ui\.i18n import .*?), tr$", r"\1", text, flags=re.M)
            ast.parse(text)
            path.write_text(text, encoding="utf-8")
    MOVES.write_text(json.dumps(moves, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(moves)} strings moved to a literal context; {len(manual)} for a hand edit:")
    for line in manual:
        print("  " + line)
    return 0


def migrate(old_tables: Path) -> int:
    """Fill the new .ts from the old translations: by move, else by identical (context, source)."""
    sys.path.insert(0, str(ROOT))
    import xml.etree.ElementTree as ET

    from btvcrm import i18n

    old: dict[str, str] = json.loads(old_tables.read_text(encoding="utf-8"))  # "ctx\x1fsrc" -> text
    moves = json.loads(MOVES.read_text(encoding="utf-8"))
    by_new: dict[tuple[str, str], str] = {}
    for move in moves:
        found = old.get("\x1f".join(move["old"]))
        if found is None:
            continue
        for number, name in enumerate(move["names"], 1):
            found = found.replace("{" + name + "}", f"%{number}")
        by_new[tuple(move["new"])] = found
    target = i18n.translations_dir() / i18n.TS_TARGETS["nb"][0]
    tree = ET.parse(target)
    filled = left = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") != "unfinished" or message.get("numerus") == "yes":
                continue
            source = message.findtext("source") or ""
            text = by_new.get((name, source)) or old.get(f"{name}\x1f{source}")
            if text:
                node.text = text
                node.attrib.pop("type", None)
                filled += 1
            else:
                left += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}, still unfinished {left}; run `make ts` to normalise the file")
    return 0


def to_self_tr(paths: list[Path]) -> int:
    """`translate("Cls", "…")` inside a method of QObject subclass Cls -> `self.tr("…")`."""
    import importlib

    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QObject

    changed = 0
    for path in paths:
        source = path.read_text(encoding="utf-8")
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        tree = ast.parse(source)
        lines = source.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))

        def at(line: int, column: int) -> int:
            return offsets[line - 1] + len(lines[line - 1].encode("utf-8")[:column].decode("utf-8"))

        spans = []
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            klass = getattr(module, cls.name, None)
            if not (isinstance(klass, type) and issubclass(klass, QObject)):
                continue
            for method in cls.body:
                if not isinstance(method, ast.FunctionDef) or not method.args.args:
                    continue
                if method.args.args[0].arg != "self" or any(
                    isinstance(d, ast.Name) and d.id in ("staticmethod", "classmethod") for d in method.decorator_list
                ):
                    continue
                for node in ast.walk(method):
                    if (
                        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
                        and len(node.args) == 2 and not node.keywords
                        and isinstance(node.args[0], ast.Constant) and node.args[0].value == cls.name
                    ):  # fmt: skip
                        first = node.args[0]
                        spans.append((at(node.lineno, node.col_offset), at(first.end_lineno, first.end_col_offset)))
        for start, end in sorted(spans, reverse=True):
            # `translate("Cls", ` -> `self.tr(`
            comma = source.index(",", end)
            rest = comma + 1
            while source[rest] == " ":
                rest += 1
            source = source[:start] + "self.tr(" + source[rest:]
        if spans:
            changed += len(spans)
            path.write_text(source, encoding="utf-8")
    print(f"{changed} calls are self.tr() now")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["self-tr"]:
        files = [Path(a).resolve() for a in argv[1:]] or sorted((ROOT / "btvcrm" / "ui").rglob("*.py"))
        return to_self_tr(files)
    if argv[:1] == ["convert"]:
        files = [Path(a).resolve() for a in argv[1:]] or sorted(
            [*(ROOT / "btvcrm" / "ui").rglob("*.py"), ROOT / "btvcrm" / "app.py"]
        )
        return convert(files)
    if argv[:1] == ["migrate"] and len(argv) == 2:
        return migrate(Path(argv[1]))
    if argv[:1] == ["save-old"] and len(argv) == 2:
        sys.path.insert(0, str(ROOT))
        from btvcrm import i18n

        table = {}
        for path in i18n.ts_files("nb"):
            for (context, source, _c), forms in i18n.read_ts(path).items():
                table[f"{context}\x1f{source}"] = forms[0]
        Path(argv[1]).write_text(json.dumps(table, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"saved {len(table)} translations")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
