// Configuration of `corpus check`: per rule a severity ("off" | "warn" | "error") and options,
// from corpus.config.json or the "corpus" key of package.json, the nearest found walking up
// from the working directory, or the file given with --config.
//
//   { "rules": { "short-body": { "severity": "warn", "minWords": 40 }, "layout-unrecognized": "off" } }
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { RULES } from "./rules/index.js";
import type { Rule, SeveritySetting } from "./types.js";

export class ConfigError extends Error {}

export interface ResolvedRule {
  rule: Rule;
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface CheckConfig {
  /** Where the configuration came from, or null for the defaults. */
  path: string | null;
  rules: ResolvedRule[];
}

const SEVERITY: Record<string, SeveritySetting> = { off: "off", warn: "warning", warning: "warning", error: "error" };

/** The file holding the configuration nearest to `cwd`, and its "corpus" settings object. */
export function findConfig(cwd: string): { path: string; settings: unknown } | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const own = join(dir, "corpus.config.json");
    if (existsSync(own)) return { path: own, settings: readJson(own) };
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      const json = readJson(pkg) as Record<string, unknown> | null;
      if (json && typeof json === "object" && "corpus" in json) return { path: pkg, settings: json.corpus };
    }
    if (dirname(dir) === dir) return null;
  }
}

export function loadConfig(options: { cwd: string; configPath?: string }): CheckConfig {
  const found = options.configPath ? { path: resolve(options.cwd, options.configPath), settings: readJson(resolve(options.cwd, options.configPath)) } : findConfig(options.cwd);
  return { path: found?.path ?? null, rules: resolveRules(found?.settings ?? {}, found?.path ?? "defaults") };
}

/** Applies a settings object to the rules' defaults; unknown rules, severities or options are errors. */
export function resolveRules(settings: unknown, where: string): ResolvedRule[] {
  if (!isObject(settings)) throw new ConfigError(`${where}: the configuration must be an object`);
  const unknownKey = Object.keys(settings).find((k) => k !== "rules");
  if (unknownKey) throw new ConfigError(`${where}: unknown setting "${unknownKey}" (expected "rules")`);
  const given = settings.rules ?? {};
  if (!isObject(given)) throw new ConfigError(`${where}: "rules" must be an object`);
  const unknownRule = Object.keys(given).find((id) => !RULES.some((r) => r.id === id));
  if (unknownRule) throw new ConfigError(`${where}: unknown rule "${unknownRule}"; rules: ${RULES.map((r) => r.id).join(", ")}`);
  return RULES.map((rule) => {
    const setting = given[rule.id];
    if (setting === undefined) return { rule, severity: rule.severity, options: { ...rule.defaults } };
    const { severity: level, ...options } = typeof setting === "string" ? { severity: setting } : isObject(setting) ? setting : { severity: undefined, bad: true };
    const severity = level === undefined ? rule.severity : SEVERITY[String(level)];
    if (!severity || "bad" in options) throw new ConfigError(`${where}: rule "${rule.id}": expected "off", "warn", "error" or { "severity": ..., options }`);
    for (const [k, v] of Object.entries(options)) {
      if (!(k in rule.defaults)) throw new ConfigError(`${where}: rule "${rule.id}" has no option "${k}"${Object.keys(rule.defaults).length ? ` (options: ${Object.keys(rule.defaults).join(", ")})` : ""}`);
      if (typeof v !== typeof rule.defaults[k] || Array.isArray(v) !== Array.isArray(rule.defaults[k])) throw new ConfigError(`${where}: rule "${rule.id}": option "${k}" must be a ${Array.isArray(rule.defaults[k]) ? "list" : typeof rule.defaults[k]}`);
    }
    return { rule, severity, options: { ...rule.defaults, ...options } };
  });
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError(`${path}: cannot read the configuration (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
