#!/usr/bin/env python3
"""Expected figures for the orders fixtures in tests/data/exports/, computed
independently of Polso (Python standard library only).

Each fixture below names, as a person reading the vendor's documentation
would, which column holds each role, what the status words mean and what an
order's amount is made of. The script reads the CSV itself, groups the rows
by order id and writes <name>.expected.json beside the CSV.

Semantics (issue 15):
- rows are grouped by order id (a row without an id is an order of its own);
  an order's customer, day and status are those of its first row that has them;
- an order is not counted when its status means not paid (failed, voided,
  pending, cancelled…): all its rows are skipped as "not_paid";
- amount = the order's total (first non-empty), else Σ quantity × unit price,
  else Σ line amounts; negative lines are refunds (credit notes);
- a refund column's first non-zero value is refunded; without one, an
  "Adjusted Order Total" (Etsy) below the order's total refunds the
  difference; a "refunded" status
  without one refunds the whole order; an order counts one refund at most;
- revenue = Σ order amounts − Σ refunds; average purchase value = revenue / orders;
- a payments ledger with a transaction type (PayPal): a row is a sale only when
  its type is one of the fixture's sale types and its amount is positive, a
  refund only when its type is a refund type and its amount is negative, and
  never when its balance impact is "Memo"; every other row (withdrawals,
  holds, authorizations, invoices sent, card spending) is "not_a_sale"
  (a status meaning not paid is reported first, as "not_paid");
- with a currency column holding more than one currency the figures add
  different money, and the report must warn "mixed_currencies".
Run: python3 tests/data/exports/reference/orders.py
"""
import csv
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NOT_PAID = {"annulée", "échouée", "en attente de paiement", "fehlgeschlagen", "failed", "voided", "void", "declined", "denied", "pending", "cancelled", "canceled", "expired",
            "on-hold", "annullato", "fallito", "in attesa di pagamento", "in attesa", "payment error",
            "errore di pagamento", "awaiting bank wire payment", "awaiting check payment",
            "in attesa di pagamento con bonifico bancario", "echoue", "échoué", "annulé", "annule", "en attente",
            "storniert", "fehlgeschlagen", "cancelado", "pendiente", "pendente", "reversed"}
REFUNDED = {"refunded", "rimborsato", "remboursé", "remboursée", "reembolsado", "erstattet"}

