import { useEffect, useRef } from 'react';
import type { ApiSentence, ApiSource } from '../../../lib/api-types.ts';
import type { GraphModel } from '../../../lib/graph-model.ts';
import type { Selection } from '../../../lib/selection.ts';
import { useSentences } from '../hooks/use-sentences.ts';
import type { Spotlight } from '../../../lib/spotlight.ts';
import {
  factIds,
  PART_TITLES,
  sentenceKey,
  sentenceOfQuote,
  type JumpRequest,
  type ShownFacts,
} from '../utils/sentence-facts.ts';
import { SourceSentence } from './source-sentence.tsx';
import { motionMs } from '../../../lib/motion.ts';

export interface SourceTextProps {
  source: ApiSource;
  graph: GraphModel;
  /** What the filters leave on screen: sentences supporting none of it are dimmed. */
  shown: ShownFacts;
  /** The spotlight on the canvas, if a sentence here lit it. */
  activeKey: string | null;
  jump: JumpRequest | null;
  onSpotlight: (spotlight: Spotlight | null) => void;
  onOpen: (selection: Selection) => void;
}

function groupByPart(sentences: readonly ApiSentence[]): [ApiSentence['part'], ApiSentence[]][] {
  const groups: [ApiSentence['part'], ApiSentence[]][] = [];
  for (const sentence of sentences) {
    const group = groups.at(-1);
    if (group && group[0] === sentence.part) group[1].push(sentence);
    else groups.push([sentence.part, [sentence]]);
  }
  return groups;
}

/** One source, sentence by sentence in reading order, under its headline, summary and body. */
export function SourceText({
  source,
  graph,
  shown,
  activeKey,
  jump,
  onSpotlight,
  onOpen,
}: SourceTextProps) {
  const { sentences, error } = useSentences(source.id);
  const list = useRef<HTMLDivElement>(null);
  const target = jump && sentences ? sentenceOfQuote(sentences, jump.quote) : undefined;

  useEffect(() => {
    if (!target || !jump) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-index="${target.index}"]`);
    row?.scrollIntoView({ block: 'center', behavior: motionMs(1) > 0 ? 'smooth' : 'instant' });
    row?.querySelector('button')?.focus({ preventScroll: true });
  }, [target, jump]);

  return (
    <article className="source-text" aria-labelledby={`source-${source.id}`}>
      <header className="source-text__header">
        <p className="eyebrow">
          {source.publisher} · {source.year}
        </p>
        <h3 id={`source-${source.id}`} className="source-text__title">
          {source.title}
        </h3>
      </header>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {!sentences && !error && (
        <p className="panel__status" role="status">
          <span className="spinner" aria-hidden="true" /> Loading the article…
        </p>
      )}
      <div ref={list}>
        {sentences &&
          groupByPart(sentences).map(([part, group], position) => (
            <section key={`${part}-${position}`} className="source-text__part">
              <h4 className="section-title">{PART_TITLES[part]}</h4>
              <ol className="list-stack">
                {group.map((sentence) => {
                  const key = sentenceKey(source.id, sentence.index);
                  const jumped = target?.index === sentence.index;
                  return (
                    <SourceSentence
                      // A new jump to the same sentence remounts it, so the flash plays again.
                      key={jumped ? `${sentence.index}:${jump?.seq}` : sentence.index}
                      sentence={sentence}
                      graph={graph}
                      shown={shown}
                      active={activeKey === key}
                      jumped={jumped}
                      onToggle={() =>
                        onSpotlight(activeKey === key ? null : { ids: factIds(sentence), by: key })
                      }
                      onClear={() => onSpotlight(null)}
                      onOpen={onOpen}
                    />
                  );
                })}
              </ol>
            </section>
          ))}
      </div>
    </article>
  );
}
