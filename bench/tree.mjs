/**
 * Generic untyped trees for the `parse`/`stringify` benchmarks: nested objects and lists whose leaves are all strings
 * (what the untyped JSV parser gives back, so `parse(stringify(tree))` equals `tree`). About 5% of the leaves contain a
 * character that forces JSV quoting, like the session data. Deterministic for a given `(records, seed)`.
 *
 * This is not a second session generator: realistic EvoVoice data comes from `generateActiveSessions` only.
 */

const WORDS = [
  'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima',
  'Zürich', 'café', 'naïve', '東京', 'Ελλάδα', 'Москва', 'emoji 🎧', 'x-42', 'v1.2.3', 'user_10442', '2025',
];
const SPECIAL = [', ', ': ', '"', '[', ']', '{', '}', '\n'];
const KEYS = ['id', 'name', 'kind', 'status', 'owner', 'region', 'note', 'label', 'source', 'target'];

/**
 * A root object `{ records: [...] }` with `records` records, each an object of string members, a list of tags, a
 * nested `attrs` object and (two levels deep) a list of child records.
 *
 * @param {number} records top-level records
 * @param {() => number} random a PRNG in [0, 1) (e.g. `mulberry32(seed)` from `jsv-codec/evovoice`)
 */
export function generateTree(records, random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (items) => items[Math.floor(random() * items.length)];
  const text = () => {
    let s = pick(WORDS);
    const words = int(0, 3);
    for (let i = 0; i < words; i++) s += ` ${pick(WORDS)}`;
    if (random() < 0.05) s = `${s}${pick(SPECIAL)}${pick(WORDS)}`;
    return s;
  };
  const record = (depth) => {
    const r = {};
    const members = int(3, 6);
    for (let i = 0; i < members; i++) r[`${KEYS[i]}`] = i === 0 ? `rec_${int(10000, 99999)}` : text();
    const tags = [];
    const tagCount = int(0, 4);
    for (let i = 0; i < tagCount; i++) tags.push(pick(WORDS));
    r.tags = tags;
    const attrs = {};
    const attrCount = int(0, 3);
    for (let i = 0; i < attrCount; i++) attrs[`${pick(KEYS)}${i}`] = text();
    r.attrs = attrs;
    if (depth < 2) {
      const children = [];
      const childCount = int(0, 3);
      for (let i = 0; i < childCount; i++) children.push(record(depth + 1));
      r.children = children;
    }
    return r;
  };
  const out = [];
  for (let i = 0; i < records; i++) out.push(record(0));
  return { records: out };
}
