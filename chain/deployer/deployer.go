// Package deployer deploys every contract of the campus market through the abigen v2 bindings,
// wires the roles, onboards the demo users (registration, a gas allowance of native coin, a cTHB
// top-up) and fills in the deployment manifest. Every step first reads the chain and acts only
// when something is missing, so running it again on a deployed chain sends nothing.
package deployer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"

	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/chain/manifest"
)

var (
	ErrMissingKey    = errors.New("missing key")
	ErrChainMismatch = errors.New("node chain id differs from the configured one")
	ErrNoGovernance  = errors.New("refusing to leave a contract without governance")
)

// User types of the Registry (IRegistry.UserType).
const (
	UserProsumer uint8 = 1
	UserConsumer uint8 = 2
)

// Named keys of the deployment (the devnet's account names).
const (
	KeyDeployer           = "deployer"
	KeyRegistrar          = "registrar"
	KeySettlementOperator = "settlementOperator"
	KeyOracleOperator     = "oracleOperator"
)

// DefaultGasAllowance is the native coin a newly registered user receives for gas (100 coins:
// thousands of transactions at devnet fees).
var DefaultGasAllowance = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))

// DefaultDemoTopUp is the cTHB each demo user starts with (10,000 THB).
var DefaultDemoTopUp = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))

// KeyGridOperator receives Trading's wheeling fee.
const KeyGridOperator = "gridOperator"

// Market holds Trading's constructor settings (ITrading.MarketConfig). Amounts are GRID base
// units (1e18 = 1 kWh), prices settlement-token base units per kWh.
type Market struct {
	EpochLength       uint64
	PriceFloor        *big.Int
	PriceCeiling      *big.Int
	PriceTick         *big.Int
	AmountQuantum     *big.Int
	MinOrderAmount    *big.Int
	MaxOrdersPerUser  *big.Int
	MaxOrdersPerEpoch *big.Int
	WheelingFeePerKwh *big.Int
	SettleBatchSize   *big.Int
}

// DefaultMarket is the campus market of the design: 15-minute epochs, prices on a 0.01 THB grid
// between the 2.20 THB/kWh feed-in floor and the 4.15 THB/kWh retail ceiling, orders in
// multiples of 0.001 kWh from 0.1 kWh, 100 orders per user and 10,000 per epoch, no wheeling fee.
func DefaultMarket() Market {
	milli := func(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e15)) }
	return Market{
		EpochLength:       900,
		PriceFloor:        milli(2200),
		PriceCeiling:      milli(4150),
		PriceTick:         milli(10),
		AmountQuantum:     milli(1),
		MinOrderAmount:    milli(100),
		MaxOrdersPerUser:  big.NewInt(100),
		MaxOrdersPerEpoch: big.NewInt(10_000),
		WheelingFeePerKwh: new(big.Int),
		SettleBatchSize:   big.NewInt(100),
	}
}

// Config of one deployment.
type Config struct {
	RPCURL  string
	ChainID uint64
	// Keys by account name; must hold deployer, registrar, settlementOperator, every authority
	// and every demo user. Other keys (oracle operator, keepers) are only recorded.
	Keys map[string]*ecdsa.PrivateKey
	// Addresses by account name, for role holders whose keys stay elsewhere (production: only
	// addresses leave each authority's host). A key in Keys wins over an address here.
	Addresses map[string]common.Address
	// KeyFiles by account name, recorded in the manifest (devnet only).
	KeyFiles map[string]string
	// Authorities in node order; each becomes governance on every contract.
	Authorities []string
	// Keepers maps an authority to its keeper (market maker) account name.
	Keepers map[string]string
	// DemoUsers are account names of campus users to register for demos and tests.
	DemoUsers    []string
	GasAllowance *big.Int
	DemoTopUp    *big.Int
	// Market configures Trading; a zero EpochLength means DefaultMarket().
	Market Market
}

