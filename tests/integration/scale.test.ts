import neo4jDriver from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bulkWrite } from '../../server/seed/seed-database.ts';
import { pairwiseHubsUpTo } from '../../server/services/graph-service.ts';
import { SYNTHETIC_SOURCE } from '../../server/seed/synthetic/synthetic-graph.ts';
import { powerLawGraph, writePowerLawGraph } from '../support/power-law-graph.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const graph = powerLawGraph();
const { synthetic, reference } = graph;
/**
 * The mutation run's Neo4j, already holding this graph and shared by every mutant's run of this
 * file (tests/mutation/run-mutation.ts). Absent otherwise: then the file starts a Neo4j of its
 * own, as the synthetic graph would change what the other suites' seed data shows.
 */
const shared = inject('powerLawNeo4j');
let own: ThrowawayNeo4j | undefined;
let neo4j: { uri: string; password: string };
let app: TestApp;
/** A small row cap, so every view with more facts than this must stop at its LIMIT. */
const viewRowCap = 50;

beforeAll(async () => {
  if (shared) {
    neo4j = shared;
  } else {
    own = await startThrowawayNeo4j();
    neo4j = { uri: own.uri, password: own.password };
  }
  app = await startTestApp({ neo4j, queryLimits: { timeoutMs: 5_000, rowCap: viewRowCap } });
  if (!shared) await writePowerLawGraph(app.db, graph);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await own?.stop();
});

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('bulk writing a synthetic ecosystem', () => {
  it('when written in batches with several transactions in flight, then every fact is there once', async () => {
    const [row] = await app.db.read('seed/count-entities');
    expect(Number(row?.count)).toBe(reference.nodes.size);
    const { body } = await app.get('/api/overview');
    expect(body.relationships).toBe(reference.edges.length);
  });

  // It writes, and the shared graph of the mutation run must stay the same for every mutant.
  it.skipIf(shared !== undefined)(
    'when written again, then the source is replaced, not doubled',
    async () => {
      const summary = await bulkWrite(
        app.db,
        { sourceId: SYNTHETIC_SOURCE, ...synthetic },
        { batchSize: 1_000, inFlight: 2 },
      );
      expect(summary.entities).toBe(reference.nodes.size);
      expect(summary.written.nodesCreated).toBe(synthetic.nodes.length);
      expect(summary.written.relationshipsCreated).toBe(synthetic.relationships.length);
    },
    60_000,
  );
});

