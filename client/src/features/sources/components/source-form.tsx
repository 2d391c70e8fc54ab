import { slugOfTitle } from '../utils/source-draft.ts';

export interface SourceMetaDraft {
  title: string;
  /** Left empty, the id is made from the title. */
  id: string;
  publisher: string;
  /** YYYY-MM-DD, or only YYYY. */
  published: string;
  url: string;
}

interface SourceFormProps {
  meta: SourceMetaDraft;
  text: string;
  onMeta: (meta: SourceMetaDraft) => void;
  onText: (text: string) => void;
}

/** Step 1: the document's metadata and its full text, pasted or dropped as a .txt file. */
export function SourceForm({ meta, text, onMeta, onText }: SourceFormProps) {
  const field = (key: keyof SourceMetaDraft, label: string, hint?: string) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="field__input"
        data-testid={`source-${key}`}
        value={meta[key]}
        placeholder={key === 'id' ? slugOfTitle(meta.title || 'source') : hint}
        onChange={(event) => onMeta({ ...meta, [key]: event.target.value })}
      />
    </label>
  );
  return (
    <div className="add-source__document">
      <div className="add-source__meta">
        {field('title', 'Title')}
        {field('publisher', 'Publisher')}
        {field('published', 'Published', 'YYYY-MM-DD or YYYY')}
        {field('url', 'Address (optional)', 'https://…')}
        {field('id', 'Id (optional)')}
      </div>
      <label className="field add-source__text">
        <span className="field__label">Full text — paste it, or drop a .txt file here</span>
        <textarea
          className="field__input"
          data-testid="source-text"
          value={text}
          rows={14}
          onChange={(event) => onText(event.target.value)}
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => {
            const file = event.dataTransfer.files[0];
            if (!file) return;
            event.preventDefault();
            void file.text().then(onText);
          }}
        />
      </label>
    </div>
  );
}
