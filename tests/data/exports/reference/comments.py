#!/usr/bin/env python3
"""Comment fixtures for issue 17 and their expected figures, computed
independently of Polso (Python standard library only).

Writes tests/data/exports/comments/:
- planted_en.csv / planted_it.csv: NPS answers whose comments are shared
  filler sentences, except that most detractors write a planted complaint
  ("slow delivery", "consegna lenta") and most promoters a planted praise
  ("friendly staff", "personale gentile"). Expected: each planted phrase
  ranks first in its group, in the file's language.
- focus.csv (and the same rows as focus_period.csv): the "tax fee" of the
  customers in Italy against the rest, and the "crash" that March's
  detractors write and February's did not, with every ranked term's figures.
- reference.csv: short comments made only of words that are not stop words
  and are their own Snowball stems (tests/core/text checks that premise), so
  this script's own tokenisation (lowercase, split on spaces) gives the
  same terms as Polso's. Expected: every ranked term's z, count and share.

The statistic (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), each group
against the rest of the comments, the prior being all comments:
  a = y_g + y_r, a0 = n_g + n_r,
  delta = ln((y_g + a) / (n_g + a0 - y_g - a)) - ln((y_r + a) / (n_r + a0 - y_r - a)),
  z = delta / sqrt(1/(y_g + a) + 1/(y_r + a)),
where y counts a term's occurrences and n all term occurrences (words and
two-word phrases of adjacent words). Shown: z >= 1.96 and y_g >= 3; a word
used only inside one shown phrase of the group, as often, is left out; best
15 by z (ties: phrase first, then the term bytewise). share = comments of the
group mentioning the term / comments of the group.
Run: python3 tests/data/exports/reference/comments.py
"""
import csv
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "comments")

GROUPS = ["promoters", "passives", "detractors"]


def group_of(score):
    return "promoters" if score >= 9 else "passives" if score >= 7 else "detractors"


def write_csv(name, rows, header):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_expected(name, expect, options=None, absent=None):
    spec = {"options": options or {"dataset": "auto", "lang": "en"}, "expect": expect}
    if absent:
        spec["expect_absent"] = absent
    with open(os.path.join(OUT, name.replace(".csv", ".expected.json")), "w", encoding="utf-8") as f:
        json.dump(spec, f, indent=1, ensure_ascii=False)
        f.write("\n")


def planted(name, rng, filler, complaint, praise, header, language):
    rows = []
    for i in range(240):
        score = rng.choice([9, 10]) if i % 3 == 0 else rng.choice([7, 8]) if i % 3 == 1 else rng.randint(0, 6)
        g = group_of(score)
        text = rng.choice(filler)
        if g == "detractors" and rng.random() < 0.6:
            text = rng.choice(complaint)
        if g == "promoters" and rng.random() < 0.6:
            text = rng.choice(praise)
        day = 1 + i % 28
        rows.append([f"2026-03-{day:02d}", score, text])
    write_csv(name, rows, header)
    expect = {"ok": True, "metric": "nps", "comments.column": header[2], "comments.language": language,
              "comments.approximate": False}
    return expect


def terms_of(text):
    words = text.lower().split()
    return words + [a + " " + b for a, b in zip(words, words[1:])]


def log_odds_z(yg, yr, ng, nr):
    a, a0 = yg + yr, ng + nr
    g, r = yg + a, yr + a
    delta = math.log(g / (ng + a0 - g)) - math.log(r / (nr + a0 - r))
    return delta / math.sqrt(1 / g + 1 / r)


