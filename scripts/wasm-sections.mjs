// The little of the wasm binary format the build's post-processing scripts
// (drop-closure-shims.mjs, minify-imports.mjs) need: LEB128 numbers, names,
// and a module as its list of sections, read and written back.

/** The unsigned LEB128 number at `at`, and where it ends. */
export function readU32(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `n` as unsigned LEB128. */
export function u32(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** The name (length-prefixed UTF-8) at `at`, and where it ends. */
export function readName(buf, at) {
  const [len, start] = readU32(buf, at);
  return [buf.subarray(start, start + len).toString(), start + len];
}

/** `s` as a name. */
export const name = (s) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s)]);

/** The sections of a module, as they are: `{id, body}` each. */
export function readSections(wasm) {
  const sections = [];
  for (let at = 8; at < wasm.length; ) {
    const id = wasm[at];
    const [size, body] = readU32(wasm, at + 1);
    sections.push({ id, body: wasm.subarray(body, body + size) });
    at = body + size;
  }
  return sections;
}

/** The module of `wasm`'s header and `sections` (their bodies perhaps changed). */
export function writeSections(wasm, sections) {
  return Buffer.concat([wasm.subarray(0, 8), ...sections.map((s) => Buffer.concat([Buffer.from([s.id]), u32(s.body.length), s.body]))]);
}
