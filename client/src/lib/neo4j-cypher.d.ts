// The @neo4j-cypher packages ship types, but their package.json "exports" do not point at them,
// so TypeScript's bundler resolution cannot find them; these lines do.
declare module '@neo4j-cypher/react-codemirror' {
  export * from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
}

declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
