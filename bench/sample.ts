import type { Driver } from 'neo4j-driver';
import { loadCypherCatalog } from '../server/neo4j/cypher-files.ts';
import { seededRandom } from '../server/seed/synthetic/random.ts';

/** What the load scenarios ask for, drawn from the database the app serves. */
export interface Sample {
  /** Hubs (the best-connected entities) mixed among ordinary ones, in a fixed shuffled order. */
  ids: string[];
  hubs: string[];
  /** Prefixes (3–6 letters, lower case) of real synthetic names. */
  searches: string[];
}

const catalog = loadCypherCatalog();

async function read<T>(
  driver: Driver,
  name: string,
  params: Record<string, unknown>,
  map: (row: Record<string, unknown>) => T,
) {
  const { records } = await driver.executeQuery(catalog.get(`bench/${name}`)!, params, {
    routing: 'READ',
  });
  return records.map((record) => map(record.toObject()));
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Samples `total` ids (`hubs` of them the top by degree) and as many search prefixes. */
export async function sampleWorkload(driver: Driver, total: number, hubs: number): Promise<Sample> {
  const random = seededRandom(7);
  const hubIds = await read(driver, 'hub-ids', { hubs }, (row) => String(row.id));
  const all = await read(driver, 'all-entities', {}, (row) => ({
    id: String(row.id),
    name: String(row.name ?? ''),
  }));
  const hubSet = new Set(hubIds);
  const ordinary = shuffle(
    all.filter((entity) => !hubSet.has(entity.id)),
    random,
  ).slice(0, total - hubIds.length);
  const searches = shuffle(
    all.filter((entity) => entity.id.startsWith('syn-') && entity.name.length >= 6),
    random,
  )
    .slice(0, total)
    .map((entity) =>
      entity.name
        .toLowerCase()
        .slice(0, 3 + Math.floor(random() * 4))
        .trim(),
    );
  return {
    ids: shuffle([...hubIds, ...ordinary.map((entity) => entity.id)], random),
    hubs: hubIds,
    searches,
  };
}
