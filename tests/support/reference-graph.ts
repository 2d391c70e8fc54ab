import type { SeedNode, SeedRelationship } from '../../server/seed/seed-data.ts';

/**
 * The graph the tests wrote, held in memory to compute expected answers independently of
 * Cypher: degrees, rings of neighbours, edges among a set. (It checks Neo4j's answers; it never
 * stands in for Neo4j.)
 */
export class ReferenceGraph {
  readonly nodes: Map<string, SeedNode>;
  readonly edges: SeedRelationship[];
  private readonly adjacent = new Map<string, string[]>();

  constructor(nodes: SeedNode[], edges: SeedRelationship[]) {
    this.nodes = new Map(nodes.map((node) => [node.id, node]));
    this.edges = edges;
    for (const edge of edges) {
      this.neighbors(edge.source).push(edge.target);
      this.neighbors(edge.target).push(edge.source);
    }
  }

  private neighbors(id: string): string[] {
    let list = this.adjacent.get(id);
    if (!list) this.adjacent.set(id, (list = []));
    return list;
  }

  /** Relationships at the entity, either way (what COUNT { (n)--() } counts). */
  degree(id: string): number {
    return this.adjacent.get(id)?.length ?? 0;
  }

  /** Investor when it has that label, else its first label: the rule the API groups by. */
  kindOf(id: string): string {
    const labels = this.nodes.get(id)!.labels;
    return labels.includes('Investor') ? 'Investor' : labels[0]!;
  }

  /** Ids of the relationships whose both ends are in `ids`. */
  edgesAmong(ids: Set<string>): string[] {
    return this.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => edge.id);
  }

  /** Every entity within `depth` hops of `id` (itself excluded), with its distance. */
  hopsFrom(id: string, depth: number): Map<string, number> {
    const hops = new Map<string, number>([[id, 0]]);
    let ring = [id];
    for (let hop = 1; hop <= depth; hop++) {
      const next: string[] = [];
      for (const at of ring) {
        for (const other of this.adjacent.get(at) ?? []) {
          if (!hops.has(other)) {
            hops.set(other, hop);
            next.push(other);
          }
        }
      }
      ring = next;
    }
    hops.delete(id);
    return hops;
  }

  /**
   * The lengths of every simple path from `from` to `to` of at most `maxHops` hops, shortest
   * first. Two relationships between the same pair make two paths, as they do for the API.
   */
  pathLengths(from: string, to: string, maxHops: number): number[] {
    const lengths: number[] = [];
    const onPath = new Set([from]);
    const walk = (at: string, hops: number) => {
      for (const next of this.adjacent.get(at) ?? []) {
        if (next === to) lengths.push(hops + 1);
        else if (hops + 1 < maxHops && !onPath.has(next)) {
          onPath.add(next);
          walk(next, hops + 1);
          onPath.delete(next);
        }
      }
    };
    walk(from, 0);
    return lengths.sort((a, b) => a - b);
  }

  /** The best connected entity. */
  hub(): string {
    return [...this.nodes.keys()].reduce((best, id) =>
      this.degree(id) > this.degree(best) ? id : best,
    );
  }

  /** The `count` best connected entities, best first (ties by id). */
  hubs(count: number): string[] {
    return [...this.nodes.keys()]
      .sort((a, b) => this.degree(b) - this.degree(a) || (a < b ? -1 : 1))
      .slice(0, count);
  }

  /** An ordinary entity: three relationships, the first such in id order. */
  leaf(): string {
    return [...this.nodes.keys()].sort().find((id) => this.degree(id) === 3)!;
  }
}
