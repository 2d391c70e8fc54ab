import { describe, expect, it } from 'vitest';
import type { ViewSummaryPayload } from '../../../client/src/lib/api-types.ts';
import { fromDraft, toDraft } from '../../../client/src/features/views/utils/declaration-drafts.ts';
import { groupViews } from '../../../client/src/features/views/utils/group-views.ts';
import { describeSource } from '../../../client/src/features/views/utils/result-source.ts';

function view(id: string, category: string, builtin = true, title = id): ViewSummaryPayload {
  return { id, title, description: '', category, builtin, params: [] };
}

describe('the Views panel', () => {
  it('when views are grouped, then categories with your views come first, then alphabetical', () => {
    const groups = groupViews([
      view('funders', 'Funding'),
      view('mine', 'My views', false),
      view('bridges', 'Landscape'),
      view('totals', 'Funding', true, 'Another funding view'),
      view('my-funding', 'Funding', false, 'A funding view of mine'),
    ]);
    expect(groups.map((group) => group.category)).toEqual(['Funding', 'My views', 'Landscape']);
    // Built-in first, then yours, each by title.
    expect(groups[0]?.views.map((entry) => entry.id)).toEqual(['totals', 'funders', 'my-funding']);
  });
});

describe('the banner over a result', () => {
  it('when a view ran, then it names the view and its values, entities by name', () => {
    const shortestPath: ViewSummaryPayload = {
      ...view('shortest-path', 'Exploration', true, 'Shortest path between two entities'),
      params: [
        { name: 'from', type: 'entity', default: 'zhu-jun', description: '' },
        { name: 'to', type: 'entity', default: 'fei-fei-li', description: '' },
      ],
    };
    const names: Record<string, string> = { 'zhu-jun': 'Zhu Jun', 'fei-fei-li': 'Fei-Fei Li' };
    const described = describeSource(
      { kind: 'view', view: shortestPath, params: { from: 'zhu-jun', to: 'fei-fei-li' } },
      (id) => names[id] ?? id,
    );
    expect(described).toEqual({
      kind: 'View',
      title: 'Shortest path between two entities',
      detail: 'from = Zhu Jun, to = Fei-Fei Li',
    });
  });

  it('when a query ran, then its text is shown on one line, without comments', () => {
    const described = describeSource(
      {
        kind: 'query',
        cypher: '// who founded what\nMATCH p=(:Person)-[:FOUNDED]->()\n  RETURN p',
        params: {},
      },
      (id) => id,
    );
    expect(described).toEqual({
      kind: 'Query',
      title: 'MATCH p=(:Person)-[:FOUNDED]->() RETURN p',
      detail: '',
    });
  });
});

describe('parameter declarations in the save dialog', () => {
  it('when a declaration is edited as text, then it is sent typed', () => {
    const depth = {
      name: 'depth',
      type: 'integer' as const,
      default: 2,
      description: 'Hops',
      min: 1,
      max: 3,
    };
    expect(fromDraft(toDraft(depth))).toEqual(depth);
    const camp = {
      name: 'camp',
      type: 'choice' as const,
      default: 'llm',
      description: '',
      choices: ['llm', 'both'],
    };
    expect(fromDraft(toDraft(camp))).toEqual(camp);
    expect(fromDraft({ ...toDraft(depth), type: 'boolean', default: 'true' })).toEqual({
      name: 'depth',
      type: 'boolean',
      default: true,
      description: 'Hops',
    });
    // A number that does not parse is sent as typed, for the server to name.
    expect(fromDraft({ ...toDraft(depth), default: 'two', min: '', max: 'x' })).toEqual({
      name: 'depth',
      type: 'integer',
      default: 'two',
      description: 'Hops',
    });
  });
});
