import { describe, expect, it } from 'vitest';
import type { ViewParamPayload } from '../../../client/src/lib/api-types.ts';
import {
  initialFormValues,
  paramNamedIn,
  paramsAsText,
  toRunParams,
} from '../../../client/src/features/views/utils/param-values.ts';
import {
  ecosystemHref,
  viewHref,
  viewLinkFrom,
} from '../../../client/src/features/views/utils/view-url.ts';

const neighborhood: ViewParamPayload[] = [
  { name: 'entity', type: 'entity', default: 'shengshu', description: 'Where to start' },
  { name: 'depth', type: 'integer', default: 2, description: 'Hops', min: 1, max: 3 },
];

describe('view addresses', () => {
  it('when a view and its values make an address, then reading it gives them back', () => {
    const params = { from: 'zhu-jun', to: 'fei-fei-li & co', depth: 2, strict: true };
    const href = viewHref('shortest-path', params);
    expect(href.startsWith('/?view=shortest-path&')).toBe(true);
    expect(viewLinkFrom(new URL(href, 'http://x').search)).toEqual({
      viewId: 'shortest-path',
      params: paramsAsText(params),
    });
  });

  it('when the address names no view, then it means the whole ecosystem', () => {
    expect(viewLinkFrom('')).toBeNull();
    expect(viewLinkFrom('?limit=3')).toBeNull();
    expect(viewLinkFrom('?view=')).toBeNull();
  });

  it('when the address is typed by hand, then every value is read as text', () => {
    expect(viewLinkFrom('?view=neighbourhood&entity=vidu&depth=1')).toEqual({
      viewId: 'neighbourhood',
      params: { entity: 'vidu', depth: '1' },
    });
  });

  it('when the address also carries keys that cannot be parameters, then they are left out', () => {
    expect(viewLinkFrom('?view=neighbourhood&entity=vidu&x-layout=fcose')).toEqual({
      viewId: 'neighbourhood',
      params: { entity: 'vidu' },
    });
  });

  it('when going back to the ecosystem, then a ?limit the page was opened with is kept', () => {
    expect(ecosystemHref(undefined)).toBe('/');
    expect(ecosystemHref(3)).toBe('/?limit=3');
  });
});

describe('view form values', () => {
  it('when a link gives some values, then they win over the defaults', () => {
    expect(initialFormValues(neighborhood, { depth: '1' })).toEqual({
      entity: 'shengshu',
      depth: '1',
    });
    expect(initialFormValues(neighborhood)).toEqual({ entity: 'shengshu', depth: '2' });
  });

  it('when booleans are declared, then they become ticks', () => {
    const flag: ViewParamPayload[] = [
      { name: 'strict', type: 'boolean', default: true, description: '' },
    ];
    expect(initialFormValues(flag)).toEqual({ strict: true });
    expect(initialFormValues(flag, { strict: 'false' })).toEqual({ strict: false });
  });

  it('when the form is sent, then numbers are numbers and bad ones go as typed', () => {
    expect(toRunParams(neighborhood, { entity: 'vidu', depth: '3' })).toEqual({
      entity: 'vidu',
      depth: 3,
    });
    // The server answers 'Parameter "depth" must be a number.' next to the field.
    expect(toRunParams(neighborhood, { entity: 'vidu', depth: 'two' })).toEqual({
      entity: 'vidu',
      depth: 'two',
    });
  });

  it('when the server names a parameter in its message, then the field is found', () => {
    expect(paramNamedIn('Parameter "depth" must be at most 3.')).toBe('depth');
    expect(paramNamedIn('No view has the id "x".')).toBeNull();
  });
});
