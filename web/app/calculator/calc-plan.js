// "How many answers do I need?" (NPS and shares) and, for NPS, "How many more
// promoters to reach a target?": two small forms under a calculator, answered
// by the core's plan requests ({"plan":"sample_size"…}, {"plan":"promoters_needed"…}).
import { t } from '../../i18n/index.js';
import { parse } from '../shared/numbers.js';
import { h } from '../shared/dom.js';

// memory: an object that keeps what was typed across re-renders.
// getCounts(): { promoters, passives, detractors } of the current result, or null.
// The fields, their labels and help come from the catalogue's `plan` for the
// metric (its estimand decides which plan and which inputs).
export function planPanel({ lang, metric, polso, confidence, getCounts, memory }) {
  const { sample_size: sizePlan, promoters_needed: promotersPlan } = metric.plan;
  const level = confidence / 100;
  const fields = sizePlan.inputs.map((i) => [i.name, i.label[lang]]);
  const out = h('p', { class: 'plan-result', id: 'plan-result', role: 'status' });
  const controls = new Map();
  const input = (prefix, name, label, mem) => {
    const id = `${prefix}-${name}`;
    const control = h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false' });
    control.value = mem[name] ?? '';
    return [h('div', { class: 'field' }, h('label', { for: id, text: label }), control), control];
  };
  memory.size ??= {};
  memory.promoters ??= {};

  const runSize = () => {
    const inputs = {};
    for (const [name] of fields) {
      const raw = controls.get(name).value.trim();
      memory.size[name] = raw;
      if (raw === '') continue;
      inputs[name] = parse(lang, raw);
    }
    out.classList.remove('error');
    if (!('margin' in inputs)) { out.textContent = ''; return; }
    const r = polso.evaluate({ plan: 'sample_size', metric: metric.id, inputs, options: { lang, confidence: level } });
    out.textContent = r.ok ? r.explanation : r.error?.message ?? '';
    out.classList.toggle('error', !r.ok);
    out.dataset.n = r.ok ? String(r.n) : '';
  };
  const sizeForm = h('form', { class: 'plan-form', novalidate: true, onsubmit: (e) => { e.preventDefault(); runSize(); } },
    h('p', { class: 'hint', text: sizePlan.help[lang] }),
    h('div', { class: 'plan-fields' }, fields.map(([name, label]) => {
      const [wrap, control] = input('plan', name, label, memory.size);
      controls.set(name, control);
      control.addEventListener('input', runSize);
      return wrap;
    })),
    h('button', { type: 'submit', id: 'plan-run', text: t(lang, 'planRun') }), out);
  const size = h('details', { class: 'plan', id: 'plan-size', open: memory.sizeOpen || null, ontoggle: (e) => { memory.sizeOpen = e.target.open; } },
    h('summary', { text: t(lang, 'planTitle') }), sizeForm);
  runSize();

  let promoters = null, runPromoters = () => {};
  if (promotersPlan) {
    const pout = h('p', { class: 'plan-result', id: 'promoters-result', role: 'status' });
    const [targetSpec] = promotersPlan.inputs;
    const [wrap, target] = input('plan', targetSpec.name, targetSpec.label[lang], memory.promoters);
    runPromoters = () => {
      const raw = target.value.trim();
      memory.promoters.target = raw;
      pout.classList.remove('error');
      if (raw === '') { pout.textContent = ''; return; }
      const counts = getCounts();
      if (!counts) { pout.textContent = t(lang, 'promotersNeedCounts'); return; }
      const r = polso.evaluate({ plan: 'promoters_needed', inputs: { ...counts, target: parse(lang, raw) }, options: { lang } });
      pout.textContent = r.ok ? r.explanation : r.error?.message ?? '';
      pout.classList.toggle('error', !r.ok);
      pout.dataset.n = r.ok ? String(r.additional_promoters) : '';
    };
    target.addEventListener('input', runPromoters);
    promoters = h('details', { class: 'plan', id: 'plan-promoters', open: memory.promotersOpen || null,
      ontoggle: (e) => { memory.promotersOpen = e.target.open; } },
    h('summary', { text: t(lang, 'promotersTitle') }),
    h('form', { class: 'plan-form', novalidate: true, onsubmit: (e) => { e.preventDefault(); runPromoters(); } },
      h('p', { class: 'hint', text: t(lang, 'promotersHelp') }),
      h('div', { class: 'plan-fields' }, wrap),
      h('button', { type: 'submit', id: 'promoters-run', text: t(lang, 'planRun') }), pout));
    runPromoters();
  }
  return { el: h('div', { class: 'plans' }, size, promoters), update: () => runPromoters() };
}
