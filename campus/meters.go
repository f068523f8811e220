package campus

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/chain/manifest"
	"github.com/campus-grid/gridchain/metersim"
	"github.com/campus-grid/gridchain/txmgr"
)

const (
	userTypeProsumer = 1
	maxMetersPerUser = 10
)

// ErrNotEnoughUsers means the campus has more meters than its demo users can hold.
var ErrNotEnoughUsers = errors.New("campus: not enough demo users for the meters (at most 10 meters each)")

// MeterPlan says which demo user owns which simulated meter: rooftop solar meters go to
// prosumers, building loads to consumers, round robin, at most 10 a user.
func MeterPlan(meters []*metersim.Meter, prosumers, consumers []common.Address) (map[common.Hash]common.Address, error) {
	plan := map[common.Hash]common.Address{}
	count := map[common.Address]int{}
	pi, ci := 0, 0
	for _, m := range meters {
		pool, idx := consumers, &ci
		if m.Profile.Kind == metersim.Solar {
			pool, idx = prosumers, &pi
		}
		if len(pool) == 0 {
			// A campus of only one kind of user still meters everything.
			pool, idx = append(append([]common.Address{}, prosumers...), consumers...), &pi
		}
		placed := false
		for tries := 0; tries < len(pool); tries++ {
			owner := pool[*idx%len(pool)]
			*idx++
			if count[owner] < maxMetersPerUser {
				plan[m.ID] = owner
				count[owner]++
				placed = true
				break
			}
		}
		if !placed {
			return nil, fmt.Errorf("%w: %d meters", ErrNotEnoughUsers, len(meters))
		}
	}
	return plan, nil
}

// Users splits the manifest's demo users into prosumers and consumers, as the Registry has them.
func Users(ctx context.Context, m *manifest.Manifest, client *txmgr.MultiClient) (prosumers, consumers []common.Address, err error) {
	regAddr, err := m.Contract(manifest.Registry)
	if err != nil {
		return nil, nil, err
	}
	reg := registry.NewRegistry()
	regC := reg.Instance(client.Clients()[0], regAddr)
	opts := &bind.CallOpts{Context: ctx}
	for _, u := range m.Demo {
		user, err := bind.Call(regC, opts, reg.PackGetUser(u.Address), reg.UnpackGetUser)
		if err != nil {
			return nil, nil, fmt.Errorf("read user %s: %w", u.Name, err)
		}
		if user.UserType == userTypeProsumer {
			prosumers = append(prosumers, u.Address)
		} else {
			consumers = append(consumers, u.Address)
		}
	}
	return prosumers, consumers, nil
}

// AssignMeters assigns every simulated meter to its planned owner with the registrar's key. Meters
// already assigned are left as they are, so a second run changes nothing.
func AssignMeters(ctx context.Context, m *manifest.Manifest, client *txmgr.MultiClient, meters []*metersim.Meter,
	prosumers, consumers []common.Address, log *zap.Logger) (int, error) {
	regAddr, err := m.Contract(manifest.Registry)
	if err != nil {
		return 0, err
	}
	registrar, ok := m.Accounts["registrar"]
	if !ok || registrar.KeyFile == "" {
		return 0, errors.New("campus: the manifest has no registrar key")
	}
	key, err := crypto.LoadECDSA(registrar.KeyFile)
	if err != nil {
		return 0, fmt.Errorf("registrar key: %w", err)
	}
	plan, err := MeterPlan(meters, prosumers, consumers)
	if err != nil {
		return 0, err
	}
	return assign(ctx, client, key, regAddr, meters, plan, log)
}

// FitMeters returns how many of the campus's meters the demo users can hold (at most 10 each, solar
// with prosumers and loads with consumers), at most want.
func FitMeters(meters []*metersim.Meter, prosumers, consumers []common.Address) int {
	n := len(meters)
	for n > 0 {
		if _, err := MeterPlan(meters[:n], prosumers, consumers); err == nil {
			return n
		}
		n--
	}
	return 0
}

func assign(ctx context.Context, client *txmgr.MultiClient, key *ecdsa.PrivateKey, regAddr common.Address,
	meters []*metersim.Meter, plan map[common.Hash]common.Address, log *zap.Logger) (int, error) {
	reg := registry.NewRegistry()
	regC := reg.Instance(client.Clients()[0], regAddr)
	opts := &bind.CallOpts{Context: ctx}
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = 1
	mgr, err := txmgr.New(cfg, client, txmgr.NewMemoryStore(), txmgr.NewKeySigner(key), log.With(zap.String("key", "registrar")),
		txmgr.WithErrorDecoder(txmgr.MustErrorDecoder(&registry.RegistryMetaData)))
	if err != nil {
		return 0, err
	}
	if err := mgr.Start(ctx); err != nil {
		return 0, err
	}
	defer func() { _ = mgr.Stop(context.Background()) }()
	var handles []*txmgr.Handle
	for _, meter := range meters {
		current, err := bind.Call(regC, opts, reg.PackGetMeter(meter.ID), reg.UnpackGetMeter)
		if err != nil {
			return 0, fmt.Errorf("read meter %s: %w", meter.Name, err)
		}
		if current.Owner != (common.Address{}) {
			continue
		}
		h, err := mgr.Queue(ctx, txmgr.Candidate{To: &regAddr, Data: reg.PackAssignMeter(meter.ID, plan[meter.ID], meter.Signer), Label: "assignMeter"})
		if err != nil {
			return 0, fmt.Errorf("assign %s: %w", meter.Name, err)
		}
		handles = append(handles, h)
	}
	for _, h := range handles {
		if _, err := h.Wait(ctx); err != nil {
			return 0, fmt.Errorf("assign meter: %w", err)
		}
	}
	return len(handles), nil
}
