#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 server on loopback, then stops the server and deletes its folder —
# also when the command fails or the script is interrupted.
#   build/with-postgres.sh dotnet test Ipt.Domain.sln
# The command sees the server in IPT_POSTGRES (an Npgsql connection string), plus IPT_POSTGRES_DATA and
# IPT_POSTGRES_CTL (data folder and pg_ctl path, for the fault tests that stop and restart the server).
# Needs PostgreSQL 15 binaries in /usr/lib/postgresql/15/bin (installed with apt-get when missing and running as root).
# The server runs as the postgres user (PostgreSQL refuses root), listens on 127.0.0.1 only, on a free port, with
# trust authentication: for tests only.
set -euo pipefail
[ "$#" -ge 1 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "with-postgres: installing postgresql (apt-get)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >/dev/null
  fi
  [ -x "$bin/initdb" ] || { echo "with-postgres: PostgreSQL 15 not found in $bin" >&2; exit 3; }
fi

as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

dir=$(mktemp -d /tmp/ipt-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))

cleanup() {
  as_pg "$bin/pg_ctl -D $dir/data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_pg "$bin/initdb -D $dir/data -A trust -U postgres >/dev/null"
opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200"
as_pg "$bin/pg_ctl -D $dir/data -o '$opts' -l $dir/log -w start >/dev/null" || { cat "$dir/log" >&2; exit 4; }

export IPT_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
export IPT_POSTGRES_DATA="$dir/data" IPT_POSTGRES_CTL="$bin/pg_ctl" IPT_POSTGRES_OPTIONS="$opts" IPT_POSTGRES_LOG="$dir/log"
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$port" >&2
set +e
"$@"
status=$?
set -e
exit $status
