-- 0001: articles with full-text search, events with the columns the event
-- filters use, ceasefires.

-- seq is an explicit INTEGER PRIMARY KEY so that the full-text index, which
-- refers to rows by rowid, survives VACUUM.
CREATE TABLE articles (
	seq              INTEGER PRIMARY KEY,
	id               TEXT NOT NULL UNIQUE,
	url              TEXT NOT NULL DEFAULT '',
	canonical_url    TEXT NOT NULL DEFAULT '',
	origin           TEXT NOT NULL DEFAULT '',
	title            TEXT NOT NULL DEFAULT '',
	byline           TEXT NOT NULL DEFAULT '',
	-- published and fetched are fixed-width UTC text ('' when unknown) so
	-- that they sort and compare as text.
	published        TEXT NOT NULL DEFAULT '',
	text             TEXT NOT NULL DEFAULT '',
	republished_from TEXT NOT NULL DEFAULT '',
	related_links    TEXT NOT NULL DEFAULT '[]',
	-- NULL when the article has no content hash, so that UNIQUE ignores it.
	content_hash     TEXT UNIQUE,
	-- The uint64 simhash stored as the int64 with the same bits; NULL when
	-- the article has none.
	simhash          INTEGER,
	duplicate_of     TEXT REFERENCES articles (id),
	fetched          TEXT NOT NULL DEFAULT '',
	stored           TEXT NOT NULL
);

CREATE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url <> '';
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title,
	text,
	content = 'articles',
	content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE events (
	seq            INTEGER PRIMARY KEY,
	id             TEXT NOT NULL UNIQUE,
	article_id     TEXT NOT NULL REFERENCES articles (id),
	type           TEXT NOT NULL,
	mode           TEXT NOT NULL DEFAULT '',
	-- The event's date, else its article's publication date, else ''.
	date           TEXT NOT NULL DEFAULT '',
	-- ISO3 of the location, else of the first source actor.
	country        TEXT NOT NULL DEFAULT '',
	fatalities_min INTEGER,
	-- type, sorted source ids, sorted target ids and date: what
	-- near-duplicate articles' events are merged on.
	merge_key      TEXT NOT NULL,
	-- The whole truce.Event as JSON, sources and mentions included.
	json           TEXT NOT NULL
);

CREATE INDEX events_date ON events (date DESC, id);
CREATE INDEX events_type_date ON events (type, date DESC);
CREATE INDEX events_country_date ON events (country, date DESC);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_merge_key ON events (merge_key);

CREATE TABLE event_actors (
	event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	side     TEXT NOT NULL CHECK (side IN ('source', 'target')),
	actor_id TEXT NOT NULL DEFAULT '',
	name     TEXT NOT NULL DEFAULT '',
	country  TEXT NOT NULL DEFAULT ''
);

CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_actors_actor_id ON event_actors (actor_id COLLATE NOCASE);
CREATE INDEX event_actors_country ON event_actors (country);

CREATE TABLE ceasefires (
	seq        INTEGER PRIMARY KEY,
	id         TEXT NOT NULL UNIQUE,
	article_id TEXT NOT NULL REFERENCES articles (id),
	-- Announced, else effective date, else ''.
	date       TEXT NOT NULL DEFAULT '',
	json       TEXT NOT NULL
);

CREATE INDEX ceasefires_date ON ceasefires (date DESC, id);

-- event_id is not a foreign key: a ceasefire may name an event that another
-- article reported and that is not stored.
CREATE TABLE ceasefire_events (
	ceasefire_id TEXT NOT NULL REFERENCES ceasefires (id) ON DELETE CASCADE,
	event_id     TEXT NOT NULL,
	PRIMARY KEY (ceasefire_id, event_id)
);

CREATE INDEX ceasefire_events_event ON ceasefire_events (event_id);
