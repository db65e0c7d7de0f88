// h(tag, props, ...children): a DOM element from plain values. Text goes in
// through `text` (textContent) or as string children (text nodes), never as markup.
export function h(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k in e && typeof v !== 'string') e[k] = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c != null && c !== false) e.append(c);
  return e;
}

// User text (a segment, a period label, a column name) set among the page's
// own words keeps its direction to itself: a right-to-left override in a
// segment name must not turn "(n = 200)" into "(002 = n)". isolate() is for
// plain text (an option, an SVG <title>, a canvas); in HTML, use <bdi>.
export const isolate = (text) => `\u2068${text ?? ''}\u2069`;

// svg(name, attrs, text): an SVG element, attributes as strings, text as textContent.
const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg(name, attrs = {}, text) {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text != null) e.textContent = text;
  return e;
}

// A round step for an axis with about four ticks over `range`.
export function niceStep(range) {
  const raw = range / 4, mag = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
}

// Downloads `blob` as `filename` (an object URL, revoked once the download has started).
export function save(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url; a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
