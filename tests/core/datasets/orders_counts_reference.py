#!/usr/bin/env python3
"""The hand-worked fixture of orders_counts_report_test.cpp, computed with the
standard library only from the definitions of docs/datasets.md ("Orders
counts"), not from Polso's code: five customers over four months of 2025.
  A  orders 01-10 (100), 02-05 (50), 04-20 (30): retained in Feb, back in Apr
  B  order 01-15 (80), a refund of 20 on 02-10 (a row of its own)
  C  orders 02-01 (40), 03-03 (60, status refunded: an order and its refund)
  D  a refund of 15 on 03-10, no order (refunds only)
  E  order 04-02 (25)
Prints the counts file (period, cohort rows) and the report's figures.
Run: python3 tests/core/datasets/orders_counts_reference.py"""
from datetime import date

ROWS = [  # customer, day, amount, refunded status
    ("A", date(2025, 1, 10), 100, False), ("A", date(2025, 2, 5), 50, False), ("A", date(2025, 4, 20), 30, False),
    ("B", date(2025, 1, 15), 80, False), ("B", date(2025, 2, 10), -20, True),
    ("C", date(2025, 2, 1), 40, False), ("C", date(2025, 3, 3), 60, True),
    ("D", date(2025, 3, 10), -15, True),
    ("E", date(2025, 4, 2), 25, False),
]
month = lambda d: d.year * 12 + d.month - 1
label = lambda m: f"{m // 12}-{m % 12 + 1:02d}"

orders = [(c, d, a) for c, d, a, _ in ROWS if a >= 0]
refund = lambda a, r: -a if a < 0 else (a if r else 0)
customers = sorted({c for c, *_ in ROWS})
days = {c: sorted(d for cc, d, _ in orders if cc == c) for c in customers}
revenue = {c: sum((a if a >= 0 else 0) - refund(a, r) for cc, d, a, r in ROWS if cc == c) for c in customers}
buyers = [c for c in customers if days[c]]
latest = max(d for _, d, _ in orders)
active = {m: {c for c, d, _ in orders if month(d) == m} for m in range(month(date(2025, 1, 1)), month(date(2025, 4, 1)) + 1)}

print("period,cohort,active,new,retained,reactivated,lost,orders,refunds,revenue,refund_amount,first_order,last_order,"
      "repeat_customers,lifespan_days,refund_only_customers,first_time_customers,first_time_revenue,loyal_customers,"
      "loyal_revenue,at_risk_customers,at_risk_revenue")
before = set()
for m, now in active.items():
    new = {c for c in now if month(days[c][0]) == m}
    retained = now & before
    reactivated = now - new - retained
    rows = [(c, d, a, r) for c, d, a, r in ROWS if month(d) == m]
    ods = [d for c, d, a, r in rows if a >= 0]
    loyal = {c for c in new if sum(1 for d in days[c] if (latest - d).days < 365) >= 3}
    risk = {c for c in new if (latest - days[c][-1]).days >= 90}
    once = {c for c in new if len(days[c]) == 1}
    only = {c for c in customers if not days[c] and month(min(d for cc, d, *_ in ROWS if cc == c)) == m}
    print(",".join(str(x) for x in [
        label(m), "", len(now), len(new), len(retained), len(reactivated), len(before - now),
        len(ods), sum(1 for c, d, a, r in rows if refund(a, r) > 0),
        sum((a if a >= 0 else 0) - refund(a, r) for c, d, a, r in rows), sum(refund(a, r) for c, d, a, r in rows),
        min(ods), max(ods), len(new - once), sum((days[c][-1] - days[c][0]).days + 1 for c in new), len(only),
        len(once), sum(revenue[c] for c in once), len(loyal), sum(revenue[c] for c in loyal),
        len(risk), sum(revenue[c] for c in risk)]))
    before = now
for cohort in sorted({month(days[c][0]) for c in buyers}):
    members = {c for c in buyers if month(days[c][0]) == cohort}
    for m in active:
        if m >= cohort and (members & active[m]):
            print(f"{label(m)},{label(cohort)},{len(members & active[m])},,"
                  f"{len(members & active[m] & active.get(m - 1, set()))}" + "," * 17)

n_orders, n_customers = len(orders), len(buyers)
order_revenue = sum(a for _, _, a in orders)
refund_amount = sum(refund(a, r) for _, _, a, r in ROWS)
net = order_revenue - refund_amount
first, last = min(d for _, d, _ in orders), max(d for _, d, _ in orders)
span_years = ((last - first).days + 1) / 365.25
apv = net / n_orders
frequency = n_orders / n_customers / span_years
lifespan = sum((days[c][-1] - days[c][0]).days + 1 for c in buyers) / n_customers / 365.25
months = list(active)
customer_months = sum(len(active[m]) for m in months)
start = sum(len(active[m - 1]) for m in months[1:])
lost = sum(len(active[m - 1] - active[m]) for m in months[1:])
churn = lost / start * 100
print(f"customers {n_customers} orders {n_orders} order_revenue {order_revenue} refund_amount {refund_amount} revenue {net}")
print(f"repeat_rate {sum(1 for c in buyers if len(days[c]) >= 2) / n_customers * 100!r}")
print(f"span_years {span_years!r} apv {apv!r} frequency {frequency!r} lifespan {lifespan!r}")
print(f"historical_clv {apv * frequency * lifespan!r}")
print(f"customer_months {customer_months} start {start} lost {lost} monthly_churn {churn!r}")
print(f"monthly_revenue {net / customer_months!r} predicted_clv {net / customer_months / (churn / 100)!r}")
