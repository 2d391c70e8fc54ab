import { spawn } from 'node:child_process';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { loadSeedData } from '../../server/seed/seed-data.ts';
import { seedDatabase } from '../../server/seed/seed-database.ts';
import { loadSourceFolder } from '../../server/sources/source-folder.ts';
import type { SourcePayload } from '../../server/sources/source-payload.ts';
import { fingerprint as fullFingerprint } from '../support/fingerprint.ts';
import { setupOrFailEach } from '../support/setup-or-fail-each.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// Its own Neo4j: these tests add and withdraw sources, which must not meet the other files'
// fingerprints of the shared database.
let app: TestApp;
const second = loadSourceFolder(path.join(import.meta.dirname, '..', 'fixtures', 'second-source'));
const secondId = second.source.id;

setupOrFailEach(async () => {
  app = await startTestApp({ ownNeo4j: true });
}, 180_000);
afterAll(() => app?.close());

/**
 * Everything the database holds but the audit trail: an editor's write that changed nothing (a
 * source read again, a refusal) may still be audited, after its answer.
 */
async function fingerprint(db: TestApp['db']) {
  const { data, ...schema } = await fullFingerprint(db);
  const nodeData = (data?.nodeData as [string[], unknown][]).filter(
    ([labels]) => !labels.includes('AuditEntry'),
  );
  return { ...schema, nodeData, relData: data?.relData };
}

const post = (payload: unknown, dryRun = false) =>
  app.send('POST', `/api/sources${dryRun ? '?dryRun=1' : ''}`, payload);
/**
 * Adds the second source unless it is there already: tests that build on it call this first, so
 * each also passes alone (the mutation run reruns single tests on a freshly seeded database).
 */
const withSecondSource = async () => {
  const { status } = await post(second);
  expect([200, 201]).toContain(status);
};
const node = async (id: string) => {
  const { body } = await app.get(`/api/nodes/${id}/neighbors?limit=200`);
  return {
    node: body.nodes.find((n: any) => n.id === id),
    edges: body.edges as any[],
  };
};
const edge = async (id: string) => {
  const [start] = id.split(/-(?=[A-Z])/);
  const { edges } = await node(start!);
  return edges.find((e) => e.id === id);
};
/** A payload with a few changes: the second source's fixture is the base. */
const variant = (change: (payload: SourcePayload) => void): SourcePayload => {
  const copy = structuredClone(second);
  change(copy);
  return copy;
};

