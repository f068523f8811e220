package gridctl

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/chain/manifest"
)

var reg = registry.NewRegistry()

func registryInstance(addr common.Address) func(bind.ContractBackend) *bind.BoundContract {
	return func(b bind.ContractBackend) *bind.BoundContract { return reg.Instance(b, addr) }
}

// sendRegistry sends one Registry transaction and reports it.
func sendRegistry(ctx context.Context, e *Env, label string, data []byte) (*sent, error) {
	addr, err := e.contract(manifest.Registry)
	if err != nil {
		return nil, err
	}
	return e.send(ctx, label, addr, data, nil)
}

type registerResult struct {
	Account   common.Address `json:"account"`
	UserType  string         `json:"userType"`
	Location  string         `json:"location"`
	Register  *sent          `json:"register"`
	Allowance *sent          `json:"allowance,omitempty"`
	// AllowanceWei is what was sent so that the wallet holds the gas allowance.
	AllowanceWei string `json:"allowanceWei"`
}

func runUserRegister(ctx context.Context, e *Env, inv *invocation) error {
	account, err := e.address(inv.args[0])
	if err != nil {
		return err
	}
	userType, err := parseUserType(inv.args[1])
	if err != nil {
		return err
	}
	location := strings.Join(inv.args[2:], " ")
	allowanceArg := e.s.GasAllowance
	if a := inv.flag("allowance"); a != "" {
		allowanceArg = a
	}
	allowance, err := parseAmount(allowanceArg)
	if err != nil {
		return fmt.Errorf("--allowance: %w", err)
	}
	res := registerResult{Account: account, UserType: userTypes[userType], Location: location, AllowanceWei: "0"}
	if res.Register, err = sendRegistry(ctx, e, "registerUser", reg.PackRegisterUser(account, userType, location)); err != nil {
		return err
	}
	// A new wallet needs native coin for gas: top it up to the allowance from the sender's key.
	if allowance.Sign() > 0 {
		mc, err := e.chain(ctx)
		if err != nil {
			return err
		}
		bal, err := mc.BalanceAt(ctx, account, nil)
		if err != nil {
			return fmt.Errorf("balance of %s: %w", account.Hex(), err)
		}
		if bal.Cmp(allowance) < 0 {
			topUp := new(big.Int).Sub(allowance, bal)
			if res.Allowance, err = e.send(ctx, "gasAllowance", account, nil, topUp); err != nil {
				return fmt.Errorf("user registered, but the gas allowance failed: %w", err)
			}
			res.AllowanceWei = topUp.String()
		}
	}
	return e.emit(res, func(w io.Writer) {
		fmt.Fprintf(w, "registered %s as %s (%s); gas allowance sent: %s\n", account.Hex(), res.UserType, location,
			formatAmount(mustBig(res.AllowanceWei)))
	})
}

func mustBig(s string) *big.Int {
	v, _ := new(big.Int).SetString(s, 10)
	return v
}

func runUserSuspend(ctx context.Context, e *Env, inv *invocation) error {
	account, err := e.address(inv.args[0])
	if err != nil {
		return err
	}
	s, err := sendRegistry(ctx, e, "suspendUser", reg.PackSuspendUser(account))
	if err != nil {
		return err
	}
	return e.emit(s, func(w io.Writer) { fmt.Fprintf(w, "suspended %s\n", account.Hex()) })
}

func runUserReactivate(ctx context.Context, e *Env, inv *invocation) error {
	account, err := e.address(inv.args[0])
	if err != nil {
		return err
	}
	s, err := sendRegistry(ctx, e, "reactivateUser", reg.PackReactivateUser(account))
	if err != nil {
		return err
	}
	return e.emit(s, func(w io.Writer) { fmt.Fprintf(w, "reactivated %s\n", account.Hex()) })
}

type userView struct {
	Account      common.Address `json:"account"`
	Name         string         `json:"name,omitempty"`
	Registered   bool           `json:"registered"`
	UserType     string         `json:"userType"`
	Status       string         `json:"status"`
	Verified     bool           `json:"verified"`
	RegisteredAt string         `json:"registeredAt,omitempty"`
	Location     string         `json:"location"`
	Meters       []string       `json:"meters"`
	Balances     *balances      `json:"balances"`
}

