#!/usr/bin/env python3
"""Expected figures for the survey fixtures in tests/data/exports/, computed
independently of Polso (Python standard library only).

Each fixture below names, as a person reading the export would, which column
holds the answers, which holds the date and how the dates are written. The
script reads the CSV itself and writes <name>.expected.json beside it.

Semantics (METRICS.md, issue 15):
- an answer is a whole number 0..10, possibly written "10.0" / "9,0", or
  followed by the label a survey tool writes ("10 - Extremely likely",
  "0 = Per niente probabile"); anything else is not an answer;
- a row whose date cell is empty is not counted (the date is its period);
- NPS = % answers 9-10 minus % answers 0-6; CSAT = % answers in the top two
  boxes (4-5 on 1-5, 9-10 on 1-10); CES = mean answer;
- periods are calendar months, "YYYY-MM", in order.
Run: python3 tests/data/exports/reference/surveys.py
"""
import csv
import json
import os
import re
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ANSWER = re.compile(r"^(\d{1,2})(?:[.,]0{1,2})?(?:\s*(?:-|=|\(|:|\u2013|\u2014)\s*[^\W\d_].*)?$")

FIXTURES = [
    {"file": "surveymonkey/nps_two_header_rows.csv", "header_rows": 2, "profile": "surveymonkey",
     "score": 9, "score_name": "How likely is it that you would recommend Acme Coffee to a friend or colleague? - Response",
     "date": 3, "date_format": "%m/%d/%Y %I:%M:%S %p", "metric": "nps", "metric_from": "column"},
    {"file": "qualtrics/csat_three_header_rows.csv", "header_rows": 3, "profile": "qualtrics",
     "score": 17, "score_name": "Q1 - Overall, how satisfied were you with your visit today?",
     "date": 7, "date_format": "%Y-%m-%d %H:%M:%S", "metric": "csat", "scale": 5, "metric_from": "column"},
    {"file": "typeform/nps.csv", "profile": "typeform",
     "score": 1, "score_name": "On a scale from 0 to 10, how likely are you to recommend Lumen Studio to a friend?",
     "date": 5, "date_format": "%Y-%m-%d %H:%M:%S", "metric": "nps", "metric_from": "column"},
    # French Google Forms: every day is 12 or less, so only "Horodateur" says day first.
    {"file": "google_forms/fr_horodateur.csv", "profile": "google_forms",
     "score": 1, "score_name": "Quelle est la probabilité que vous recommandiez notre boutique à un ami ?",
     "date": 0, "date_format": "%d/%m/%Y %H:%M:%S", "metric": "nps", "metric_from": "column", "date_order": "dmy"},
    {"file": "google_forms/it_marca_temporale.csv", "profile": "google_forms",
     "score": 2, "score_name": "Quanto sei soddisfatto del servizio ricevuto?",
     "date": 0, "date_format": "%d/%m/%Y %H:%M:%S", "metric": "csat", "scale": 5, "metric_from": "column"},
    # The overall 1-10 rating, not the 1-5 delivery sub-rating; the US timestamp is not a score.
    {"file": "google_forms/en_overall_rating.csv", "profile": "google_forms",
     "score": 2, "score_name": "How would you rate your overall experience? (overall_rating)",
     "date": 0, "date_format": "%m/%d/%Y %H:%M:%S", "metric": "csat", "scale": 10, "metric_from": "column"},
    {"file": "microsoft_forms/csat.csv", "profile": "microsoft_forms",
     "score": 6, "score_name": "How satisfied are you with our support team?",
     "date": 2, "date_format": "%m/%d/%y %H:%M:%S", "metric": "csat", "scale": 5, "metric_from": "column"},
    {"file": "jotform/nps.csv", "profile": "jotform",
     "score": 2, "score_name": "How likely are you to recommend us to a friend?",
     "date": 0, "date_format": "%Y-%m-%d %H:%M:%S", "metric": "nps", "metric_from": "column"},
    {"file": "limesurvey/ces_full_headings.csv", "profile": "limesurvey",
     "score": 7, "score_name": "How easy was it to solve your problem today?",
     "date": 1, "date_format": "%Y-%m-%d %H:%M:%S", "metric": "ces", "scale": 7, "metric_from": "column"},
    {"file": "delighted/nps.csv", "profile": "delighted",
     "score": 3, "score_name": "Score",
     "date": 6, "date_format": "%Y-%m-%d %H:%M:%S", "metric": "nps", "metric_from": "column",
     "comment_name": "Comment"},
    # No profile: Italian words say day first; labels and "9,0" are answers.
    {"file": "generic_surveys/it_labels_semicolon.csv", "delimiter": ";", "profile": None,
     "score": 1, "score_name": "Quanto è probabile che ci consiglieresti a un amico? (0-10)",
     "date": 0, "date_format": "%d/%m/%Y", "metric": "nps", "metric_from": "column", "date_order": "dmy"},
    # A column literally named "nps" beside "satisfaction".
    {"file": "generic_surveys/nps_beside_satisfaction.csv", "profile": None,
     "score": 3, "score_name": "nps", "date": 0, "date_format": "%Y-%m-%d", "metric": "nps", "metric_from": "column"},
    # NPS asked of a 1-5 column: refused, naming the scale found.
    {"file": "generic_surveys/nps_on_one_to_five.csv", "profile": None, "score": 1, "options": {"metric": "nps"},
     "refuse": "scale_mismatch"},
]