// Check rejects a configuration the deployment cannot run with.
func (c *Config) Check() error {
	var errs []error
	if c.RPCURL == "" {
		errs = append(errs, errors.New("rpc url is empty"))
	}
	if c.ChainID == 0 {
		errs = append(errs, manifest.ErrNoChainID)
	}
	// The deployer signs everything but onboarding; registrar and settlement operator sign
	// onboarding, and demo users only need to exist.
	needKeys := []string{KeyDeployer}
	if len(c.DemoUsers) > 0 {
		needKeys = append(needKeys, KeyRegistrar, KeySettlementOperator)
		needKeys = append(needKeys, c.DemoUsers...)
	}
	for _, n := range needKeys {
		if c.Keys[n] == nil {
			errs = append(errs, fmt.Errorf("%w: %s", ErrMissingKey, n))
		}
	}
	needAddrs := append([]string{KeyRegistrar, KeySettlementOperator, KeyOracleOperator, KeyGridOperator}, c.Authorities...)
	for _, a := range c.Authorities {
		if k, ok := c.Keepers[a]; ok {
			needAddrs = append(needAddrs, k)
		}
	}
	for _, n := range needAddrs {
		if _, ok := c.address(n); !ok {
			errs = append(errs, fmt.Errorf("%w: neither key nor address of %s", ErrMissingKey, n))
		}
	}
	if len(c.Authorities) == 0 {
		errs = append(errs, errors.New("no authorities"))
	}
	if c.GasAllowance == nil || c.GasAllowance.Sign() < 0 {
		errs = append(errs, errors.New("gas allowance must be set and not negative"))
	}
	if c.DemoTopUp == nil || c.DemoTopUp.Sign() < 0 {
		errs = append(errs, errors.New("demo top-up must be set and not negative"))
	}
	return errors.Join(errs...)
}

// address resolves a named account from its key or, failing that, its configured address.
func (c *Config) address(name string) (common.Address, bool) {
	if k := c.Keys[name]; k != nil {
		return crypto.PubkeyToAddress(k.PublicKey), true
	}
	a, ok := c.Addresses[name]
	return a, ok && a != (common.Address{})
}

func (c *Config) mustAddress(name string) common.Address {
	a, _ := c.address(name)
	return a
}

// Deployer runs one deployment.
type Deployer struct {
	cfg          Config
	log          *zap.Logger
	client       *ethclient.Client
	chainID      *big.Int
	deployer     common.Address
	registrar    common.Address
	settlement   common.Address
	authorities  []common.Address
	oracle       common.Address
	gridOperator common.Address
	keepers      []common.Address
	// Sent counts the transactions this run sent (zero on an already deployed chain).
	Sent int
}

// New checks cfg and dials the node.
func New(ctx context.Context, cfg Config, log *zap.Logger) (*Deployer, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("deployer config: %w", err)
	}
	client, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", cfg.RPCURL, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("chain id: %w", err)
	}
	if id.Uint64() != cfg.ChainID {
		client.Close()
		return nil, fmt.Errorf("%w: node %d, config %d", ErrChainMismatch, id, cfg.ChainID)
	}
	d := &Deployer{
		cfg: cfg, log: log, client: client, chainID: id,
		deployer:   addr(cfg.Keys[KeyDeployer]),
		registrar:  cfg.mustAddress(KeyRegistrar),
		settlement: cfg.mustAddress(KeySettlementOperator),
		oracle:     cfg.mustAddress(KeyOracleOperator),
	}
	d.gridOperator = cfg.mustAddress(KeyGridOperator)
	if d.cfg.Market.EpochLength == 0 {
		d.cfg.Market = DefaultMarket()
	}
	for _, a := range cfg.Authorities {
		d.authorities = append(d.authorities, cfg.mustAddress(a))
		if k, ok := cfg.Keepers[a]; ok {
			d.keepers = append(d.keepers, cfg.mustAddress(k))
		}
	}
	return d, nil
}

