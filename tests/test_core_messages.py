"""Every refusal the core makes is a translatable message (:mod:`annotator.messages`), so the Arabic
interface says it in Arabic: no error of the core (a subclass of ``AnnotatorError``) is built from a plain
English string.

Read with ``ast``, no Qt.  A call constructing an ``AnnotatorError`` subclass fails the check when its message
(or reason) is a string literal, an f-string, ``"..." + x``, ``"..." % x`` or ``"...".format(x)``; so does a
variable the function assigned such a string to, and a function of the same module (or one imported by name)
whose ``return`` gives one (``_kind()`` in importers/file_access.py gives the reasons of refused files).  An
English fragment put into a message as a value (``.format(what="one article")``) must be a message too.

The reports the interface shows line by line (an import's, an export's notes) are messages too: nothing with an
English word is put into a list named as the reports' lists are (:data:`REPORT_LISTS`: ``report.unplaced.append
(...)``, ``skipped += [...]``, ``notes=[...]``), nor into ``out`` in a report's ``lines()``.

Not checked: the command-line modules ``annotator/cli*.py``.  Their errors are raised inside ``main()`` and
printed to the terminal in English by design (the CLI is for scripts, whose output must not change with the
user's locale); no module of ``ui/`` imports them (checked below).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import annotator.errors
from annotator.errors import AnnotatorError

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "annotator"
COMMAND_LINE = [*sorted(CORE.glob("cli*.py")), CORE / "__main__.py"]
MESSAGE_PARAMETERS = {"message", "reason", "owner"}
REPORT_LISTS = {"unplaced", "skipped", "moved", "duplicates", "notes", "readings", "articles_matched", "articles_added"}
"""The lists of the core's reports whose lines the interface shows (through ``say()``)."""
ENGLISH = re.compile(r"[A-Za-z]{3,}")
TECHNICAL = {"null"}  # JSON's own word, put into a message as a value as a type name is


def _error_classes() -> dict[str, type[AnnotatorError]]:
    """Every AnnotatorError subclass the core defines, by name (the modules that define error classes imported
    first; a module is not imported otherwise: the migrations' env.py runs only under alembic)."""
    defines_errors = re.compile(r"^class \w+\([\w.]*Error\b", re.M)
    for path in _checked_modules():
        if defines_errors.search(path.read_text(encoding="utf-8")):
            _import(path)
    found: dict[str, type[AnnotatorError]] = {}
    todo: list[type[AnnotatorError]] = [AnnotatorError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


def _import(path: Path) -> ModuleType:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))


def _checked_modules() -> list[Path]:
    return [p for p in sorted(CORE.rglob("*.py")) if p not in COMMAND_LINE]


