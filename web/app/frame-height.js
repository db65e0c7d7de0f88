// The framed calculator (index.html?embed=1) tells the page around it how tall
// it is, so the iframe can fit its content instead of cutting the result off.
// The host's part is embed-snippet.js#resizeScript. Only the height is sent,
// never the numbers; '*' as target is therefore harmless, and needed, since
// the host's origin is not known here.
export const FRAME_HEIGHT_MESSAGE = 'polso-height';

export function reportHeight(win = window) {
  if (win.parent === win) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(win.document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: FRAME_HEIGHT_MESSAGE, height }, '*');
  };
  new win.ResizeObserver(post).observe(win.document.body);
  post();
}
