#!/usr/bin/env python3
"""Reference figures for counts_small.csv (a conversations-counts file),
computed by hand-written rules with the Python standard library only, no
Polso code; writes counts_small.expected.json beside it for
tests/core/datasets/conversations_counts_report_test.cpp. The rules are those
of docs/datasets.md (conversations-counts):
  - the bucket edges: 0..20 by the second, then each the one before times 1.1
    rounded up, to the first past a year, plus 300 and 7200;
  - a bucket with upper edge b and previous edge a holds the whole seconds
    a+1..b; its k durations are read as 2(a+1)b/(a+1+b) each (0 for edge 0);
  - median and p90: type 7 (linear interpolation) on those values;
  - mean = the sum of sum_seconds / the sum of counts;
  - within target: durations <= 300 s for chat channels (WhatsApp),
    <= 7200 s for e-mail;
  - FCR = fcr_first_contact / fcr_resolved, self-service = self_served /
    conversations, CSAT = csat_satisfied / csat_responses (percent).
Run: python3 tests/data/conversations/counts_reference.py
"""
import csv, json, math, os

HERE = os.path.dirname(os.path.abspath(__file__))

edges = list(range(21))
while edges[-1] < 365 * 86400:
    edges.append(math.ceil(edges[-1] * 1.1))
edges = sorted(edges + [300, 7200])


def representative(edge):
    i = edges.index(edge)
    if i == 0:
        return 0.0
    a, b = edges[i - 1] + 1, edge
    return 2 * a * b / (a + b)


def type7(values, p):
    v = sorted(values)
    h = (len(v) - 1) * p
    lo = math.floor(h)
    return v[lo] if lo + 1 >= len(v) else v[lo] + (h - lo) * (v[lo + 1] - v[lo])


TARGET = {'WhatsApp': 300, 'Email': 7200}
groups = {}
for row in csv.DictReader(open(os.path.join(HERE, 'counts_small.csv'), newline='')):
    for key in ('', row['channel']):
        g = groups.setdefault(key, {'counts': {}, 'first_response': [], 'resolution': [], 'sums': {}, 'within': 0, 'with': 0})
        m, n = row['measure'], int(row['count'])
        if m in ('first_response', 'resolution'):
            g[m] += [representative(int(row['up_to_seconds']))] * n
            g['sums'][m] = g['sums'].get(m, 0) + int(row['sum_seconds'])
            if m == 'first_response':
                t = TARGET[row['channel']]
                g['with'] += n
                if int(row['up_to_seconds']) <= t:
                    g['within'] += n
        else:
            g['counts'][m] = g['counts'].get(m, 0) + n

out = {'edges': len(edges), 'worst_error': max((b - a - 1) / (b + a + 1) for a, b in zip(edges, edges[1:])), 'groups': {}}
for key, g in groups.items():
    c = g['counts']
    fig = {'conversations': c['conversations'], 'unanswered': c['conversations'] - c['answered'],
           'resolved': c['resolved'],
           'fcr': 100 * c['fcr_first_contact'] / c['fcr_resolved'],
           'self_service': 100 * c['self_served'] / c['conversations'],
           'csat': 100 * c['csat_satisfied'] / c['csat_responses']}
    for m in ('first_response', 'resolution'):
        v = g[m]
        fig[m] = {'n': len(v), 'mean': g['sums'][m] / len(v), 'median': type7(v, 0.5), 'p90': type7(v, 0.9)}
    fig['first_response']['within_target_pct'] = 100 * g['within'] / g['with']
    out['groups'][key or '(all)'] = fig
json.dump(out, open(os.path.join(HERE, 'counts_small.expected.json'), 'w'), indent=1, sort_keys=True)
print(json.dumps(out, indent=1, sort_keys=True))