def _plain_string(node: ast.AST, *, fragment: bool = False) -> bool:
    """``node`` builds a str that is no message: a literal, an f-string, ``+`` / ``%`` with one, ``"".format``.

    A ``fragment`` (a value put into a message) counts only when it holds an English word: ``f"{n:,}"`` is a value.
    """

    def words(text: object) -> bool:
        return isinstance(text, str) and (not fragment or (bool(ENGLISH.search(text)) and text not in TECHNICAL))

    if isinstance(node, ast.Constant):
        return words(node.value)
    if isinstance(node, ast.JoinedStr):
        return not fragment or any(isinstance(v, ast.Constant) and words(v.value) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _plain_string(node.left, fragment=fragment) or (
            isinstance(node.op, ast.Add) and _plain_string(node.right, fragment=fragment)
        )
    if isinstance(node, ast.IfExp):
        return _plain_string(node.body, fragment=fragment) or _plain_string(node.orelse, fragment=fragment)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _plain_string(node.func.value, fragment=fragment)
    return False


class _Module:
    """One module's tree, its imported objects and its functions, for following names one step."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path.relative_to(ROOT))
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.functions = {
            node.name: node for node in ast.walk(self.tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }
        self.parents: dict[ast.AST, ast.AST] = {
            child: node for node in ast.walk(self.tree) for child in ast.iter_child_nodes(node)
        }

    def enclosing(self, node: ast.AST, kind: type | tuple[type, ...]) -> ast.AST | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, kind):
                return node
        return None

    def returns_of(self, call: ast.Call) -> Iterator[tuple[str, ast.AST]]:
        """The ``return`` values of the function ``call`` calls, when it is one of this module's or imported by name."""
        if not isinstance(call.func, ast.Name):
            return
        name = call.func.id
        if name in self.functions:
            yield from (
                (self.where, r.value) for r in ast.walk(self.functions[name]) if isinstance(r, ast.Return) and r.value
            )
            return
        function = getattr(_import(self.path), name, None)
        if not inspect.isfunction(function) or not function.__module__.startswith("annotator."):
            return
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
        where = inspect.getsourcefile(function) or name
        yield from (
            (f"{Path(where).relative_to(ROOT)} ({name})", r.value)
            for r in ast.walk(tree)
            if isinstance(r, ast.Return) and r.value
        )

    def assigned(self, name: ast.Name) -> Iterator[ast.AST]:
        """What the enclosing function assigns to ``name`` (every assignment, any branch)."""
        scope = self.enclosing(name, (ast.FunctionDef, ast.AsyncFunctionDef)) or self.tree
        for node in ast.walk(scope):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id == name.id:
                        yield node.value
                    elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                        for t, v in zip(target.elts, node.value.elts, strict=False):
                            if isinstance(t, ast.Name) and t.id == name.id:
                                yield v
            elif (
                isinstance(node, ast.AnnAssign | ast.AugAssign)
                and isinstance(node.target, ast.Name)
                and node.target.id == name.id
                and node.value is not None
            ):
                yield node.value

    def plain(self, node: ast.AST, *, fragment: bool = False, depth: int = 0) -> list[str]:
        """Where ``node`` (a message argument, or a value put into one) is a plain English string, following
        names and calls one step."""
        if _plain_string(node, fragment=fragment):
            return [f"{self.where}:{getattr(node, 'lineno', '?')}: {ast.unparse(node)[:90]}"]
        if depth:
            return []
        found: list[str] = []
        if isinstance(node, ast.Name):
            for value in self.assigned(node):
                found += self.plain(value, fragment=fragment, depth=depth + 1)
        elif isinstance(node, ast.IfExp):
            found += self.plain(node.body, fragment=fragment) + self.plain(node.orelse, fragment=fragment)
        elif isinstance(node, ast.Call):
            for where, value in self.returns_of(node):
                if _plain_string(value, fragment=fragment):
                    found.append(f"{where}:{value.lineno} (returned): {ast.unparse(value)[:90]}")
        return found


def _message_arguments(call: ast.Call, cls: type[AnnotatorError]) -> list[ast.AST]:
    """The arguments of ``call`` (constructing ``cls``) that become its message."""
    if cls.__init__ is Exception.__init__ or cls.__init__ is BaseException.__init__:
        return [*call.args, *(k.value for k in call.keywords)]
    parameters = list(inspect.signature(cls.__init__).parameters)[1:]
    chosen = [arg for name, arg in zip(parameters, call.args, strict=False) if name in MESSAGE_PARAMETERS]
    return chosen + [k.value for k in call.keywords if k.arg in MESSAGE_PARAMETERS]


def _format_values(call: ast.Call) -> list[ast.AST]:
    """The values of ``QT_TRANSLATE_NOOP(...).format(...)``: English fragments among them must be messages."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "format" and isinstance(func.value, ast.Call)):
        return []
    marker = func.value.func
    return [k.value for k in call.keywords] if isinstance(marker, ast.Name) and marker.id == "QT_TRANSLATE_NOOP" else []


def _report_list(target: ast.AST, module: _Module) -> bool:
    """``target`` is one of a report's lists, or the lines a report's ``lines()`` gathers in ``out``."""
    name = target.id if isinstance(target, ast.Name) else target.attr if isinstance(target, ast.Attribute) else ""
    if name in REPORT_LISTS:
        return True
    function = module.enclosing(target, (ast.FunctionDef, ast.AsyncFunctionDef))
    return name == "out" and isinstance(function, ast.FunctionDef) and function.name == "lines"


def _elements(node: ast.AST) -> list[ast.AST]:
    """The values a list display or comprehension holds."""
    if isinstance(node, ast.List | ast.Tuple):
        return list(node.elts)
    if isinstance(node, ast.ListComp):
        return [node.elt]
    return []


def _report_values(node: ast.AST, module: _Module) -> list[ast.AST]:
    """What ``node`` puts into a report's list (nothing when it is no such step)."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("append", "insert") and node.args:
            return [node.args[-1]] if _report_list(func.value, module) else []
        if isinstance(func, ast.Attribute) and func.attr == "extend" and node.args:
            return _elements(node.args[0]) if _report_list(func.value, module) else []
        return [e for k in node.keywords if k.arg in REPORT_LISTS for e in _elements(k.value)]
    if isinstance(node, ast.AugAssign) and _report_list(node.target, module):
        return _elements(node.value)
    if isinstance(node, ast.Assign) and any(_report_list(t, module) for t in node.targets):
        return _elements(node.value)
    return []


def plain_messages(path: Path, classes: dict[str, type[AnnotatorError]]) -> list[str]:
    """file:line of each error of the core made from a plain English string in the module at ``path``."""
    module = _Module(path)
    found: list[str] = []
    for node in ast.walk(module.tree):
        for value in _report_values(node, module):
            found += module.plain(value, fragment=True)
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        arguments: list[ast.AST] = []
        fragment = False
        if name in classes:
            arguments = _message_arguments(node, classes[name])
        elif name == "__init__" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):
            owner = module.enclosing(node, ast.ClassDef)
            if isinstance(owner, ast.ClassDef) and owner.name in classes:
                base = classes[owner.name].__mro__[1]
                arguments = _message_arguments(node, base) if issubclass(base, AnnotatorError) else []
        else:
            arguments, fragment = _format_values(node), True
        for argument in arguments:
            found += module.plain(argument, fragment=fragment)
    return found


