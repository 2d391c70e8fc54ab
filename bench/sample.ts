import type { Driver } from 'neo4j-driver';
import { seededRandom } from '../server/seed/synthetic/random.ts';

/** What the load scenarios ask for, drawn from the database the app serves. */
export interface Sample {
  /** Hubs (the best-connected entities) mixed among ordinary ones, in a fixed shuffled order. */
  ids: string[];
  hubs: string[];
  /** Prefixes (3–6 letters, lower case) of real synthetic names. */
  searches: string[];
}

async function read<T>(driver: Driver, cypher: string, map: (row: Record<string, unknown>) => T) {
  const { records } = await driver.executeQuery(cypher, {}, { routing: 'READ' });
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
  const hubIds = await read(
    driver,
    `MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT ${hubs}`,
    (row) => String(row.id),
  );
  const all = await read(
    driver,
    'MATCH (n:Entity) RETURN n.id AS id, n.name AS name ORDER BY n.id',
    (row) => ({ id: String(row.id), name: String(row.name ?? '') }),
  );
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
