import json, subprocess, sys, pathlib
for f in sorted(pathlib.Path("disputes").glob("*.json")):
    d = json.loads(subprocess.run(["/work/main/.venv/bin/disputedraft", "decide", str(f)], capture_output=True, text=True).stdout)
    print("##", f.stem, d["remedy"], d["variant"], "| sig:", d["facts"]["signature"])
    for p in d["required_points"]:
        print("  -", p["id"], ":", p["say"], "| M:", p["mention"])
    print("  offers:", [(o["kind"], o["max_amount"], o["currency"], o["max_pct"], o["days"]) for o in d["allowed_offers"]])
