#!/usr/bin/env python3
"""Comment fixtures for issue 17 and their expected figures, computed
independently of Polso (Python standard library only).

Writes tests/data/exports/comments/:
- planted_en.csv / planted_it.csv: NPS answers whose comments are shared
  filler sentences, except that most detractors write a planted complaint
  ("slow delivery", "consegna lenta") and most promoters a planted praise
  ("friendly staff", "personale gentile"). Expected: each planted phrase
  ranks first in its group, in the file's language.
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


def ranking(rows):
    count = {g: {} for g in GROUPS}
    docs = {g: {} for g in GROUPS}
    comments = {g: 0 for g in GROUPS}
    total = {g: 0 for g in GROUPS}
    for score, text in rows:
        g = group_of(score)
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


if __name__ == "__main__":
    main()
