-- The database of the stack. Every schema file names it `zakaz`; SchemaBootstrapper replaces that whole word with the
-- configured database (a validated plain identifier), so tests bootstrap isolated copies such as zakaz_t_3f2a on one
-- server. Files must therefore not use the word zakaz for anything but the database name.
CREATE DATABASE IF NOT EXISTS zakaz;
