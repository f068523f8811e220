package devnet

import (
	"crypto/ecdsa"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

func generateNodeKeys(t *testing.T, n int) []*ecdsa.PrivateKey {
	t.Helper()
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		out[i] = k
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }
