/**
 * Which declarations a module holds (`include`/`exclude`, plus everything they use) and in what order: each after
 * the declarations it uses, so that a module's constants are defined before they are read. References inside a cycle
 * (a recursive type, mutually recursive types) are marked `lazy` and written `lazy(() => X)`.
 */
import type { CodegenWarning, DeclModel, ModuleModel, OperationModel, SchemaExpr } from './model-types.js';
import type { ModelOptions } from './resolve.js';

/** Every declaration id `s` refers to. */
export function refsOf(s: SchemaExpr, out: string[] = []): string[] {
  switch (s.kind) {
    case 'ref':
      out.push(s.id);
      for (const a of s.args) refsOf(a, out);
      break;
    case 'array':
      refsOf(s.item, out);
      break;
    case 'dict':
      refsOf(s.value, out);
      break;
    case 'optional':
      refsOf(s.inner, out);
      break;
    case 'pair':
      refsOf(s.key, out);
      refsOf(s.value, out);
      break;
    default:
      break;
  }
  return out;
}

function declRefs(d: DeclModel): string[] {
  if (d.kind === 'object') return d.members.flatMap((m) => refsOf(m.schema));
  if (d.kind === 'alias') return refsOf(d.schema);
  return [];
}

/** `s` with every reference to an id in `cycle` marked lazy. */
function markLazy(s: SchemaExpr, cycle: ReadonlySet<string>): SchemaExpr {
  switch (s.kind) {
    case 'ref': {
      const args = s.args.map((a) => markLazy(a, cycle));
      return { ...s, args, lazy: s.lazy || cycle.has(s.id) };
    }
    case 'array':
      return { ...s, item: markLazy(s.item, cycle) };
    case 'dict':
      return { ...s, value: markLazy(s.value, cycle) };
    case 'optional':
      return { ...s, inner: markLazy(s.inner, cycle) };
    case 'pair':
      return { ...s, key: markLazy(s.key, cycle), value: markLazy(s.value, cycle) };
    default:
      return s;
  }
}

function matcher(names: readonly string[] | undefined): ((d: { id: string; dotnetName: string }) => boolean) | undefined {
  if (names === undefined || names.length === 0) return undefined;
  const set = new Set(names.map((n) => n.trim().replace(/\.\*$/, '').toLowerCase()).filter((n) => n !== ''));
  return (d) => set.has(d.id.toLowerCase()) || set.has(d.dotnetName.replace(/`.*$/, '').toLowerCase()) || set.has(d.dotnetName.toLowerCase());
}

/** Picks, orders and finishes the module (see the file comment). */
export function orderModule(
  decls: ReadonlyArray<{ readonly decl: DeclModel; readonly warnings: readonly CodegenWarning[] }>,
  operations: ReadonlyArray<{ readonly operation: OperationModel; readonly warnings: readonly CodegenWarning[] }>,
  baseUrl: string | undefined,
  options: ModelOptions,
): ModuleModel {
  const byId = new Map(decls.map((d, i) => [d.decl.id, { ...d, index: i }]));
  const included = matcher(options.include);
  const excluded = matcher(options.exclude);
  const keep = (d: { id: string; dotnetName: string }): boolean => (included === undefined || included(d)) && !(excluded?.(d) ?? false);

  const ops = operations.filter((o) => {
    const request = byId.get(o.operation.id);
    return request !== undefined && keep(request.decl);
  });
  const roots = new Set<string>(decls.filter((d) => keep(d.decl)).map((d) => d.decl.id));
  for (const o of ops) {
    roots.add(o.operation.id);
    if (o.operation.response !== undefined) for (const id of refsOf(o.operation.response)) roots.add(id);
  }

  // Everything the roots use, in document order.
  const reached = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (reached.has(id)) continue;
    const d = byId.get(id);
    if (d === undefined) continue;
    reached.add(id);
    stack.push(...declRefs(d.decl));
  }
  const warnings: CodegenWarning[] = [];
  const kept = decls.filter((d) => reached.has(d.decl.id));
  for (const d of kept) {
    if (excluded?.(d.decl) === true) {
      warnings.push({ where: d.decl.dotnetName, message: 'excluded, but kept because a generated type uses it' });
    }
  }

  // Tarjan's strongly connected components: each component comes out after every component it uses.
  const order: DeclModel[] = [];
  const cycleOf = new Map<string, ReadonlySet<string>>();
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const path: string[] = [];
  let counter = 0;
  const visit = (id: string): void => {
    indexOf.set(id, counter);
    low.set(id, counter);
    counter++;
    path.push(id);
    onStack.add(id);
    const d = byId.get(id);
    for (const next of d === undefined ? [] : declRefs(d.decl)) {
      if (!reached.has(next)) continue;
      if (!indexOf.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id) as number, indexOf.get(next) as number));
      }
    }
    if (low.get(id) === indexOf.get(id)) {
      const component: string[] = [];
      let top: string;
      do {
        top = path.pop() as string;
        onStack.delete(top);
        component.push(top);
      } while (top !== id);
      const members = new Set(component);
      const selfLoop = component.length === 1 && (d === undefined ? [] : declRefs(d.decl)).includes(id);
      component.sort((a, b) => (byId.get(a)?.index ?? 0) - (byId.get(b)?.index ?? 0));
      for (const c of component) {
        if (component.length > 1 || selfLoop) cycleOf.set(c, members);
        const entry = byId.get(c);
        if (entry !== undefined) order.push(entry.decl);
      }
    }
  };
  for (const d of kept) if (!indexOf.has(d.decl.id)) visit(d.decl.id);

  const finished = order.map((d) => {
    const cycle = cycleOf.get(d.id);
    if (cycle === undefined) return d;
    if (d.kind === 'object') return { ...d, recursive: true, members: d.members.map((m) => ({ ...m, schema: markLazy(m.schema, cycle) })) };
    if (d.kind === 'alias') return { ...d, schema: markLazy(d.schema, cycle) };
    return d;
  });
  for (const d of order) warnings.push(...(byId.get(d.id)?.warnings ?? []));
  for (const o of ops) warnings.push(...o.warnings);
  // A base's members are resolved again for each derived type: report each of their warnings once.
  const seen = new Set<string>();
  const unique = warnings.filter((w) => {
    const key = `${w.where}\n${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { decls: finished, operations: ops.map((o) => o.operation), warnings: unique, baseUrl };
}