// Close releases the node connection.
func (d *Deployer) Close() { d.client.Close() }

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// Deploy brings the chain to the full deployment and records it in m: contracts missing from m
// (or without code, after a chain reset) are deployed, missing roles granted, demo users
// onboarded. m.ChainID and m.Nodes are the caller's.
func (d *Deployer) Deploy(ctx context.Context, m *manifest.Manifest) error {
	_, hadTrading := m.Contracts[manifest.Trading]
	addrs, err := d.deployContracts(ctx, m)
	if err != nil {
		return err
	}
	deployedTrading := !hadTrading || m.Contracts[manifest.Trading] != addrs[manifest.Trading]
	roles, err := d.wireRoles(ctx, addrs)
	if err != nil {
		return err
	}
	if err := d.onboardDemoUsers(ctx, addrs); err != nil {
		return err
	}
	m.Contracts = addrs
	m.Roles = roles
	if _, ok := addrs[manifest.Trading]; ok {
		if m.Market == nil {
			m.Market = make(map[string]uint64)
		}
		if _, set := m.Market["epochLength"]; !set || deployedTrading {
			m.Market["epochLength"] = d.cfg.Market.EpochLength
			m.Market["settleBatchSize"] = d.cfg.Market.SettleBatchSize.Uint64()
		}
	}
	m.Accounts = make(map[string]manifest.Account)
	for name, a := range d.cfg.Addresses {
		m.Accounts[name] = manifest.Account{Name: name, Address: a}
	}
	for name, key := range d.cfg.Keys {
		if slices.Contains(d.cfg.DemoUsers, name) {
			continue
		}
		m.Accounts[name] = manifest.Account{Name: name, Address: addr(key), KeyFile: d.cfg.KeyFiles[name]}
	}
	m.Demo = m.Demo[:0]
	for _, name := range d.cfg.DemoUsers {
		m.Demo = append(m.Demo, manifest.Account{Name: name, Address: addr(d.cfg.Keys[name]), KeyFile: d.cfg.KeyFiles[name]})
	}
	return nil
}

func (d *Deployer) hasCode(ctx context.Context, a common.Address) (bool, error) {
	code, err := d.client.CodeAt(ctx, a, nil)
	if err != nil {
		return false, fmt.Errorf("code at %s: %w", a, err)
	}
	return len(code) > 0, nil
}

// deployContracts deploys, level by level, every contract whose dependencies exist.
func (d *Deployer) deployContracts(ctx context.Context, m *manifest.Manifest) (map[string]common.Address, error) {
	addrs := make(map[string]common.Address)
	todo := []contractSpec{}
	for _, s := range specs() {
		if a, ok := m.Contracts[s.name]; ok {
			has, err := d.hasCode(ctx, a)
			if err != nil {
				return nil, err
			}
			if has {
				addrs[s.name] = a
				continue
			}
			d.log.Warn("manifest contract has no code: redeploying", zap.String("contract", s.name), zap.Stringer("address", a))
		}
		todo = append(todo, s)
	}
	if len(todo) == 0 {
		return addrs, nil
	}
	for len(todo) > 0 {
		s, err := newSender(ctx, d.client, d.chainID, d.cfg.Keys[KeyDeployer])
		if err != nil {
			return nil, err
		}
		var later []contractSpec
		var sent []string
		for _, spec := range todo {
			ready := true
			for _, dep := range spec.deps {
				if _, ok := addrs[dep]; !ok {
					ready = false
				}
			}
			if !ready || slices.ContainsFunc(spec.deps, func(dep string) bool { return slices.Contains(sent, dep) }) {
				later = append(later, spec)
				continue
			}
			code, args := spec.creation(d, addrs)
			a, err := s.deploy(ctx, spec.name, code, args)
			if err != nil {
				return nil, err
			}
			addrs[spec.name] = a
			sent = append(sent, spec.name)
		}
		if len(sent) == 0 {
			return nil, fmt.Errorf("cannot deploy %d contracts: unmet dependencies", len(later))
		}
		receipts, err := s.wait(ctx)
		if err != nil {
			return nil, err
		}
		d.Sent += len(receipts)
		for i, r := range receipts {
			d.log.Info("deployed", zap.String("contract", sent[i]), zap.Stringer("address", r.ContractAddress),
				zap.Uint64("block", r.BlockNumber.Uint64()), zap.Uint64("gas", r.GasUsed))
			// Services scan logs from the deploy block: the Registry's (the first contract), or
			// the earliest block of this run when the manifest has none.
			if m.DeployBlock == 0 || sent[i] == manifest.Registry {
				m.DeployBlock = r.BlockNumber.Uint64()
			}
		}
		todo = later
	}
	return addrs, nil
}

