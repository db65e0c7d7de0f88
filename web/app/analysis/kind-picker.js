// Which kind of export a file is: the "Kind of file" dropdown of <polso-analysis>.
//
// On a new file the host sends the worker the request `inspect()` returns (the
// core's inspect() of the first 64 KiB: {ok, dataset, sure, scores, dialect,
// headers, preview}) and hands the answer to `handle()`. When the core is sure,
// the picker asks for a run at once; when not, it asks the person: the dropdown
// preselected with the guess, a "looks like…" note, the first rows, and
// "Analyse as …". The dropdown stays to change the kind later.
//
// The picker never touches its host: it emits events on itself and the host
// listens —
//   polso-settings-change  detail { dataset, by: 'inspect' | 'person' }
//   polso-ask              unsure: show the question (the picker's `asking` is true)
//   polso-run              analyse now
import { t } from '../../i18n/index.js';
import { h, caveats, previewBlock, kindLabel } from './report-kit.js';
import { previewRoles } from './column-fields.js';
import { selectField } from './select-field.js';

const KINDS = ['survey', 'survey-counts', 'orders', 'orders-counts', 'conversations', 'conversations-counts'];

export class KindPicker extends EventTarget {
  constructor() {
    super();
    this.guess = null;      // the last inspect() result for the current source
    this.asking = false;    // unsure: waiting for the person to confirm the kind
    this.pending = null;    // id of the inspect request in flight
    this.seq = 0;
  }

  emit(type, detail) { this.dispatchEvent(new CustomEvent(type, { detail })); }

  // A new source: forget the last look; the inspect request to send, or null
  // for no source.
  inspect(lang) {
    this.guess = null;
    this.asking = false;
    this.pending = `inspect-${++this.seq}`;
    return { type: 'inspect', id: this.pending, options: { lang } };
  }

  // Handles the worker's `inspected`; returns false for any other message.
  handle(data) {
    if (data?.type !== 'inspected') return false;
    if (data.id !== this.pending) return true;
    this.pending = null;
    const r = data.result;
    if (!r?.ok || !KINDS.includes(r.dataset)) {
      // No first look (an unreadable head): the analysis itself will say why.
      this.emit('polso-settings-change', { dataset: 'survey', by: 'inspect' });
      this.emit('polso-run');
      return true;
    }
    this.guess = r;
    this.emit('polso-settings-change', { dataset: r.dataset, by: 'inspect' });
    if (r.sure) { this.emit('polso-run'); return true; }
    this.asking = true;
    this.emit('polso-ask');
    return true;
  }

  note(lang, kind) {
    const g = this.guess;
    if (!g?.ok) return '';
    if (kind !== g.dataset) return t(lang, 'setByYou'); // the guess no longer describes the choice
    return t(lang, g.sure ? 'ds.looksLike' : 'ds.looksLikeUnsure', { kind: t(lang, 'ds.kindNames')[g.dataset] ?? g.dataset });
  }

  question(lang, kind) { return `${t(lang, 'ds.whichKind')} ${this.note(lang, kind)}`; }

  // The kind dropdown, for the host's setup column.
  field(lang, kind) {
    const note = this.note(lang, kind);
    const field = selectField('dataset', t(lang, 'ds.kindLabel'), KINDS.map((k) => [k, kindLabel(lang, k)]), kind,
      (v) => this.emit('polso-settings-change', { dataset: v, by: 'person' }), { hint: note || null, disabled: !!this.pending });
    if (this.asking) {
      field.classList.add('asking');
      field.prepend(h('p', { class: 'question', id: 'dataset-question', text: t(lang, 'ds.whichKind') }));
      const select = field.querySelector('select');
      select.setAttribute('aria-describedby', ['dataset-question', select.getAttribute('aria-describedby')].filter(Boolean).join(' '));
      field.append(h('button', { type: 'button', id: 'dataset-run', class: 'primary',
        text: t(lang, 'ds.analyseAs', { kind: kindLabel(lang, kind) }), onclick: () => { this.asking = false; this.emit('polso-run'); } }));
    }
    return field;
  }

  // Unsure: the first rows of the file, to help choose.
  view(lang) {
    const g = this.guess;
    return h('section', { class: 'report guess', 'aria-labelledby': 'report-title' },
      h('h3', { id: 'report-title', class: 'report-title', text: t(lang, 'ds.guessTitle') }),
      // What the first look noticed (NUL bytes, not text, ragged rows) helps decide.
      caveats(lang, g.warnings),
      previewBlock(lang, g.headers ?? [], g.preview ?? [], previewRoles(lang, undefined, null)));
  }
}
