import { setDiagnostics } from '@codemirror/lint';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { EditorApi } from '@neo4j-cypher/codemirror';
import { CypherEditor, type CypherEditorProps } from '@neo4j-cypher/react-codemirror';
import { useEffect, useState } from 'react';
import { errorRange, type QueryProblem } from '../utils/query-error.ts';

interface CypherFieldProps {
  value: string;
  onChange: (value: string) => void;
  schema: NonNullable<CypherEditorProps['schema']>;
  /** The last run's problem; one with a position is underlined at that spot. */
  problem: QueryProblem | null;
}

/**
 * The Cypher editor: highlighting and completion from @neo4j-cypher (labels, types, keys and
 * $parameters from `schema`), and the server's error marked where it points.
 */
export function CypherField({ value, onChange, schema, problem }: CypherFieldProps) {
  const [editor, setEditor] = useState<EditorApi | null>(null);

  useEffect(() => {
    if (!editor) return;
    const view = editor.codemirror;
    const position = problem?.position;
    const diagnostics = [];
    if (problem && position) {
      const { from, to } = errorRange(view.state.doc.toString(), position.offset);
      diagnostics.push({ from, to, severity: 'error' as const, message: problem.text });
    }
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [editor, problem]);

  return (
    <div className="cypher-field" data-testid="cypher-editor">
      <CypherEditor
        className="cypher-field__editor"
        value={value}
        onValueChanged={(text) => onChange(text)}
        schema={schema}
        theme="light"
        lineNumbers
        lineWrapping
        autofocus
        placeholder="MATCH (n:Person)-[:FOUNDED]->(c) RETURN n, c"
        onEditorCreated={(created) => {
          created.codemirror.contentDOM.setAttribute('aria-label', 'Cypher query');
          setEditor(created);
        }}
      />
    </div>
  );
}
