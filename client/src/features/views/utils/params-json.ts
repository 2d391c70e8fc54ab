/** The Parameters field read as an object, or what is wrong with it in words. */
export type ParsedParams =
  { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

const EXAMPLE = 'e.g. {"id": "shengshu"}';

/**
 * Reads the workbench's Parameters field: a JSON object, blank meaning none. Every `$name` the
 * query uses must have a value, so a forgotten one is caught before the round trip.
 */
export function parseParamsJson(text: string, used: readonly string[] = []): ParsedParams {
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : 'not JSON';
      return { ok: false, message: `Parameters must be a JSON object, ${EXAMPLE}: ${reason}.` };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: `Parameters must be a JSON object, ${EXAMPLE}.` };
  }
  const params = value as Record<string, unknown>;
  const missing = used.filter((name) => !(name in params));
  if (missing.length > 0) {
    const names = missing.map((name) => `$${name}`).join(', ');
    return {
      ok: false,
      message: `The query uses ${names}: give ${missing.length === 1 ? 'it a value' : 'them values'} under Parameters, ${EXAMPLE}.`,
    };
  }
  return { ok: true, params };
}