describe('GET /api/graph on a large graph', () => {
  it('when the limit is below the total, then it answers the most connected entities and the edges among them', async () => {
    const { status, body } = await app.get('/api/graph?limit=400');
    expect(status).toBe(200);
    expect(body.total).toBe(reference.nodes.size);
    expect(body.truncated).toBe(true);
    expect(body.nodes).toHaveLength(400);
    const degrees = body.nodes.map((node: { id: string }) => reference.degree(node.id));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    // Nobody left out is better connected than the least connected one drawn.
    const drawn = new Set<string>(ids(body.nodes));
    const cutoff = Math.min(...degrees);
    for (const id of reference.nodes.keys()) {
      if (!drawn.has(id)) expect(reference.degree(id)).toBeLessThanOrEqual(cutoff);
    }
    expect(new Set(ids(body.edges))).toEqual(new Set(reference.edgesAmong(drawn)));
    expect(ids(body.edges).filter((id) => id.includes('-RELATED_TO-'))).toHaveLength(3);
  });

  it('when many hubs are drawn, then walking each one once finds exactly the edges among them that checking every pair finds', async () => {
    // More than pairwiseHubsUpTo, as the 2,000 most connected of a million entities hold: the
    // service then walks each hub's outgoing relationships instead of checking every pair.
    const many = reference.hubs(pairwiseHubsUpTo * 3);
    const expected = reference.edgesAmong(new Set(many)).sort();
    const [walked] = await app.db.read('graph/edges-from-hubs', { ids: many });
    const [paired] = await app.db.read('graph/edges-among-hubs', { ids: many });
    expect(ids(walked!.edges).sort()).toEqual(expected);
    expect(ids(paired!.edges).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(pairwiseHubsUpTo);
  });

  it('when only the two best connected are drawn, then the relationship between them is drawn too', async () => {
    const { body } = await app.get('/api/graph?limit=2');
    const drawn = new Set<string>(ids(body.nodes));
    expect(drawn).toEqual(new Set(reference.hubs(2)));
    const among = reference.edgesAmong(drawn);
    expect(among).toHaveLength(1);
    expect(ids(body.edges)).toEqual(among);
  });

  it('when a kind and camp are given, then it draws that group only and counts it', async () => {
    const { body } = await app.get('/api/graph?kind=Company&camp=world-model&limit=20000');
    const expected = [...reference.nodes.values()].filter(
      (node) => reference.kindOf(node.id) === 'Company' && node.camp === 'world-model',
    );
    expect(body.total).toBe(expected.length);
    expect(body.truncated).toBe(false);
    expect(new Set(ids(body.nodes))).toEqual(new Set(ids(expected)));
  });

  it('when the answer is large, then it comes gzipped', async () => {
    const response = await fetch(`${app.baseUrl}/api/graph?limit=3000`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // fetch inflates it transparently.
    const body = (await response.json()) as { nodes: unknown[] };
    expect(body.nodes).toHaveLength(3_000);
  });
});

/** The overview's group id of an entity: its kind and camp. */
const groupOf = (id: string) => `${reference.kindOf(id)}|${reference.nodes.get(id)!.camp}`;

describe('GET /api/overview', () => {
  it('when asked, then the groups count every entity by kind and camp, and the links every relationship', async () => {
    const { status, body } = await app.get('/api/overview');
    expect(status).toBe(200);
    expect(body.entities).toBe(reference.nodes.size);
    const expected = new Map<string, number>();
    for (const node of reference.nodes.values()) {
      const id = groupOf(node.id);
      expected.set(id, (expected.get(id) ?? 0) + 1);
    }
    expect(
      new Map(body.groups.map((group: { id: string; count: number }) => [group.id, group.count])),
    ).toEqual(expected);
    const linkTotal = body.links.reduce(
      (sum: number, link: { count: number }) => sum + link.count,
      0,
    );
    expect(linkTotal).toBe(reference.edges.length);
    // Each link counts the relationships pointing from one group to another.
    const expectedLinks = new Map<string, number>();
    for (const edge of reference.edges) {
      const id = `${groupOf(edge.source)}>${groupOf(edge.target)}`;
      expectedLinks.set(id, (expectedLinks.get(id) ?? 0) + 1);
    }
    expect(
      new Map(
        body.links.map((link: { source: string; target: string; count: number }) => [
          `${link.source}>${link.target}`,
          link.count,
        ]),
      ),
    ).toEqual(expectedLinks);
    const hub = reference.hub();
    const hubGroup = `${reference.kindOf(hub)}|${reference.nodes.get(hub)!.camp}`;
    expect(body.groups.map((group: { id: string }) => group.id)).toContain(hubGroup);
  });
});

describe('neighbour expansion on a power-law graph', () => {
  const cases = [
    ['the biggest hub', () => reference.hub()],
    ['an ordinary entity', () => reference.leaf()],
  ] as const;

  for (const [what, pick] of cases) {
    for (const depth of [1, 2, 3]) {
      it(`when ${what} is expanded to depth ${depth}, then the nearest entities are kept, by name within a ring`, async () => {
        const id = pick();
        const limit = 60;
        const { status, body } = await app.get(
          `/api/nodes/${id}/neighbors?depth=${depth}&limit=${limit}`,
        );
        expect(status).toBe(200);
        const hops = reference.hopsFrom(id, depth);
        const kept = ids(body.nodes).filter((kept) => kept !== id);
        expect(body.truncated).toBe(hops.size > limit - 1);
        expect(kept.length).toBe(Math.min(hops.size, limit - 1));
        // Everything kept is within reach; nothing left out is nearer, or in the same ring and
        // earlier by name.
        const rank = (other: string) => [hops.get(other)!, reference.nodes.get(other)!.name];
        const worstKept = kept.map(rank).sort(compareRank).at(-1);
        for (const other of hops.keys()) {
          if (kept.includes(other) || worstKept === undefined) continue;
          expect(compareRank(rank(other), worstKept)).toBeGreaterThanOrEqual(0);
        }
        expect(new Set(ids(body.edges))).toEqual(
          new Set(reference.edgesAmong(new Set([id, ...kept]))),
        );
      });
    }
  }
  it('when a hub has more relationships than are sorted, then its first stored neighbors are kept, every one a real neighbor, with the edges among them', async () => {
    const id = reference.hub();
    const hops = reference.hopsFrom(id, 1);
    const limit = 30;
    // The app sorts up to 10,000 relationships; this graph's hub has hundreds, so the query is
    // asked directly with a lower bound to take the hub's path.
    const [row] = await app.db.read('graph/neighbors-depth-1', { id, limit, sortedUpTo: 10 });
    const kept = ids(row!.nodes).filter((kept) => kept !== id);
    expect(hops.size).toBeGreaterThan(limit);
    expect(row!.truncated).toBe(true);
    expect(kept).toHaveLength(limit);
    expect(new Set(kept).size).toBe(limit);
    for (const other of kept) expect(hops.has(other)).toBe(true);
    // Edges between two hubs come from a second query (edges-among-hubs.cypher), as always.
    const hubs = new Set(row!.hubs);
    const amongKept = new Set(reference.edgesAmong(new Set([id, ...kept])));
    const expected = reference.edges
      .filter((edge) => amongKept.has(edge.id))
      .filter((edge) => !(hubs.has(edge.source) && hubs.has(edge.target)))
      .map((edge) => edge.id);
    expect(new Set(ids(row!.edges))).toEqual(new Set(expected));
  });
});

function compareRank(a: (string | number)[], b: (string | number)[]): number {
  if (a[0] !== b[0]) return Number(a[0]) - Number(b[0]);
  return String(a[1]) < String(b[1]) ? -1 : String(a[1]) > String(b[1]) ? 1 : 0;
}

describe('search through the full-text index', () => {
  const needles = ['a', 'an', 'zen', 'Round 1', 'labs', 'ta ', 'company-1', 'sol ven', 'xq'];

  it.each(needles)(
    'when searching for %j, then it answers what reading every entity answers, in the same order',
    async (needle) => {
      const { body } = await app.get(`/api/search?q=${encodeURIComponent(needle)}&limit=15`);
      const scanned = await app.db.read('graph/search-scan', { q: needle.trim(), limit: 15 });
      expect(ids(body.nodes)).toEqual(scanned.map((row) => (row.node as { id: string }).id));
    },
  );

  // Here the word-start matches alone fill the limit, the last of them found only inside a
  // word: a match inside a word that the word-start query cannot see may rank before it.
  it.each([
    ['ge', 5],
    ['50', 4],
  ])(
    'when searching for %j with limit %i, then it answers what reading every entity answers',
    async (needle, limit) => {
      const { body } = await app.get(`/api/search?q=${needle}&limit=${limit}`);
      const scanned = await app.db.read('graph/search-scan', { q: needle, limit });
      expect(ids(body.nodes)).toEqual(scanned.map((row) => (row.node as { id: string }).id));
    },
  );

  it('when the text is not plain ASCII, then it reads every entity and still finds substrings', async () => {
    const { status, body } = await app.get(`/api/search?q=${encodeURIComponent('€500 MILL')}`);
    expect(status).toBe(200);
    expect(ids(body.nodes)).toEqual(['ami-labs-raise']);
  });
});

describe('built-in views on a large graph', () => {
  it('when every built-in view runs with its defaults, then each stops at $rowCap in Cypher rather than being cut off', async () => {
    const { body } = await app.get('/api/views');
    for (const view of body.views as { id: string }[]) {
      const { status, body: result } = await app.send('POST', `/api/views/${view.id}/run`, {});
      expect({ view: view.id, status }).toEqual({ view: view.id, status: 200 });
      expect(result.rows.length).toBeLessThanOrEqual(viewRowCap);
      // Cut off after the fact, the answer would say truncated.
      expect({ view: view.id, truncated: result.truncated }).toEqual({
        view: view.id,
        truncated: false,
      });
    }
  }, 60_000);
});

describe('time budgets on a power-law graph', () => {
  let budgeted: TestApp;
  beforeAll(async () => {
    // The same graph and Neo4j, with a budget no hub-heavy walk can meet: the cut is certain.
    budgeted = await startTestApp({
      neo4j: { uri: neo4j.uri, password: neo4j.password },
      readTimeoutMs: 1,
    });
  });
  afterAll(() => budgeted?.close());

  /** Transactions Neo4j still runs for a query whose text contains `fragment`. */
  async function stillRunning(fragment: string): Promise<number> {
    const driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic('neo4j', neo4j.password));
    try {
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $fragment RETURN count(*) AS running',
        { fragment },
      );
      return Number(records[0]!.get('running'));
    } finally {
      await driver.close();
    }
  }

  it('when the biggest hub is expanded to depth 3 past the budget, then it answers 504 query_timeout, not 500, and Neo4j lets the walk go', async () => {
    const { status, body } = await budgeted.get(
      `/api/nodes/${reference.hub()}/neighbors?depth=3&limit=200`,
    );
    expect({ status, code: body.error?.code }).toEqual({ status: 504, code: 'query_timeout' });
    expect(body.error.message).toMatch(/took too long/);
    // The answer did not wait for Neo4j; its own cut (same budget) ends the walk soon after.
    await expect.poll(() => stillRunning('ring3'), { timeout: 15_000, interval: 250 }).toBe(0);
    // Within its budget the same walk is answered.
    expect(
      (await app.get(`/api/nodes/${reference.hub()}/neighbors?depth=3&limit=200`)).status,
    ).toBe(200);
  });

  it('when paths between two hubs cannot be found within the budget, then it answers 504 query_timeout, not 500', async () => {
    const [first, second] = reference.hubs(2);
    const { status, body } = await budgeted.get(`/api/paths?from=${first}&to=${second}&k=4`);
    expect({ status, code: body.error?.code }).toEqual({ status: 504, code: 'query_timeout' });
    expect((await app.get(`/api/paths?from=${first}&to=${second}&k=4`)).status).toBe(200);
  });
});

