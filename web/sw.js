// Service worker: after the first visit the page works offline. Precaches the
// app's files (list and version filled in by web/build.mjs, which bundles this
// file) and answers from the cache first; the network is used only for files
// not in the cache. Of the analysis wasm it caches the build this browser
// loads first (wasm-build.js): polso-simd.wasm where it has SIMD.
import { analysisWasmFiles } from './app/analysis/reading/wasm-build.js';

const VERSION = __VERSION__;
const ASSETS = __ASSETS__;

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([caches.open(VERSION), analysisWasmFiles()])
    .then(([cache, [wasm]]) => cache.addAll([...ASSETS, wasm]))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(caches.open(VERSION)
    .then((cache) => cache.match(event.request, { ignoreSearch: true }))
    .then((hit) => hit ?? fetch(event.request)));
});
