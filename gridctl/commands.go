package gridctl

import (
	"context"
	"strings"
)

// flagSpec is a command's own flag.
type flagSpec struct {
	name, usage, def string
	isBool           bool
}

// command is one entry of the command table. To add a command (say `order sell`), append an
// entry with its argument count and a run function; parsing, help, settings and exit statuses
// come with the table.
type command struct {
	name    string // one or two words: "status", "user register"
	args    string // argument synopsis for help
	summary string
	flags   []flagSpec
	minArgs int
	maxArgs int // -1: no limit
	run     func(ctx context.Context, e *Env, inv *invocation) error
}

// commands is the table; order does not matter (help sorts it).
var commands []*command

func init() {
	commands = []*command{
		{name: "status", summary: "chain health: heads, peers, block age, signer rotation, contracts, GRID supply; exit 1 when unhealthy",
			run: runStatus},

		{name: "user register", args: "<address> <prosumer|consumer> [location...]", minArgs: 2, maxArgs: -1,
			summary: "register a user (registrar) and send it a gas allowance of native coin",
			flags:   []flagSpec{{name: "allowance", usage: "native coin to top the user up to, in ether units (overrides --gas-allowance)"}},
			run:     runUserRegister},
		{name: "user suspend", args: "<address>", minArgs: 1, maxArgs: 1, summary: "suspend a user: no trading or transfers (registrar)",
			run: runUserSuspend},
		{name: "user reactivate", args: "<address>", minArgs: 1, maxArgs: 1, summary: "lift a suspension (registrar)",
			run: runUserReactivate},
		{name: "user show", args: "<address>", minArgs: 1, maxArgs: 1, summary: "a user's record, meters and balances",
			run: runUserShow},

		{name: "meter assign", args: "<meter-id> <owner> <meter-signer>", minArgs: 3, maxArgs: 3,
			summary: "assign a meter and its signing key to a user (registrar)", run: runMeterAssign},
		{name: "meter unassign", args: "<meter-id>", minArgs: 1, maxArgs: 1, summary: "take a meter away from its owner (registrar)",
			run: runMeterUnassign},
		{name: "meter rotate", args: "<meter-id> <new-signer>", minArgs: 2, maxArgs: 2, summary: "replace a meter's signing key (registrar)",
			run: runMeterRotate},
		{name: "meter show", args: "<meter-id>", minArgs: 1, maxArgs: 1, summary: "a meter's owner, signing key and assignment",
			run: runMeterShow},

		{name: "balance", args: "[address|account]", minArgs: 0, maxArgs: 1, summary: "native coin, GRID and settlement token (cTHB) balances",
			run: runBalance},
		{name: "transfer", args: "<to> <amount>", minArgs: 2, maxArgs: 2, summary: "transfer GRID (or --token thb) from the sender",
			flags: []flagSpec{{name: "token", usage: "grid or thb", def: "grid"}}, run: runTransfer},
		{name: "topup", args: "<to> <amount>", minArgs: 2, maxArgs: 2, summary: "issue settlement token against an off-chain THB top-up (settlement operator)",
			flags: []flagSpec{{name: "ref", usage: "top-up reference (text, hashed; or 0x + 64 hex digits)"}}, run: runTopUp},
		{name: "redeem", args: "<amount>", minArgs: 1, maxArgs: 1, summary: "burn the sender's settlement token for an off-chain THB payout",
			flags: []flagSpec{{name: "ref", usage: "redemption reference (text, hashed; or 0x + 64 hex digits)"}}, run: runRedeem},

		{name: "epoch show", args: "[epoch]", minArgs: 0, maxArgs: 1, summary: "a market epoch's status, clearing price and volume (default: the current one)",
			run: runEpochShow},
		{name: "epoch clear", args: "<epoch>", minArgs: 1, maxArgs: 1,
			summary: "set an ended epoch's clearing price and volume (matchOrders; market maker, e.g. --as keeper-ERC)", run: runEpochClear},

		{name: "order sell", minArgs: 0, maxArgs: 0, args: "--amount <kWh> --price <THB/kWh>",
			summary: "offer GRID in the current epoch (approves Trading for GRID when the allowance is short)",
			flags:   orderFlags, run: runOrderSell},
		{name: "order buy", minArgs: 0, maxArgs: 0, args: "--amount <kWh> --price <THB/kWh>",
			summary: "bid for GRID in the current epoch, escrowing cTHB (amount x (price + wheeling fee))",
			flags:   orderFlags, run: runOrderBuy},
		{name: "order cancel", args: "<order-id>", minArgs: 1, maxArgs: 1, summary: "withdraw an open order of the sender while its epoch is open (escrow refunded)",
			run: runOrderCancel},
		{name: "order claim", args: "<order-id>", minArgs: 1, maxArgs: 1, summary: "pay out one of the sender's orders of a cleared epoch",
			run: runOrderClaim},
		{name: "order show", args: "<order-id>", minArgs: 1, maxArgs: 1, summary: "an order's side, amount, price, status and fill",
			run: runOrderShow},
		{name: "order list", minArgs: 0, maxArgs: 0, summary: "an account's orders in an epoch (default: the sender's, the current epoch)",
			flags: []flagSpec{{name: "epoch", usage: "epoch number (default: the current one)"},
				{name: "account", usage: "address or manifest account (default: the sender)"}},
			run: runOrderList},

		{name: "oracle request", args: "<meter-id> --interval-end <unix>", minArgs: 1, maxArgs: 1,
			summary: "ask the relayers for a meter's energy data up to a time (requestEnergyData)",
			flags:   []flagSpec{{name: "interval-end", usage: "unix seconds (or RFC 3339) the meter's data must reach"}},
			run:     runOracleRequest},
		{name: "oracle show", args: "<request-id>", minArgs: 1, maxArgs: 1, summary: "an oracle request's meter, interval end, status and last block",
			run: runOracleShow},

		{name: "roles", summary: "who holds which role in every contract (from RoleGranted/RoleRevoked since the deploy block)",
			flags: []flagSpec{{name: "account", usage: "only this account"}}, run: runRoles},

		{name: "signer list", summary: "authorised Clique signers and their recent sealing (clique_getSigners, clique_status)",
			run: runSignerList},
		{name: "signer votes", summary: "pending clique votes of the node(s) (clique_proposals)", run: runSignerVotes},
		{name: "signer propose", args: "<address> <add|remove>", minArgs: 2, maxArgs: 2,
			summary: "vote to add or remove a signer on the node(s) (clique_propose)", run: runSignerPropose},
		{name: "signer discard", args: "<address>", minArgs: 1, maxArgs: 1, summary: "withdraw a pending vote (clique_discard)",
			run: runSignerDiscard},
	}
	for _, c := range commands {
		run := c.run
		c.run = func(ctx context.Context, e *Env, inv *invocation) error {
			if len(inv.args) < c.minArgs || (c.maxArgs >= 0 && len(inv.args) > c.maxArgs) {
				return usageErr("%d argument(s) given", len(inv.args))
			}
			return run(ctx, e, inv)
		}
	}
}

var orderFlags = []flagSpec{
	{name: "amount", usage: "kWh, a decimal on the market's quantum (e.g. 1.25)"},
	{name: "price", usage: "limit price in THB/kWh, a decimal on the market's tick grid (e.g. 3.10)"},
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// lookupPrefix reports whether words name a command or the first word of a group.
func lookupPrefix(words []string) bool {
	joined := strings.Join(words, " ")
	for _, c := range commands {
		if c.name == joined || strings.HasPrefix(c.name, joined+" ") {
			return true
		}
	}
	return joined == "help"
}

func (inv *invocation) flag(name string) string { return *inv.local[name] }
