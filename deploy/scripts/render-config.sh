#!/usr/bin/env bash
# Renders this authority's geth config.toml from deploy/authority/config.toml.tmpl and the shared
# peers.txt (every authority's enode line; this host's own is left out).
#   deploy/scripts/render-config.sh /etc/gridchain/authority.env peers.txt > /etc/gridchain/config.toml
set -euo pipefail
env_file=${1:?usage: render-config.sh AUTHORITY_ENV PEERS_TXT}
peers=${2:?usage: render-config.sh AUTHORITY_ENV PEERS_TXT}
# shellcheck disable=SC1090
source "$env_file"
template=${TEMPLATE:-$(dirname "$0")/../authority/config.toml.tmpl}

nodes=$(awk -v me="$AUTHORITY" '
  /^[[:space:]]*(#|$)/ {next}
  $1 == me {next}
  {
    id = $2; sub(/^enode:\/\//, "", id); host = id; sub(/@.*/, "", id); sub(/^[^@]*@/, "", host)
    if ($2 !~ /^enode:\/\// || length(id) != 128 || id !~ /^[0-9a-f]+$/ || host !~ /^[^:]+:[0-9]+$/) {
      print "bad enode for " $1 ": " $2 > "/dev/stderr"; bad = 1; next
    }
  }
  {printf "%s  \"%s\",", (n++ ? "\n" : ""), $2}
  END {if (bad) exit 1}' "$peers")
count=$(grep -c '^  "enode' <<<"$nodes" || true)
if [[ $count -lt 1 ]]; then
  echo "render-config: no peers other than $AUTHORITY in $peers" >&2
  exit 1
fi
awk -v nodes="$nodes" -v port="$P2P_PORT" '{gsub(/\{\{STATIC_NODES\}\}/, nodes); gsub(/\{\{P2P_PORT\}\}/, port); print}' "$template"
