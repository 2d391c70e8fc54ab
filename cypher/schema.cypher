// Constraints and indexes, applied before any data is written (each statement is idempotent).
// Every seeded node carries the :Entity label beside its kind (Company, Person…), so one
// uniqueness constraint covers every lookup by slug.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_camp IF NOT EXISTS FOR (n:Entity) ON (n.camp);
CREATE INDEX entity_source IF NOT EXISTS FOR (n:Entity) ON (n.sourceId);
// Search narrows candidates through this index (names, aliases and slugs, tokenised and
// lower-cased by Lucene), then ranks them exactly in Cypher.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.id];
// Sources (server/sources/): one node per document; facts carry their evidence and the date they
// were first known, which the changes list reads.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE INDEX entity_known_since IF NOT EXISTS FOR (n:Entity) ON (n.knownSince);
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
// Sign-in and the audit trail (see server/auth/).
CREATE CONSTRAINT explorer_user_name IF NOT EXISTS FOR (u:ExplorerUser) REQUIRE u.name IS UNIQUE;
CREATE CONSTRAINT explorer_session_token IF NOT EXISTS FOR (s:ExplorerSession) REQUIRE s.tokenHash IS UNIQUE;
CREATE INDEX explorer_session_user IF NOT EXISTS FOR (s:ExplorerSession) ON (s.user);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
// A new index fills in the background; wait, so the first search after seeding finds everything.
CALL db.awaitIndexes(300);
