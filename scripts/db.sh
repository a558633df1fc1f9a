#!/usr/bin/env bash
# Prepares PostgreSQL for the suite: installs and starts the server when missing, makes pgvector
# available (building it from Debian's own source package where the distribution has no binary),
# and creates one database and one least-privileged role per service (plus a *_test database for module
# tests and a *_e2e database for the end-to-end journeys, which must not share the cleaned *_test ones).
# Idempotent: safe to run on a machine that already runs PostgreSQL.
set -euo pipefail

DB_HOST="${SUITE_DB_HOST:-127.0.0.1}"
DB_PORT="${SUITE_DB_PORT:-5432}"
DB_ADMIN="${SUITE_DB_ADMIN_USER:-postgres}"
MIN_GOOD_PGVECTOR="0.8.3"
SERVICES=(user resume ai matching)
VECTOR_SERVICES=(ai matching)

say()  { printf '  [db] %s\n' "$*"; }
fail() { printf '  [db] ERROR: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

admin_psql() {
  # Prefer the local socket as the postgres OS user (peer auth on a stock install); fall back to TCP.
  if [ "$DB_HOST" = "127.0.0.1" ] || [ "$DB_HOST" = "localhost" ]; then
    if id postgres >/dev/null 2>&1 && as_root -u postgres true 2>/dev/null; then :; fi
    if [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
      su postgres -s /bin/sh -c "psql -X -q -v ON_ERROR_STOP=1 -p $DB_PORT $(printf '%q ' "$@")"
      return
    fi
  fi
  psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_ADMIN" "$@"
}

pg_major() {
  if command -v pg_config >/dev/null 2>&1; then pg_config --version | sed -E 's/[^0-9]*([0-9]+).*/\1/'; return; fi
  ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1
}

server_ready() { pg_isready -q -h "$DB_HOST" -p "$DB_PORT" 2>/dev/null; }

ensure_server() {
  if server_ready; then say "PostgreSQL is running on $DB_HOST:$DB_PORT"; return; fi
  if [ "$DB_HOST" != "127.0.0.1" ] && [ "$DB_HOST" != "localhost" ]; then
    fail "PostgreSQL at $DB_HOST:$DB_PORT does not answer, and it is not local so it cannot be started here"
  fi
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || fail "PostgreSQL is missing and this is not a Debian/Ubuntu machine: install PostgreSQL 15+ yourself"
    say "installing the PostgreSQL server (apt-get)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  fi
  local major; major=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
    say "creating cluster $major/main"
    as_root pg_createcluster "$major" main --port "$DB_PORT" >/dev/null
  fi
  say "starting PostgreSQL $major"
  as_root pg_ctlcluster --skip-systemctl-redirect "$major" main start 2>/dev/null \
    || as_root pg_ctlcluster "$major" main start
  for _ in $(seq 1 30); do server_ready && break; sleep 1; done
  server_ready || fail "PostgreSQL did not become ready on $DB_HOST:$DB_PORT"
}

installed_pgvector_version() {
  local major="$1" control="/usr/share/postgresql/$1/extension/vector.control"
  [ -f "$control" ] && sed -nE "s/^default_version *= *'([^']+)'.*/\1/p" "$control"
}

version_lt() { [ "$1" != "$2" ] && [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -1)" = "$1" ]; }

build_pgvector_from_debian_source() {
  local major="$1"
  command -v apt-get >/dev/null 2>&1 || fail "pgvector is missing and apt-get is not available: install pgvector for PostgreSQL $major yourself"
  local mirror
  mirror=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
           | grep -v security | head -1 | awk '{for(i=1;i<=NF;i++) if ($i ~ /^https?:/) {print $i; exit}}' || true)
  [ -n "$mirror" ] || mirror="http://deb.debian.org/debian"
  say "pgvector: installing build dependencies (postgresql-server-dev-$major)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "postgresql-server-dev-$major" build-essential dpkg-dev >/dev/null

  local work; work=$(mktemp -d)
  local list=/etc/apt/sources.list.d/suite-pgvector-src.list
  local built=""
  for suite in unstable testing stable; do
    say "pgvector: trying the Debian '$suite' source package from $mirror"
    echo "deb-src [trusted=yes] $mirror $suite main" | as_root tee "$list" >/dev/null
    if as_root apt-get update -qq -o Dir::Etc::sourcelist="$list" -o Dir::Etc::sourceparts=- -o APT::Get::List-Cleanup=0 >/dev/null 2>&1 \
       && (cd "$work" && rm -rf ./* && as_root apt-get source -qq --download-only pgvector >/dev/null 2>&1); then
      (cd "$work" && dpkg-source -x --no-check ./*.dsc src >/dev/null 2>&1) || { say "pgvector: unpacking the '$suite' source failed"; continue; }
      if (cd "$work/src" && make -s PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" >/dev/null 2>&1 \
            && as_root make -s install PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" >/dev/null 2>&1); then
        built="$suite"; break
      fi
      say "pgvector: building the '$suite' source failed"
    else
      say "pgvector: the '$suite' source did not download (the mirror's index can be ahead of its files)"
    fi
  done
  as_root rm -f "$list"
  as_root apt-get update -qq >/dev/null 2>&1 || true
  rm -rf "$work"
  [ -n "$built" ] || fail "could not build pgvector from any Debian suite; install pgvector for PostgreSQL $major yourself"
  say "pgvector: built and installed from Debian '$built'"
}

ensure_pgvector() {
  local major; major=$(pg_major)
  [ -n "$major" ] || fail "cannot tell the PostgreSQL major version"
  local version; version=$(installed_pgvector_version "$major" || true)
  if [ -z "$version" ] && [ "$DB_HOST" = "127.0.0.1" -o "$DB_HOST" = "localhost" ]; then
    if command -v apt-get >/dev/null 2>&1 && apt-cache show "postgresql-$major-pgvector" >/dev/null 2>&1; then
      say "pgvector: installing the distribution package postgresql-$major-pgvector"
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "postgresql-$major-pgvector" >/dev/null
    else
      build_pgvector_from_debian_source "$major"
    fi
    version=$(installed_pgvector_version "$major" || true)
  fi
  [ -n "$version" ] || fail "pgvector is not available for PostgreSQL $major"
  say "pgvector $version available"
  if version_lt "$version" "$MIN_GOOD_PGVECTOR"; then
    say "WARNING: pgvector $version is older than $MIN_GOOD_PGVECTOR (HNSW vacuum fixes); upgrade when your distribution offers it"
  fi
}

ensure_databases() {
  local svc role password db
  for svc in "${SERVICES[@]}"; do
    role="${svc}_svc"
    password_var="SUITE_$(echo "$svc" | tr a-z A-Z)_DB_PASSWORD"
    password="${!password_var:-$role}"
    admin_psql -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$password';
  ELSE
    ALTER ROLE $role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$password';
  END IF;
END \$\$;
SQL
    local dbs=("${svc}_service" "${svc}_service_test" "${svc}_service_e2e")
    # SUITE_DB_SUFFIX: a second suite on the same server (./suite, e.g. SUITE_DB_SUFFIX=_two) gets its own databases.
    [ -z "${SUITE_DB_SUFFIX:-}" ] || dbs+=("${svc}_service${SUITE_DB_SUFFIX}")
    # SUITE_DB_FRESH=1: that suite's databases start empty (the browser tests' suite: accounts left by an earlier
    # suite on this server, such as an admin with another checkout's password, would change what the tests see).
    if [ "${SUITE_DB_FRESH:-0}" = 1 ] && [ -n "${SUITE_DB_SUFFIX:-}" ]; then
      admin_psql -d postgres -c "DROP DATABASE IF EXISTS ${svc}_service${SUITE_DB_SUFFIX} WITH (FORCE)"
    fi
    for db in "${dbs[@]}"; do
      if [ -z "$(admin_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
        admin_psql -d postgres -c "CREATE DATABASE $db OWNER $role"
        say "created database $db (owner $role)"
      fi
      admin_psql -d "$db" -c "REVOKE ALL ON DATABASE $db FROM PUBLIC; GRANT CONNECT, TEMP ON DATABASE $db TO $role;"
      if printf '%s\n' "${VECTOR_SERVICES[@]}" | grep -qx "$svc"; then
        admin_psql -d "$db" -c "CREATE EXTENSION IF NOT EXISTS vector" 2>&1 | grep -v 'already exists' || true
      fi
    done
  done
  say "databases ready: $(printf '%s_service ' "${SERVICES[@]}")(and *_test, *_e2e)"
}

ensure_server
ensure_pgvector
ensure_databases
