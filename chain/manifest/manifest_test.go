package manifest

import (
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func TestCheck(t *testing.T) {
	signer := Node{Name: "ERC", Signer: common.HexToAddress("0x01"), IPC: "/x/erc/geth.ipc"}
	rpc := Node{Name: "RPC", RPCURL: "http://127.0.0.1:8545", WSURL: "ws://127.0.0.1:8645"}
	tests := []struct {
		name string
		m    Manifest
		want error
	}{
		{name: "signers and an rpc node", m: Manifest{ChainID: 1, Nodes: []Node{signer}, RPC: []Node{rpc}}},
		{name: "rpc node only (production)", m: Manifest{ChainID: 1, RPC: []Node{rpc}}},
		{name: "no chain id", m: Manifest{RPC: []Node{rpc}}, want: ErrNoChainID},
		{name: "no rpc node", m: Manifest{ChainID: 1, Nodes: []Node{signer}}, want: ErrNoRPC},
		{name: "a signer with an http endpoint", m: Manifest{ChainID: 1, RPC: []Node{rpc},
			Nodes: []Node{{Name: "ERC", Signer: signer.Signer, RPCURL: "http://127.0.0.1:8545"}}}, want: ErrSignerEndpoint},
		{name: "a signer with a ws endpoint", m: Manifest{ChainID: 1, RPC: []Node{rpc},
			Nodes: []Node{{Name: "ERC", Signer: signer.Signer, WSURL: "ws://127.0.0.1:8645"}}}, want: ErrSignerEndpoint},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.m.Check()
			if tt.want == nil {
				require.NoError(t, err)
				require.Equal(t, []string{rpc.RPCURL}, tt.m.RPCURLs())
				require.Equal(t, []string{rpc.WSURL}, tt.m.WSURLs())
				return
			}
			require.ErrorIs(t, err, tt.want)
		})
	}
}

func TestSaveLoadRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deployment.json")
	legacy := Manifest{ChainID: 1, Nodes: []Node{{Name: "ERC", RPCURL: "http://127.0.0.1:8545"}}}
	require.NoError(t, legacy.Save(path))
	_, err := Load(path)
	require.Error(t, err, "a manifest that points at a signer's HTTP is refused")
	m, err := Read(path)
	require.NoError(t, err, "its writer can still read it to rewrite it")
	require.Equal(t, legacy.Nodes, m.Nodes)
}
