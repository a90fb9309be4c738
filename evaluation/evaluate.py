#!/usr/bin/env python3
"""Run Newswire's enrichment over the evaluation corpus and score it.

usage: evaluation/evaluate.py [dev|heldout|all ...] [--newswire PATH] [--json]

Runs `newswire analyze` once over every article of the named sets (default: dev and heldout), scores each
output with score_enrichment.py (a copy of the project's shared scorer, next to this file) and prints one
line per article, then per-set totals. Totals are micro-averaged: counts are summed over the articles of a
set before the ratios are taken. "speaker accuracy" is the share of detected statements (a system quote
overlaps the expected one) whose speaker is right. Exits 1 if an article could not be analysed.
"""
import argparse, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score_enrichment as scorer  # noqa: E402

CORE = {"PERSON", "ORGANIZATION", "LOCATION"}


def analyze(newswire, files):
    """One ArticleEnriched per file, in order; analyses file by file if the batch output does not line up."""
    run = subprocess.run([newswire, "analyze", *files], capture_output=True, text=True)
    lines = [l for l in run.stdout.splitlines() if l.strip()]
    if run.returncode == 0 and len(lines) == len(files):
        return [json.loads(l) for l in lines]
    results = []
    for f in files:
        one = subprocess.run([newswire, "analyze", f], capture_output=True, text=True)
        if one.returncode != 0 or not one.stdout.strip():
            sys.stderr.write(f"evaluate: {f}: analyze failed: {one.stderr.strip()}\n")
            results.append(None)
        else:
            results.append(json.loads(one.stdout.splitlines()[0]))
    return results


def counts(expected, actual):
    """The numerators and denominators behind the scorer's ratios for one article."""
    r = scorer.score(expected, actual)
    entities, statements = scorer.enrichment_of(actual)
    req_e = [g for g in expected.get("entities", []) if not g.get("optional")]
    req_s = [g for g in expected.get("statements", []) if not g.get("optional")]
    sys_core = [s for s in entities if scorer.family(s.get("type")) in CORE]
    c = {
        "req_e": len(req_e), "found_e": len(req_e) - len(r["missed_entities"]),
        "sys_e": len(sys_core), "right_e": round(r["entity_precision"] * len(sys_core)),
        "canonical_e": round(r["entity_canonical_name_accuracy"] * (len(req_e) - len(r["missed_entities"]))),
        "req_s": len(req_s), "found_s": len(req_s) - len(r["missed_statements"]),
        "detected_s": round(r["statement_detection_recall"] * len(req_s)),
        "sys_s": len(statements), "right_s": len(statements) - len(r["wrong_statements"]),
        "leaks": len(r.get("body_leaks", [])),
    }
    return c, r


def ratios(c):
    def q(a, b):
        return a / b if b else 1.0
    p, r = q(c["right_s"], c["sys_s"]), q(c["found_s"], c["req_s"])
    return {
        "entity_recall": q(c["found_e"], c["req_e"]),
        "entity_precision": q(c["right_e"], c["sys_e"]),
        "canonical_names": q(c["canonical_e"], c["found_e"]),
        "statement_precision": p,
        "statement_recall": r,
        "statement_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "speaker_accuracy": q(c["found_s"], c["detected_s"]),
        "body_leaks": c["leaks"],
    }


COLUMNS = ["entity_recall", "entity_precision", "canonical_names", "statement_precision", "statement_recall",
           "statement_f1", "speaker_accuracy"]
SHORT = ["ent-R", "ent-P", "canon", "st-P", "st-R", "st-F1", "spk-acc"]


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=["dev", "heldout"])
    parser.add_argument("--newswire", default=os.path.join(HERE, "..", "newswire"))
    parser.add_argument("--json", action="store_true", help="print the totals as JSON instead of a table")
    parser.add_argument("--details", action="store_true", help="also print missed and wrong items per article")
    args = parser.parse_args(argv)
    sets = ["dev", "heldout"] if args.sets == ["all"] else args.sets
    failed = False
    totals = {}
    for name in sets:
        folder = os.path.join(HERE, name)
        if not os.path.isdir(folder):
            sys.stderr.write(f"evaluate: no set '{name}' in {HERE}\n")
            return 2
        files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
        outputs = analyze(args.newswire, files)
        total = {}
        if not args.json:
            print(f"== {name} ({len(files)} articles)")
            print(f"{'article':34} " + " ".join(f"{s:>7}" for s in SHORT))
        for path, actual in zip(files, outputs):
            if actual is None:
                failed = True
                continue
            with open(path[:-4] + ".expected.json", encoding="utf-8") as f:
                expected = json.load(f)
            c, detail = counts(expected, actual)
            for k, v in c.items():
                total[k] = total.get(k, 0) + v
            if not args.json:
                row = ratios(c)
                print(f"{os.path.basename(path)[:-4][:34]:34} " + " ".join(f"{row[k]:7.3f}" for k in COLUMNS))
                if args.details:
                    for key in ("missed_entities", "missed_statements", "wrong_statements", "body_leaks"):
                        for item in detail.get(key, []):
                            print(f"    {key[:-1] if key.endswith('s') else key}: {item}")
        totals[name] = {k: round(v, 3) if isinstance(v, float) else v for k, v in ratios(total).items()}
        totals[name]["articles"] = len(files)
        if not args.json:
            print(f"{'TOTAL ' + name:34} " + " ".join(f"{totals[name][k]:7.3f}" for k in COLUMNS)
                  + f"   body leaks: {totals[name]['body_leaks']}")
            print()
    if args.json:
        print(json.dumps(totals, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