describe('paths on a power-law graph', () => {
  it('when no path joins two entities, then the answer is empty', async () => {
    // The synthetic ecosystem shares no entity with the seed data.
    const [seeded, made] = ['shengshu', synthetic.nodes[0]!.id];
    expect(reference.hopsFrom(seeded, 100).has(made)).toBe(false);
    const { status, body } = await app.get(`/api/paths?from=${seeded}&to=${made}&k=3`);
    expect(status).toBe(200);
    expect(body).toEqual({ nodes: [], edges: [], truncated: false, paths: [] });
  });

  it('when two ordinary entities are joined through hubs, then the first path is a shortest one and the alternatives are distinct simple paths, shortest first', async () => {
    const from = reference.leaf();
    const hops = reference.hopsFrom(from, 6);
    const to = [...hops].find(([, distance]) => distance === 4)?.[0];
    expect(to).toBeDefined();
    const { status, body } = await app.get(`/api/paths?from=${from}&to=${to}&k=4`);
    expect(status).toBe(200);
    expect(body.paths[0].hops).toBe(4);
    const lengths = body.paths.map((path: { hops: number }) => path.hops);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const routes = body.paths.map((path: { edges: string[] }) => path.edges.join());
    expect(new Set(routes).size).toBe(routes.length);
    for (const path of body.paths) {
      expect(new Set(path.nodes).size).toBe(path.nodes.length);
      expect(path.nodes[0]).toBe(from);
      expect(path.nodes.at(-1)).toBe(to);
    }
  });
});
