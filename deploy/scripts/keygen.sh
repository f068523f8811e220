#!/usr/bin/env bash
# Generates, ON THE AUTHORITY'S OWN HOST, the two keys of its signer node:
#   - the sealing key, into geth's encrypted keystore under $DATADIR/keystore (password from a
#     file readable only by the gridchain user);
#   - the p2p node key, $DATADIR/geth/nodekey.
# It prints only what the other authorities need: the signer address and this node's enode line
# for peers.txt. No private key is ever printed or copied off the host.
#
#   sudo -u gridchain deploy/scripts/keygen.sh /etc/gridchain/authority.env PUBLIC_IP
set -euo pipefail
env_file=${1:?usage: keygen.sh AUTHORITY_ENV PUBLIC_IP}
public_ip=${2:?usage: keygen.sh AUTHORITY_ENV PUBLIC_IP}
# shellcheck disable=SC1090
source "$env_file"
geth=${GETH_BIN:-/usr/local/bin/geth}
password_file=${PASSWORD_FILE:-/etc/gridchain/signer.password}
umask 077

if [[ ! -s $password_file ]]; then
  echo "keygen: $password_file is missing or empty: create it first (a long random passphrase, mode 0400)" >&2
  exit 1
fi
mkdir -p "$DATADIR/geth"

if compgen -G "$DATADIR/keystore/UTC--*" >/dev/null; then
  echo "keygen: a signer key already exists in $DATADIR/keystore; not generating another" >&2
else
  "$geth" account new --datadir "$DATADIR" --password "$password_file" >/dev/null 2>&1
fi
keyfile=$(ls "$DATADIR"/keystore/UTC--* | head -n1)
address=0x$(sed -n 's/.*"address":"\([0-9a-fA-F]*\)".*/\1/p' "$keyfile")

if [[ ! -s $DATADIR/geth/nodekey ]]; then
  # A secp256k1 private key, hex, as geth expects in nodekey.
  openssl ecparam -name secp256k1 -genkey -noout 2>/dev/null |
    openssl ec -text -noout 2>/dev/null |
    awk '/priv:/{p=1;next} /pub:/{p=0} p' | tr -d ' :\n' >"$DATADIR/geth/nodekey.tmp"
  # openssl prints 31 to 33 bytes (a leading 00, or leading zeros dropped): make it exactly 32.
  priv=$(cat "$DATADIR/geth/nodekey.tmp")
  priv=$(printf '%064s' "${priv: -64}" | tr ' ' 0)
  printf '%s' "$priv" >"$DATADIR/geth/nodekey"
  rm -f "$DATADIR/geth/nodekey.tmp"
fi
# The enode id is the uncompressed public key without its 04 prefix.
pub=$(openssl ec -inform DER -text -noout 2>/dev/null < <(
  printf '302e0201010420%s a00706052b8104000a' "$(cat "$DATADIR/geth/nodekey")" | tr -d ' ' | xxd -r -p) |
  awk '/pub:/{p=1;next} /ASN1 OID/{p=0} p' | tr -d ' :\n')
pub=${pub#04}
if [[ ${#pub} -ne 128 ]]; then
  echo "keygen: could not derive the node's public key" >&2
  exit 1
fi

echo "signer address: $address"
echo "peers.txt line: $AUTHORITY enode://$pub@$public_ip:$P2P_PORT"
