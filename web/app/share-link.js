// The address "Copy share link" copies. On the web, the page's own address
// (the state is in the fragment). From the offline file (file://) that address
// opens only on this computer, so the hosted app's address is used instead when
// the build was given one (POLSO_PUBLIC_URL, docs/embedding.md), else the file's
// address is copied and the page says plainly where it works.
//   → { url, local: true when the link works only on this computer, base }
export function shareLink(href, publicBase = '') {
  const here = new URL(href);
  if (here.protocol !== 'file:') return { url: here.href, local: false, base: new URL('.', here).href };
  if (!publicBase) return { url: here.href, local: true, base: new URL('.', here).href };
  const base = new URL(publicBase.endsWith('/') ? publicBase : `${publicBase}/`);
  return { url: `${base.href}${here.hash}`, local: false, base: base.href };
}
