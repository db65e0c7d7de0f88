// A benchmark band as a chip: icon (not colour alone), the word for screen
// readers, the core's label. The calculator's result and every report use it.
import { h } from './dom.js';
import { t } from '../../i18n/index.js';

export const TONE_ICON = { good: '✓', neutral: '•', bad: '!' };

export function chip(lang, band) {
  if (!band) return null;
  return h('span', { class: `chip tone-${band.tone}` },
    h('span', { class: 'chip-icon', 'aria-hidden': 'true', text: TONE_ICON[band.tone] ?? '•' }),
    h('span', { class: 'sr-only', text: `${t(lang, 'benchmark')}: ` }),
    h('span', { class: 'chip-label', text: band.label }));
}
