#!/usr/bin/env bash
# Submits a Westphalia sweep to Slurm as N shards (a job array) and a merge that runs when all shards succeed.
#   deploy/slurm/submit.sh DESIGN OUT N [extra sbatch options...]
# The merged table is OUT/sweep.csv and OUT/sweep.parquet, byte for byte those of `westphalia sweep DESIGN`.
set -euo pipefail
design=${1:?usage: submit.sh DESIGN OUT N}; out=${2:?usage: submit.sh DESIGN OUT N}; shards=${3:?usage: submit.sh DESIGN OUT N}
shift 3
here=$(cd "$(dirname "$0")" && pwd)
command=${WESTPHALIA:-westphalia}
array=$(sbatch --parsable --array="1-$shards" --export=ALL,WESTPHALIA="$command" "$@" "$here/sweep-array.sbatch" "$design" "$out")
folders=$(for i in $(seq "$shards"); do printf '%s ' "$out-shard-$i"; done)
merge=$(sbatch --parsable --dependency="afterok:$array" --job-name=westphalia-merge --output=westphalia-merge-%j.out "$@" \
  --wrap "$command merge $folders--out $out --quiet")
echo "shards: job $array (array 1-$shards); merge: job $merge -> $out"