FIXTURES = [
    {"file": "shopify/orders_export.csv", "profile": "shopify_orders", "delimiter": ",",
     "roles": {"order": "Name", "customer": "Email", "date": "Created at", "amount": "Total",
               "quantity": "Lineitem quantity", "unit_price": "Lineitem price", "status": "Financial Status",
               "refund_amount": "Refunded Amount", "channel": "Source"},
     "revenue_from": "order_total", "decimal": "."},
    {"file": "woocommerce/orders_default.csv", "profile": "woocommerce_orders", "delimiter": ",",
     "roles": {"order": "order_number", "customer": "billing_email", "date": "order_date", "amount": "order_total",
               "status": "status", "refund_amount": "refunded_total"},
     "revenue_from": "order_total", "decimal": "."},
    {"file": "woocommerce/ordini_italiano.csv", "profile": "woocommerce_orders_it", "delimiter": ";",
     "roles": {"order": "Numero ordine", "customer": "E-mail (fatturazione)", "date": "Data ordine",
               "amount": "Totale ordine", "status": "Stato ordine", "refund_amount": "Importo rimborsato"},
     "revenue_from": "order_total", "decimal": ","},
    {"file": "prestashop/orders.csv", "profile": "prestashop_orders", "delimiter": ";",
     "roles": {"order": "Reference", "customer": "Customer", "date": "Date", "amount": "Total", "status": "Status"},
     "revenue_from": "order_total", "decimal": "."},
    {"file": "stripe/unified_payments.csv", "profile": "stripe_payments", "delimiter": ",",
     "roles": {"order": "id", "customer": "Customer Email", "date": "Created (UTC)", "amount": "Amount",
               "status": "Status", "refund_amount": "Amount Refunded"},
     "revenue_from": "order_total", "decimal": "."},
    {"file": "paypal/activity_download.csv", "profile": "paypal_activity", "delimiter": ",",
     "roles": {"order": "Transaction ID", "customer": "Name", "date": "Date", "amount": "Gross",
               "status": "Status"},
     # The refunded payment keeps its money: the refund is its own negative row.
     "refunded_is_paid": True,
     "revenue_from": "order_total", "decimal": "."},
    {"file": "square/transactions.csv", "profile": "square_transactions", "delimiter": ",",
     "roles": {"order": "Transaction ID", "customer": "Customer ID", "date": "Date", "amount": "Total Collected",
               "channel": "Source"},
     "revenue_from": "order_total", "decimal": "."},
    {"file": "etsy/EtsySoldOrders.csv", "profile": "etsy_sold_orders", "delimiter": ",",
     "roles": {"order": "Order ID", "customer": "Buyer User ID", "date": "Sale Date", "amount": "Order Total",
               "status": "Status"},
     "adjusted_total": "Adjusted Order Total",
     "revenue_from": "order_total", "decimal": "."},
    {"file": "etsy/EtsySoldOrderItems.csv", "profile": "etsy_sold_order_items", "delimiter": ",",
     "roles": {"order": "Order ID", "customer": "Buyer", "date": "Sale Date", "quantity": "Quantity",
               "unit_price": "Price"},
     "revenue_from": "quantity_x_unit_price", "decimal": "."},
    {"file": "invoice_ledger/online_retail.csv", "profile": "invoice_ledger", "delimiter": ",",
     "roles": {"order": "InvoiceNo", "customer": "CustomerID", "date": "InvoiceDate", "quantity": "Quantity",
               "unit_price": "UnitPrice"},
     "revenue_from": "quantity_x_unit_price", "decimal": "."},
    # Layouts of real exports with invented values (see ../README.md).
    {"file": "shopify/orders_export_lines.csv", "profile": "shopify_orders", "delimiter": ",",
     "roles": {"order": "Name", "customer": "Email", "date": "Created at", "amount": "Total",
               "quantity": "Lineitem quantity", "unit_price": "Lineitem price", "status": "Financial Status",
               "refund_amount": "Refunded Amount", "channel": "Source"},
     "revenue_from": "order_total", "decimal": "."},
    {"file": "paypal/activity_business.csv", "profile": "paypal_activity", "delimiter": ",",
     "roles": {"order": "Transaction ID", "customer": "Name", "date": "Date", "amount": "Gross",
               "status": "Status", "type": "Type"},
     "refunded_is_paid": True,
     "sale_types": {"Website Payment", "PayPal Here Payment", "Mobile Payment", "Express Checkout Payment"},
     "refund_types": {"Payment Refund"}, "memo_column": "Balance Impact",
     "revenue_from": "order_total", "decimal": "."},
    {"file": "stripe/payments_chosen_columns.csv", "profile": None, "delimiter": ";",
     "roles": {"order": "Invoice Number", "customer": "Customer ID", "date": "Created date (UTC)",
               "amount": "Amount", "status": "Status", "channel": "Payment Source Type"},
     "currency": "Currency", "revenue_from": "order_total", "decimal": "."},
    # No profile: the columns must be found by name and values.
    {"file": "orders_generic/commandes_fr.csv", "profile": None, "delimiter": ";",
     "roles": {"order": "N° de commande", "customer": "Courriel", "date": "Date de commande",
               "amount": "Montant total", "status": "Statut", "refund_amount": "Montant remboursé"},
     "revenue_from": "order_total", "decimal": ","},
    {"file": "orders_generic/bestellpositionen_de.csv", "profile": None, "delimiter": ";",
     "roles": {"order": "Bestellnummer", "customer": "Kundennummer", "date": "Bestelldatum", "quantity": "Menge",
               "unit_price": "Einzelpreis", "status": "Zahlungsstatus"},
     "revenue_from": "quantity_x_unit_price", "decimal": ","},
    {"file": "orders_generic/line_amounts.csv", "profile": None, "delimiter": ",",
     "roles": {"order": "order_no", "customer": "client", "date": "day", "amount": "line_total"},
     "revenue_from": "line_amounts", "decimal": "."},
]


def money(cell, decimal):
    s = (cell or "").strip()
    if not s:
        return None
    s = re.sub(r"[€$£]|\b[A-Z]{3}\b", "", s).strip()
    s = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", s)
    neg = s.startswith("-")
    s = s.lstrip("-+").strip()
    if decimal == ",":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    v = float(s)
    return -v if neg else v


def day_of(cell):
    s = (cell or "").strip()
    if not s:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return "%s-%s-%s" % m.groups()
    m = re.match(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})", s)
    if m:
        a, b, y = m.groups()
        y = int(y) + (2000 if len(y) == 2 else 0)
        return (int(a), int(b), y)  # order settled per fixture below
    raise ValueError(s)


