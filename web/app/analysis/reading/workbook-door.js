// The page's door for workbooks (.xlsx, .xlsm, .ods), used by the analysis
// runner: it reads the byte ranges the core asks for, inflates zip entries with
// the platform's DecompressionStream('deflate-raw') (no library, no bytes in
// the embed), and feeds the inflated chunks to the core's WorkbookAnalysis
// (src/api/workbook_analysis.hpp), which reads the sheet's rows into the same
// analysis a CSV goes through. An OLE file (legacy .xls, or a password-protected
// .xlsx) is named by the core from its header and directory.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const FEED_BYTES = 1 << 20; // inflated bytes handed to the core at a time

const startsWith = (bytes, sig) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

// 'zip', 'ole' or null, from the file's first 8 bytes.
export function workbookKind(head) {
  if (startsWith(head, ZIP)) return 'zip';
  if (startsWith(head, OLE)) return 'ole';
  return null;
}

// The failure response (JSON text) for an OLE file.
export async function oleResponse({ m, file, options, readSlice }) {
  // Embind takes a Uint8Array for a std::string as raw bytes.
  const header = await readSlice(file, 0, Math.min(file.size, 512));
  const from = m.oleDirectoryOffset(header), size = m.oleDirectorySize(header);
  let directory = new Uint8Array(0);
  if (size > 0 && from < file.size) directory = await readSlice(file, from, Math.min(file.size, from + size));
  return m.oleFailure(JSON.stringify(options ?? {}), directory);
}

// Runs the workbook through the core. Returns the response (JSON text), or
// null when cancelled. onProgress({bytes, rows}) now and then; `chunkBytes` of
// compressed data are read at a time. firstLook: only the start of the sheet,
// answered as inspect() does.
export async function workbookResponse({ m, file, options, readSlice, chunkBytes, cancelled = () => false,
  onProgress = () => {}, firstLook = false }) {
  const wa = new m.WorkbookAnalysis(JSON.stringify(options ?? {}), file.size, firstLook);
  let consumed = 0; // compressed bytes read, for progress
  const put = (bytes) => { const at = wa.reserve(bytes.length); m.HEAPU8.set(bytes, at); return bytes.length; };
  const read = (offset, size) => readSlice(file, offset, Math.min(file.size, offset + size));
  const feed = (bytes) => {
    for (let i = 0; i < bytes.length; i += FEED_BYTES) {
      const failed = wa.feedReserved(put(bytes.subarray(i, i + FEED_BYTES)));
      if (failed) return failed;
    }
    return '';
  };
  const progress = () => onProgress({ bytes: consumed, rows: JSON.parse(wa.progress()).rows });

  // One entry: stored bytes as they are, deflated ones through the platform.
  async function pour() {
    const start = wa.dataOffset(), total = wa.dataSize();
    if (!wa.deflated()) {
      for (let at = 0; at < total; at += chunkBytes) {
        const bytes = await read(start + at, Math.min(chunkBytes, total - at));
        consumed += bytes.length;
        const failed = feed(bytes);
        if (failed) return failed;
        if (cancelled()) return null;
        if (wa.hasEnough()) break;
        progress();
      }
      return wa.endEntry();
    }
    const stream = new DecompressionStream('deflate-raw');
    const writer = stream.writable.getWriter(), reader = stream.readable.getReader();
    let stop = false;
    const pump = (async () => {
      for (let at = 0; at < total && !stop; at += chunkBytes) {
        const bytes = await read(start + at, Math.min(chunkBytes, total - at));
        consumed += bytes.length;
        await writer.write(bytes);
      }
      if (!stop) await writer.close();
    })();
    pump.catch(() => {}); // a damaged stream errors both sides; the size check below names it
    let failed = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        failed = feed(value);
        if (failed || cancelled() || wa.hasEnough()) break;
        progress();
      }
    } catch { /* damaged deflate data: endEntry() reports the archive as damaged */ }
    stop = true;
    reader.cancel().catch(() => {});
    writer.abort().catch(() => {});
    await pump.catch(() => {});
    if (failed) return failed;
    if (cancelled()) return null;
    return wa.endEntry();
  }

  try {
    let failed = wa.readTail(put(await read(wa.tailOffset(), wa.tailSize())));
    if (failed) return failed;
    failed = wa.readDirectory(put(await read(wa.directoryOffset(), wa.directorySize())));
    if (failed) return failed;
    while (wa.nextEntry()) {
      if (cancelled()) return null;
      failed = wa.readHeader(put(await read(wa.headerOffset(), wa.headerSize())));
      if (failed) return failed;
      failed = await pour();
      if (failed === null) return null;
      if (failed) return failed;
    }
    if (cancelled()) return null;
    progress();
    return wa.finish();
  } finally {
    wa.delete();
  }
}