def ranking(rows, groups=None):
    """rows: (score, text), grouped by the score; or (group, text) with `groups` given."""
    GROUPS = groups or globals()["GROUPS"]
    count = {g: {} for g in GROUPS}
    docs = {g: {} for g in GROUPS}
    comments = {g: 0 for g in GROUPS}
    total = {g: 0 for g in GROUPS}
    for label, text in rows:
        g = label if groups else group_of(label)
        if not text.strip():
            continue
        comments[g] += 1
        ts = terms_of(text)
        total[g] += len(ts)
        for t in ts:
            count[g][t] = count[g].get(t, 0) + 1
        for t in set(ts):
            docs[g][t] = docs[g].get(t, 0) + 1
    out = {}
    for g in GROUPS:
        ng = total[g]
        nr = sum(total[o] for o in GROUPS if o != g)
        ranked = []
        for t, yg in count[g].items():
            yr = sum(count[o].get(t, 0) for o in GROUPS if o != g)
            if yg < 3 or ng == 0 or nr == 0:
                continue
            z = log_odds_z(yg, yr, ng, nr)
            if z >= 1.96:
                ranked.append((t, z, yg, docs[g][t] / comments[g]))
        phrases = [r for r in ranked if " " in r[0]]
        ranked = [r for r in ranked if " " in r[0] or not any(
            p[2] == r[2] and r[0] in p[0].split(" ") for p in phrases)]
        ranked.sort(key=lambda r: (-r[1], 0 if " " in r[0] else 1, r[0].encode()))
        out[g] = ranked[:15]
    return out, comments


