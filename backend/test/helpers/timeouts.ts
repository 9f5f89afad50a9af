// Tests talk to a real PostgreSQL: the first one to open it pays for initdb and the migrations, which can take tens
// of seconds on a busy machine. Long, but bounded.
jasmine.DEFAULT_TIMEOUT_INTERVAL = 120_000;