func runUserShow(ctx context.Context, e *Env, inv *invocation) error {
	account, err := e.address(inv.args[0])
	if err != nil {
		return err
	}
	addr, err := e.contract(manifest.Registry)
	if err != nil {
		return err
	}
	inst := registryInstance(addr)
	u, err := call(ctx, e, inst, reg.PackGetUser(account), reg.UnpackGetUser)
	if err != nil {
		return fmt.Errorf("getUser: %w", err)
	}
	verified, err := call(ctx, e, inst, reg.PackIsUserVerified(account), reg.UnpackIsUserVerified)
	if err != nil {
		return fmt.Errorf("isUserVerified: %w", err)
	}
	ids, err := call(ctx, e, inst, reg.PackMetersOf(account), reg.UnpackMetersOf)
	if err != nil {
		return fmt.Errorf("metersOf: %w", err)
	}
	bals, err := readBalances(ctx, e, account)
	if err != nil {
		return err
	}
	v := userView{Account: account, Name: e.nameOf(account), Registered: u.Status != 0, UserType: enumName(userTypes, u.UserType),
		Status: enumName(userStatuses, u.Status), Verified: verified, Location: u.Location, Meters: []string{}, Balances: bals}
	if u.RegisteredAt > 0 {
		v.RegisteredAt = time.Unix(int64(u.RegisteredAt), 0).UTC().Format(time.RFC3339)
	}
	for _, id := range ids {
		v.Meters = append(v.Meters, meterName(id))
	}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "account     %s %s\n", account.Hex(), v.Name)
		if !v.Registered {
			fmt.Fprintln(w, "status      not registered")
		} else {
			fmt.Fprintf(w, "type        %s\nstatus      %s (verified: %t)\nregistered  %s\nlocation    %s\nmeters      %s\n",
				v.UserType, v.Status, v.Verified, v.RegisteredAt, v.Location, strings.Join(v.Meters, ", "))
		}
		printBalances(w, bals)
	})
}

func runMeterAssign(ctx context.Context, e *Env, inv *invocation) error {
	id, err := parseMeterID(inv.args[0])
	if err != nil {
		return err
	}
	owner, err := e.address(inv.args[1])
	if err != nil {
		return err
	}
	signer, err := e.address(inv.args[2])
	if err != nil {
		return err
	}
	s, err := sendRegistry(ctx, e, "assignMeter", reg.PackAssignMeter(id, owner, signer))
	if err != nil {
		return err
	}
	return e.emit(s, func(w io.Writer) {
		fmt.Fprintf(w, "meter %s assigned to %s (signing key %s)\n", meterName(id), owner.Hex(), signer.Hex())
	})
}

func runMeterUnassign(ctx context.Context, e *Env, inv *invocation) error {
	id, err := parseMeterID(inv.args[0])
	if err != nil {
		return err
	}
	s, err := sendRegistry(ctx, e, "unassignMeter", reg.PackUnassignMeter(id))
	if err != nil {
		return err
	}
	return e.emit(s, func(w io.Writer) { fmt.Fprintf(w, "meter %s unassigned\n", meterName(id)) })
}

func runMeterRotate(ctx context.Context, e *Env, inv *invocation) error {
	id, err := parseMeterID(inv.args[0])
	if err != nil {
		return err
	}
	signer, err := e.address(inv.args[1])
	if err != nil {
		return err
	}
	s, err := sendRegistry(ctx, e, "rotateMeterSigner", reg.PackRotateMeterSigner(id, signer))
	if err != nil {
		return err
	}
	return e.emit(s, func(w io.Writer) { fmt.Fprintf(w, "meter %s now signs with %s\n", meterName(id), signer.Hex()) })
}

type meterView struct {
	ID         string         `json:"id"`
	IDHex      string         `json:"idHex"`
	Assigned   bool           `json:"assigned"`
	Owner      common.Address `json:"owner"`
	Signer     common.Address `json:"signer"`
	AssignedAt string         `json:"assignedAt,omitempty"`
	Assignment uint32         `json:"assignment"`
}

func runMeterShow(ctx context.Context, e *Env, inv *invocation) error {
	id, err := parseMeterID(inv.args[0])
	if err != nil {
		return err
	}
	addr, err := e.contract(manifest.Registry)
	if err != nil {
		return err
	}
	m, err := call(ctx, e, registryInstance(addr), reg.PackGetMeter(id), reg.UnpackGetMeter)
	if err != nil {
		return fmt.Errorf("getMeter: %w", err)
	}
	v := meterView{ID: meterName(id), IDHex: common.Hash(id).Hex(), Assigned: m.Owner != (common.Address{}),
		Owner: m.Owner, Signer: m.Signer, Assignment: m.Assignment}
	if m.AssignedAt > 0 {
		v.AssignedAt = time.Unix(int64(m.AssignedAt), 0).UTC().Format(time.RFC3339)
	}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "meter       %s (%s)\n", v.ID, v.IDHex)
		if !v.Assigned {
			fmt.Fprintf(w, "owner       none (assignments so far: %d)\n", v.Assignment)
			return
		}
		fmt.Fprintf(w, "owner       %s %s\nsigner      %s\nassigned    %s (assignment %d)\n", v.Owner.Hex(), e.nameOf(v.Owner),
			v.Signer.Hex(), v.AssignedAt, v.Assignment)
	})
}
