package gridctl

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/chain/manifest"
)

var (
	grid = gridtoken.NewGridToken()
	thb  = settlementtoken.NewSettlementToken()
)

func gridInstance(addr common.Address) func(bind.ContractBackend) *bind.BoundContract {
	return func(b bind.ContractBackend) *bind.BoundContract { return grid.Instance(b, addr) }
}

func thbInstance(addr common.Address) func(bind.ContractBackend) *bind.BoundContract {
	return func(b bind.ContractBackend) *bind.BoundContract { return thb.Instance(b, addr) }
}

type balances struct {
	Account    common.Address `json:"account"`
	Native     string         `json:"native"`
	GRID       string         `json:"grid"`
	Settlement string         `json:"thb"`
	NativeWei  string         `json:"nativeWei"`
	GRIDWei    string         `json:"gridWei"`
	THBWei     string         `json:"thbWei"`
}

func readBalances(ctx context.Context, e *Env, account common.Address) (*balances, error) {
	c, err := e.reader(ctx)
	if err != nil {
		return nil, err
	}
	native, err := c.BalanceAt(ctx, account, nil)
	if err != nil {
		return nil, fmt.Errorf("native balance: %w", err)
	}
	gridAddr, err := e.contract(manifest.GridToken)
	if err != nil {
		return nil, err
	}
	g, err := call(ctx, e, gridInstance(gridAddr), grid.PackBalanceOf(account), grid.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("GRID balance: %w", err)
	}
	thbAddr, err := e.contract(manifest.SettlementToken)
	if err != nil {
		return nil, err
	}
	s, err := call(ctx, e, thbInstance(thbAddr), thb.PackBalanceOf(account), thb.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("settlement token balance: %w", err)
	}
	return &balances{Account: account, Native: formatAmount(native), GRID: formatAmount(g), Settlement: formatAmount(s),
		NativeWei: native.String(), GRIDWei: g.String(), THBWei: s.String()}, nil
}

func printBalances(w io.Writer, b *balances) {
	fmt.Fprintf(w, "native      %s\nGRID        %s kWh\ncTHB        %s THB\n", b.Native, b.GRID, b.Settlement)
}

func runBalance(ctx context.Context, e *Env, inv *invocation) error {
	var account common.Address
	var err error
	if len(inv.args) == 1 {
		account, err = e.address(inv.args[0])
	} else {
		account, err = e.sender()
	}
	if err != nil {
		return err
	}
	b, err := readBalances(ctx, e, account)
	if err != nil {
		return err
	}
	return e.emit(b, func(w io.Writer) {
		fmt.Fprintf(w, "account     %s %s\n", account.Hex(), e.nameOf(account))
		printBalances(w, b)
	})
}

func runTransfer(ctx context.Context, e *Env, inv *invocation) error {
	to, err := e.address(inv.args[0])
	if err != nil {
		return err
	}
	amount, err := parseAmount(inv.args[1])
	if err != nil {
		return err
	}
	var contract string
	var data []byte
	switch strings.ToLower(inv.flag("token")) {
	case "grid":
		contract, data = manifest.GridToken, grid.PackTransfer(to, amount)
	case "thb", "cthb":
		contract, data = manifest.SettlementToken, thb.PackTransfer(to, amount)
	default:
		return usageErr("--token must be grid or thb, got %q", inv.flag("token"))
	}
	addr, err := e.contract(contract)
	if err != nil {
		return err
	}
	s, err := e.send(ctx, "transfer", addr, data, nil)
	if err != nil {
		return err
	}
	return e.emit(s, func(w io.Writer) {
		fmt.Fprintf(w, "transferred %s %s to %s\n", formatAmount(amount), strings.ToUpper(inv.flag("token")), to.Hex())
	})
}

func runTopUp(ctx context.Context, e *Env, inv *invocation) error {
	to, err := e.address(inv.args[0])
	if err != nil {
		return err
	}
	amount, err := parseAmount(inv.args[1])
	if err != nil {
		return err
	}
	ref := inv.flag("ref")
	if ref == "" {
		ref = fmt.Sprintf("gridctl topup %s %s %d", to.Hex(), amount, time.Now().UnixNano())
	}
	addr, err := e.contract(manifest.SettlementToken)
	if err != nil {
		return err
	}
	refHash := parseRef(ref)
	s, err := e.send(ctx, "topUp", addr, thb.PackTopUp(to, amount, refHash), nil)
	if err != nil {
		return err
	}
	return e.emit(map[string]any{"tx": s, "to": to, "amount": formatAmount(amount), "ref": common.Hash(refHash).Hex()},
		func(w io.Writer) {
			fmt.Fprintf(w, "topped up %s with %s THB (ref %s)\n", to.Hex(), formatAmount(amount), common.Hash(refHash).Hex())
		})
}

func runRedeem(ctx context.Context, e *Env, inv *invocation) error {
	amount, err := parseAmount(inv.args[0])
	if err != nil {
		return err
	}
	ref := inv.flag("ref")
	if ref == "" {
		ref = fmt.Sprintf("gridctl redeem %s %d", amount, time.Now().UnixNano())
	}
	addr, err := e.contract(manifest.SettlementToken)
	if err != nil {
		return err
	}
	refHash := parseRef(ref)
	s, err := e.send(ctx, "redeem", addr, thb.PackRedeem(amount, refHash), nil)
	if err != nil {
		return err
	}
	return e.emit(map[string]any{"tx": s, "amount": formatAmount(amount), "ref": common.Hash(refHash).Hex()},
		func(w io.Writer) {
			fmt.Fprintf(w, "redeemed %s THB (ref %s)\n", formatAmount(amount), common.Hash(refHash).Hex())
		})
}
