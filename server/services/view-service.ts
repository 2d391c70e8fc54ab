import type { Database, QueryAnswer, QueryLimits } from '../neo4j/database.ts';
import { AppError } from '../errors.ts';
import type { View, ViewSummary } from '../views/view-catalog.ts';
import { coerceParam, type ViewHeader, type ViewParam } from '../views/view-header.ts';

/** What a person sends to save a view. */
export interface ViewDraft extends ViewHeader {
  cypher: string;
  /** Canvas positions by entity id, saved with the view. */
  positions?: Record<string, { x: number; y: number }>;
}

/**
 * Every query gets `$rowCap`, the most records an answer may hold, so views can bound
 * themselves in Cypher (`LIMIT $rowCap`) instead of being cut off after the fact.
 */
function withRowCap(params: Record<string, unknown>, limits: QueryLimits) {
  return { ...params, rowCap: limits.rowCap };
}

/**
 * Views: the built-in ones from cypher/views/ (read-only) and the ones users saved, stored in
 * Neo4j as :SavedView nodes so everyone on the same database sees them.
 */
export class ViewService {
  constructor(
    private readonly db: Database,
    private readonly builtins: ReadonlyMap<string, View>,
    private readonly limits: QueryLimits,
  ) {}

  async list(): Promise<ViewSummary[]> {
    const saved = await this.savedViews();
    return [...this.builtins.values(), ...saved].map(({ cypher: _cypher, ...summary }) => summary);
  }

  async get(id: string): Promise<View> {
    const builtin = this.builtins.get(id);
    if (builtin) return builtin;
    const [row] = await this.db.read('saved-views/get', { id });
    if (!row) throw new AppError(404, 'not_found', `No view has the id "${id}".`);
    return row.view;
  }

  /** Runs a view with the given values, defaults filling the rest. */
  async run(id: string, given: Record<string, unknown>): Promise<QueryAnswer> {
    const view = await this.get(id);
    const params = await this.resolveParams(view.params, given);
    return this.db.readOnlyQuery(view.cypher, withRowCap(params, this.limits), this.limits);
  }

  /** Runs text from the editor, read-only. */
  query(cypher: string, params: Record<string, unknown>): Promise<QueryAnswer> {
    return this.db.readOnlyQuery(cypher, withRowCap(params, this.limits), this.limits);
  }

  async create(draft: ViewDraft): Promise<View> {
    await this.check(draft);
    const base = slugify(draft.title);
    for (let attempt = 1; attempt <= 50; attempt++) {
      const id = attempt === 1 ? base : `${base}-${attempt}`;
      if (this.builtins.has(id)) continue;
      try {
        const { rows } = await this.db.write('saved-views/create', {
          view: { id, ...toStored(draft) },
        });
        return rows[0]!.view;
      } catch (error) {
        if (
          !/already exists|ConstraintValidationFailed/i.test(
            String((error as { code?: string }).code) + String(error),
          )
        ) {
          throw error;
        }
      }
    }
    throw new AppError(409, 'conflict', 'Too many views share this title; choose another title.');
  }

  async update(id: string, draft: ViewDraft): Promise<View> {
    this.refuseBuiltin(id, 'edited');
    await this.check(draft);
    const { rows } = await this.db.write('saved-views/update', { id, view: toStored(draft) });
    if (!rows[0]) throw new AppError(404, 'not_found', `No view has the id "${id}".`);
    return rows[0].view;
  }

  async remove(id: string): Promise<void> {
    this.refuseBuiltin(id, 'deleted');
    const { rows } = await this.db.write('saved-views/delete', { id });
    if ((rows[0]?.deleted ?? 0) === 0) {
      throw new AppError(404, 'not_found', `No view has the id "${id}".`);
    }
  }

  private refuseBuiltin(id: string, verb: string): void {
    if (this.builtins.has(id)) {
      throw new AppError(
        403,
        'builtin_view',
        `Built-in views cannot be ${verb}; duplicate it into a view of your own instead.`,
      );
    }
  }

  /** A saved view must run read-only: plan it with its defaults before storing it. */
  private async check(draft: ViewDraft): Promise<void> {
    const names = new Set<string>();
    for (const param of draft.params) {
      if (names.has(param.name)) {
        throw new AppError(400, 'invalid_view', `Parameter "${param.name}" is declared twice.`);
      }
      names.add(param.name);
    }
    const params = await this.resolveParams(draft.params, {});
    const limits = { ...this.limits, rowCap: 1 };
    await this.db.readOnlyQuery(draft.cypher, withRowCap(params, limits), limits);
  }

  private async resolveParams(
    declared: ViewParam[],
    given: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const known = new Set(declared.map((param) => param.name));
    const unknown = Object.keys(given).find((name) => !known.has(name));
    if (unknown !== undefined) {
      throw new AppError(
        400,
        'invalid_parameter',
        `Parameter "${unknown}" is not one this view declares (${[...known].join(', ') || 'it takes none'}).`,
      );
    }
    const params: Record<string, unknown> = {};
    for (const param of declared) {
      const raw = given[param.name] ?? param.default;
      const coerced = coerceParam(param, raw);
      if (!coerced.ok) {
        throw new AppError(
          400,
          'invalid_parameter',
          `Parameter "${param.name}" ${coerced.problem}.`,
        );
      }
      if (param.type === 'entity') {
        const [row] = await this.db.read('graph/node-by-id', { id: coerced.value });
        if (!row) {
          throw new AppError(
            400,
            'invalid_parameter',
            `Parameter "${param.name}": no entity has the id "${coerced.value}".`,
          );
        }
      }
      params[param.name] = coerced.value;
    }
    return params;
  }

  private async savedViews(): Promise<View[]> {
    const rows = await this.db.read('saved-views/list');
    return rows.map((row) => row.view);
  }
}

function toStored(draft: ViewDraft) {
  return {
    title: draft.title,
    description: draft.description,
    category: draft.category,
    cypher: draft.cypher,
    // Neo4j properties cannot hold maps, so declarations and positions are stored as JSON text.
    params: JSON.stringify(draft.params),
    positions: draft.positions ? JSON.stringify(draft.positions) : '',
  };
}

/** `Who funds robots?` → `who-funds-robots`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'view';
}
