import type { ApiNode } from './api-types.ts';

/**
 * The names a sentence may use for an entity: its caption, its aliases and, for people, the
 * surname ("According to Lechleider, …").
 */
export function namesOf(node: ApiNode): string[] {
  const aliases = Array.isArray(node.properties.aliases)
    ? node.properties.aliases.filter((alias): alias is string => typeof alias === 'string')
    : [];
  const surname = node.labels.includes('Person') ? node.caption.split(' ').slice(-1) : [];
  return [node.caption, ...aliases, ...surname];
}
