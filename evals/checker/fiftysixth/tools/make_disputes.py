"""Write disputes/*.json from disputes_src.py and save each Decision to tools/decisions/."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from disputes_src import D
CLI = "/work/main/.venv/bin/disputedraft"
os.makedirs(os.path.join(ROOT, "disputes"), exist_ok=True)
os.makedirs(os.path.join(HERE, "decisions"), exist_ok=True)
for d in D:
    body = {k: v for k, v in d.items() if not k.startswith("_")}
    path = os.path.join(ROOT, "disputes", d["_file"] + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False, indent=2); f.write("\n")
    out = subprocess.run([CLI, "decide", path], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"decide failed for {path}: {out.stderr}")
    dec = json.loads(out.stdout)
    with open(os.path.join(HERE, "decisions", d["_file"] + ".json"), "w", encoding="utf-8") as f:
        f.write(out.stdout)
    flag = "OK " if dec["remedy"] == d["_expect"] else "BAD"
    pts = "; ".join(p["id"] + ("=" + "|".join(p["mention"].values()) if p["mention"] else "") for p in dec["required_points"])
    print(flag, d["_file"], dec["remedy"], dec.get("variant"), "|", dec["facts"]["signature"], "|", pts)
