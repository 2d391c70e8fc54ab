// Constraints and indexes, applied before any data is written (each statement is idempotent).
// Every seeded node carries the :Entity label beside its kind (Company, Person…), so one
// uniqueness constraint covers every lookup by slug.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_camp IF NOT EXISTS FOR (n:Entity) ON (n.camp);
CREATE INDEX entity_source IF NOT EXISTS FOR (n:Entity) ON (n.sourceId);
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
