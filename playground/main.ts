/**
 * The playground page (`npm run playground`): paste JSV, pick a schema (untyped, an EvoVoice DTO, or a type of a pasted
 * `/types/metadata` document), and see the decoded value, its JSON, the text re-encoded in both key cases, the formatted
 * text and any error with its position marked in the input. The input lives in the URL hash. Data is only ever written
 * with `textContent`, never as HTML.
 */
import {
  JsvDecodeError, JsvError, JsvEncodeError, JsvSyntaxError, encode, format, formatPath, parse, stringify, decode,
  type AnySchema,
} from '../src/index.js';
import * as evovoice from '../src/evovoice/dto.js';
import { schemasFromMetadata } from '../src/codegen/index.js';

/** What the URL hash holds. */
interface State {
  text: string;
  /** `untyped`, `evovoice:<Name>` or `metadata`. */
  schema: string;
  metadata?: string;
  type?: string;
}

const SAMPLE: State = {
  text: '{id:c-42,name:"Lovelace, Ada"}',
  schema: 'evovoice:CustomerBreadcrumb',
};

function isSchema(v: unknown): v is AnySchema {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string' && '~standard' in v;
}

const EVOVOICE: ReadonlyMap<string, AnySchema> = new Map(
  (Object.entries(evovoice) as Array<[string, unknown]>)
    .filter((e): e is [string, AnySchema] => isSchema(e[1]))
    .sort(([a], [b]) => a.localeCompare(b)),
);

function el<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (e === null) throw new Error(`missing #${id}`);
  return e as T;
}

const input = el<HTMLTextAreaElement>('input');
const schemaSelect = el<HTMLSelectElement>('schema');
const metadataBox = el<HTMLDivElement>('metadata-box');
const metadataInput = el<HTMLTextAreaElement>('metadata');
const metadataStatus = el<HTMLPreElement>('metadata-status');
const typeRow = el<HTMLSpanElement>('metadata-type-row');
const typeSelect = el<HTMLSelectElement>('metadata-type');
const errors = el<HTMLDivElement>('errors');
const tree = el<HTMLDivElement>('tree');
const json = el<HTMLPreElement>('json');
const encodedCamel = el<HTMLPreElement>('encoded-camel');
const encodedPascal = el<HTMLPreElement>('encoded-pascal');
const formatted = el<HTMLPreElement>('formatted');

function option(parent: HTMLElement, value: string, label: string): void {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  parent.append(o);
}

option(schemaSelect, 'untyped', 'untyped (parse)');
const group = document.createElement('optgroup');
group.label = 'EvoVoice DTOs';
for (const [name] of EVOVOICE) option(group, `evovoice:${name}`, name);
schemaSelect.append(group);
option(schemaSelect, 'metadata', 'metadata document…');

// ---- state in the URL hash ----

function readHash(): State {
  const raw = location.hash.slice(1);
  if (raw === '') return SAMPLE;
  try {
    const v = JSON.parse(decodeURIComponent(raw)) as Partial<State>;
    const s: State = { text: typeof v.text === 'string' ? v.text : '', schema: typeof v.schema === 'string' ? v.schema : 'untyped' };
    if (typeof v.metadata === 'string') s.metadata = v.metadata;
    if (typeof v.type === 'string') s.type = v.type;
    return s;
  } catch {
    return SAMPLE;
  }
}

function currentState(): State {
  const s: State = { text: input.value, schema: schemaSelect.value };
  if (s.schema === 'metadata') {
    s.metadata = metadataInput.value;
    if (typeSelect.value !== '') s.type = typeSelect.value;
  }
  return s;
}

function writeHash(): void {
  history.replaceState(null, '', `#${encodeURIComponent(JSON.stringify(currentState()))}`);
}

// ---- metadata document ----

let metadataSource: string | undefined;
let metadataTypes: ReadonlyMap<string, AnySchema> = new Map();

