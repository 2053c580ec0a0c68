-- qtickets: requires sql-access-control
-- qtickets: optional
-- SQL accounts for servers with role-based access control (ClickHouse 20.4 and later). On older servers (18.16 here)
-- SchemaBootstrapper skips this file and says so: accounts, passwords and the read-only / no-DDL profiles live in
-- users.xml there (see Local/users.xml). Every statement is optional: where the accounts come from users.xml (the
-- production compose file) a GRANT to them is refused as read-only storage and reported as skipped.
-- {{etl_writer_password}} and {{datalens_reader_password}} are filled in as escaped string literals when the
-- bootstrap knows those passwords; a statement whose password is unknown is skipped.
CREATE ROLE IF NOT EXISTS qtickets_writer;
CREATE ROLE IF NOT EXISTS qtickets_reader;
GRANT SELECT, INSERT ON zakaz.* TO qtickets_writer;
GRANT SELECT ON zakaz.* TO qtickets_reader;
CREATE USER IF NOT EXISTS etl_writer IDENTIFIED WITH sha256_password BY {{etl_writer_password}};
CREATE USER IF NOT EXISTS datalens_reader IDENTIFIED WITH sha256_password BY {{datalens_reader_password}};
GRANT qtickets_writer TO etl_writer;
GRANT qtickets_reader TO datalens_reader;