def answer(cell):
    m = ANSWER.match(cell.strip())
    return int(m.group(1)) if m else None


def value(metric, scale, answers):
    n = len(answers)
    if metric == "nps":
        return (sum(a >= 9 for a in answers) - sum(a <= 6 for a in answers)) * 100.0 / n
    if metric == "csat":
        top = 4 if scale == 5 else 9
        return sum(a >= top for a in answers) * 100.0 / n
    return sum(answers) / n


def expected(f):
    path = os.path.join(ROOT, f["file"])
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter=f.get("delimiter", ",")))
    data = [r for r in rows[f.get("header_rows", 1):] if any(c.strip() for c in r)]
    options = {"dataset": "auto", "lang": "en"}
    options.update(f.get("options", {}))
    if "refuse" in f:
        answers = [a for a in (answer(r[f["score"]]) for r in data) if a is not None]
        assert len(answers) >= 10 and max(answers) <= 5, "the column must be a 1-5 scale with enough answers"
        return {"options": options, "expect": {"ok": False, "error.code": f["refuse"]}}
    metric, scale = f["metric"], f.get("scale", 10)
    low = 1 if metric == "ces" else 0
    answers, months = [], {}
    for r in data:
        a = answer(r[f["score"]])
        if a is None or a < low or a > scale:
            continue
        cell = r[f["date"]].strip()
        if not cell:
            continue
        month = datetime.strptime(cell, f["date_format"]).strftime("%Y-%m")
        answers.append(a)
        months.setdefault(month, []).append(a)
    expect = {"ok": True, "metric": metric, "value": value(metric, scale, answers), "n": len(answers),
              "metric_from": f["metric_from"], "columns.score": f["score_name"],
              "profile.id": f["profile"]}
    if "comment_name" in f:  # the free-text answers (issue 17)
        expect["columns.comment"] = f["comment_name"]
        expect["comments.column"] = f["comment_name"]
    if metric != "nps":
        expect["scale.highest"] = scale
    if "date_order" in f:
        expect["dialect.date_order"] = f["date_order"]
    for i, month in enumerate(sorted(months)):
        expect[f"periods.{i}.period"] = month
        expect[f"periods.{i}.n"] = len(months[month])
        expect[f"periods.{i}.value"] = value(metric, scale, months[month])
    out = {"options": options, "expect": expect}
    if f["profile"] is None:
        del expect["profile.id"]
        out["expect_absent"] = ["profile"]
    return out


def main():
    for f in FIXTURES:
        target = os.path.join(ROOT, f["file"][: -len(".csv")] + ".expected.json")
        with open(target, "w", encoding="utf-8") as out:
            json.dump(expected(f), out, indent=1, ensure_ascii=False)
            out.write("\n")
        print("wrote", os.path.relpath(target, ROOT))


if __name__ == "__main__":
    main()
