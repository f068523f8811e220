package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/chain/deployer"
	"github.com/campus-grid/gridchain/chain/devnet"
	"github.com/campus-grid/gridchain/chain/manifest"
)

// genesisCmd prints a Clique genesis for the given signer addresses (production bring-up: the
// authorities share addresses only).
func genesisCmd(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("genesis", flag.ContinueOnError)
	signers := fs.String("signers", "", "comma-separated signer addresses (the four authorities)")
	fund := fs.String("fund", "", "comma-separated addresses to prefund (deployer, operators)")
	cfg := devnet.DefaultConfig(".")
	fs.Uint64Var(&cfg.ChainID, "chain-id", cfg.ChainID, "chain id")
	fs.Uint64Var(&cfg.Period, "period", cfg.Period, "block period in seconds")
	fs.Uint64Var(&cfg.GasLimit, "gas-limit", cfg.GasLimit, "block gas limit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	s, err := parseAddresses(*signers)
	if err != nil {
		return fmt.Errorf("-signers: %w", err)
	}
	if len(s) == 0 {
		return errors.New("-signers is required")
	}
	f, err := parseAddresses(*fund)
	if err != nil {
		return fmt.Errorf("-fund: %w", err)
	}
	raw, err := cfg.Genesis(s, f)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(out, string(raw))
	return err
}

func parseAddresses(list string) ([]common.Address, error) {
	var out []common.Address
	for _, a := range strings.Split(list, ",") {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		if !common.IsHexAddress(a) {
			return nil, fmt.Errorf("not an address: %q", a)
		}
		out = append(out, common.HexToAddress(a))
	}
	return out, nil
}

// deployCmd deploys the market on a production network: only the deployer's key is local, every
// other role holder is an address from the holders file.
func deployCmd(args []string, log *zap.Logger) error {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	rpcURL := fs.String("rpc", "http://127.0.0.1:8555", "JSON-RPC endpoint of a node of the network")
	keyFile := fs.String("deployer-key", "", "file holding the deployer's hex private key")
	holdersFile := fs.String("holders", "", "role holders (deploy/authority/holders.json.example)")
	out := fs.String("manifest", "deployment.json", "manifest to write (existing contracts in it are kept)")
	renounce := fs.Bool("renounce", false, "after wiring, the deployer renounces governance (authorities keep it)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *keyFile == "" || *holdersFile == "" {
		return errors.New("-deployer-key and -holders are required")
	}
	key, err := devnet.LoadKey(*keyFile)
	if err != nil {
		return err
	}
	holders, err := deployer.LoadHolders(*holdersFile)
	if err != nil {
		return err
	}
	// No demo users in production: no gas allowances or top-ups are sent.
	dcfg := deployer.Config{
		RPCURL:       *rpcURL,
		Keys:         map[string]*ecdsa.PrivateKey{deployer.KeyDeployer: key},
		GasAllowance: new(big.Int),
		DemoTopUp:    new(big.Int),
	}
	holders.Apply(&dcfg)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	d, err := deployer.New(ctx, dcfg, log)
	if err != nil {
		return err
	}
	defer d.Close()
	m := &manifest.Manifest{}
	if old, err := manifest.Read(*out); err == nil { // a rerun keeps what is deployed
		m = old
	}
	m.ChainID = dcfg.ChainID
	if len(m.RPC) == 0 {
		m.RPC = []manifest.Node{{Name: "rpc", RPCURL: *rpcURL}}
	}
	for i := range m.Nodes { // written before signers and RPC nodes were told apart
		m.Nodes[i].RPCURL, m.Nodes[i].WSURL = "", ""
	}
	if err := d.Deploy(ctx, m); err != nil {
		return err
	}
	if *renounce {
		if err := d.RenounceDeployer(ctx, m); err != nil {
			return err
		}
	}
	if err := m.Save(*out); err != nil {
		return err
	}
	log.Info("deployed", zap.Int("txsSent", d.Sent), zap.String("manifest", *out))
	return nil
}
