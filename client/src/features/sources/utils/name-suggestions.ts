import type { GraphModel } from '../../../lib/graph-model.ts';

/** An entity the graph already has, named in a sentence. */
export interface KnownMention {
  id: string;
  name: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (text: string) => text.toLowerCase().replace(/[-‐‑]/g, ' ');

/**
 * Entities of the graph whose name or alias appears in the sentence (case, hyphens and
 * word edges aside), longest names first so "Alibaba Cloud" wins over "Alibaba".
 */
export function knownMentions(sentence: string, graph: GraphModel): KnownMention[] {
  const text = words(sentence);
  const found: KnownMention[] = [];
  const names: { id: string; name: string; spelled: string }[] = [];
  for (const node of graph.nodes.values()) {
    const aliases = Array.isArray(node.properties.aliases) ? node.properties.aliases : [];
    for (const spelled of [node.caption, ...aliases]) {
      if (typeof spelled === 'string' && spelled.length >= 2) {
        names.push({ id: node.id, name: node.caption, spelled });
      }
    }
  }
  names.sort((a, b) => b.spelled.length - a.spelled.length);
  for (const { id, name, spelled } of names) {
    if (found.some((mention) => mention.id === id)) continue;
    if (
      new RegExp(`(^|[^\\p{L}\\p{N}])${escape(words(spelled))}($|[^\\p{L}\\p{N}])`, 'u').test(text)
    ) {
      found.push({ id, name });
    }
  }
  return found;
}

/** Words that start a sentence or a clause capitalised without naming anything. */
const notNames = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'In',
  'On',
  'At',
  'For',
  'But',
  'And',
  'As',
  'While',
  'With',
  'According',
  'Analysts',
  'He',
  'She',
  'They',
  'We',
]);

/**
 * Capitalised phrases (names of people, companies, products) the graph does not know yet, and
 * money amounts, as proposals for new entities or properties.
 */
export function newNameProposals(sentence: string, known: KnownMention[]): string[] {
  const knownText = known.map((mention) => mention.name.toLowerCase());
  const phrases =
    sentence.match(/\b[A-Z][\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\p{L}\p{N}&.'’-]*)*/gu) ??
    [];
  const amounts =
    sentence.match(
      /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion))?|\d[\d,.]*\s?(?:million|billion|trillion)\s?(?:yuan|dollars|euros|pounds)?)/g,
    ) ?? [];
  const names = phrases
    .map((phrase) => phrase.replace(/[.,’']+$/, ''))
    .filter((phrase) => phrase.length > 1 && !notNames.has(phrase))
    .filter((phrase) => !knownText.some((name) => name.includes(phrase.toLowerCase())));
  return [...new Set([...names, ...amounts.map((amount) => amount.trim())])];
}
