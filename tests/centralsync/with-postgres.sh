#!/usr/bin/env bash
# Runs a test binary against a real PostgreSQL: a throw-away cluster in a temporary folder on a free
# loopback port (initdb/pg_ctl from Debian's postgresql package), removed afterwards. The test gets
# APPRAISAL_TEST_DB=postgresql://USER@127.0.0.1:PORT/appraisal.
set -euo pipefail
test_binary=$1
shift
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "with-postgres: PostgreSQL server programs not found (apt-get install postgresql)" >&2
    exit 1
fi
# initdb refuses to run as root: the cluster then belongs to the postgres system user.
as=()
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    as=(runuser -u postgres --)
    user=postgres
fi
dir=$(mktemp -d /tmp/appraisal-pg.XXXXXX)
chmod 755 "$dir"
[ ${#as[@]} -gt 0 ] && chown postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() {
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=on" start >/dev/null
"${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" appraisal
APPRAISAL_TEST_DB="postgresql://$user@127.0.0.1:$port/appraisal" "$test_binary" "$@"
