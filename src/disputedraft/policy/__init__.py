"""The deterministic policy layer: dispute facts in, handbook remedy out."""

from disputedraft.policy.decide import decide
from disputedraft.policy.decision import Decision
from disputedraft.policy.loader import Policy, default_policy, load_policy

__all__ = ["Decision", "Policy", "decide", "default_policy", "load_policy"]