/** Rebuilds the metadata schemas when the pasted document changed; keeps `wanted` selected when it is still there. */
function refreshMetadata(wanted: string | undefined): void {
  if (metadataInput.value === metadataSource) return;
  metadataSource = metadataInput.value;
  metadataTypes = new Map();
  metadataStatus.textContent = '';
  typeSelect.replaceChildren();
  if (metadataSource.trim() !== '') {
    try {
      const result = schemasFromMetadata(JSON.parse(metadataSource));
      metadataTypes = new Map(
        (Object.entries(result.types) as Array<[string, unknown]>)
          .filter((e): e is [string, AnySchema] => isSchema(e[1]))
          .sort(([a], [b]) => a.localeCompare(b)),
      );
      const warnings = result.warnings.map((w) => `warning: ${w.where}: ${w.message}`);
      metadataStatus.textContent = [`${metadataTypes.size} types`, ...warnings].join('\n');
    } catch (e) {
      metadataStatus.textContent = `The metadata document could not be read: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  for (const [name] of metadataTypes) option(typeSelect, name, name);
  if (wanted !== undefined && metadataTypes.has(wanted)) typeSelect.value = wanted;
}

function selectedSchema(): AnySchema | undefined {
  const v = schemaSelect.value;
  if (v.startsWith('evovoice:')) return EVOVOICE.get(v.slice('evovoice:'.length));
  if (v === 'metadata') return metadataTypes.get(typeSelect.value);
  return undefined;
}

// ---- output ----

/** A plain object (not a class instance such as Date, Decimal or TimeSpan). */
function isPlain(v: object): boolean {
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
}

function leafText(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (v instanceof Uint8Array) return `Uint8Array(${v.length}) [${Array.from(v).join(', ')}]`;
  if (typeof v === 'object' && v !== null) return `${v.constructor?.name ?? 'Object'} ${String(v)}`;
  return String(v);
}

function treeNode(key: string, v: unknown): HTMLElement {
  let entries: Array<[string, unknown]> | undefined;
  let summary = '';
  if (Array.isArray(v)) {
    entries = v.map((x, i) => [String(i), x]);
    summary = `Array(${v.length})`;
  } else if (v instanceof Map) {
    entries = [...v.entries()].map(([k, x]) => [String(k), x]);
    summary = `Map(${v.size})`;
  } else if (typeof v === 'object' && v !== null && !(v instanceof Uint8Array) && isPlain(v)) {
    entries = Object.entries(v);
    summary = `{${entries.length}}`;
  }
  if (entries === undefined) {
    const div = document.createElement('div');
    div.className = 'leaf';
    const k = document.createElement('span');
    k.className = 'key';
    k.textContent = `${key}: `;
    div.append(k, leafText(v));
    return div;
  }
  const details = document.createElement('details');
  details.open = true;
  const s = document.createElement('summary');
  const k = document.createElement('span');
  k.className = 'key';
  k.textContent = `${key}: `;
  s.append(k, summary);
  details.append(s);
  for (const [ck, cv] of entries) details.append(treeNode(ck, cv));
  return details;
}

/** JSON of a decoded value: bigint, Date, Uint8Array and class values (Decimal, TimeSpan, …) as their `String()`. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      if (typeof raw === 'bigint') return String(raw);
      if (raw instanceof Map) return Object.fromEntries(raw);
      if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !isPlain(raw)) return String(raw);
      return v;
    },
    2,
  ) ?? 'undefined';
}

function clearOutputs(): void {
  tree.replaceChildren();
  errors.replaceChildren();
  for (const p of [json, encodedCamel, encodedPascal, formatted]) p.textContent = '';
}

/** The range an error points at in the input, if it has a position. */
function errorRange(e: unknown, text: string): [number, number] | undefined {
  if (e instanceof JsvSyntaxError) return [e.offset, Math.min(text.length, e.offset + 1)];
  if (e instanceof JsvDecodeError && e.offset >= 0) {
    return [e.offset, Math.min(text.length, e.offset + Math.max(1, e.received.replace(/\.\.\.$/, '').length))];
  }
  return undefined;
}

let lastRange: [number, number] | undefined;

function selectRange(): void {
  if (lastRange === undefined) return;
  input.focus();
  input.setSelectionRange(lastRange[0], lastRange[1]);
}

function showError(where: string, e: unknown, text: string | undefined): void {
  const box = document.createElement('div');
  box.className = 'error';
  const head = document.createElement('div');
  const code = document.createElement('span');
  code.className = 'err-code';
  code.textContent = e instanceof JsvError ? e.code : e instanceof Error ? e.name : 'Error';
  head.append(`${where}: `, code);
  box.append(head);
  const message = document.createElement('pre');
  message.className = 'err-message';
  const hasFrame = (e instanceof JsvSyntaxError || e instanceof JsvDecodeError) && e.frame !== '';
  const full = e instanceof Error ? e.message : String(e);
  // The message ends with the code frame, which is shown on its own below.
  message.textContent = hasFrame ? full.slice(0, full.lastIndexOf('\n\n') < 0 ? full.length : full.lastIndexOf('\n\n')) : full;
  box.append(message);
  if (e instanceof JsvDecodeError || e instanceof JsvEncodeError) {
    const path = document.createElement('div');
    path.className = 'err-path';
    path.textContent = `path: ${formatPath(e.path)}`;
    box.append(path);
  }
  const range = text === undefined ? undefined : errorRange(e, text);
  if (range !== undefined && text !== undefined) {
    if (e instanceof JsvSyntaxError || e instanceof JsvDecodeError) {
      const frame = document.createElement('pre');
      frame.className = 'err-frame';
      frame.textContent = e.frame;
      box.append(frame);
    }
    // An excerpt of the input with the range marked.
    const [from, to] = range;
    const excerpt = document.createElement('pre');
    excerpt.className = 'err-excerpt';
    const start = Math.max(0, from - 40);
    const end = Math.min(text.length, to + 40);
    const mark = document.createElement('mark');
    mark.textContent = from === to ? '\u2038' : text.slice(from, to);
    excerpt.append(`${start > 0 ? '…' : ''}${text.slice(start, from)}`, mark, `${text.slice(to, end)}${end < text.length ? '…' : ''}`);
    box.append(excerpt);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'err-select';
    button.textContent = `Select in input (offset ${from})`;
    button.addEventListener('click', selectRange);
    box.append(button);
    lastRange = range;
    // Select the range unless the user is typing there (moving the caret would get in the way).
    if (document.activeElement !== input) input.setSelectionRange(from, to);
  }
  errors.append(box);
}

function run(): void {
  clearOutputs();
  lastRange = undefined;
  const isMetadata = schemaSelect.value === 'metadata';
  metadataBox.hidden = !isMetadata;
  typeRow.hidden = !isMetadata;
  const text = input.value;
  const schema = selectedSchema();
  if (isMetadata && schema === undefined) {
    errors.append('Paste a /types/metadata document and pick one of its types.');
    return;
  }
  let value: unknown;
  try {
    value = schema === undefined ? parse(text) : decode(schema, text);
  } catch (e) {
    showError('decode', e, text);
    return;
  }
  tree.append(treeNode('$', value));
  json.textContent = toJson(value);
  try {
    if (schema === undefined) {
      encodedCamel.textContent = stringify(value);
      encodedPascal.textContent = '(untyped: the keys are kept as written)';
    } else {
      encodedCamel.textContent = encode(schema, value, { keyCase: 'camel' });
      encodedPascal.textContent = encode(schema, value, { keyCase: 'pascal' });
    }
  } catch (e) {
    showError('encode', e, undefined);
  }
  try {
    formatted.textContent = format(text);
  } catch (e) {
    showError('format', e, text);
  }
}

function update(): void {
  if (schemaSelect.value === 'metadata') refreshMetadata(typeSelect.value || undefined);
  writeHash();
  run();
}

function load(): void {
  const s = readHash();
  input.value = s.text;
  schemaSelect.value = s.schema;
  if (schemaSelect.value !== s.schema) schemaSelect.value = 'untyped';
  metadataInput.value = s.metadata ?? '';
  metadataSource = undefined;
  if (schemaSelect.value === 'metadata') refreshMetadata(s.type);
  run();
}

input.addEventListener('input', update);
schemaSelect.addEventListener('change', update);
metadataInput.addEventListener('input', update);
typeSelect.addEventListener('change', update);
el<HTMLButtonElement>('copy-link').addEventListener('click', () => {
  writeHash();
  void navigator.clipboard?.writeText(location.href).catch(() => undefined);
});
window.addEventListener('hashchange', load);
load();
