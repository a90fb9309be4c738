#!/usr/bin/env python3
"""Consistency check (and statistics) for the evaluation corpus.

usage: python3 evaluation/check_annotations.py [--stats] [--warn]

For every <set>/<slug>.txt with <set>/<slug>.expected.json it checks that the JSON parses,
that "file" names the text, that title/standfirst/section/byline/media/bodyMustNotContain are
found in the text, that every entity name and alias occurs in the text (case-insensitive),
that every statement speaker is an entity's canonical name or an ANONYMOUS description found
in the text, and that every quote occurs verbatim in the text once quotation marks are set
aside (DIRECT quotes must follow an opening mark; INDIRECT quotes contain no marks; MIXED
quotes contain at least one). --warn also lists quoted passages of the text that no statement
covers (to be reviewed by hand: scare quotes and titles are expected there).
Exits 1 on any error.
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SETS = ["dev", "heldout"]
MARKS = "\u201c\u201d\"\u00ab\u00bb\u201e\u2018\u2019\u201a\u2039\u203a"
OPENERS = "\u201c\"\u00ab\u00bb\u201e\u2018\u201d\u2039"
TYPES = {"PERSON", "ORGANIZATION", "LOCATION"}
STYPES = {"DIRECT", "INDIRECT", "MIXED"}


def strip_marks(s):
    s = re.sub("[" + re.escape(MARKS) + "]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def low(s):
    return s.replace("\u2019", "'").lower()


def check(path_txt, path_json, warn):
    errs, warns = [], []
    text = open(path_txt, encoding="utf-8").read()
    try:
        exp = json.load(open(path_json, encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"JSON does not parse: {e}"], [], None
    lines = text.split("\n")
    words = len(text.split())
    if not 250 <= words <= 700:
        errs.append(f"{words} words, outside 250-700")
    if exp.get("file") != os.path.basename(path_txt):
        errs.append(f"file field {exp.get('file')!r}")
    art = exp.get("article", {})
    if "section" in art and lines[0] != art["section"]:
        errs.append("section is not the first line")
    for key in ("title", "standfirst"):
        if art.get(key) not in lines:
            errs.append(f"{key} is not a line of the text")
    for b in art.get("byline", []):
        if f"Follow {b} on Twitter" not in text:
            errs.append(f"byline {b} not found")
    for m in art.get("media", []):
        if m["id"] not in lines or f"{m['caption']} Photo via {m['credit']}." not in lines:
            errs.append(f"media {m['id']} not found")
    for s in art.get("bodyMustNotContain", []):
        if s not in text:
            errs.append(f"bodyMustNotContain {s!r} not in text")
    ltext = low(text)
    seen = {}
    canon = set()
    for e in exp.get("entities", []):
        if e.get("type") not in TYPES:
            errs.append(f"entity type {e.get('type')} ({e.get('name')})")
        canon.add(e["name"])
        for n in [e["name"]] + e.get("aliases", []):
            if low(n) not in ltext:
                errs.append(f"entity name/alias not in text: {n!r}")
            k = low(n)
            if k in seen and seen[k] != e["name"]:
                errs.append(f"name {n!r} used by two entities")
            seen[k] = e["name"]
    plain = strip_marks(text)
    covered = []
    for s in exp.get("statements", []):
        sp, q, t = s.get("speaker", ""), s.get("quote", ""), s.get("type")
        if t not in STYPES:
            errs.append(f"statement type {t}")
        if s.get("speakerKind") == "ANONYMOUS":
            if low(sp) not in ltext:
                errs.append(f"anonymous speaker not in text: {sp!r}")
        elif sp not in canon:
            errs.append(f"speaker is not a canonical entity name: {sp!r}")
        qs = strip_marks(q)
        if qs not in plain:
            errs.append(f"quote not in text: {q[:70]!r}")
        covered.append(qs)
        if t == "DIRECT":
            ok = False
            for m in re.finditer(re.escape(q.strip()[:25]), text):
                before = text[max(0, m.start() - 2):m.start()]
                if any(c in OPENERS for c in before):
                    ok = True
            if not ok:
                errs.append(f"DIRECT quote without an opening mark before it: {q[:50]!r}")
        if t == "INDIRECT" and re.search("[\u201c\u201d\"\u00ab\u00bb\u201e\u2018]", q):
            errs.append(f"INDIRECT quote with quotation marks: {q[:50]!r}")
        if t == "MIXED" and not re.search("[" + re.escape(MARKS) + "]", q):
            errs.append(f"MIXED quote without quotation marks: {q[:50]!r}")
    if warn:
        for m in re.finditer(r"[\u201c\"\u00ab\u201e]\s?([^\u201c\u201d\"\u00ab\u00bb\u201e\n]{12,}?)\s?[\u201d\"\u00bb\u201c\n]", text):
            frag = strip_marks(m.group(1))
            if len(frag.split()) >= 3 and not any(frag in c for c in covered) and frag not in strip_marks(art.get("title", "")):
                warns.append(f"uncovered quoted passage: {frag[:70]!r}")
    return errs, warns, (exp, words)


def main():
    warn = "--warn" in sys.argv
    stats = {"articles": 0, "words": 0, "ent": {}, "ent_opt": 0, "st": {}, "st_opt": 0, "anon": 0}
    per_set = {}
    bad = 0
    for st in SETS:
        d = os.path.join(ROOT, st)
        for f in sorted(os.listdir(d)):
            if not f.endswith(".txt"):
                continue
            j = os.path.join(d, f[:-4] + ".expected.json")
            if not os.path.exists(j):
                print(f"{st}/{f}: no annotation"); bad += 1; continue
            errs, warns, info = check(os.path.join(d, f), j, warn)
            for e in errs:
                print(f"ERROR {st}/{f}: {e}")
            for w in warns:
                print(f"warn  {st}/{f}: {w}")
            bad += bool(errs)
            if info:
                exp, words = info
                for k in (stats, per_set.setdefault(st, {"articles": 0, "words": 0, "st": 0, "ent": 0})):
                    k["articles"] += 1
                    k["words"] += words
                per_set[st]["ent"] += len(exp["entities"])
                per_set[st]["st"] += len(exp["statements"])
                for e in exp["entities"]:
                    if e.get("optional"):
                        stats["ent_opt"] += 1
                    else:
                        stats["ent"][e["type"]] = stats["ent"].get(e["type"], 0) + 1
                for s in exp["statements"]:
                    if s.get("optional"):
                        stats["st_opt"] += 1
                    else:
                        stats["st"][s["type"]] = stats["st"].get(s["type"], 0) + 1
                    stats["anon"] += s.get("speakerKind") == "ANONYMOUS"
    if "--stats" in sys.argv:
        print(json.dumps({"total": stats, "sets": per_set}, indent=1))
    print(f"{stats['articles']} articles checked, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
