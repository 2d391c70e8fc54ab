import { describe, expect, it } from 'vitest';
import { parseJavaMajor } from '../../../server/neo4j/java-runtime.ts';
import { splitStatements } from '../../../server/neo4j/cypher-files.ts';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "25" 2025-09-16', 25],
    ['bash: java: command not found', undefined],
  ])('when java prints %s, then the major version is %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('splitStatements', () => {
  it('when a schema file holds comments and several statements, then each statement comes alone', () => {
    const text =
      '// header\nCREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a);\n// b\nCREATE INDEX b FOR (n:X) ON (n.b);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a)',
      'CREATE INDEX b FOR (n:X) ON (n.b)',
    ]);
  });
});
