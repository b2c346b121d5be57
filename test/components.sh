#!/usr/bin/env bash
# Installs (from Debian's packages) and starts what the tests need beyond .NET: a one-node Slurm cluster
# (slurm-wlm and munge, slurmctld and slurmd on this machine) for the sweep launcher's job-array test, a
# headless browser (chromium) for the tests that open HTML reports offline, and a PostgreSQL server for the classroom
# server's tests on PostgreSQL.
# Sourced by test/run.sh; exports SLURM_CONF, the cluster's configuration, for the tests and the jobs, and
# WESTPHALIA_CHROMIUM, the browser's executable, and WESTPHALIA_POSTGRES, the PostgreSQL connection string.
# Leaves a machine's own Slurm alone: the cluster has its own configuration, state and logs under
# ${WESTPHALIA_SLURM_DIR:-/tmp/westphalia-slurm}, and is started only if it is not already answering.

# The sudo prefix for installing and starting: none as root, "sudo" when there is one; fails otherwise.
westphalia_sudo() {
  if [ "$(id -u)" -eq 0 ]; then
    printf ''
  elif command -v sudo >/dev/null 2>&1; then
    printf 'sudo'
  else
    return 1
  fi
}

# Debian's chromium (no browser downloaded by Playwright): installed if missing, with fonts-liberation so that
# text renders the same on every machine. A WESTPHALIA_CHROMIUM already set to an executable is kept.
westphalia_chromium_up() {
  if [ -n "${WESTPHALIA_CHROMIUM:-}" ] && [ -x "$WESTPHALIA_CHROMIUM" ]; then
    export WESTPHALIA_CHROMIUM
    return 0
  fi
  if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/liberation ]; then
    local sudo
    sudo=$(westphalia_sudo) || {
      echo "test/components.sh: chromium is needed and this user cannot install it (not root, no sudo)" >&2
      return 1
    }
    echo "test/components.sh: installing chromium and fonts-liberation from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -q --no-install-recommends chromium fonts-liberation >/dev/null 2>&1 \
      || { $sudo apt-get update -q >/dev/null \
        && $sudo apt-get install -y -q --no-install-recommends chromium fonts-liberation >/dev/null; } \
      || { echo "test/components.sh: could not install chromium and fonts-liberation" >&2; return 1; }
  fi
  export WESTPHALIA_CHROMIUM=/usr/bin/chromium
}

westphalia_slurm_up() {
  local dir=${WESTPHALIA_SLURM_DIR:-/tmp/westphalia-slurm}
  export SLURM_CONF="$dir/slurm.conf"
  if [ -f "$SLURM_CONF" ] && command -v sinfo >/dev/null 2>&1 && timeout 10 sinfo -h >/dev/null 2>&1; then
    return 0
  fi

  local sudo
  sudo=$(westphalia_sudo) || {
    echo "test/components.sh: Slurm is needed and this user cannot install or start it (not root, no sudo)" >&2
    return 1
  }

  if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
    echo "test/components.sh: installing slurm-wlm and munge from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -q slurm-wlm munge >/dev/null 2>&1 \
      || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q slurm-wlm munge >/dev/null; } \
      || { echo "test/components.sh: could not install slurm-wlm and munge" >&2; return 1; }
  fi

  # munge: a key if the machine has none, and the daemon.
  if [ ! -f /etc/munge/munge.key ]; then
    $sudo mkdir -p /etc/munge
    $sudo dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none
  fi
  $sudo mkdir -p /run/munge /var/lib/munge /var/log/munge
  $sudo chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge
  $sudo chmod 700 /etc/munge && $sudo chmod 400 /etc/munge/munge.key
  if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    $sudo -u munge /usr/sbin/munged 2>/dev/null || $sudo su -s /bin/sh munge -c /usr/sbin/munged
  fi

  local host cpus memory
  host=$(hostname)
  cpus=$(nproc)
  memory=$(awk '/MemTotal/ { print int($2 / 1024) - 512 }' /proc/meminfo)
  $sudo mkdir -p "$dir/state" "$dir/spool"
  $sudo tee "$SLURM_CONF" >/dev/null <<CONF
ClusterName=westphalia
SlurmctldHost=$host
SlurmctldPort=${WESTPHALIA_SLURMCTLD_PORT:-16817}
SlurmdPort=${WESTPHALIA_SLURMD_PORT:-16818}
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=westphalia Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  $sudo env SLURM_CONF="$SLURM_CONF" /usr/sbin/slurmctld -f "$SLURM_CONF"
  $sudo env SLURM_CONF="$SLURM_CONF" /usr/sbin/slurmd -f "$SLURM_CONF"
  for _ in $(seq 30); do
    if sinfo -h -o '%T' 2>/dev/null | grep -q -E '^(idle|mixed|allocated)'; then
      return 0
    fi
    sleep 1
  done
  echo "test/components.sh: the Slurm cluster did not come up; see $dir/slurmctld.log and $dir/slurmd.log" >&2
  return 1
}

# A PostgreSQL server of the tests' own (Debian's postgresql), for the classroom server's tests on PostgreSQL: a
# cluster under ${WESTPHALIA_POSTGRES_DIR:-/tmp/westphalia-postgres}, run by the postgres user, listening on
# 127.0.0.1:${WESTPHALIA_POSTGRES_PORT:-15432} only, with a user westphalia (password westphalia) who may create
# databases and a database westphalia. Exports WESTPHALIA_POSTGRES, its connection string; one already set is kept.
westphalia_postgres_up() {
  if [ -n "${WESTPHALIA_POSTGRES:-}" ]; then
    export WESTPHALIA_POSTGRES
    return 0
  fi
  local dir=${WESTPHALIA_POSTGRES_DIR:-/tmp/westphalia-postgres}
  local port=${WESTPHALIA_POSTGRES_PORT:-15432}
  local sudo bin
  sudo=$(westphalia_sudo) || {
    echo "test/components.sh: PostgreSQL is needed and this user cannot install or start it (not root, no sudo)" >&2
    return 1
  }
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "test/components.sh: installing postgresql from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -q --no-install-recommends postgresql >/dev/null 2>&1 \
      || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q --no-install-recommends postgresql >/dev/null; } \
      || { echo "test/components.sh: could not install postgresql" >&2; return 1; }
  fi
  bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  # The server refuses to run as root: the postgres user (created by the package) runs it.
  local as_postgres=(runuser -u postgres --)
  if [ "$(id -u)" -ne 0 ]; then
    as_postgres=(sudo -u postgres)
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    $sudo mkdir -p "$dir"
    $sudo chown postgres: "$dir"
    "${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync >/dev/null \
      || { echo "test/components.sh: initdb failed in $dir/data" >&2; return 1; }
  fi
  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null \
      || { echo "test/components.sh: PostgreSQL did not start; see $dir/server.log" >&2; return 1; }
  fi
  "${as_postgres[@]}" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 >/dev/null <<'SQL' \
    || { echo "test/components.sh: could not create the westphalia user and database" >&2; return 1; }
SELECT 'CREATE ROLE westphalia LOGIN CREATEDB PASSWORD ''westphalia'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'westphalia') \gexec
SELECT 'CREATE DATABASE westphalia OWNER westphalia'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'westphalia') \gexec
SQL
  export WESTPHALIA_POSTGRES="Host=127.0.0.1;Port=$port;Username=westphalia;Password=westphalia;Database=westphalia"
}
