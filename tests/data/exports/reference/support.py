#!/usr/bin/env python3
"""Reference figures for the support (conversations) export fixtures.

Reads each CSV on its own (Python standard library only, no Polso code) with
the column layout its vendor documents, and writes <name>.expected.json beside
it for tests/api/exports_test.cpp. The rules restated here are those of
docs/datasets.md (conversations):
  - a conversation is a row whose created-at time can be read;
  - a duration the export gives (a number in the header's unit, or hh:mm:ss)
    is used; where that cell is blank, the difference of the timestamps is;
  - resolved = a resolution time is known and, when the export has a
    resolved-at column, that cell is filled (a duration beside an empty one
    is an open ticket's time so far); FCR = resolved and never reopened,
    over resolved with a known reopen count;
  - without a first-response column nothing is known of answers: answered
    and unanswered are null;
  - CSAT = satisfied / responses; scores 4-5 (of 5) or satisfied words count as
    satisfied, "Offered"/"Unoffered" are no response;
  - median and p90: type 7 (linear interpolation).
Run: python3 tests/data/exports/reference/support.py
"""
import csv, datetime as dt, json, math, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SAT = {'good', 'extremely happy', 'very happy', 'happy', 'great', 'soddisfatto', 'molto soddisfatto',
       '\U0001F60D', '\U0001F642'}
UNSAT = {'bad', 'neutral', 'unhappy', 'very unhappy', 'extremely unhappy', 'okay', 'not good', 'neutro',
         'insoddisfatto', '\U0001F610', '\U0001F621'}
NO_ANSWER = {'offered', 'unoffered', 'not offered'}

MIN, HOUR, SEC, CLOCK = 60, 3600, 1, 'clock'

