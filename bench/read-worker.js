// The physical limit in the browser: the bare read of the File in the same
// worker setup as Polso's analysis worker (dist/analysis-worker.js), with no
// parsing at all. Protocol of bench/page.js's runWorker:
//   main → worker {type:'start', file, how: 'slice' | 'stream', chunkBytes?}
//   worker → main {type:'done', bytes, elapsedMs}  |  {type:'error', error}
//   slice:  a second worker (this script, named READER) reads
//           File.slice(at, at + 4 MiB).arrayBuffer() and transfers each buffer,
//           two chunks ahead — exactly the product worker's reads;
//   stream: File.stream() read to the end in this worker.
// The last byte of every chunk is summed so no engine can skip the bytes.
const READER = 'bench-file-reader';
const READ_AHEAD = 2;

if (self.name === READER) {
  let file = null;
  self.onmessage = async ({ data }) => {
    if (data.file) file = data.file;
    const buffer = await file.slice(data.from, data.to).arrayBuffer();
    self.postMessage({ seq: data.seq, buffer }, [buffer]);
  };
} else {
  self.onmessage = async ({ data }) => {
    const t0 = performance.now();
    try {
      const { file } = data;
      const r = data.how === 'stream' ? await readStream(file) : await readSlices(file, data.chunkBytes ?? 4 * 1024 * 1024);
      self.postMessage({ type: 'done', ...r, elapsedMs: performance.now() - t0 });
    } catch (e) {
      self.postMessage({ type: 'error', error: { message: String(e?.message ?? e) } });
    }
  };
}

async function readStream(file) {
  const reader = file.stream().getReader();
  let bytes = 0, check = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    if (value.length) check += value[value.length - 1];
  }
  return { bytes, check };
}

async function readSlices(file, chunk) {
  const reader = new Worker(new URL(import.meta.url), { type: 'module', name: READER });
  const pending = new Map();
  let seq = 0, sentFile = false;
  reader.onmessage = ({ data }) => { pending.get(data.seq)(new Uint8Array(data.buffer)); pending.delete(data.seq); };
  const read = (from, to) => new Promise((ok) => {
    const msg = { seq: ++seq, from, to };
    if (!sentFile) { msg.file = file; sentFile = true; }
    pending.set(msg.seq, ok);
    reader.postMessage(msg);
  });
  const reads = [];
  let requested = 0, bytes = 0, check = 0;
  const request = () => {
    while (reads.length < READ_AHEAD && requested < file.size) {
      const from = requested;
      requested = Math.min(file.size, from + chunk);
      reads.push(read(from, requested));
    }
  };
  request();
  while (bytes < file.size) {
    const b = await reads.shift();
    request();
    bytes += b.length;
    if (b.length) check += b[b.length - 1];
    if (!b.length) break;
  }
  reader.terminate();
  return { bytes, check };
}