/** Runs `npm run ingest -- …` as a person would, against this file's Neo4j. */
function ingestCli(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'server', 'ingest-cli.ts'), ...args],
      {
        env: {
          ...process.env,
          NEO4J_URI: app.neo4j.uri,
          NEO4J_USER: 'neo4j',
          NEO4J_PASSWORD: app.neo4j.password,
        },
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

describe('npm run ingest', () => {
  it('when a folder is dry-run from the command line, then the plan is printed readably and nothing is written', async () => {
    const before = await fingerprint(app.db);
    const folder = path.join(import.meta.dirname, '..', 'fixtures', 'second-source');
    const { code, out } = await ingestCli([folder, '--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain(
      `Source ${secondId} ("ShengShu round draws new backers as world-model race widens"): new (dry run: nothing written).`,
    );
    expect(out).toContain('Matched to the graph (5): Shengshu → shengshu (by name)');
    expect(out).toContain('Conflicts (2):');
    expect(out).toContain(
      '  - shengshu.valuation: "undisclosed" (nextfin-alibaba-shengshu) vs "1.1 billion dollars" (' +
        secondId +
        ')',
    );
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('when the folder is not a source, then it exits non-zero with the cause', async () => {
    const { code, out } = await ingestCli([path.join(projectRoot, 'cypher')]);
    expect(code).toBe(1);
    expect(out).toMatch(
      /^Error: .*source\.json cannot be read: a source folder holds source\.json/m,
    );
  });
});

describe('adding a second source', () => {
  it('when dry-run, then it answers the whole plan and writes nothing', async () => {
    const before = await fingerprint(app.db);
    const { status, body } = await post(second, true);
    expect(status).toBe(200);
    const { plan } = body;
    expect(plan.dryRun).toBe(true);
    expect(plan.written).toBe(false);
    expect(plan.created.entities).toEqual([
      { id: 'qiming-venture-partners', name: 'Qiming Venture Partners' },
    ]);
    expect(plan.matched).toEqual([
      { name: 'Shengshu', id: 'shengshu', by: 'name' },
      { name: 'Alibaba Cloud Inc.', id: 'alibaba-cloud', by: 'name' },
      { name: 'ShengShu Series B', id: 'shengshu-series-b', by: 'id' },
      { name: 'Fei Fei Li', id: 'fei-fei-li', by: 'name' },
      { name: 'Nvidia', id: 'nvidia', by: 'name' },
    ]);
    expect(plan.created.relationships.sort()).toEqual([
      'nvidia-SUPPLIES-shengshu',
      'qiming-venture-partners-PARTICIPATED_IN-shengshu-series-b',
    ]);
    expect(plan.corroborated.entities.sort()).toEqual([
      'alibaba-cloud',
      'fei-fei-li',
      'nvidia',
      'shengshu',
      'shengshu-series-b',
    ]);
    expect(plan.corroborated.relationships.sort()).toEqual([
      'alibaba-cloud-LED-shengshu-series-b',
      'fei-fei-li-LEADS-world-labs',
    ]);
    expect(
      plan.conflicts.map((c: any) => [c.element, c.property, c.values.map((v: any) => v.value)]),
    ).toEqual([
      ['shengshu', 'valuation', ['undisclosed', '1.1 billion dollars']],
      ['shengshu-series-b', 'amount', [2_000_000_000, 2_100_000_000]],
    ]);
    expect(plan.ambiguities).toEqual([]);
    expect(plan.problems).toEqual([]);
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('when added, then every fact shows its sources and corroboration, and the disputed values keep both sources', async () => {
    const { status, body } = await post(second);
    expect(status).toBe(201);
    expect(body.plan.written).toBe(true);

    const { node: shengshu } = await node('shengshu');
    expect(shengshu.properties.sources).toEqual(['nextfin-alibaba-shengshu', secondId]);
    expect(shengshu.properties.corroboration).toBe(2);
    expect(shengshu.properties.disputed).toEqual(['valuation']);
    // The first source's value stays shown; the second is kept beside it, not written over it.
    expect(shengshu.properties.valuation).toBe('undisclosed');
    const evidence = (shengshu.properties.quotes as string[]).map((quote, i) => ({
      quote,
      source: shengshu.properties.quoteSources[i],
    }));
    expect(evidence).toContainEqual({
      source: secondId,
      quote: 'The filing values Shengshu at 1.1 billion dollars.',
    });

    const led = await edge('alibaba-cloud-LED-shengshu-series-b');
    expect(led.properties.corroboration).toBe(2);
    const qiming = await edge('qiming-venture-partners-PARTICIPATED_IN-shengshu-series-b');
    expect(qiming.properties).toMatchObject({ corroboration: 1, sources: [secondId] });
    // A case-only variant is the same name, not a new alias.
    const { node: nvidia } = await node('nvidia');
    expect(nvidia.properties.aliases ?? []).not.toContain('Nvidia');

    const conflicts = await app.get('/api/conflicts');
    expect(conflicts.status).toBe(200);
    expect(
      conflicts.body.conflicts.map((c: any) => [
        c.element,
        c.property,
        c.values.map((v: any) => v.source),
      ]),
    ).toEqual([
      ['shengshu', 'valuation', ['nextfin-alibaba-shengshu', secondId]],
      ['shengshu-series-b', 'amount', ['nextfin-alibaba-shengshu', secondId]],
    ]);

    const sources = await app.get('/api/sources');
    // The second source gives only its publication date; its year is read from it.
    expect(sources.body.sources.map((s: any) => [s.id, s.date, s.year, s.facts])).toEqual([
      ['nextfin-alibaba-shengshu', '2026-01-01', 2026, { entities: 45, relationships: 61 }],
      [secondId, '2026-03-10', 2026, { entities: 6, relationships: 4 }],
    ]);
    const sentences = await app.get(`/api/sources/${secondId}/sentences`);
    const filing = sentences.body.sentences.find((s: any) => s.text.startsWith('The filing'));
    expect(filing.nodes).toEqual(['shengshu']);
  });

  it('when added again, then nothing changes', async () => {
    await withSecondSource();
    const before = await fingerprint(app.db);
    const { status, body } = await post(second);
    expect(status).toBe(200);
    expect(body.plan.source.status).toBe('reread');
    expect(body.plan.created).toEqual({ entities: [], relationships: [] });
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('when asked what changed since a date, then only facts first known from later sources are listed, as JSON and CSV', async () => {
    await withSecondSource();
    const { body } = await app.get('/api/changes?since=2026-03-01');
    expect(body.changes.map((c: any) => [c.kind, c.id, c.knownSince])).toEqual([
      ['entity', 'qiming-venture-partners', '2026-03-10'],
      ['relationship', 'nvidia-SUPPLIES-shengshu', '2026-03-10'],
      ['relationship', 'qiming-venture-partners-PARTICIPATED_IN-shengshu-series-b', '2026-03-10'],
    ]);
    const csv = await fetch(`${app.baseUrl}/api/changes?since=2026-03-01&format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('kind,id,name,knownSince,sources,corroboration');
    expect(lines).toHaveLength(4);
    expect((await app.get('/api/changes?since=March')).status).toBe(400);
  });
});

describe('refusals, all or nothing', () => {
  const cases: [string, (p: SourcePayload) => void, RegExp][] = [
    [
      'a quote not in the text',
      (p) => (p.nodes[0]!.quotes = ['Shengshu is worth a trillion.']),
      /entity "Shengshu" quotes text that is not in the source: "Shengshu is worth a trillion\."/,
    ],
    [
      'an undeclared label',
      (p) => (p.nodes[3]!.labels = ['Fund']),
      /unknown label Fund: declare it/,
    ],
    [
      'an undeclared relationship type',
      (p) => (p.relationships[3]!.type = 'SELLS_TO'),
      /unknown type SELLS_TO: declare it/,
    ],
    [
      'a dangling end',
      (p) => (p.relationships[1]!.target = 'Series Z of Nobody'),
      /"Series Z of Nobody" is no entity of this source or the graph/,
    ],
    [
      'the seed id with a different text',
      (p) => (p.source.id = 'nextfin-alibaba-shengshu'),
      /already used by a different text/,
    ],
  ];
  for (const [what, change, problem] of cases) {
    it(`when a source has ${what}, then it answers 400 naming it and writes nothing`, async () => {
      const before = await fingerprint(app.db);
      const payload = variant((p) => {
        p.source.id = 'refused-source';
        change(p);
      });
      const { status, body } = await post(payload);
      expect(status).toBe(400);
      expect(body.error.code).toBe('invalid_source');
      expect(body.error.plan.problems).toEqual([expect.stringMatching(problem)]);
      expect(await fingerprint(app.db)).toEqual(before);
    });
  }

  it('when the payload is not a source at all, then it answers 400 naming the field', async () => {
    const { status, body } = await post({ source: { id: 'x' }, text: '' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_parameter');
  });
});

describe('near misses', () => {
  const nearMiss = variant((p) => {
    p.source.id = 'near-miss-source';
    p.text += '\nWorld Lab opened an office in Beijing.';
    p.nodes = [
      {
        labels: ['Company'],
        name: 'World Lab',
        properties: { office: 'Beijing' },
        quotes: ['World Lab opened an office in Beijing.'],
      },
    ];
    p.relationships = [];
    p.source.published = '2026-04-01';
  });

  it('when a name is one letter from an entity, then it is never merged silently: the ingest is refused until settled', async () => {
    const before = await fingerprint(app.db);
    const dry = await post(nearMiss, true);
    expect(dry.body.plan.ambiguities).toEqual([
      {
        name: 'World Lab',
        candidates: [
          { id: 'world-labs', name: 'World Labs', reason: 'one letter apart from "World Lab"' },
        ],
      },
    ]);
    const refused = await post(nearMiss);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ambiguous_names');
    expect(await fingerprint(app.db)).toEqual(before);
  });

  it('when settled as the existing entity, then it is merged and gains the new name as an alias', async () => {
    const settled = { ...nearMiss, resolve: { 'World Lab': 'world-labs' } };
    const { status, body } = await post(settled);
    expect(status).toBe(201);
    expect(body.plan.matched).toEqual([{ name: 'World Lab', id: 'world-labs', by: 'settled' }]);
    const { node: worldLabs } = await node('world-labs');
    expect(worldLabs.properties.aliases).toContain('World Lab');
    expect(worldLabs.properties.office).toBe('Beijing');
    expect((await app.send('DELETE', '/api/sources/near-miss-source')).status).toBe(200);
  });

  it('when settled as new, then a separate entity with a fresh slug is made', async () => {
    const plan = (await post({ ...nearMiss, resolve: { 'World Lab': 'new' } }, true)).body.plan;
    expect(plan.created.entities).toEqual([{ id: 'world-lab', name: 'World Lab' }]);
  });
});

describe('withdrawing a source', () => {
  it('when the second source is withdrawn, then facts only it backed go, the others lose just its evidence, and its conflicts end', async () => {
    await withSecondSource();
    const { status, body } = await app.send('DELETE', `/api/sources/${secondId}`);
    expect(status).toBe(200);
    expect(body.plan.removed.entities).toEqual(['qiming-venture-partners']);
    expect(body.plan.removed.relationships.sort()).toEqual([
      'nvidia-SUPPLIES-shengshu',
      'qiming-venture-partners-PARTICIPATED_IN-shengshu-series-b',
    ]);
    const { node: shengshu } = await node('shengshu');
    expect(shengshu.properties.sources).toEqual(['nextfin-alibaba-shengshu']);
    expect(shengshu.properties.corroboration).toBe(1);
    expect(shengshu.properties.disputed).toBeUndefined();
    expect((await app.get('/api/conflicts')).body.conflicts).toEqual([]);
    expect((await app.get('/api/nodes/qiming-venture-partners/neighbors')).status).toBe(404);
    expect((await app.get('/api/sources')).body.sources.map((s: any) => s.id)).toEqual([
      'nextfin-alibaba-shengshu',
    ]);
    expect((await app.send('DELETE', `/api/sources/${secondId}`)).status).toBe(404);
  });

  it('when the seed is read again after all this, then the graph holds exactly the seed once more', async () => {
    const summary = await seedDatabase(app.db, loadSeedData());
    expect(summary.entities).toBe(45);
    expect(summary.written).toEqual({});
  });
});

describe('the overview kept between requests', () => {
  const entitiesInOverview = async () => (await app.get('/api/overview')).body.entities as number;

  it('when a source adds entities and is withdrawn again, then the overview follows each change at once', async () => {
    const before = await entitiesInOverview();
    const added = await post(second);
    expect(added.status).toBe(201);
    expect(await entitiesInOverview()).toBe(before + added.body.plan.created.entities.length);
    expect((await app.send('DELETE', `/api/sources/${secondId}`)).status).toBe(200);
    expect(await entitiesInOverview()).toBe(before);
  });

  it('when another writer adds an entity and a relationship straight to Neo4j, then the next request sees each, without waiting for the overview to age', async () => {
    const driver = neo4j.driver(app.neo4j.uri, neo4j.auth.basic('neo4j', app.neo4j.password));
    const write = (cypher: string) => driver.executeQuery(cypher, {}, { routing: 'WRITE' });
    try {
      const before = (await app.get('/api/overview')).body;
      await write(
        "CREATE (:Entity:Company {id: 'outside-writer', name: 'Outside Writer', camp: 'neutral'})",
      );
      const withEntity = (await app.get('/api/overview')).body;
      expect(withEntity.entities).toBe(before.entities + 1);
      expect(withEntity.relationships).toBe(before.relationships);
      await write(
        "MATCH (a:Entity {id: 'outside-writer'}), (b:Entity {id: 'shengshu'}) CREATE (a)-[:COMPETES_WITH]->(b)",
      );
      expect((await app.get('/api/overview')).body.relationships).toBe(before.relationships + 1);
    } finally {
      await write("MATCH (n:Entity {id: 'outside-writer'}) DETACH DELETE n");
      await driver.close();
    }
  });
});
