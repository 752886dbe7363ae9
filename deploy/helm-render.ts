/**
 * Renders this repository's Helm chart without helm, for CI machines that
 * lack the binary (`.ci/run` uses `helm template` where it exists). It
 * implements only the part of Go's text/template and Helm's functions the
 * chart uses, and throws on anything else, so a template that steps outside
 * that part fails the test instead of rendering wrongly:
 *
 * - actions `{{ pipeline }}`, trim markers `{{-` and `-}}`, comments `{{/* *\/}}`
 * - `if` / `else` / `end`, `range $k, $v := pipeline` / `end` (maps in key order, as Go)
 * - values `.Values.a.b`, `.Release.Name`, `.Release.Namespace`, `.Chart.Name`,
 *   `.Chart.AppVersion`, `$`, `$var`, `$var.field`, string and number literals
 * - pipelines `a | f b` with `quote`, `upper`, `toYaml`, `nindent`, `indent`,
 *   `required`, `default`, `eq`, `not`
 *
 * Truthiness, map ordering, `required` and `toYaml` (keys sorted, no trailing
 * newline) follow Helm's behaviour.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

type Value = unknown;
type Scope = { readonly dot: Value; readonly vars: ReadonlyMap<string, Value> };

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipeline: string }
  | { kind: 'if'; pipeline: string; then: Node[]; otherwise: Node[] }
  | { kind: 'range'; keyVar: string | null; valueVar: string | null; pipeline: string; body: Node[] };

/** Splits a template into text and actions, applying the trim markers. */
function tokenize(source: string, file: string): { kind: 'text' | 'action'; text: string }[] {
  const tokens: { kind: 'text' | 'action'; text: string }[] = [];
  let position = 0;
  let trimNext = false;
  while (position < source.length) {
    const open = source.indexOf('{{', position);
    let text = source.slice(position, open === -1 ? source.length : open);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (open === -1) {
      tokens.push({ kind: 'text', text });
      break;
    }
    const close = source.indexOf('}}', open);
    if (close === -1) throw new Error(`${file}: unclosed action`);
    let inner = source.slice(open + 2, close);
    if (/^-\s/.test(inner)) {
      text = text.replace(/\s+$/, '');
      inner = inner.slice(1);
    }
    trimNext = /\s-$/.test(inner);
    if (trimNext) inner = inner.slice(0, -1);
    tokens.push({ kind: 'text', text });
    inner = inner.trim();
    if (!(inner.startsWith('/*') && inner.endsWith('*/'))) tokens.push({ kind: 'action', text: inner });
    position = close + 2;
  }
  return tokens.filter((token) => token.kind === 'action' || token.text);
}

function parseTemplate(source: string, file: string): Node[] {
  const tokens = tokenize(source, file);
  let index = 0;
  const block = (terminators: readonly string[]): { nodes: Node[]; end: string } => {
    const nodes: Node[] = [];
    while (index < tokens.length) {
      const token = tokens[index++]!;
      if (token.kind === 'text') {
        nodes.push({ kind: 'text', text: token.text });
        continue;
      }
      const keyword = token.text.split(/\s+/)[0]!;
      if (terminators.includes(keyword)) return { nodes, end: keyword };
      if (keyword === 'if') {
        const then = block(['else', 'end']);
        const otherwise = then.end === 'else' ? block(['end']).nodes : [];
        nodes.push({ kind: 'if', pipeline: token.text.slice(2).trim(), then: then.nodes, otherwise });
      } else if (keyword === 'range') {
        const match = /^range\s+(?:(\$\w+)\s*(?:,\s*(\$\w+))?\s*:=\s*)?(.+)$/.exec(token.text);
        if (!match) throw new Error(`${file}: unsupported range "${token.text}"`);
        const [, first, second, pipeline] = match;
        const body = block(['end']).nodes;
        nodes.push({
          kind: 'range',
          keyVar: second ? first! : null,
          valueVar: second ?? first ?? null,
          pipeline: pipeline!,
          body,
        });
      } else if (['else', 'end', 'with', 'define', 'template', 'include', 'block'].includes(keyword)) {
        throw new Error(`${file}: "${keyword}" is outside the renderer's subset (or unbalanced)`);
      } else {
        nodes.push({ kind: 'action', pipeline: token.text });
      }
    }
    if (terminators.length) throw new Error(`${file}: missing {{ end }}`);
    return { nodes, end: '' };
  };
  return block([]).nodes;
}

/** Go template truthiness: false, 0, nil, empty string, empty map or list are false. */
function truthy(value: Value): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** How Go prints a value into the output. */
function print(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') throw new Error(`cannot print a ${Array.isArray(value) ? 'list' : 'map'} without toYaml`);
  return String(value);
}

