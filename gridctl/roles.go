package gridctl

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// roleNames names the role ids the contracts define (keccak256 of the constant's name;
// GOVERNANCE_ROLE is OpenZeppelin's DEFAULT_ADMIN_ROLE, zero).
var roleNames = func() map[common.Hash]string {
	m := map[common.Hash]string{{}: "GOVERNANCE_ROLE"}
	for _, n := range []string{"REGISTRAR_ROLE", "MINTER_ROLE", "BURNER_ROLE", "PAUSER_ROLE", "SYSTEM_ROLE",
		"SETTLEMENT_OPERATOR_ROLE", "ORACLE_OPERATOR_ROLE", "MARKET_MAKER_ROLE"} {
		m[crypto.Keccak256Hash([]byte(n))] = n
	}
	return m
}()

func roleName(id common.Hash) string {
	if n, ok := roleNames[id]; ok {
		return n
	}
	return id.Hex()
}

type roleHolder struct {
	Account common.Address `json:"account"`
	Name    string         `json:"name,omitempty"`
	// Since is the block of the grant that is in force.
	Since uint64 `json:"since"`
}

type roleAudit struct {
	FromBlock uint64 `json:"fromBlock"`
	ToBlock   uint64 `json:"toBlock"`
	// Contracts maps contract name -> role name -> holders.
	Contracts map[string]map[string][]roleHolder `json:"contracts"`
}

// logChunk bounds one eth_getLogs range.
const logChunk = 5000

func runRoles(ctx context.Context, e *Env, inv *invocation) error {
	m, err := e.manifest()
	if err != nil {
		return err
	}
	var only *common.Address
	if a := inv.flag("account"); a != "" {
		addr, err := e.address(a)
		if err != nil {
			return err
		}
		only = &addr
	}
	c, err := e.reader(ctx)
	if err != nil {
		return err
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	events := reg.GetABI().Events
	granted, revoked := events["RoleGranted"].ID, events["RoleRevoked"].ID
	byAddr := map[common.Address]string{}
	var addrs []common.Address
	for name, a := range m.Contracts {
		byAddr[a] = name
		addrs = append(addrs, a)
	}
	// holders[contract][role][account] = grant block
	holders := map[common.Address]map[common.Hash]map[common.Address]uint64{}
	for from := m.DeployBlock; from <= head; from += logChunk {
		to := min(from+logChunk-1, head)
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: addrs, Topics: [][]common.Hash{{granted, revoked}},
		})
		if err != nil {
			return fmt.Errorf("role events %d-%d: %w", from, to, err)
		}
		// Logs come in chain order; replaying them leaves the roles in force.
		for _, l := range logs {
			if len(l.Topics) < 3 {
				continue
			}
			role, account := l.Topics[1], common.BytesToAddress(l.Topics[2].Bytes())
			if holders[l.Address] == nil {
				holders[l.Address] = map[common.Hash]map[common.Address]uint64{}
			}
			if holders[l.Address][role] == nil {
				holders[l.Address][role] = map[common.Address]uint64{}
			}
			if l.Topics[0] == granted {
				holders[l.Address][role][account] = l.BlockNumber
			} else {
				delete(holders[l.Address][role], account)
			}
		}
	}
	audit := roleAudit{FromBlock: m.DeployBlock, ToBlock: head, Contracts: map[string]map[string][]roleHolder{}}
	for addr, roles := range holders {
		cname := byAddr[addr]
		for role, accounts := range roles {
			for account, since := range accounts {
				if only != nil && account != *only {
					continue
				}
				if audit.Contracts[cname] == nil {
					audit.Contracts[cname] = map[string][]roleHolder{}
				}
				rn := roleName(role)
				audit.Contracts[cname][rn] = append(audit.Contracts[cname][rn], roleHolder{Account: account, Name: e.nameOf(account), Since: since})
			}
		}
	}
	for _, roles := range audit.Contracts {
		for _, hs := range roles {
			sort.Slice(hs, func(i, j int) bool { return hs[i].Account.Cmp(hs[j].Account) < 0 })
		}
	}
	return e.emit(audit, func(w io.Writer) {
		fmt.Fprintf(w, "roles in force at block %d (events since block %d)\n", head, m.DeployBlock)
		for _, cname := range sortedKeys(audit.Contracts) {
			fmt.Fprintf(w, "\n%s (%s)\n", cname, m.Contracts[cname].Hex())
			for _, rn := range sortedKeys(audit.Contracts[cname]) {
				for _, h := range audit.Contracts[cname][rn] {
					fmt.Fprintf(w, "  %-26s %s %-20s since block %d\n", rn, h.Account.Hex(), h.Name, h.Since)
				}
			}
		}
	})
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
