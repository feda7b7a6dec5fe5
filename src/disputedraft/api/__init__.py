"""The HTTP API (FastAPI) and MCP server over the drafting service."""

from disputedraft.api.app import create_app, create_app_from_env
from disputedraft.api.backend import Backend, BackendFactory, static_backend
from disputedraft.api.settings import ApiSettings

__all__ = ["ApiSettings", "Backend", "BackendFactory", "create_app", "create_app_from_env", "static_backend"]
