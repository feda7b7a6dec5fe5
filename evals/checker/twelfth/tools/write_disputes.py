"""Write disputes/, run `disputedraft decide` on each, check the remedy, store decisions."""
import json, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REPO = ROOT.parents[2]
sys.path.insert(0, str(HERE))
from disputes_data import DISPUTES  # noqa: E402


def main():
    (ROOT / "disputes").mkdir(exist_ok=True)
    (HERE / "decisions").mkdir(exist_ok=True)
    bad = 0
    for key, (stem, remedy, lang, dis) in DISPUTES.items():
        dis = dict(dis)
        dis.pop("_unused", None)
        path = ROOT / "disputes" / f"{stem}.json"
        path.write_text(json.dumps(dis, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        r = subprocess.run([str(REPO / ".venv/bin/disputedraft"), "decide", str(path)], capture_output=True, text=True)
        if r.returncode != 0:
            print(key, "decide failed", r.stderr); bad += 1; continue
        dec = json.loads(r.stdout)
        (HERE / "decisions" / f"{stem}.json").write_text(json.dumps(dec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        ok = dec["remedy"] == remedy
        bad += not ok
        print(key, dec["remedy"], dec.get("variant"), "OK" if ok else f"WANT {remedy}",
              {k: v for p in dec["required_points"] for k, v in p["mention"].items()}, dec["facts"]["signature"])
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
