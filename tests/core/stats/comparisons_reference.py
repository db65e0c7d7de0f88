#!/usr/bin/env python3
"""Independent values for comparisons_test.cpp and planning_test.cpp, computed
with the standard library only (statistics.NormalDist) and written from the
published recipes, not from Polso's code:
  - NPS difference, adjusted Wald (Sauro & Lewis, "Quantifying the User
    Experience", ch. 5; MeasuringU "comparing two NPS"): add 3 to n, 0.75 to
    promoters and detractors; centre = NPS'_B - NPS'_A;
  - Newcombe (1998) method 10, and its p-value by inverting it in z;
  - Wilson / adjusted-Wald sample sizes by scanning n upward one at a time.
Run: python3 tests/core/stats/comparisons_reference.py"""
from math import sqrt
from statistics import NormalDist

N = NormalDist()
def zcrit(level): return N.inv_cdf(0.5 + level / 2)

def nps_adjusted(p, m, d, added=3.0):
    n = p + m + d + added
    pp, dd = (p + added / 4) / n, (d + added / 4) / n
    return 100 * (pp - dd), pp + dd - (pp - dd) ** 2, n

def compare_nps(a, b, level=0.95):
    sa, va, na = nps_adjusted(*a); sb, vb, nb = nps_adjusted(*b)
    se = 100 * sqrt(va / na + vb / nb)
    centre = sb - sa
    observed = 100 * (b[0] - b[2]) / sum(b) - 100 * (a[0] - a[2]) / sum(a)
    half = zcrit(level) * se
    z = centre / se
    same = (centre > 0 and observed > 0) or (centre < 0 and observed < 0)
    p = 2 * (1 - N.cdf(abs(z))) if same else 1.0
    return dict(z=z, p=p, low=min(centre - half, observed), high=max(centre + half, observed))

def wilson(s, n, z):
    p = s / n
    den = 1 + z * z / n
    c = (p + z * z / (2 * n)) / den
    h = z / den * sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (0.0 if s == 0 else max(0, c - h)), (1.0 if s == n else min(1, c + h))

def newcombe(sa, na, sb, nb, z):
    pa, pb = sa / na, sb / nb
    la, ua = wilson(sa, na, z); lb, ub = wilson(sb, nb, z)
    d = pb - pa
    return d - sqrt((pb - lb) ** 2 + (ua - pa) ** 2), d + sqrt((ub - pb) ** 2 + (pa - la) ** 2)

def newcombe_p(sa, na, sb, nb):
    d = sb / nb - sa / na
    if d == 0: return 1.0, 0.0
    lo, hi = 0.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        l, h = newcombe(sa, na, sb, nb, mid)
        crosses = l <= 0 if d > 0 else h >= 0
        lo, hi = (lo, mid) if crosses else (mid, hi)
    return 2 * (1 - N.cdf(hi)), hi

def plan_share(pct, margin, level=0.95):
    z, p, m = zcrit(level), pct / 100, margin / 100
    n = 1
    while z * sqrt(p * (1 - p) * n + z * z / 4) / (n + z * z) > m: n += 1
    wald = max(1, -(-(z * z * p * (1 - p) / (m * m) * (1 - 1e-12)) // 1))
    return max(n, int(wald))

def plan_nps(pp, dp, margin, level=0.95):
    z, p, d, m = zcrit(level), pp / 100, dp / 100, margin / 100
    n = 1
    while True:
        na = n + 3; a = (p * n + .75) / na; b = (d * n + .75) / na
        if z * sqrt((a + b - (a - b) ** 2) / na) <= m: break
        n += 1
    wald = max(1, -(-(z * z * (p + d - (p - d) ** 2) / (m * m) * (1 - 1e-12)) // 1))
    return max(n, int(wald))

if __name__ == "__main__":
    print("nps 30/10/10 vs 50/20/10:", compare_nps((30, 10, 10), (50, 20, 10)))
    print("nps 500/320/180 vs 550/310/140:", compare_nps((500, 320, 180), (550, 310, 140)))
    print("nps 0/0/1 vs 3/0/0:", compare_nps((0, 0, 1), (3, 0, 0)))
    print("newcombe 48/80 vs 56/70 (95%):", [100 * x for x in newcombe(48, 80, 56, 70, zcrit(.95))],
          newcombe_p(48, 80, 56, 70))
    print("newcombe csat 64/68 vs 233/274:", [100 * x for x in newcombe(64, 68, 233, 274, zcrit(.95))],
          newcombe_p(64, 68, 233, 274))
    print("newcombe 400/500 vs 450/500:", newcombe_p(400, 500, 450, 500))
    for args in [(0, 5), (100, 5), (50, 5), (50, 3), (10, 5)]: print("plan share", args, plan_share(*args))
    print("plan share 30/4 at 90%", plan_share(30, 4, 0.90))
    for args in [(100, 0, 5), (0, 100, 5), (0, 0, 5), (50, 20, 5), (50, 50, 5)]: print("plan nps", args, plan_nps(*args))
