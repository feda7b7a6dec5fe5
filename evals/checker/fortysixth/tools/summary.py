import json, subprocess, pathlib, sys
B = pathlib.Path(__file__).resolve().parent.parent
def decision(path):
    out = subprocess.run(["/work/main/.venv/bin/disputedraft", "decide", str(B / path)], capture_output=True, text=True).stdout
    return json.loads(out)
if __name__ == "__main__":
    for f in sorted((B / "disputes").glob("*.json")):
        d = decision(f.relative_to(B))
        exp = f.stem.split("_", 1)[1]
        ment = {k: v for p in d["required_points"] for k, v in p["mention"].items()}
        print(f.stem, d["remedy"] == exp, d["variant"], ment, [(o["kind"], o.get("max_amount"), o.get("currency")) for o in d["allowed_offers"]], d["facts"]["signature"], d.get("respond_by"))
