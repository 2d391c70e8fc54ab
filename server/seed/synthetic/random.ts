export { seededRandom } from '../../../common/seeded-random.ts';

/** Picks from `items` with the given weights. */
export function weighted<T>(random: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1]![0];
}

/**
 * Preferential attachment: picking grows an item's chance to be picked again, so degrees
 * follow a power law as in real deal networks (a few investors lead most rounds).
 */
export class PreferentialPool {
  private readonly tickets: string[] = [];

  add(id: string, weight = 1): void {
    for (let i = 0; i < weight; i++) this.tickets.push(id);
  }

  pick(random: () => number): string {
    const id = this.tickets[Math.floor(random() * this.tickets.length)]!;
    this.tickets.push(id);
    return id;
  }

  get size(): number {
    return this.tickets.length;
  }
}
