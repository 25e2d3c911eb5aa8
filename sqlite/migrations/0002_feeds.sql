-- 0002: feeds that truce watch polls, with what it remembers between polls,
-- and the items of each feed already read.

CREATE TABLE feeds (
	url           TEXT PRIMARY KEY,
	added         TEXT NOT NULL,
	-- Validators for the next conditional GET.
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	-- Fixed-width UTC text ('' when never) like the times in 0001.
	last_polled   TEXT NOT NULL DEFAULT '',
	next_poll     TEXT NOT NULL DEFAULT '',
	-- Consecutive failed polls: what the backoff grows with.
	failures      INTEGER NOT NULL DEFAULT 0,
	last_status   INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT NOT NULL DEFAULT '',
	articles      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_items (
	feed_url TEXT NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
	-- The item's link, else a hash of its title and date.
	item_key TEXT NOT NULL,
	seen     TEXT NOT NULL,
	PRIMARY KEY (feed_url, item_key)
);
