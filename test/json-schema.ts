// A JSON Schema (draft 2020-12) validator for the subset of keywords `corpus schema` uses. A
// keyword outside the subset throws, so the schema cannot grow past what the tests check.

type Schema = boolean | { [keyword: string]: unknown };

// Keywords that only annotate.
const ANNOTATIONS = new Set(["$schema", "$id", "$defs", "title", "description", "examples", "default", "$comment"]);
const CHECKED = new Set(["type", "enum", "const", "required", "properties", "additionalProperties", "items", "$ref", "oneOf", "anyOf", "minimum", "maximum", "pattern", "minLength", "minItems"]);

/** Every violation of `schema` by `value`, as "path: problem"; empty when valid. */
export function validate(schema: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(schema, value, "$", schema, errors);
  return errors;
}

function check(schema: Schema, value: unknown, path: string, root: Schema, errors: string[]): void {
  if (schema === true) return;
  if (schema === false) return void errors.push(`${path}: no value is allowed here`);
  for (const keyword of Object.keys(schema)) {
    if (!CHECKED.has(keyword) && !ANNOTATIONS.has(keyword)) throw new Error(`json-schema: unsupported keyword "${keyword}" at ${path}`);
  }
  const s = schema as Record<string, any>;
  if (s.$ref !== undefined) check(resolveRef(root, s.$ref), value, path, root, errors);
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => hasType(value, t))) return void errors.push(`${path}: expected ${types.join(" or ")}, got ${typeName(value)}`);
  }
  if (s.enum !== undefined && !s.enum.some((e: unknown) => Object.is(e, value))) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  if (s.const !== undefined && !Object.is(s.const, value)) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (typeof value === "number") {
    if (s.minimum !== undefined && value < s.minimum) errors.push(`${path}: ${value} is below ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) errors.push(`${path}: ${value} is above ${s.maximum}`);
  }
  if (typeof value === "string") {
    if (s.pattern !== undefined && !new RegExp(s.pattern, "u").test(value)) errors.push(`${path}: does not match ${s.pattern}`);
    if (s.minLength !== undefined && [...value].length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.items !== undefined) value.forEach((v, i) => check(s.items, v, `${path}[${i}]`, root, errors));
  }
  if (isObject(value)) {
    for (const key of s.required ?? []) if (!(key in value)) errors.push(`${path}: missing "${key}"`);
    const properties: Record<string, Schema> = s.properties ?? {};
    for (const [key, v] of Object.entries(value)) {
      if (key in properties) check(properties[key]!, v, `${path}.${key}`, root, errors);
      else if (s.additionalProperties !== undefined) check(s.additionalProperties, v, `${path}.${key}`, root, errors);
    }
  }
  if (s.oneOf !== undefined) {
    const passing = (s.oneOf as Schema[]).filter((sub) => validateAt(sub, value, path, root).length === 0).length;
    if (passing !== 1) errors.push(`${path}: matches ${passing} of the oneOf alternatives, not exactly one`);
  }
  if (s.anyOf !== undefined && !(s.anyOf as Schema[]).some((sub) => validateAt(sub, value, path, root).length === 0)) errors.push(`${path}: matches none of the anyOf alternatives`);
}

function validateAt(schema: Schema, value: unknown, path: string, root: Schema): string[] {
  const errors: string[] = [];
  check(schema, value, path, root, errors);
  return errors;
}

function resolveRef(root: Schema, ref: string): Schema {
  if (!ref.startsWith("#/")) throw new Error(`json-schema: only local references are supported, not ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) {
    node = isObject(node) ? node[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  }
  if (node === undefined) throw new Error(`json-schema: unresolved reference ${ref}`);
  return node as Schema;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "boolean":
      return typeof value === "boolean";
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      throw new Error(`json-schema: unknown type "${type}"`);
  }
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
