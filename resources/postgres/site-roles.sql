-- Receiving Station: the roles and database of a site's shared PostgreSQL (docs/site-postgresql.md).
-- Run once, as a PostgreSQL superuser, with psql:
--
--   psql -h DBHOST -U postgres -v owner=rs_owner -v bench=rs_bench -v report=rs_report \
--        -v database=receiving -f site-roles.sql
--
-- then set the three passwords (\password rs_owner ...) and run, as the owner,
--   receiving-station db upgrade --database postgresql://rs_owner@DBHOST/receiving
--
-- owner  : owns the schema; only `receiving-station db upgrade` (IT) uses it.
-- bench  : what benches, dispatchers and verbs log in as: read and write rows, no schema change.
-- report : read only (bookkeeping exports, BI tools).
\set ON_ERROR_STOP on

CREATE ROLE :"owner" LOGIN;
CREATE ROLE :"bench" LOGIN;
CREATE ROLE :"report" LOGIN;
CREATE DATABASE :"database" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;

\connect :"database"
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"bench";
GRANT CONNECT ON DATABASE :"database" TO :"report";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"owner";
GRANT USAGE ON SCHEMA public TO :"bench", :"report";

-- Every table and sequence the owner's migrations create, now and later, is usable by the
-- benches and readable by reports.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"bench";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO :"bench";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT ON TABLES TO :"report";

-- Timeouts for the benches' role (docs/site-postgresql.md, "Many benches").  A bench never keeps
-- a transaction open while a person thinks (one transaction per decision, milliseconds); one
-- left open, by a PC that froze in the middle of a decision, would keep the rows it locked from
-- every other bench, so the server ends it after a minute.  No statement of the station's runs
-- for long (an import writes in chunks): one that runs for a minute is stopped, and the person
-- is told the database did not answer.
ALTER ROLE :"bench" IN DATABASE :"database" SET idle_in_transaction_session_timeout = '60s';
ALTER ROLE :"bench" IN DATABASE :"database" SET statement_timeout = '60s';
