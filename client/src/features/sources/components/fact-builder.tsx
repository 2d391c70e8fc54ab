import { useState } from 'react';
import { CAMPS, CAMP_INFO } from '../../../lib/camps.ts';
import { KINDS } from '../../../lib/entity-kinds.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import { knownMentions, newNameProposals } from '../utils/name-suggestions.ts';
import type { DraftEntity, DraftRelationship } from '../utils/source-draft.ts';
import { DraftEntitySelect } from './draft-entity-select.tsx';

interface FactBuilderProps {
  sentences: string[];
  graph: GraphModel;
  relationshipTypes: string[];
  entities: DraftEntity[];
  relationships: DraftRelationship[];
  onEntities: (entities: DraftEntity[]) => void;
  onRelationships: (relationships: DraftRelationship[]) => void;
}

const withQuote = (quotes: string[], quote: string) =>
  quotes.includes(quote) ? quotes : [...quotes, quote];

/**
 * Step 2: pick a sentence, then link the entities it names (the graph's are suggested), create
 * new ones, and state a relationship between two of them; the sentence is attached to each as
 * its quote.
 */
export function FactBuilder(props: FactBuilderProps) {
  const { sentences, graph, entities, relationships, onEntities, onRelationships } = props;
  const [selected, setSelected] = useState(0);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('Company');
  const [camp, setCamp] = useState<DraftEntity['camp']>('neutral');
  const [from, setFrom] = useState('');
  const [type, setType] = useState('');
  const [to, setTo] = useState('');
  const sentence = sentences[selected] ?? '';
  const mentions = knownMentions(sentence, graph);
  const proposals = newNameProposals(sentence, mentions);

  const addEntity = (entity: DraftEntity) => {
    const at = entities.findIndex((e) => e.name === entity.name);
    if (at < 0) onEntities([...entities, entity]);
    else {
      onEntities(
        entities.map((e, i) => (i === at ? { ...e, quotes: withQuote(e.quotes, sentence) } : e)),
      );
    }
  };
  const link = (id: string) => {
    const node = graph.nodes.get(id)!;
    addEntity({ id, name: node.caption, labels: node.labels, properties: {}, quotes: [sentence] });
  };
  const factsOf = (text: string) =>
    entities.filter((e) => e.quotes.includes(text)).length +
    relationships.filter((r) => r.quotes.includes(text)).length;
  const relationshipType = type
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

  return (
    <div className="fact-builder">
      <ol className="fact-builder__sentences" aria-label="Sentences of the source">
        {sentences.map((text, index) => (
          <li key={index}>
            <button
              type="button"
              className="fact-builder__sentence"
              aria-pressed={index === selected}
              data-testid="draft-sentence"
              onClick={() => setSelected(index)}
            >
              <span className="fact-builder__index">{index + 1}</span> {text}
              {factsOf(text) > 0 && (
                <span className="fact-builder__count">{factsOf(text)} fact(s)</span>
              )}
            </button>
          </li>
        ))}
      </ol>
      <section className="fact-builder__editor" aria-label="Facts from the selected sentence">
        <blockquote className="fact-builder__quote">{sentence}</blockquote>
        <h3 className="section-title">Entities the graph has, named here</h3>
        <div className="chips">
          {mentions.length === 0 && <span className="muted">None found in this sentence.</span>}
          {mentions.map((mention) => (
            <button
              key={mention.id}
              type="button"
              className="chip"
              data-testid="mention"
              title="Link this entity; the sentence becomes its evidence"
              onClick={() => link(mention.id)}
            >
              + {mention.name}
            </button>
          ))}
        </div>
        <h3 className="section-title">New entity</h3>
        {proposals.length > 0 && (
          <div className="chips">
            {proposals.map((proposal) => (
              <button
                key={proposal}
                type="button"
                className="chip chip--new"
                onClick={() => setName(proposal)}
              >
                {proposal}
              </button>
            ))}
          </div>
        )}
        <div className="fact-builder__row">
          <input
            className="field__input"
            aria-label="New entity's name"
            data-testid="new-entity-name"
            value={name}
            placeholder="Name"
            onChange={(event) => setName(event.target.value)}
          />
          <select
            className="field__input"
            aria-label="Kind"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
          >
            {KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
          <select
            className="field__input"
            aria-label="Camp"
            value={camp}
            onChange={(e) => setCamp(e.target.value as DraftEntity['camp'])}
          >
            {CAMPS.map((c) => (
              <option key={c} value={c}>
                {CAMP_INFO[c].name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            data-testid="add-entity"
            disabled={!name.trim()}
            onClick={() => {
              addEntity({
                name: name.trim(),
                labels: [kind],
                camp,
                properties: {},
                quotes: [sentence],
              });
              setName('');
            }}
          >
            Add
          </button>
        </div>
        <h3 className="section-title">Relationship</h3>
        <div className="fact-builder__row">
          <DraftEntitySelect
            label="From"
            testId="rel-from"
            entities={entities}
            value={from}
            onChange={setFrom}
          />
          <input
            className="field__input"
            aria-label="Relationship type"
            data-testid="rel-type"
            list="relationship-types"
            value={type}
            placeholder="TYPE"
            onChange={(e) => setType(e.target.value)}
          />
          <datalist id="relationship-types">
            {props.relationshipTypes.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <DraftEntitySelect
            label="To"
            testId="rel-to"
            entities={entities}
            value={to}
            onChange={setTo}
          />
          <button
            type="button"
            className="button"
            data-testid="add-relationship"
            disabled={!from || !to || !/^[A-Z][A-Z_]*$/.test(relationshipType)}
            onClick={() => {
              onRelationships([
                ...relationships,
                {
                  type: relationshipType,
                  source: from,
                  target: to,
                  properties: {},
                  quotes: [sentence],
                },
              ]);
              setType('');
            }}
          >
            Add
          </button>
        </div>
        <h3 className="section-title">
          This source's facts ({entities.length + relationships.length})
        </h3>
        <ul className="fact-builder__draft" data-testid="draft-facts">
          {entities.map((e) => (
            <li key={`e-${e.name}`}>
              {e.name}{' '}
              <span className="muted">({e.id ? 'in the graph' : e.labels.join(', ')})</span>
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove ${e.name}`}
                onClick={() => onEntities(entities.filter((other) => other !== e))}
              >
                ×
              </button>
            </li>
          ))}
          {relationships.map((r, i) => (
            <li key={`r-${i}`}>
              {r.source} —{r.type}→ {r.target}
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove ${r.source} ${r.type} ${r.target}`}
                onClick={() => onRelationships(relationships.filter((other) => other !== r))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
