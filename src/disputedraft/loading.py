"""Reading disputes from text: one place that turns bad input into field-named problems."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from disputedraft.contract import Dispute
from disputedraft.errors import FieldProblem, InvalidInput, pydantic_problems


def parse_json(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            what, [FieldProblem("", f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")]
        ) from None


def dispute_from_obj(obj: Any, what: str = "dispute") -> Dispute:
    if not isinstance(obj, dict):
        raise InvalidInput(what, [FieldProblem("", f"expected a JSON object, got {type(obj).__name__}")])
    try:
        return Dispute.model_validate(obj)
    except ValidationError as exc:
        raise InvalidInput(what, pydantic_problems(exc.errors())) from None


def dispute_from_json(text: str, what: str = "dispute") -> Dispute:
    return dispute_from_obj(parse_json(text, what), what)


def read_text(source: str) -> str:
    """A path, or `-` for standard input."""
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(source, [FieldProblem("", "file not found")]) from None
    except IsADirectoryError:
        raise InvalidInput(source, [FieldProblem("", "is a directory, expected a file")]) from None
    except UnicodeDecodeError:
        raise InvalidInput(source, [FieldProblem("", "not UTF-8 text")]) from None


def load_dispute(source: str) -> Dispute:
    return dispute_from_json(read_text(source), "dispute" if source == "-" else source)
