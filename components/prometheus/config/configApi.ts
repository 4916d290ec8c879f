import type { EngineClient } from '../../system/engineClient';
import { errorText, HttpError, isRecord, send, tryJson } from '../shared/http';
import type { EditorMarker } from './MonacoYaml';

/** ConfigFile names the three files a learner edits (the `/api/sim/config/<kind>` kinds). */
export type ConfigFile = 'prometheus' | 'rules' | 'alertmanager';

/** DEFAULT_RULE_FILE is the rule file the world starts with. */
export const DEFAULT_RULE_FILE = 'rules/default.yml';

/** configUrl is where a file's text is read and applied; `ruleFile` picks one rule file. */
export function configUrl(file: ConfigFile, ruleFile?: string): string {
  return `/api/sim/config/${file}${file === 'rules' && ruleFile ? `?file=${encodeURIComponent(ruleFile)}` : ''}`;
}

/** fileName is how the UI names a file: prometheus.yml, rules/default.yml, alertmanager.yml. */
export function fileName(file: ConfigFile, ruleFile?: string): string {
  return file === 'prometheus' ? 'prometheus.yml' : file === 'alertmanager' ? 'alertmanager.yml' : ruleFile ?? DEFAULT_RULE_FILE;
}

export type ApplyOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: number; readonly message: string; readonly markers: readonly EditorMarker[] };

/**
 * applyOutcome reads the answer to a PUT of a config file: success, or the
 * tool's own error text and the positions it reported (1-based), as markers.
 */
export function applyOutcome(status: number, body: string): ApplyOutcome {
  if (status >= 200 && status < 300) return { ok: true };
  const parsed = tryJson(body);
  const message = errorText({ status, headers: {}, body });
  const issues = isRecord(parsed) && Array.isArray(parsed.issues) ? parsed.issues : [];
  const markers: EditorMarker[] = [];
  for (const i of issues) {
    if (!isRecord(i) || typeof i.line !== 'number' || typeof i.message !== 'string') continue;
    markers.push({ line: i.line, ...(typeof i.column === 'number' ? { column: i.column } : {}), message: i.message });
  }
  return { ok: false, status, message, markers };
}

/** loadConfigText GETs the running text of a file. */
export async function loadConfigText(client: EngineClient, file: ConfigFile, ruleFile?: string, signal?: AbortSignal): Promise<string> {
  const reply = await send(client, 'GET', configUrl(file, ruleFile), undefined, signal);
  if (reply.status !== 200) throw new HttpError(reply.status, errorText(reply));
  return reply.body;
}

/** applyConfigText PUTs a file: Prometheus's reload, which keeps the running config when the new one is invalid. */
export async function applyConfigText(client: EngineClient, file: ConfigFile, text: string, ruleFile?: string): Promise<ApplyOutcome> {
  const reply = await send(client, 'PUT', configUrl(file, ruleFile), text);
  return applyOutcome(reply.status, reply.body);
}

/** positionText prints where an issue is: "line 7, column 5". */
export function positionText(m: EditorMarker): string {
  return m.column === undefined ? `line ${m.line}` : `line ${m.line}, column ${m.column}`;
}

/** ruleFileNames lists the rule files the running rules came from (/api/v1/rules groups), the default one first. */
export function ruleFileNames(groups: readonly { readonly file: string }[]): string[] {
  const names = new Set([DEFAULT_RULE_FILE, ...groups.map((g) => g.file)]);
  return [...names].sort((a, b) => (a === DEFAULT_RULE_FILE ? -1 : b === DEFAULT_RULE_FILE ? 1 : a < b ? -1 : 1));
}
