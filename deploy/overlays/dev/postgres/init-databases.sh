#!/bin/sh
# Runs once, when the PostgreSQL data directory is created (docker-entrypoint-initdb.d): one database and
# one least-privileged role per service, the same layout as scripts/db.sh. Passwords come from the
# environment (<SERVICE>_DB_PASSWORD), never from this file. Each service's Flyway creates its schema on start.
set -eu

for svc in user resume ai matching; do
  upper=$(echo "$svc" | tr a-z A-Z)
  password=$(printenv "${upper}_DB_PASSWORD")
  psql -v ON_ERROR_STOP=1 -v role="${svc}_svc" -v db="${svc}_service" -v password="$password" \
       --username "$POSTGRES_USER" --dbname postgres <<'SQL'
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMP ON DATABASE :"db" TO :"role";
SQL
done

# pgvector is created by the superuser because the service roles may not create extensions.
for db in ai_service matching_service; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$db" -c 'CREATE EXTENSION IF NOT EXISTS vector'
done