def reference(rng):
    shared = ["menu", "wine", "tea", "cake", "park", "door", "view", "lamp", "chair", "soup"]
    bias = {"promoters": ["fresh bread", "clean", "host"], "passives": ["salt", "pizza"],
            "detractors": ["cold pizza", "rude waiter", "cold"]}
    rows = []
    for i in range(210):
        score = [10, 9, 8, 7, 6, 3, 0][i % 7]
        g = group_of(score)
        words = [rng.choice(shared) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.7:
            words.insert(rng.randint(0, len(words)), rng.choice(bias[g]))
        rows.append((score, " ".join(words) if i % 11 else ""))
    write_csv("reference.csv", rows, ["Score", "Comment"])
    ranked, comments = ranking(rows)
    expect = {"ok": True, "comments.column": "Comment", "comments.language": "en",
              "comments.language_from": "option", "comments.approximate": False}
    absent = []
    for g in GROUPS:
        expect[f"comments.comments.{g}"] = comments[g]
        for i, (t, z, yg, share) in enumerate(ranked[g]):
            expect[f"comments.groups.{g}.{i}.term"] = t
            expect[f"comments.groups.{g}.{i}.z"] = z
            expect[f"comments.groups.{g}.{i}.count"] = yg
            expect[f"comments.groups.{g}.{i}.share"] = share
        absent.append(f"comments.groups.{g}.{len(ranked[g])}")  # no more terms than these
    # The words hold no stop word to tell the language by: it is given.
    write_expected("reference.csv", expect, {"dataset": "survey", "lang": "en", "comments_language": "en"}, absent)


def focus(rng):
    """focus.csv: February and March 2026, a Country column. In March the
    detractors start writing "crash"; customers in Italy write "tax fee"."""
    shared = ["menu", "wine", "tea", "cake", "park", "door", "view", "lamp", "chair", "soup"]
    rows = []
    for i in range(300):
        month = "02" if i < 150 else "03"
        country = ["Italy", "France", "Spain"][i % 3]
        score = [10, 9, 8, 7, 6, 3, 0][i % 7]
        words = [rng.choice(shared) for _ in range(rng.randint(1, 3))]
        if country == "Italy" and rng.random() < 0.5:
            words.insert(rng.randint(0, len(words)), "tax fee")
        if month == "03" and group_of(score) == "detractors" and rng.random() < 0.6:
            words.insert(rng.randint(0, len(words)), "crash")
        rows.append((f"2026-{month}-{1 + i % 28:02d}", country, score, " ".join(words)))
    write_csv("focus.csv", rows, ["Date", "Country", "Score", "Comment"])
    options = {"dataset": "survey", "lang": "en", "comments_language": "en"}
    # The segment against the rest.
    seg, seg_n = ranking([("focus" if c == "Italy" else "rest", t) for _, c, _, t in rows], ["focus", "rest"])
    expect = {"ok": True, "comments.focus.segment": "Italy", "comments.focus.comments.focus": seg_n["focus"],
              "comments.focus.comments.rest": seg_n["rest"]}
    for i, (t, z, yg, share) in enumerate(seg["focus"]):
        expect.update({f"comments.focus.terms.{i}.term": t, f"comments.focus.terms.{i}.z": z,
                       f"comments.focus.terms.{i}.count": yg, f"comments.focus.terms.{i}.share": share})
    expect["comments.focus.terms.0.term"] = "tax fee"
    write_expected("focus.csv", expect, dict(options, comments_focus={"segment": "Italy"}),
                   [f"comments.focus.terms.{len(seg['focus'])}", "comments.focus.rising"])
    # The period against the rest, and the detractors' terms rising against the month before.
    per, per_n = ranking([("focus" if d.startswith("2026-03") else "rest", t) for d, _, _, t in rows], ["focus", "rest"])
    det = [(d, t) for d, _, s, t in rows if group_of(s) == "detractors"]
    rise, rise_n = ranking([("period" if d.startswith("2026-03") else "previous", t) for d, t in det], ["period", "previous"])
    expect = {"ok": True, "comments.focus.period": "2026-03", "comments.focus.comments.focus": per_n["focus"],
              "comments.focus.rising.group": "detractors", "comments.focus.rising.comments.period": rise_n["period"],
              "comments.focus.rising.comments.previous": rise_n["previous"]}
    for i, (t, z, yg, share) in enumerate(per["focus"]):
        expect.update({f"comments.focus.terms.{i}.term": t, f"comments.focus.terms.{i}.z": z,
                       f"comments.focus.terms.{i}.count": yg, f"comments.focus.terms.{i}.share": share})
    for i, (t, z, yg, share) in enumerate(rise["period"]):
        expect.update({f"comments.focus.rising.terms.{i}.term": t, f"comments.focus.rising.terms.{i}.z": z,
                       f"comments.focus.rising.terms.{i}.count": yg, f"comments.focus.rising.terms.{i}.share": share})
    expect["comments.focus.rising.terms.0.term"] = "crash"
    with open(os.path.join(OUT, "focus_period.csv"), "w", encoding="utf-8") as f_out:
        f_out.write(open(os.path.join(OUT, "focus.csv"), encoding="utf-8").read())
    write_expected("focus_period.csv", expect, dict(options, comments_focus={"period": "2026-03"}),
                   [f"comments.focus.terms.{len(per['focus'])}", f"comments.focus.rising.terms.{len(rise['period'])}"])


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(17)
    en_filler = ["The app is ok", "I ordered a jacket last week", "The site was fine for me",
                 "Bought shoes for my son", "Second order this year", "The packaging was nice",
                 "Paid by card", "I found it on the web", "", "Nothing to add"]
    en = planted("planted_en.csv", rng, en_filler,
                 ["Slow delivery again", "Really slow delivery this time", "slow delivery and no updates",
                  "Such a slow delivery, I waited for days"],
                 ["Friendly staff, thank you", "The friendly staff helped me a lot", "friendly staff as always",
                  "Very friendly staff in the shop"],
                 ["Date", "How likely are you to recommend us?", "Why?"], "en")
    en["comments.groups.detractors.0.term"] = "slow delivery"
    en["comments.groups.promoters.0.term"] = "friendly staff"
    write_expected("planted_en.csv", en)
    it_filler = ["L'app va bene così", "Ho comprato una giacca la settimana scorsa", "Il sito per me è chiaro",
                 "Scarpe per mio figlio", "Secondo ordine di quest'anno", "L'imballaggio era carino",
                 "Pagato con la carta", "Vi ho trovato sul web", "", "Niente da aggiungere"]
    it = planted("planted_it.csv", rng, it_filler,
                 ["Consegna lenta, di nuovo", "Una consegna lenta questa volta", "consegna lenta e nessun aggiornamento",
                  "Che consegna lenta, ho aspettato giorni"],
                 ["Personale gentile, grazie", "Il personale gentile mi ha aiutato", "personale gentile come sempre",
                  "Personale gentile e preparato in negozio"],
                 ["Data", "Quanto è probabile che ci consiglieresti?", "Perché?"], "it")
    it["comments.groups.detractors.0.term"] = "consegna lenta"
    it["comments.groups.promoters.0.term"] = "personale gentile"
    write_expected("planted_it.csv", it, {"dataset": "auto", "lang": "it"})
    reference(rng)
    focus(rng)


if __name__ == "__main__":
    main()
