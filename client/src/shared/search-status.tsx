interface SearchStatusProps {
  query: string;
  pending: boolean;
  error: string | null;
  /** How many matches are listed above. */
  count: number;
}

/** The line under a name search's matches: searching, nothing found, or why it failed. */
export function SearchStatus({ query, pending, error, count }: SearchStatusProps) {
  if (error) return <p className="search__status search__status--error">{error}</p>;
  if (count > 0) return null;
  if (pending) return <p className="search__status">Searching…</p>;
  return <p className="search__status">No entity name contains “{query}”.</p>;
}
