"""Shared check for the rel-* golden cases: the relation edges in graph.json are exactly the
expected ones, listed pairs co-occur without any relation, and mentions.jsonl relations carry
every field."""
import json


def check(out, WANT, NO_EDGE):
    g = json.load(open(f"{out}/graph.json", encoding="utf-8"))
    names = {n["id"]: n["label"] for n in g["nodes"]}
    got = sorted(
        (names[l["source"]], names[l["target"]], l["label"], l["negated"], l["hedged"],
         tuple(names[r] for r in l["reported_by"]), tuple(l["forms"]))
        for l in g["links"] if l["kind"] == "relation")
    assert got == sorted(WANT), got
    co = {frozenset((names[l["source"]], names[l["target"]])) for l in g["links"]
          if l["kind"] == "cooccurrence"}
    for a, b in NO_EDGE:
        assert frozenset((a, b)) in co, f"{a} and {b} were not both found"
        assert all({x[0], x[1]} != {a, b} for x in got), (a, b)
    for line in open(f"{out}/mentions.jsonl", encoding="utf-8"):
        art = json.loads(line)
        for r in art["relations"]:
            for key in ("source", "target", "verb", "class", "form", "negated", "hedged", "passive",
                        "source_span", "target_span"):
                assert key in r, (key, r)
