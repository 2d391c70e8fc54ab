import type cytoscape from 'cytoscape';

/** What a patch changed; `added` holds the new elements, already in the graph. */
export interface ElementPatch {
  added: cytoscape.CollectionReturnValue;
  removedCount: number;
}

/** Classes the mapper owns; others (selection highlights) belong to the canvas and are kept. */
const DATA_CLASS = /^(kind|camp)-/;

function syncDataClasses(
  element: cytoscape.SingularElementReturnValue,
  classes: cytoscape.ElementDefinition['classes'],
): void {
  const wanted = (typeof classes === 'string' ? classes.split(' ') : (classes ?? [])).filter(
    (name) => DATA_CLASS.test(name),
  );
  const current = element.classes().filter((name) => DATA_CLASS.test(name));
  if (current.join(' ') === wanted.join(' ')) return;
  element.removeClass(current.join(' '));
  element.addClass(wanted.join(' '));
}

/**
 * Makes the graph hold exactly `elements`, by id, in one batch: removes elements that are gone,
 * adds new ones and refreshes data and data-derived classes of the rest. Positions of kept nodes stay put,
 * which is what lets the caller lay out only what was added.
 */
export function patchElements(
  cy: cytoscape.Core,
  elements: cytoscape.ElementDefinition[],
): ElementPatch {
  const wanted = new Set(elements.map((element) => element.data.id));
  let added = cy.collection();
  let removedCount = 0;
  cy.batch(() => {
    const gone = cy.elements().filter((element) => !wanted.has(element.id()));
    removedCount = gone.length;
    cy.remove(gone);
    const fresh: cytoscape.ElementDefinition[] = [];
    for (const definition of elements) {
      const existing = cy.getElementById(definition.data.id ?? '');
      if (existing.empty()) {
        fresh.push(definition);
        continue;
      }
      existing.data(definition.data);
      syncDataClasses(existing, definition.classes);
    }
    // Nodes come before edges in `elements`, so one add keeps every edge's ends present.
    added = cy.add(fresh);
  });
  return { added, removedCount };
}
