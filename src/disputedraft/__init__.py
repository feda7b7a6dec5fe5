"""disputedraft: policy-bound reply drafts for buyer disputes."""

__version__ = "0.1.0"
