"""Load and cross-validate the policy files; a broken policy is a clear error, never a guess."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from disputedraft.errors import PolicyError, pydantic_problems
from disputedraft.policy.facts import FACT_DOMAINS
from disputedraft.policy.spec import PolicySpec, SellerProfile
from disputedraft.resources import data_dir, data_path

HUMAN_REVIEW = "human_review"
# Names a point's `say` may refer to; they are filled from the Decision's facts.
PLACEHOLDERS = frozenset({"evidence_requested", "protection_extension_days", "partial_refund_cap", "return_address"})
_T = TypeVar("_T", bound=BaseModel)
PLACEHOLDER_PATTERN = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Policy:
    spec: PolicySpec
    seller: SellerProfile
    source: Path


# libyaml's parser when PyYAML was built with it: same safe constructor, a fraction of the time.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except FileNotFoundError:
        raise PolicyError(str(path), ["file not found"]) from None
    except yaml.YAMLError as exc:
        raise PolicyError(str(path), [f"not valid YAML: {exc}"]) from None


def validated(model: type[_T], path: Path) -> _T:
    raw = _read_yaml(path)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise PolicyError(str(path), [str(p) for p in pydantic_problems(exc.errors())]) from None


def _cross_check(spec: PolicySpec) -> list[str]:
    problems: list[str] = []
    if HUMAN_REVIEW not in spec.remedies:
        problems.append(f"remedies: {HUMAN_REVIEW!r} must be defined")
    seen_rules: set[str] = set()
    for i, rule in enumerate(spec.rules):
        if rule.id in seen_rules:
            problems.append(f"rules.{i}.id: duplicate rule id {rule.id!r}")
        seen_rules.add(rule.id)
        if rule.remedy not in spec.remedies:
            problems.append(f"rules.{i}.remedy: unknown remedy {rule.remedy!r}")
    used = {r.remedy for r in spec.rules}
    for name, remedy in spec.remedies.items():
        where = f"remedies.{name}"
        if name not in used:
            problems.append(f"{where}: no rule leads to this remedy")
        if remedy.variant_by:
            domain = {"absent" if v is None else str(v) for v in FACT_DOMAINS[remedy.variant_by]}
            missing = domain - remedy.variants.keys()
            extra = remedy.variants.keys() - domain
            if missing:
                problems.append(f"{where}.variants: no variant for {sorted(missing)}")
            if extra:
                problems.append(f"{where}.variants: {sorted(extra)} are not values of {remedy.variant_by}")
        elif remedy.variants:
            problems.append(f"{where}.variants: variants need variant_by")
        for _, points in remedy.point_sets():
            ids = [p.id for p in points]
            if len(ids) != len(set(ids)):
                problems.append(f"{where}: duplicate point ids {ids}")
            if remedy.model_call and not points:
                problems.append(f"{where}: a drafted remedy needs at least one point")
        all_points = [*remedy.points, *(p for v in remedy.variants.values() for p in v.points)]
        texts = [t for p in all_points for t in (p.say, p.example) if t] + remedy.must_not
        for text in texts:
            for name_ in PLACEHOLDER_PATTERN.findall(text):
                if name_ not in PLACEHOLDERS:
                    problems.append(f"{where}: unknown placeholder {{{name_}}} in {text!r}")
    return problems


def load_policy(directory: Path | None = None) -> Policy:
    base = directory or data_dir("policies")
    spec = validated(PolicySpec, base / "handbook.yaml")
    problems = _cross_check(spec)
    if problems:
        raise PolicyError(str(base / "handbook.yaml"), problems)
    seller_path = Path(os.environ.get("DISPUTEDRAFT_SELLER_PROFILE") or base / "seller_default.yaml")
    seller = validated(SellerProfile, seller_path)
    return Policy(spec=spec, seller=seller, source=base)


@lru_cache(maxsize=8)
def _cached(directory: str, seller_env: str) -> Policy:
    return load_policy(Path(directory))


def default_policy() -> Policy:
    """Loaded once per process (and per override), since decide() sits on hot paths."""
    return _cached(data_path("policies"), os.environ.get("DISPUTEDRAFT_SELLER_PROFILE", ""))
