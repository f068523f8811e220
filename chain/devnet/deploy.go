package devnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/chain/deployer"
	"github.com/campus-grid/gridchain/chain/manifest"
)

// Deploy deploys (or completes) the market on the running devnet and writes the manifest. On a
// fully deployed chain it sends nothing and leaves the manifest file untouched.
func (d *Devnet) Deploy(ctx context.Context) (int, error) {
	accounts, nodeKeys, err := d.Keys()
	if err != nil {
		return 0, err
	}
	m := &manifest.Manifest{}
	if old, err := manifest.Read(d.ManifestPath()); err == nil { // rewritten below, endpoints included
		m = old
	} else if !errors.Is(err, os.ErrNotExist) {
		d.log.Warn("ignoring unreadable manifest", zap.Error(err))
	}
	if m.ChainID != 0 && m.ChainID != d.ChainID {
		m = &manifest.Manifest{}
	}
	m.ChainID = d.ChainID
	m.Nodes, m.RPC = d.manifestNodes(nodeKeys)

	cfg := deployer.Config{
		RPCURL:       d.HTTPURL(), // transactions are signed locally with the keys above
		ChainID:      d.ChainID,
		Keys:         accounts,
		KeyFiles:     make(map[string]string, len(accounts)),
		Authorities:  Authorities,
		Keepers:      make(map[string]string),
		GasAllowance: deployer.DefaultGasAllowance,
		DemoTopUp:    deployer.DefaultDemoTopUp,
	}
	for name := range accounts {
		cfg.KeyFiles[name] = d.KeyPath(name)
	}
	cfg.Market = deployer.DefaultMarket()
	cfg.Market.EpochLength = d.EpochLength
	for _, a := range Authorities {
		cfg.Keepers[a] = KeeperAccount(a)
	}
	for n := 1; n <= d.DemoUsers; n++ {
		cfg.DemoUsers = append(cfg.DemoUsers, DemoAccount(n))
	}
	dep, err := deployer.New(ctx, cfg, d.log)
	if err != nil {
		return 0, err
	}
	defer dep.Close()
	if err := dep.Deploy(ctx, m); err != nil {
		return dep.Sent, fmt.Errorf("deploy: %w", err)
	}
	if err := d.saveManifestIfChanged(m); err != nil {
		return dep.Sent, err
	}
	return dep.Sent, nil
}

// manifestNodes lists the signers (IPC only) and the RPC node (the public endpoints).
func (d *Devnet) manifestNodes(nodeKeys []*ecdsa.PrivateKey) (signers, rpc []manifest.Node) {
	signers = make([]manifest.Node, len(Authorities))
	for i, name := range Authorities {
		key, _ := LoadKey(d.KeyPath(name))
		n := manifest.Node{Name: name, Enode: d.enode(i, nodeKeys[i]), DataDir: d.NodeDir(i), IPC: d.IPCPath(i)}
		if key != nil {
			n.Signer = crypto.PubkeyToAddress(key.PublicKey)
		}
		signers[i] = n
	}
	rpc = []manifest.Node{{
		Name: RPCNodeName, RPCURL: d.HTTPURL(), WSURL: d.WSURL(), Enode: d.enode(RPCNode, nodeKeys[RPCNode]),
		DataDir: d.NodeDir(RPCNode), IPC: d.IPCPath(RPCNode),
	}}
	return signers, rpc
}

func (d *Devnet) saveManifestIfChanged(m *manifest.Manifest) error {
	want, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	if have, err := os.ReadFile(d.ManifestPath()); err == nil && bytes.Equal(bytes.TrimSpace(have), want) {
		return nil
	}
	if err := m.Save(d.ManifestPath()); err != nil {
		return err
	}
	d.log.Info("manifest written", zap.String("path", d.ManifestPath()))
	return nil
}
