import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { sourcePayloadSchema, type SourcePayload } from './source-payload.ts';

const folderSource = z.looseObject({ file: z.string().min(1) });

function readJson(folder: string, file: string): unknown {
  const at = path.join(folder, file);
  let text: string;
  try {
    text = readFileSync(at, 'utf8');
  } catch {
    throw new Error(
      `${at} cannot be read: a source folder holds source.json, its text, nodes.json and relationships.json.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${at} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Reads a folder laid out like seed/: `source.json` (the source's metadata, the name of its
 * text file in `file`, and optionally `declare` and `resolve`), the text, `nodes.json` and
 * `relationships.json`. Answers the payload POST /api/sources takes.
 */
export function loadSourceFolder(folder: string): SourcePayload {
  const meta = folderSource.parse(readJson(folder, 'source.json'));
  const { file, declare, resolve, ...source } = meta;
  const text = readFileSync(path.join(folder, file), 'utf8');
  const result = sourcePayloadSchema.safeParse({
    source,
    text,
    nodes: readJson(folder, 'nodes.json'),
    relationships: readJson(folder, 'relationships.json'),
    declare,
    resolve,
  });
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || 'source'}: ${issue.message}`,
    );
    throw new Error(`${folder} is not a valid source:\n- ${problems.join('\n- ')}`);
  }
  return result.data;
}