# Per fixture: the vendor's columns for each role, and what Polso should say.
FIXTURES = {
    'zendesk/tickets.csv': dict(
        profile='zendesk_tickets', conversation='Id', channel='Via', agent='Assignee', created='Created at',
        resolved='Solved at', first_response_time=('First reply time in minutes', MIN),
        resolution_time=('Full resolution time in minutes', MIN), csat='Satisfaction Score', reopened='Reopens'),
    'freshdesk/tickets.csv': dict(
        profile='freshdesk_tickets', conversation='Ticket ID', channel='Source', agent='Agent', created='Created time',
        first_response='Initial response time', first_response_time=('First response time (in hrs)', HOUR),
        resolved='Resolved time', resolution_time=('Resolution time (in hrs)', HOUR), csat='Survey results'),
    'intercom/conversations.csv': dict(
        profile='intercom_conversations', conversation='Conversation ID', channel='Channel',
        agent='Teammate currently assigned', created='Conversation started at (Europe/Rome)',
        first_response='Conversation first replied at (Europe/Rome)',
        first_response_time=('First response time (seconds)', SEC),
        resolved='Conversation last closed at (Europe/Rome)', resolution_time=('Time to close (seconds)', SEC),
        csat='Last teammate rating'),
    'hubspot/tickets.csv': dict(
        profile='hubspot_tickets', conversation='Ticket ID', channel='Source', agent='Ticket owner',
        created='Create date', resolved='Close date',
        first_response_time=('Time to first agent reply (HH:mm:ss)', CLOCK),
        resolution_time=('Time to close (HH:mm:ss)', CLOCK)),
    'helpscout/conversations.csv': dict(
        profile='helpscout_conversations', conversation='Conversation ID', channel='Type', agent='Assigned To',
        created='Created At', first_response='First Response At', resolved='Closed At', csat='Happiness Rating'),
    'gorgias/tickets.csv': dict(
        profile='gorgias_tickets', conversation='Ticket ID', channel='Channel', agent='Assignee',
        created='Created Datetime', resolved='Closed Datetime', first_response_time=('First Response Time (s)', SEC),
        resolution_time=('Resolution Time (s)', SEC), csat='Satisfaction Survey Score'),
    'trengo/tickets.csv': dict(
        profile='trengo_tickets', conversation='Ticket ID', channel='Channel', agent='Assigned to',
        created='Created at', resolved='Closed at', first_response_time=('First response time', CLOCK),
        resolution_time=('Resolution time', CLOCK), csat='CSAT', day_first=True),
    # No profile: the roles must be guessed from names and values.
    'generic/service_requests.csv': dict(
        profile=None, conversation='unique_key', channel='open_data_channel_type', created='created_date',
        resolved='closed_date'),
    'generic/tickets_italiano.csv': dict(
        profile=None, delimiter=';', decimal=',', day_first=True, conversation='ID ticket', channel='Canale',
        agent='Operatore', created='Data apertura', first_response_time=('Tempo di prima risposta (minuti)', MIN),
        resolution_time=('Tempo di risoluzione (ore)', HOUR), csat='Soddisfazione del cliente'),
    # Layouts of real files with invented values (see ../README.md).
    'generic/tickets_response_hours.csv': dict(
        profile=None, conversation='Ticket ID', agent='Agent Assigned', created='Created Date',
        resolved='Resolved Date', first_response_time=('Response Time (hours)', HOUR),
        resolution_time=('Resolution Time (hours)', HOUR), warnings=['no_response_target']),
    'generic/service_requests_no_response.csv': dict(
        profile=None, conversation='unique_key', channel='open_data_channel_type', created='created_date',
        resolved='closed_date'),
    # In Progress and Escalated tickets have a resolution_hours but no resolved_date: open.
    'generic/support_tickets_snake_case.csv': dict(
        profile=None, conversation='ticket_id', channel='channel', agent='agent', created='created_date',
        first_response_time=('first_response_minutes', MIN), resolved='resolved_date',
        resolution_time=('resolution_hours', HOUR), csat='csat_score', warnings=['open_with_resolution_time']),
    'generic/wrong_unit.csv': dict(
        profile=None, conversation='Ticket ID', channel='Channel', created='Created',
        first_response_time=('First reply time (minutes)', MIN),
        warnings=['duration_over_a_year', 'duration_implausible']),
}
ROLES = ['conversation', 'channel', 'agent', 'created', 'first_response', 'first_response_time', 'resolved',
         'resolution_time', 'csat', 'reopened']


def parse_time(s, day_first):
    s = s.strip()
    if not s:
        return None
    for fmt in ('%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M:%SZ', '%m/%d/%Y %I:%M:%S %p',
                '%Y-%m-%dT%H:%M:%S.%f', '%Y-%m-%d %H:%M:%S.%f'):
        try:
            return dt.datetime.strptime(s, fmt)
        except ValueError:
            pass
    for fmt in (('%d/%m/%Y %H:%M', '%d-%m-%Y %H:%M:%S') if day_first else ()):
        try:
            return dt.datetime.strptime(s, fmt)
        except ValueError:
            pass
    raise ValueError('unreadable time ' + s)


def parse_duration(s, unit, decimal):
    s = s.strip()
    if not s:
        return None
    if ':' in s:
        h, m, sec = s.split(':')
        assert unit == CLOCK or '.' not in s
        return int(h) * 3600 + int(m) * 60 + int(sec)
    assert unit != CLOCK
    return round(float(s.replace(decimal, '.')) * unit)


def quantile7(xs, p):
    xs = sorted(xs)
    h = (len(xs) - 1) * p
    lo = math.floor(h)
    return xs[lo] + (h - lo) * (xs[min(lo + 1, len(xs) - 1)] - xs[lo])


def csat_of(cell):
    c = cell.strip()
    if not c:
        return None
    if c.replace('.', '', 1).isdigit() and float(c).is_integer():  # "4" or "4.0"
        return 'sat' if float(c) >= 4 else 'unsat'
    c = c.lower()
    if c in NO_ANSWER:
        return None
    if c in SAT:
        return 'sat'
    if c in UNSAT:
        return 'unsat'
    raise ValueError('unknown satisfaction word ' + cell)