// wireRoles grants every missing role and returns the role holders for the manifest.
func (d *Deployer) wireRoles(ctx context.Context, addrs map[string]common.Address) (map[string][]common.Address, error) {
	var grants []roleGrant
	byName := make(map[string]contractSpec)
	for _, spec := range specs() {
		byName[spec.name] = spec
		if _, ok := addrs[spec.name]; !ok {
			continue
		}
		for _, a := range d.authorities {
			grants = append(grants, roleGrant{spec.name, RoleGovernance, GovernanceRole, a})
		}
		grants = append(grants, spec.grants(d, addrs)...)
	}
	roles := map[string][]common.Address{}
	if deployerGoverns, err := d.governs(ctx, addrs, d.deployer); err != nil {
		return nil, err
	} else if deployerGoverns {
		roles[RoleGovernance] = []common.Address{d.deployer}
	}
	s, err := newSender(ctx, d.client, d.chainID, d.cfg.Keys[KeyDeployer])
	if err != nil {
		return nil, err
	}
	for _, g := range grants {
		spec, ok := byName[g.contract]
		if !ok {
			return nil, fmt.Errorf("role %s on unknown contract %s", g.name, g.contract)
		}
		inst := spec.ac.GetABIInstance(d.client, addrs[g.contract])
		has, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, spec.ac.PackHasRole(g.role, g.account), spec.ac.UnpackHasRole)
		if err != nil {
			return nil, fmt.Errorf("hasRole %s on %s: %w", g.name, g.contract, err)
		}
		if !slices.Contains(roles[g.name], g.account) {
			roles[g.name] = append(roles[g.name], g.account)
		}
		if has {
			continue
		}
		what := fmt.Sprintf("grant %s on %s to %s", g.name, g.contract, g.account)
		if err := s.transact(ctx, what, inst, spec.ac.PackGrantRole(g.role, g.account)); err != nil {
			return nil, err
		}
	}
	receipts, err := s.wait(ctx)
	if err != nil {
		return nil, err
	}
	if len(receipts) > 0 {
		d.log.Info("roles wired", zap.Int("grants", len(receipts)))
	}
	d.Sent += len(receipts)
	return roles, nil
}

// governs reports whether account holds governance on every deployed contract.
func (d *Deployer) governs(ctx context.Context, addrs map[string]common.Address, account common.Address) (bool, error) {
	for _, spec := range specs() {
		a, ok := addrs[spec.name]
		if !ok {
			continue
		}
		has, err := bind.Call(spec.ac.GetABIInstance(d.client, a), &bind.CallOpts{Context: ctx},
			spec.ac.PackHasRole(GovernanceRole, account), spec.ac.UnpackHasRole)
		if err != nil {
			return false, fmt.Errorf("hasRole on %s: %w", spec.name, err)
		}
		if !has {
			return false, nil
		}
	}
	return true, nil
}

