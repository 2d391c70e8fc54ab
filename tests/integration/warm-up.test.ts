import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database, type Params } from '../../server/neo4j/database.ts';
import { warmUp } from '../../server/warm-up.ts';

let db: Database;
beforeAll(() => {
  db = openDatabase({ uri: inject('boltUri'), user: 'neo4j', password: inject('boltPassword') });
});
afterAll(() => db.close());

/** The real database, noting each named read and the types of its parameters. */
function noting(asked: string[]): Database {
  const typeOf = (value: unknown) =>
    Number.isInteger(value) ? 'int' : value === null ? 'null' : typeof value;
  return {
    ...db,
    read: (name, params: Params = {}, options) => {
      const types = Object.entries(params).map(([key, value]) => `${key}:${typeOf(value)}`);
      asked.push(`${name}(${types.sort().join(', ')})`);
      return db.read(name, params, options);
    },
  };
}

describe('the warm-up at start', () => {
  it("when it runs, then Neo4j has been asked the page's first queries with the parameter types a person's requests send", async () => {
    // Neo4j keys its cached plans by the query and its parameters' types: a plan made for
    // other types would be made again on the first real request.
    const asked: string[] = [];
    await warmUp(noting(asked));
    expect(asked).toEqual([
      'graph/whole-graph(byId:boolean, camp:null, kind:null, limit:int)',
      'graph/group-count(camp:null, kind:null)',
      // Word starts, then anywhere in a word: the seed has too few matches for the first alone.
      'graph/search(candidates:int, limit:int, lucene:string, q:string)',
      'graph/search(candidates:int, limit:int, lucene:string, q:string)',
      'graph/neighbors-depth-1(id:string, limit:int, sortedUpTo:int)',
    ]);
  });
});