def reference(name, cfg):
    with open(os.path.join(ROOT, name), newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f, delimiter=cfg.get('delimiter', ',')))
    day_first, decimal = cfg.get('day_first', False), cfg.get('decimal', '.')
    n = 0
    frts, rts, channels = [], [], {}
    fcr_known = fcr_yes = sat = responses = 0
    for r in rows:
        created = parse_time(r[cfg['created']], day_first)
        if created is None:
            continue
        n += 1

        def elapsed(duration_key, time_key):
            if duration_key in cfg:
                header, unit = cfg[duration_key]
                d = parse_duration(r[header], unit, decimal)
                if d is not None:
                    return d
            if time_key in cfg:
                t = parse_time(r[cfg[time_key]], day_first)
                if t is not None:
                    return int((t - created).total_seconds())
            return None

        frt = elapsed('first_response_time', 'first_response')
        rt = elapsed('resolution_time', 'resolved')
        if 'resolved' in cfg and not r[cfg['resolved']].strip():
            rt = None
        if frt is not None:
            frts.append(frt)
        if rt is not None:
            rts.append(rt)
            if 'reopened' in cfg:
                fcr_known += 1
                fcr_yes += int(r[cfg['reopened']]) == 0
        if 'channel' in cfg:
            ch = r[cfg['channel']].strip() or '(blank)'
            channels[ch] = channels.get(ch, 0) + 1
        if 'csat' in cfg:
            v = csat_of(r[cfg['csat']])
            if v:
                responses += 1
                sat += v == 'sat'

    expect = {'ok': True, 'dataset': 'conversations', 'detected.dataset': 'conversations',
              'summary.conversations': n, 'summary.resolved': len(rts),
              'summary.answered': len(frts) if 'first_response' in cfg or 'first_response_time' in cfg else None}
    absent = []
    if cfg['profile']:
        expect['profile.id'] = cfg['profile']
    else:
        absent.append('profile')
    for role in ROLES:
        v = cfg.get(role)
        if v is None:
            absent.append('columns.' + role)
        else:
            expect['columns.' + role] = v[0] if isinstance(v, tuple) else v
    for key, xs in (('first_response', frts), ('resolution', rts)):
        if xs:
            expect[f'summary.{key}.n'] = len(xs)
            expect[f'summary.{key}.median'] = quantile7(xs, 0.5)
            expect[f'summary.{key}.p90'] = round(quantile7(xs, 0.9), 3)
        else:
            absent.append(f'summary.{key}')
    if fcr_known:
        expect['summary.fcr.value'] = fcr_yes * 100 / fcr_known
    else:
        absent.append('summary.fcr')
    if responses:
        expect['summary.csat.value'] = sat * 100 / responses
        expect['summary.csat.n'] = responses
    else:
        absent.append('summary.csat')
    for i, ch in enumerate(sorted(channels)):
        expect[f'channels.{i}.channel'] = ch
        expect[f'channels.{i}.conversations'] = channels[ch]
    for i, code in enumerate(cfg.get('warnings', [])):
        expect[f'warnings.{i}.code'] = code
    absent.append(f"warnings.{len(cfg.get('warnings', []))}")
    return {'options': {'dataset': 'auto'}, 'expect': expect, 'expect_absent': absent}


def main():
    for name, cfg in FIXTURES.items():
        spec = reference(name, cfg)
        out = os.path.join(ROOT, name[:-4] + '.expected.json')
        with open(out, 'w', encoding='utf-8') as f:
            json.dump(spec, f, indent=1, ensure_ascii=False)
            f.write('\n')
        print(out, spec['expect']['summary.conversations'])


if __name__ == '__main__':
    sys.exit(main())