def analyse(fx):
    path = os.path.join(ROOT, fx["file"])
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter=fx["delimiter"]))
    roles, dec = fx["roles"], fx["decimal"]
    cell = lambda r, role: (r.get(roles[role]) or "").strip() if role in roles else ""
    # Day/month order from the data: a first number above 12 means day first.
    dmy = any(isinstance(day_of(cell(r, "date")), tuple) and day_of(cell(r, "date"))[0] > 12 for r in rows)
    mdy = fx.get("mdy", False) or any(
        isinstance(day_of(cell(r, "date")), tuple) and day_of(cell(r, "date"))[1] > 12 for r in rows)
    if not dmy and not mdy and dec == ",":
        dmy = True

    def day(c):
        d = day_of(c)
        if d is None or isinstance(d, str):
            return d
        a, b, y = d
        return "%04d-%02d-%02d" % ((y, b, a) if dmy else (y, a, b))

    orders = {}  # id → dict
    order_keys = []
    skipped = {}
    for i, r in enumerate(rows):
        if "sale_types" in fx and cell(r, "status").lower() not in NOT_PAID:
            kind, gross = cell(r, "type"), money(cell(r, "amount"), dec) or 0
            sale = kind in fx["sale_types"] and gross >= 0
            refund = kind in fx["refund_types"] and gross < 0
            if (r.get(fx["memo_column"]) or "").strip() == "Memo" or not (sale or refund):
                skipped["not_a_sale"] = skipped.get("not_a_sale", 0) + 1
                continue
        oid = cell(r, "order") or ("#row%d" % i)
        if oid not in orders:
            orders[oid] = {"rows": [], "status": "", "customer": "", "day": None}
            order_keys.append(oid)
        o = orders[oid]
        o["rows"].append(r)
        o["status"] = o["status"] or cell(r, "status").lower()
        o["customer"] = o["customer"] or cell(r, "customer").lower()
        o["day"] = o["day"] or day(cell(r, "date"))
    result = {"orders": 0, "refunds": 0, "order_revenue": 0.0, "refund_amount": 0.0}
    customers = set()
    for oid in order_keys:
        o = orders[oid]
        st = o["status"]
        refunded = st in REFUNDED and not fx.get("refunded_is_paid")
        if st in NOT_PAID:
            skipped["not_paid"] = skipped.get("not_paid", 0) + len(o["rows"])
            continue
        if not o["customer"]:
            skipped["blank_customer"] = skipped.get("blank_customer", 0) + len(o["rows"])
            continue
        lines = []
        if fx["revenue_from"] == "order_total":
            totals = [money(cell(r, "amount"), dec) for r in o["rows"] if cell(r, "amount")]
            lines = totals[:1] + [t for t in totals[1:] if t < 0]
        elif fx["revenue_from"] == "quantity_x_unit_price":
            lines = [money(cell(r, "quantity"), dec) * money(cell(r, "unit_price"), dec) for r in o["rows"]]
        else:
            lines = [money(cell(r, "amount"), dec) for r in o["rows"]]
        amount = sum(v for v in lines if v >= 0)
        refund = -sum(v for v in lines if v < 0)
        told = [money(cell(r, "refund_amount"), dec) for r in o["rows"] if cell(r, "refund_amount")]
        told = [abs(v) for v in told if v]
        if not told and "adjusted_total" in fx:
            adjusted = [money(r.get(fx["adjusted_total"]), dec) for r in o["rows"] if (r.get(fx["adjusted_total"]) or "").strip()]
            if adjusted and amount - adjusted[0] > 0.005:
                told = [amount - adjusted[0]]
        if told:
            refund += told[0]
        elif refunded:
            refund += amount
        if any(v >= 0 for v in lines):
            result["orders"] += 1
            customers.add(o["customer"])
        if refund > 0:
            result["refunds"] += 1
        result["order_revenue"] += amount
        result["refund_amount"] += refund
    result["revenue"] = result["order_revenue"] - result["refund_amount"]
    result["customers"] = len(customers)
    result["average_purchase_value"] = result["revenue"] / result["orders"]
    if "currency" in fx:
        result["currencies"] = {(r.get(fx["currency"]) or "").strip().upper() for r in rows} - {""}
    return result, skipped


def main():
    for fx in FIXTURES:
        if not os.path.exists(os.path.join(ROOT, fx["file"])):
            print("missing", fx["file"])
            continue
        r, skipped = analyse(fx)
        expect = {"ok": True, "dataset": "orders", "summary.revenue_from": fx["revenue_from"]}
        for k in ("orders", "refunds", "order_revenue", "refund_amount", "revenue", "customers",
                  "average_purchase_value"):
            expect["summary." + k] = round(r[k], 10) if isinstance(r[k], float) else r[k]
        expect["profile.id"] = fx["profile"]
        for role, name in fx["roles"].items():
            expect["columns." + role] = name
        for code, n in skipped.items():
            expect["skipped_reasons.%s.count" % code] = n
        spec = {"options": {"dataset": "auto", "lang": "en"}, "expect": expect}
        if fx["profile"] is None:
            del expect["profile.id"]
            spec["expect_absent"] = ["profile"]
        if len(r.get("currencies", ())) > 1:
            expect["warnings.0.code"] = "mixed_currencies"
            spec.setdefault("expect_absent", []).append("warnings.1")
        out = os.path.join(ROOT, fx["file"][:-4] + ".expected.json")
        with open(out, "w") as f:
            json.dump(spec, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(fx["file"], {k: expect[k] for k in expect if k.startswith("summary.")})


if __name__ == "__main__":
    main()