def test_no_error_of_the_core_is_a_plain_english_string() -> None:
    classes = _error_classes()
    found = [line for path in _checked_modules() for line in plain_messages(path, classes)]
    assert not found, (
        f'{len(found)} messages to mark with QT_TRANSLATE_NOOP("Core", ...) (annotator/messages.py):\n'
        + "\n".join(found)
    )


def test_the_check_catches_each_form_of_plain_string(tmp_path: Path) -> None:
    sample = CORE / "_plain_message_sample_for_test.py"
    sample.write_text(
        textwrap.dedent(
            """
            from annotator.errors import FileImportError, InvalidValueError, NotFoundError
            from annotator.messages import QT_TRANSLATE_NOOP

            def _why(n):
                if n:
                    return "is far too long"
                return QT_TRANSLATE_NOOP("Core", "is fine")

            def refuse(path, n):
                reason = f"holds {n:,} files"
                errors = [
                    InvalidValueError("the name is empty"),
                    InvalidValueError(f"{n} is not a number"),
                    NotFoundError("no article " + str(n)),
                    NotFoundError("no article %d" % n),
                    NotFoundError("no article {}".format(n)),
                    FileImportError(path, reason),
                    FileImportError(path, _why(n)),
                    FileImportError(path, QT_TRANSLATE_NOOP("Core", "holds {what}").format(what="an article")),
                    FileImportError(path, QT_TRANSLATE_NOOP("Core", "holds {count} files").format(count=f"{n:,}")),
                    FileImportError(f"{path}", QT_TRANSLATE_NOOP("Core", "is empty")),
                ]
                return errors
            """
        ),
        encoding="utf-8",
    )
    try:
        found = plain_messages(sample, _error_classes())
    finally:
        sample.unlink()
    assert len(found) == 8, "\n".join(found)


def test_the_check_catches_english_put_into_a_report() -> None:
    sample = CORE / "_plain_report_sample_for_test.py"
    sample.write_text(
        textwrap.dedent(
            """
            from annotator.messages import QT_TRANSLATE_NOOP

            def fill(report, name, n, rows):
                report.unplaced.append(f"article {name}: its text is empty")
                report.notes += [f"not read: {x}" for x in rows]
                report.skipped.extend(["a source not read"])
                made = Report(notes=[f"{x} kept without its date" for x in rows], moved=[f"{n:,}"])
                report.duplicates.append(f"“{name}”")  # no English word: a value
                report.unplaced.append(QT_TRANSLATE_NOOP("Core", "article {name}: empty").format(name=name))
                return made

            class Report:
                def lines(self):
                    out = [f"{self.added} claim(s) added"]
                    out.append(QT_TRANSLATE_NOOP("Core", "{count} claim(s) added").format(count=1))
                    out += [f"not placed: {u}" for u in self.unplaced]
                    return out
            """
        ),
        encoding="utf-8",
    )
    try:
        found = plain_messages(sample, _error_classes())
    finally:
        sample.unlink()
    assert len(found) == 6, "\n".join(found)


def test_command_line_modules_are_not_imported_by_the_interface() -> None:
    """The exemption above holds only while the CLI's English errors never reach the window."""
    pattern = re.compile(r"^\s*(from|import)\s+annotator\.cli", re.M)
    importing = [str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py") if pattern.search(p.read_text("utf-8"))]
    assert COMMAND_LINE and not importing


def test_the_core_errors_module_is_checked() -> None:
    assert CORE / "errors.py" in _checked_modules() and annotator.errors.__file__


def _templates() -> set[str]:
    """Every template the core marks, as Python reads it (the string the UI looks up at run time)."""
    found = set()
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP":
                template = node.args[1]
                assert isinstance(template, ast.Constant) and isinstance(template.value, str), ast.unparse(node)
                found.add(template.value)
    return found


def test_the_catalogue_holds_each_template_as_python_reads_it() -> None:
    """lupdate reads the same string Python does (escapes, strings written over several lines): a template it
    read otherwise would never be found at run time, and the message would stay English."""
    catalogue = ET.parse(ROOT / "resources" / "i18n" / "nisba_ar.ts").getroot()
    core = {
        m.findtext("source")
        for c in catalogue.iter("context")
        if c.findtext("name") == "Core"
        for m in c.iter("message")
    }
    templates = _templates()
    assert len(templates) > 150
    assert not templates - core, sorted(templates - core)
