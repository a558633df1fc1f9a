#!/usr/bin/env bash
# user-service: cost of a password check (argon2id as used, bcrypt cost 12 as baseline) and the
# unknown-email dummy check against a real one. Usage: bench/user-password-hashing.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -o test -pl user-service -Dsurefire.excludedGroups=none -Dgroups=bench \
  -Dtest=PasswordHashingBench -Dbench.runs="${1:-20}" -Dsurefire.failIfNoSpecifiedTests=false \
  | sed -n '/password check/,/^$/p'
