import { compactKey, distinctiveWords, nameKey, oneEditApart, slugOf } from './name-keys.ts';

/** An entity of the graph as the resolver sees it. */
export interface KnownEntity {
  id: string;
  name: string;
  aliases: string[];
}

export interface Candidate {
  id: string;
  name: string;
  /** Why it might be the same entity, e.g. "one letter apart from \"Nvidea\"". */
  reason: string;
}

export type Resolution =
  | { kind: 'matched'; id: string; by: 'id' | 'name' | 'alias' | 'settled' }
  | { kind: 'new'; id: string }
  | { kind: 'ambiguous'; candidates: Candidate[] };

/** A word shared by more entities than this is not distinctive enough to suggest a match. */
const distinctiveMaxEntities = 3;
/** Near misses listed per name. */
const candidatesMax = 5;

const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
};

/**
 * Finds which entity of the graph a name means. Exact matches are made after normalisation
 * (name-keys.ts); near misses (one edit apart, or sharing a rare word) are never merged
 * silently: they come back as ambiguous, for a person to settle.
 */
export class EntityResolver {
  private readonly byId = new Map<string, KnownEntity>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byWord = new Map<string, Set<string>>();
  /** Compact keys with one character deleted → entity ids: one-edit neighbors meet here. */
  private byDeletion: Map<string, Set<string>> | undefined;
  private readonly takenIds = new Set<string>();

  constructor(entities: Iterable<KnownEntity>) {
    for (const entity of entities) this.learn(entity);
  }

  /** Adds an entity (one this source creates, so later names can find it). */
  learn(entity: KnownEntity): void {
    this.byId.set(entity.id, entity);
    this.takenIds.add(entity.id);
    for (const name of [entity.name, ...entity.aliases]) {
      add(this.byKey, nameKey(name), entity.id);
      add(this.byKey, compactKey(name), entity.id);
      for (const word of distinctiveWords(name)) add(this.byWord, word, entity.id);
      if (this.byDeletion) this.indexDeletions(compactKey(name), entity.id);
    }
  }

  entity(id: string): KnownEntity | undefined {
    return this.byId.get(id);
  }

  /** Entities whose name or alias has the same key as `name`. */
  exact(name: string): KnownEntity[] {
    const ids = new Set([
      ...(this.byKey.get(nameKey(name)) ?? []),
      ...(this.byKey.get(compactKey(name)) ?? []),
    ]);
    return [...ids].map((id) => this.byId.get(id)!);
  }

  /** Resolves one name of a new source (with its own id, if it gave one). */
  resolve(name: string, givenId: string | undefined, settled?: string): Resolution {
    if (settled === 'new') return { kind: 'new', id: givenId ?? this.freshId(name) };
    if (settled !== undefined) return { kind: 'matched', id: settled, by: 'settled' };
    if (givenId !== undefined && this.byId.has(givenId)) {
      return { kind: 'matched', id: givenId, by: 'id' };
    }
    const exact = this.exact(name).filter((entity) => entity.id !== givenId);
    if (exact.length === 1 && givenId === undefined) {
      const [entity] = exact;
      const byName = nameKey(entity!.name) === nameKey(name);
      return { kind: 'matched', id: entity!.id, by: byName ? 'name' : 'alias' };
    }
    // A source that names its own id means a new entity, unless the graph has that very name.
    if (givenId !== undefined && exact.length === 0) return { kind: 'new', id: givenId };
    const candidates = [
      ...exact.map((entity) => ({ id: entity.id, name: entity.name, reason: 'the same name' })),
      ...this.nearMisses(name).filter((near) => !exact.some((entity) => entity.id === near.id)),
    ].slice(0, candidatesMax);
    if (candidates.length > 0) return { kind: 'ambiguous', candidates };
    return { kind: 'new', id: givenId ?? this.freshId(name) };
  }

  /** Entities one edit away from `name`, or sharing a rare word with it. */
  nearMisses(name: string): Candidate[] {
    const found = new Map<string, Candidate>();
    const compact = compactKey(name);
    if (compact.length >= 4) {
      const deletions = this.deletionIndex();
      const variants = [compact, ...deletionsOf(compact)];
      for (const variant of variants) {
        for (const id of deletions.get(variant) ?? []) {
          const entity = this.byId.get(id)!;
          const close = [entity.name, ...entity.aliases].some((other) =>
            oneEditApart(compactKey(other), compact),
          );
          if (close && !found.has(id)) {
            found.set(id, { id, name: entity.name, reason: `one letter apart from "${name}"` });
          }
        }
      }
    }
    for (const word of distinctiveWords(name)) {
      const ids = this.byWord.get(word);
      if (!ids || ids.size > distinctiveMaxEntities) continue;
      for (const id of ids) {
        if (!found.has(id)) {
          const entity = this.byId.get(id)!;
          found.set(id, { id, name: entity.name, reason: `shares the word "${word}"` });
        }
      }
    }
    return [...found.values()];
  }

  /** A slug from the name that no entity has taken. */
  freshId(name: string): string {
    const base = slugOf(name);
    let id = base;
    for (let n = 2; this.takenIds.has(id); n += 1) id = `${base}-${n}`;
    this.takenIds.add(id);
    return id;
  }

  private deletionIndex(): Map<string, Set<string>> {
    if (!this.byDeletion) {
      // Built on the first near-miss search only: most names match exactly or are new words.
      this.byDeletion = new Map();
      for (const entity of this.byId.values()) {
        for (const name of [entity.name, ...entity.aliases]) {
          this.indexDeletions(compactKey(name), entity.id);
        }
      }
    }
    return this.byDeletion;
  }

  private indexDeletions(key: string, id: string): void {
    if (key.length < 3 || !this.byDeletion) return;
    add(this.byDeletion, key, id);
    for (const variant of deletionsOf(key)) add(this.byDeletion, variant, id);
  }
}

/** Every string made by deleting one character of `key`. */
function deletionsOf(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i += 1) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}
