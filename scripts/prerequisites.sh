# Shared by run.sh and test.sh: install and start what Jixiao needs beyond the .NET SDK, only when it is missing.
# Debian packages are installed with apt-get (as root, or through sudo when it is there).

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} …" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_dotnet_tools() {
  [ -f .config/dotnet-tools.json ] && dotnet tool restore >/dev/null || true
}

# A private PostgreSQL cluster for the tests: trust auth, loopback only, no fsync. Reused when already running.
start_test_postgres() {
  if [ -n "${JIXIAO_TEST_POSTGRES:-}" ]; then return 0; fi
  apt_install postgresql
  local pgbin port=55432 data=/tmp/jixiao-test-pg
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  export JIXIAO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
  if "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then return 0; fi
  local as=()
  if [ "$(id -u)" -eq 0 ]; then as=(su postgres -c); fi
  rm -rf "$data"; mkdir -p "$data"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
  run_as() { if [ ${#as[@]} -gt 0 ]; then "${as[@]}" "$*"; else bash -c "$*"; fi; }
  run_as "$pgbin/initdb -D $data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  run_as "$pgbin/pg_ctl -D $data -l $data/server.log -w -t 60 -o '-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300' start" >/dev/null
}
