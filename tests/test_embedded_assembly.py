"""Assembly / verification of the embedded model, without the real 1.1 GB model.

Fake part distributions (real ``*.dist-info`` folders with RECORD files) are
written to ``tmp_path`` and put on ``sys.path``, so the real discovery code in
``find_part_files`` runs against them. The server lifecycle tests use a fake
``xllamacpp`` module that serves ``/health`` on loopback. No network is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import textwrap
import urllib.request
import uuid
from pathlib import Path

import pytest

from disputedraft.llm import embedded
from disputedraft.llm.embedded import EmbeddedModelError, EmbeddedServer

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def make_parts(
    site: Path, prefix: str, parts: dict[int, dict[str, bytes]], *, record: bool = True, version: str = "0.2.0"
) -> None:
    """Write fake installed distributions ``<prefix><i>`` holding data files."""
    for index, files in parts.items():
        dist_name = f"{prefix}{index}"
        pkg = dist_name.replace("-", "_")
        data = site / pkg / "data"
        data.mkdir(parents=True)
        (site / pkg / "__init__.py").write_text("")
        info = site / f"{pkg}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist_name}\nVersion: {version}\n")
        (info / "top_level.txt").write_text(pkg + "\n")
        rows = [f"{pkg}/__init__.py,,"]
        # RECORD order deliberately reversed: discovery must sort by name.
        for name, content in sorted(files.items(), reverse=True):
            (data / name).write_bytes(content)
            rows.append(f"{pkg}/data/{name},,{len(content)}")
        rows.append(f"{info.name}/RECORD,,")
        if record:
            (info / "RECORD").write_text("\n".join(rows) + "\n")


class FakeParts:
    """Installs fake part distributions and points the module at them."""

    def __init__(self, site: Path, prefix: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.site = site
        self.prefix = prefix
        self._mp = monkeypatch

    def pkg(self, index: int) -> str:
        return f"{self.prefix}{index}".replace("-", "_")

    def install(
        self,
        parts: dict[int, dict[str, bytes]],
        count: int | None = None,
        *,
        record: bool = True,
    ) -> bytes:
        """Install ``parts``; set the expected size/hash; return the joined bytes."""
        make_parts(self.site, self.prefix, parts, record=record)
        self._mp.setattr(embedded, "PART_COUNT", count or max(parts))
        joined = b"".join(parts[i][name] for i in sorted(parts) for name in sorted(parts[i]))
        self._mp.setattr(embedded, "MODEL_SIZE", len(joined))
        self._mp.setattr(embedded, "MODEL_SHA256", hashlib.sha256(joined).hexdigest())
        return joined


@pytest.fixture
def fake_parts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeParts:
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    # A unique name per test, so neither the real parts nor another test's
    # fakes can be found.
    prefix = f"fm{uuid.uuid4().hex[:10]}-part"
    monkeypatch.setattr(embedded, "PART_DIST_PREFIX", prefix)
    return FakeParts(site, prefix, monkeypatch)


def eleven_parts() -> dict[int, dict[str, bytes]]:
    parts = {i: {f"part{i:02d}.bin": f"<{i}>".encode() * 3} for i in range(1, 12)}
    # several chunk files in one part: must be joined in name order
    parts[2] = {"c.bin": b"C2", "a.bin": b"GGUF-A2", "b.bin": b"B2"}
    parts[1] = {"part01.bin": b"GGUF" + b"\x03\x00\x00\x00" + b"first"}
    return parts


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --------------------------------------------------------------------------
# discovery and assembly
# --------------------------------------------------------------------------


def test_parts_join_in_numeric_then_name_order(fake_parts: FakeParts, tmp_path: Path) -> None:
    expected = fake_parts.install(eleven_parts())
    files = embedded.find_part_files()
    names = [(f.parent.parent.name, f.name) for f in files]
    pkgs = [n[0] for n in names]
    # part 2 before part 10 (numeric, not lexical, order)
    assert pkgs.index(fake_parts.pkg(2)) < pkgs.index(fake_parts.pkg(10))
    assert pkgs == sorted(pkgs, key=lambda p: int(p.rsplit("part", 1)[1]))
    assert [n for p, n in names if p == fake_parts.pkg(2)] == ["a.bin", "b.bin", "c.bin"]

    cache = tmp_path / "cache"
    path = embedded.ensure_model(cache)
    assert path == cache / embedded.MODEL_FILENAME
    assert path.read_bytes() == expected
    # nothing but the model and its verification sidecar is left behind
    assert leftovers(cache) == sorted([path.name, path.name + ".verified.json"])


def test_discovery_without_record_falls_back_to_data_folder(fake_parts: FakeParts, tmp_path: Path) -> None:
    expected = fake_parts.install(eleven_parts(), record=False)
    assert embedded.ensure_model(tmp_path / "c").read_bytes() == expected


def test_hash_mismatch_raises_and_leaves_no_file(
    fake_parts: FakeParts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_parts.install(eleven_parts())
    wrong = "0" * 64
    monkeypatch.setattr(embedded, "MODEL_SHA256", wrong)
    cache = tmp_path / "cache"
    with pytest.raises(EmbeddedModelError) as err:
        embedded.ensure_model(cache)
    msg = str(err.value)
    assert wrong in msg
    assert "got" in msg
    assert not (cache / embedded.MODEL_FILENAME).exists()
    assert leftovers(cache) == []  # temp file removed too


def test_size_mismatch_raises_before_writing(
    fake_parts: FakeParts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    joined = fake_parts.install(eleven_parts())
    monkeypatch.setattr(embedded, "MODEL_SIZE", len(joined) + 1)
    cache = tmp_path / "cache"
    with pytest.raises(EmbeddedModelError) as err:
        embedded.ensure_model(cache)
    assert str(len(joined) + 1) in str(err.value)
    assert str(len(joined)) in str(err.value)
    assert not (cache / embedded.MODEL_FILENAME).exists()
    assert leftovers(cache) == []


def test_truncated_cached_file_is_rebuilt(fake_parts: FakeParts, tmp_path: Path) -> None:
    expected = fake_parts.install(eleven_parts())
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / embedded.MODEL_FILENAME).write_bytes(expected[:-3])
    assert embedded.ensure_model(cache).read_bytes() == expected


def test_sidecar_skips_rehash_but_modification_is_reverified(
    fake_parts: FakeParts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = fake_parts.install(eleven_parts())
    cache = tmp_path / "cache"
    path = embedded.ensure_model(cache)
    sidecar = path.with_name(path.name + ".verified.json")
    assert json.loads(sidecar.read_text())["sha256"] == embedded.MODEL_SHA256

    calls: list[Path] = []
    real_hash = embedded._sha256_file

    def counting_hash(p: Path) -> str:
        calls.append(p)
        return real_hash(p)

    monkeypatch.setattr(embedded, "_sha256_file", counting_hash)
    assert embedded.ensure_model(cache) == path
    assert calls == []  # unchanged file: trusted via the sidecar

    # Same size, different bytes, new mtime: must be re-hashed, found bad,
    # and rebuilt from the parts.
    corrupt = bytearray(expected)
    corrupt[-1] ^= 0xFF
    path.write_bytes(bytes(corrupt))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    assert embedded.ensure_model(cache) == path
    assert calls == [path]
    assert path.read_bytes() == expected


def test_corrupt_cache_without_parts_raises_and_is_not_returned(
    fake_parts: FakeParts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = fake_parts.install(eleven_parts())
    cache = tmp_path / "cache"
    path = embedded.ensure_model(cache)
    path.write_bytes(expected[::-1])  # same size, wrong content
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    monkeypatch.setattr(embedded, "PART_DIST_PREFIX", "definitely-not-installed-part")
    with pytest.raises(EmbeddedModelError, match="not installed"):
        embedded.ensure_model(cache)
    assert not path.exists()


def test_forged_sidecar_for_other_size_is_ignored(fake_parts: FakeParts, tmp_path: Path) -> None:
    expected = fake_parts.install(eleven_parts())
    cache = tmp_path / "cache"
    path = embedded.ensure_model(cache)
    path.write_bytes(expected + b"junk")
    with pytest.raises(EmbeddedModelError, match="wrong size"):
        embedded.verify_model(path, bundled=True)


def test_missing_part_names_it_and_the_install_command(fake_parts: FakeParts, tmp_path: Path) -> None:
    parts = {1: {"part01.bin": b"GGUFaaaa"}, 3: {"part03.bin": b"cccc"}}
    fake_parts.install(parts, count=3)
    with pytest.raises(EmbeddedModelError) as err:
        embedded.ensure_model(tmp_path / "cache")
    msg = str(err.value)
    assert f"{fake_parts.prefix}2" in msg
    assert f"{fake_parts.prefix}1," not in msg
    assert f"{fake_parts.prefix}3" not in msg
    assert "pip install 'disputedraft[local]'" in msg
    assert not (tmp_path / "cache" / embedded.MODEL_FILENAME).exists()


def test_wrong_part_version_is_reported(fake_parts: FakeParts, monkeypatch: pytest.MonkeyPatch) -> None:
    make_parts(fake_parts.site, fake_parts.prefix, {1: {"part01.bin": b"GGUF"}}, version="0.1.0")
    make_parts(fake_parts.site, fake_parts.prefix, {2: {"part02.bin": b"zz"}})
    monkeypatch.setattr(embedded, "PART_COUNT", 2)
    with pytest.raises(EmbeddedModelError, match=r"version 0\.1\.0.*needs 0\.2\.0"):
        embedded.find_part_files()


def test_deleted_chunk_file_is_reported(fake_parts: FakeParts, tmp_path: Path) -> None:
    fake_parts.install(eleven_parts())
    victim = next(p for p in embedded.find_part_files() if p.name == "b.bin")
    victim.unlink()
    with pytest.raises(EmbeddedModelError, match="incomplete"):
        embedded.find_part_files()


def test_cache_dir_from_environment(fake_parts: FakeParts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    expected = fake_parts.install(eleven_parts())
    monkeypatch.setenv("DISPUTEDRAFT_CACHE_DIR", str(tmp_path / "envcache"))
    assert embedded.default_cache_dir() == tmp_path / "envcache"
    path = embedded.ensure_model()
    assert path.parent == tmp_path / "envcache"
    assert path.read_bytes() == expected


# --------------------------------------------------------------------------
# verify_model (for --model-path)
# --------------------------------------------------------------------------


def test_verify_model_checks_existence_and_magic(tmp_path: Path) -> None:
    with pytest.raises(EmbeddedModelError, match="not found"):
        embedded.verify_model(tmp_path / "nope.gguf")
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"PK\x03\x04 not a gguf")
    with pytest.raises(EmbeddedModelError, match="not a GGUF"):
        embedded.verify_model(bad)
    good = tmp_path / "any.gguf"
    good.write_bytes(b"GGUF" + b"\x00" * 60)
    embedded.verify_model(good)  # user model: magic only, no hash
    with pytest.raises(EmbeddedModelError):
        embedded.verify_model(good, bundled=True)


# --------------------------------------------------------------------------
# EmbeddedServer lifecycle, against a fake xllamacpp (loopback only)
# --------------------------------------------------------------------------

FAKE_XLLAMACPP = textwrap.dedent(
    """
    import http.server, json, sys, threading

    class _NS:
        pass

    class CommonParams:
        def __init__(self):
            self.model = _NS()
            self.model.path = ""
            self.cpuparams = _NS()
            self.cpuparams_batch = _NS()

    class Server:
        def __init__(self, params):
            if params.model.path.endswith("fail.gguf"):
                sys.stderr.write("E fake: failed to load model\\n")
                sys.stderr.flush()
                raise RuntimeError("Failed to init server, please check the input params.")
            seen = {k: v for k, v in vars(params).items() if not isinstance(v, _NS)}
            seen["threads"] = params.cpuparams.n_threads

            class Handler(http.server.BaseHTTPRequestHandler):
                def do_GET(self):
                    if self.path == "/health":
                        body = b'{"status":"ok"}'
                    elif self.path == "/params":
                        body = json.dumps(seen).encode()
                    else:
                        self.send_error(404)
                        return
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

                def log_message(self, *args):
                    pass

            self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
            threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
            self.listening_address = "http://127.0.0.1:%d" % self._httpd.server_address[1]
    """
)


@pytest.fixture
def fake_xllamacpp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    mod_dir = tmp_path / "fakemods"
    mod_dir.mkdir()
    (mod_dir / "xllamacpp.py").write_text(FAKE_XLLAMACPP)
    monkeypatch.syspath_prepend(str(mod_dir))  # for find_spec in this process
    old = os.environ.get("PYTHONPATH")
    monkeypatch.setenv("PYTHONPATH", str(mod_dir) + (os.pathsep + old if old else ""))
    monkeypatch.delenv("DISPUTEDRAFT_DEBUG", raising=False)
    sys.modules.pop("xllamacpp", None)
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + b"\x00" * 28)
    return model


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as resp:
        body: bytes = resp.read()
        return body


def test_server_starts_on_loopback_and_stops(fake_xllamacpp: Path) -> None:
    srv = EmbeddedServer(fake_xllamacpp, n_ctx=3072, threads=3, n_parallel=2)
    with srv:
        assert srv.running
        assert srv.base_url.startswith("http://127.0.0.1:")
        assert srv.base_url.endswith("/v1")
        assert json.loads(_get(srv.root_url + "/health")) == {"status": "ok"}
        seen = json.loads(_get(srv.root_url + "/params"))
        assert seen["hostnames"] == ["127.0.0.1"]
        assert seen["n_ctx"] == 3072 * 2  # per-slot context times slots
        assert seen["n_parallel"] == 2
        assert seen["cache_prompt"] is True
        assert seen["threads"] == 3
        assert srv.api_key
        pid = srv.pid
        assert pid is not None
    assert not srv.running
    with pytest.raises(EmbeddedModelError):
        _ = srv.base_url
    srv.stop()  # idempotent


def test_server_start_failure_reports_llama_log(fake_xllamacpp: Path, tmp_path: Path) -> None:
    failing = tmp_path / "fail.gguf"
    failing.write_bytes(b"GGUF" + b"\x00" * 28)
    srv = EmbeddedServer(failing)
    with pytest.raises(EmbeddedModelError) as err:
        srv.start()
    assert "failed to load model" in str(err.value)
    assert not srv.running


def test_server_rejects_non_gguf_before_spawning(tmp_path: Path) -> None:
    not_gguf = tmp_path / "x.gguf"
    not_gguf.write_bytes(b"hello")
    with pytest.raises(EmbeddedModelError, match="not a GGUF"):
        EmbeddedServer(not_gguf).start()