// onboardDemoUsers registers every demo user that is not registered, and gives each with no
// native coin a gas allowance and each with no cTHB the demo top-up. Registration (registrar),
// allowances (deployer, the funder) and top-ups (settlement operator) go out in parallel.
func (d *Deployer) onboardDemoUsers(ctx context.Context, addrs map[string]common.Address) error {
	if len(d.cfg.DemoUsers) == 0 {
		return nil
	}
	reg := registry.NewRegistry()
	regInst := reg.Instance(d.client, addrs[manifest.Registry])
	thb := settlementtoken.NewSettlementToken()
	thbInst := thb.Instance(d.client, addrs[manifest.SettlementToken])
	registrar, err := newSender(ctx, d.client, d.chainID, d.cfg.Keys[KeyRegistrar])
	if err != nil {
		return err
	}
	funder, err := newSender(ctx, d.client, d.chainID, d.cfg.Keys[KeyDeployer])
	if err != nil {
		return err
	}
	operator, err := newSender(ctx, d.client, d.chainID, d.cfg.Keys[KeySettlementOperator])
	if err != nil {
		return err
	}
	call := &bind.CallOpts{Context: ctx}
	for n, name := range d.cfg.DemoUsers {
		user := addr(d.cfg.Keys[name])
		registered, err := bind.Call(regInst, call, reg.PackIsRegistered(user), reg.UnpackIsRegistered)
		if err != nil {
			return fmt.Errorf("isRegistered %s: %w", name, err)
		}
		if !registered {
			userType, location := demoProfile(n)
			if err := registrar.transact(ctx, "register "+name, regInst, reg.PackRegisterUser(user, userType, location)); err != nil {
				return err
			}
		}
		coin, err := d.client.BalanceAt(ctx, user, nil)
		if err != nil {
			return fmt.Errorf("balance of %s: %w", name, err)
		}
		if coin.Sign() == 0 && d.cfg.GasAllowance.Sign() > 0 {
			if err := funder.sendValue(ctx, "gas allowance for "+name, user, d.cfg.GasAllowance); err != nil {
				return err
			}
		}
		cthb, err := bind.Call(thbInst, call, thb.PackBalanceOf(user), thb.UnpackBalanceOf)
		if err != nil {
			return fmt.Errorf("cTHB balance of %s: %w", name, err)
		}
		if cthb.Sign() == 0 && d.cfg.DemoTopUp.Sign() > 0 {
			ref := crypto.Keccak256Hash([]byte("devnet demo top-up " + name))
			if err := operator.transact(ctx, "top up "+name, thbInst, thb.PackTopUp(user, d.cfg.DemoTopUp, ref)); err != nil {
				return err
			}
		}
	}
	var errs []error
	sent := 0
	for _, s := range []*sender{registrar, funder, operator} {
		r, err := s.wait(ctx)
		errs = append(errs, err)
		sent += len(r)
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if sent > 0 {
		d.log.Info("demo users onboarded", zap.Int("users", len(d.cfg.DemoUsers)), zap.Int("txs", sent))
	}
	d.Sent += sent
	return nil
}

// demoProfile alternates prosumers (rooftop solar) and consumers across campus buildings.
func demoProfile(n int) (uint8, string) {
	places := []string{
		"CU Engineering Bldg 3, Bangkok", "CU Dormitory A, Bangkok", "KMUTT Library, Bangkok",
		"KMUTT Canteen, Bangkok", "CMU Science Faculty, Chiang Mai", "CMU Dormitory 4, Chiang Mai",
		"PSU Hat Yai Sports Hall, Songkhla", "PSU Hat Yai Dormitory 2, Songkhla",
		"KKU Solar Lab, Khon Kaen", "KKU Staff Housing, Khon Kaen",
	}
	userType := UserProsumer
	if n%2 == 1 {
		userType = UserConsumer
	}
	return userType, places[n%len(places)]
}

// RenounceDeployer gives up the deployer's governance role on every contract in m, leaving
// governance to the authorities alone (production hand-over). It refuses while any contract has
// no authority holding governance, so the contracts can never be left without one.
func (d *Deployer) RenounceDeployer(ctx context.Context, m *manifest.Manifest) error {
	s, err := newSender(ctx, d.client, d.chainID, d.cfg.Keys[KeyDeployer])
	if err != nil {
		return err
	}
	call := &bind.CallOpts{Context: ctx}
	for _, spec := range specs() {
		a, ok := m.Contracts[spec.name]
		if !ok {
			continue
		}
		inst := spec.ac.GetABIInstance(d.client, a)
		authorityHolds := false
		for _, auth := range d.authorities {
			has, err := bind.Call(inst, call, spec.ac.PackHasRole(GovernanceRole, auth), spec.ac.UnpackHasRole)
			if err != nil {
				return fmt.Errorf("hasRole on %s: %w", spec.name, err)
			}
			authorityHolds = authorityHolds || has
		}
		if !authorityHolds {
			return fmt.Errorf("%s: no authority holds governance: %w", spec.name, ErrNoGovernance)
		}
		has, err := bind.Call(inst, call, spec.ac.PackHasRole(GovernanceRole, d.deployer), spec.ac.UnpackHasRole)
		if err != nil {
			return fmt.Errorf("hasRole on %s: %w", spec.name, err)
		}
		if !has {
			continue
		}
		if err := s.transact(ctx, "renounce governance on "+spec.name, inst, spec.ac.PackRenounceRole(GovernanceRole, d.deployer)); err != nil {
			return err
		}
	}
	r, err := s.wait(ctx)
	d.Sent += len(r)
	if err != nil {
		return err
	}
	m.Roles[RoleGovernance] = slices.DeleteFunc(m.Roles[RoleGovernance], func(a common.Address) bool { return a == d.deployer })
	return nil
}