/** Splits on a separator outside double-quoted strings. */
function splitOutsideQuotes(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"' && text[i - 1] !== '\\') quoted = !quoted;
    if (!quoted && separator.test(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

const functions: Record<string, (...args: Value[]) => Value> = {
  quote: (...args) => args.map((arg) => JSON.stringify(print(arg))).join(' '),
  upper: (value) => print(value).toUpperCase(),
  toYaml: (value) => stringify(value, { sortMapEntries: true, lineWidth: 0 }).replace(/\n$/, ''),
  indent: (width, text) => print(text).split('\n').map((line) => ' '.repeat(Number(width)) + line).join('\n'),
  nindent: (width, text) => `\n${functions.indent!(width, text) as string}`,
  required: (message, value) => {
    if (value === null || value === undefined || value === '') throw new Error(`execution error: ${print(message)}`);
    return value;
  },
  default: (fallback, value) => (truthy(value) ? value : fallback),
  eq: (a, b) => a === b,
  not: (value) => !truthy(value),
};

function evaluateArgument(token: string, scope: Scope): Value {
  if (/^".*"$/.test(token)) return JSON.parse(token) as string;
  if (/^-?\d+$/.test(token)) return Number(token);
  if (token === 'true' || token === 'false') return token === 'true';
  let base: Value;
  let path: string;
  if (token.startsWith('$')) {
    const [name, ...rest] = token.split('.');
    if (!scope.vars.has(name!)) throw new Error(`undefined variable ${name}`);
    base = scope.vars.get(name!);
    path = rest.join('.');
  } else if (token.startsWith('.')) {
    base = scope.dot;
    path = token.slice(1);
  } else throw new Error(`unsupported token "${token}"`);
  if (!path) return base;
  return path.split('.').reduce<Value>((value, key) => (value as Record<string, Value> | undefined)?.[key], base);
}

function evaluate(pipeline: string, scope: Scope): Value {
  let result: Value = undefined;
  splitOutsideQuotes(pipeline, /\|/).forEach((command, position) => {
    const tokens = splitOutsideQuotes(command.trim(), /\s/).filter(Boolean);
    const [head, ...rest] = tokens;
    if (!head) throw new Error(`empty command in "${pipeline}"`);
    if (head in functions) {
      const args = rest.map((token) => evaluateArgument(token, scope));
      if (position > 0) args.push(result);
      result = functions[head]!(...args);
    } else {
      if (/^[a-z]\w*$/.test(head)) throw new Error(`function "${head}" is outside the renderer's subset`);
      if (position > 0 || rest.length) throw new Error(`"${command}" is not a function call`);
      result = evaluateArgument(head, scope);
    }
  });
  return result;
}

function execute(nodes: readonly Node[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'action') out += print(evaluate(node.pipeline, scope));
    else if (node.kind === 'if') out += execute(truthy(evaluate(node.pipeline, scope)) ? node.then : node.otherwise, scope);
    else {
      const collection = evaluate(node.pipeline, scope);
      if (collection === null || collection === undefined) continue;
      const entries: [Value, Value][] = Array.isArray(collection)
        ? collection.map((value, i) => [i, value])
        : typeof collection === 'object'
          ? Object.keys(collection).sort().map((key) => [key, (collection as Record<string, Value>)[key]])
          : (() => {
              throw new Error(`range over a ${typeof collection}`);
            })();
      for (const [key, value] of entries) {
        const vars = new Map(scope.vars);
        if (node.keyVar) vars.set(node.keyVar, key);
        if (node.valueVar) vars.set(node.valueVar, value);
        out += execute(node.body, { dot: value, vars });
      }
    }
  }
  return out;
}

/** Deep merge as Helm merges `--set`/`-f` values over the chart's: maps merge, everything else replaces. */
function mergeValues(base: Value, override: Value): Value {
  if (override === undefined) return base;
  if (base && override && typeof base === 'object' && typeof override === 'object' && !Array.isArray(base) && !Array.isArray(override)) {
    const merged: Record<string, Value> = { ...(base as Record<string, Value>) };
    for (const [key, value] of Object.entries(override)) merged[key] = mergeValues(merged[key], value);
    return merged;
  }
  return override;
}

export interface RenderedTemplate {
  readonly template: string;
  readonly text: string;
}

/** `helm template <release> <chart> --namespace <ns>` with `values` over the chart's values.yaml. */
export function renderChart(chartDir: string, options: { release: string; namespace?: string; values?: Record<string, unknown> }): RenderedTemplate[] {
  const chart = parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, unknown>;
  const values = mergeValues(parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')), options.values ?? {});
  const root = {
    Values: values,
    Release: { Name: options.release, Namespace: options.namespace ?? 'default', Service: 'Helm' },
    Chart: { ...chart, Name: chart.name, Version: chart.version, AppVersion: chart.appVersion },
  };
  const templatesDir = join(chartDir, 'templates');
  return readdirSync(templatesDir)
    .filter((file) => file.endsWith('.yaml') && !file.startsWith('_'))
    .sort()
    .map((file) => {
      const nodes = parseTemplate(readFileSync(join(templatesDir, file), 'utf8'), file);
      try {
        return { template: file, text: execute(nodes, { dot: root, vars: new Map([['$', root]]) }) };
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    });
}

/** The manifests of a rendering: every non-empty YAML document. */
export function manifestsOf(rendered: readonly RenderedTemplate[]): Record<string, unknown>[] {
  return rendered.flatMap(({ template, text }) =>
    text
      .split(/^---\s*$/m)
      .filter((doc) => doc.trim())
      .map((doc) => {
        const parsed = parse(doc, { version: '1.1' }) as unknown;
        if (parsed === null || typeof parsed !== 'object') throw new Error(`${template}: a document is not a mapping`);
        return parsed as Record<string, unknown>;
      }),
  );
}
