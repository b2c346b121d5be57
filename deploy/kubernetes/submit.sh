#!/usr/bin/env bash
# Runs a Westphalia sweep on Kubernetes as an Indexed Job of N shards, then merges them (README.md here).
#   deploy/kubernetes/submit.sh DESIGN NAME N [extra kubectl options, e.g. --namespace lab]
# The design goes into the ConfigMap westphalia-design; the shards write /data/NAME-shard-I on the volume
# westphalia-data and the merge writes /data/NAME: sweep.csv and sweep.parquet, byte for byte those of
# `westphalia sweep DESIGN`. IMAGE names the container image (default westphalia:latest, built from the Dockerfile here);
# TIMEOUT how long to wait for the shards (default 24h).
set -euo pipefail
usage="usage: submit.sh DESIGN NAME N [kubectl options...]"
design=${1:?$usage}; name=${2:?$usage}; shards=${3:?$usage}
shift 3
case $shards in ''|*[!0-9]*) echo "submit.sh: N must be a whole number of shards, not '$shards'" >&2; exit 2 ;; esac
case $name in ''|*[!a-z0-9._-]*) echo "submit.sh: NAME must be lower-case letters, digits, '.', '_' or '-', not '$name'" >&2; exit 2 ;; esac
here=$(cd "$(dirname "$0")" && pwd)
image=${IMAGE:-westphalia:latest}
# The manifests as they are, with the shard count, the sweep's name and the image put in.
render() {
  sed -e "s/^  completions: 3$/  completions: $shards/" -e "s/^  parallelism: 3$/  parallelism: $shards/" \
      -e "/name: SHARDS$/{n;s/value: \"3\"/value: \"$shards\"/}" -e "/name: SWEEP$/{n;s/value: \"sweep\"/value: \"$name\"/}" \
      -e "s|image: westphalia:latest|image: $image|" "$1"
}
kubectl "$@" apply -f "$here/volume.yaml"
kubectl "$@" create configmap westphalia-design --from-file=design.yaml="$design" --dry-run=client -o yaml | kubectl "$@" apply -f -
kubectl "$@" delete job westphalia-sweep westphalia-merge --ignore-not-found
render "$here/sweep-job.yaml" | kubectl "$@" apply -f -
echo "shards: job westphalia-sweep ($shards indexes); waiting for it to complete ..."
kubectl "$@" wait --for=condition=complete job/westphalia-sweep --timeout="${TIMEOUT:-24h}"
render "$here/merge-job.yaml" | kubectl "$@" apply -f -
kubectl "$@" wait --for=condition=complete job/westphalia-merge --timeout=1h
echo "merged: /data/$name on the volume westphalia-data"
