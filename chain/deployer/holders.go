package deployer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// Holders names the role holders of a production deployment by address only: the keys stay on
// each authority's (or operator's) host. deploy/authority/holders.json.example shows the format.
type Holders struct {
	ChainID     uint64 `json:"chainId"`
	Authorities []struct {
		Name    string         `json:"name"`
		Address common.Address `json:"address"`
		Keeper  common.Address `json:"keeper"`
	} `json:"authorities"`
	Registrar          common.Address `json:"registrar"`
	SettlementOperator common.Address `json:"settlementOperator"`
	OracleOperator     common.Address `json:"oracleOperator"`
	// GridOperator receives Trading's wheeling fee.
	GridOperator common.Address `json:"gridOperator"`
}

// LoadHolders reads a holders file.
func LoadHolders(path string) (*Holders, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read holders: %w", err)
	}
	var h Holders
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		return nil, fmt.Errorf("parse holders %s: %w", path, err)
	}
	if len(h.Authorities) == 0 {
		return nil, errors.New("holders: no authorities")
	}
	return &h, nil
}

// Apply fills the names, addresses and keepers of cfg from the holders.
func (h *Holders) Apply(cfg *Config) {
	if cfg.Addresses == nil {
		cfg.Addresses = make(map[string]common.Address)
	}
	if cfg.Keepers == nil {
		cfg.Keepers = make(map[string]string)
	}
	cfg.ChainID = h.ChainID
	cfg.Authorities = cfg.Authorities[:0]
	for _, a := range h.Authorities {
		cfg.Authorities = append(cfg.Authorities, a.Name)
		cfg.Addresses[a.Name] = a.Address
		if a.Keeper != (common.Address{}) {
			cfg.Keepers[a.Name] = "keeper-" + a.Name
			cfg.Addresses["keeper-"+a.Name] = a.Keeper
		}
	}
	cfg.Addresses[KeyRegistrar] = h.Registrar
	cfg.Addresses[KeySettlementOperator] = h.SettlementOperator
	cfg.Addresses[KeyOracleOperator] = h.OracleOperator
	cfg.Addresses[KeyGridOperator] = h.GridOperator
}
