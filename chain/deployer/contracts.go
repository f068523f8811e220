package deployer

import (
	bind "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/chain/manifest"
)

// Role names used as keys of manifest.Manifest.Roles.
const (
	RoleGovernance         = "governance"
	RoleRegistrar          = "registrar"
	RoleMinter             = "minter"
	RoleBurner             = "burner"
	RolePauser             = "pauser"
	RoleSystem             = "system"
	RoleSettlementOperator = "settlementOperator"
	RoleOracleOperator     = "oracleOperator"
	RoleMarketMaker        = "marketMaker"
)

// Role identifiers as the contracts define them (keccak256 of the constant's name; governance is
// OpenZeppelin's DEFAULT_ADMIN_ROLE, zero).
var (
	GovernanceRole         = [32]byte{}
	RegistrarRole          = crypto.Keccak256Hash([]byte("REGISTRAR_ROLE"))
	MinterRole             = crypto.Keccak256Hash([]byte("MINTER_ROLE"))
	BurnerRole             = crypto.Keccak256Hash([]byte("BURNER_ROLE"))
	PauserRole             = crypto.Keccak256Hash([]byte("PAUSER_ROLE"))
	SystemRole             = crypto.Keccak256Hash([]byte("SYSTEM_ROLE"))
	SettlementOperatorRole = crypto.Keccak256Hash([]byte("SETTLEMENT_OPERATOR_ROLE"))
	OracleOperatorRole     = crypto.Keccak256Hash([]byte("ORACLE_OPERATOR_ROLE"))
	MarketMakerRole        = crypto.Keccak256Hash([]byte("MARKET_MAKER_ROLE"))
)

// DefaultRequestTimeoutBlocks is how long an oracle request stays open (OracleClient).
const DefaultRequestTimeoutBlocks = 100

// accessControl is the part of every binding the deployer needs to wire roles (OpenZeppelin
// AccessControl, the same in every contract).
type accessControl interface {
	GetABIInstance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract
	PackHasRole(role [32]byte, account common.Address) []byte
	UnpackHasRole(data []byte) (bool, error)
	PackGrantRole(role [32]byte, account common.Address) []byte
	PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte
}

// binding adapts an abigen v2 binding (whose Instance method has no common name in an interface
// with the pack methods) to accessControl.
type binding[B interface {
	Instance(bind.ContractBackend, common.Address) *bind.BoundContract
	PackHasRole([32]byte, common.Address) []byte
	UnpackHasRole([]byte) (bool, error)
	PackGrantRole([32]byte, common.Address) []byte
	PackRenounceRole([32]byte, common.Address) []byte
}] struct{ b B }

func (w binding[B]) GetABIInstance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return w.b.Instance(backend, addr)
}
func (w binding[B]) PackHasRole(role [32]byte, a common.Address) []byte {
	return w.b.PackHasRole(role, a)
}
func (w binding[B]) UnpackHasRole(data []byte) (bool, error) { return w.b.UnpackHasRole(data) }
func (w binding[B]) PackGrantRole(role [32]byte, a common.Address) []byte {
	return w.b.PackGrantRole(role, a)
}
func (w binding[B]) PackRenounceRole(role [32]byte, a common.Address) []byte {
	return w.b.PackRenounceRole(role, a)
}

// roleGrant is one role a deployment wires.
type roleGrant struct {
	contract string   // manifest contract name
	name     string   // manifest role name
	role     [32]byte // on-chain role id
	account  common.Address
}

// contractSpec is everything the deployer knows about one contract. Adding a contract to the
// deployment is one function returning its spec, listed in specs().
type contractSpec struct {
	name string
	// deps are contracts whose addresses the constructor takes; they are deployed (and mined) first.
	deps []string
	// creation returns the creation bytecode and the packed constructor arguments.
	creation func(d *Deployer, addrs map[string]common.Address) (bytecode, args []byte)
	ac       accessControl
	// grants lists the roles to wire on any contract once every contract exists, beyond
	// governance (which every contract gets for every authority).
	grants func(d *Deployer, addrs map[string]common.Address) []roleGrant
}

// specs lists every contract of the market, in deployment order.
func specs() []contractSpec {
	return []contractSpec{registrySpec(), settlementTokenSpec(), gridTokenSpec(), oracleClientSpec(), tradingSpec()}
}

func registrySpec() contractSpec {
	b := registry.NewRegistry()
	return contractSpec{
		name: manifest.Registry,
		creation: func(d *Deployer, _ map[string]common.Address) ([]byte, []byte) {
			return common.FromHex(registry.RegistryMetaData.Bin), b.PackConstructor(d.deployer)
		},
		ac: binding[*registry.Registry]{b},
		grants: func(d *Deployer, addrs map[string]common.Address) []roleGrant {
			return []roleGrant{{manifest.Registry, RoleRegistrar, RegistrarRole, d.registrar}}
		},
	}
}

func settlementTokenSpec() contractSpec {
	b := settlementtoken.NewSettlementToken()
	return contractSpec{
		name: manifest.SettlementToken,
		creation: func(d *Deployer, _ map[string]common.Address) ([]byte, []byte) {
			return common.FromHex(settlementtoken.SettlementTokenMetaData.Bin), b.PackConstructor(d.deployer)
		},
		ac: binding[*settlementtoken.SettlementToken]{b},
		grants: func(d *Deployer, addrs map[string]common.Address) []roleGrant {
			return []roleGrant{{manifest.SettlementToken, RoleSettlementOperator, SettlementOperatorRole, d.settlement}}
		},
	}
}

func gridTokenSpec() contractSpec {
	b := gridtoken.NewGridToken()
	return contractSpec{
		name: manifest.GridToken,
		deps: []string{manifest.Registry},
		creation: func(d *Deployer, addrs map[string]common.Address) ([]byte, []byte) {
			return common.FromHex(gridtoken.GridTokenMetaData.Bin), b.PackConstructor(addrs[manifest.Registry], d.deployer)
		},
		ac: binding[*gridtoken.GridToken]{b},
		grants: func(d *Deployer, addrs map[string]common.Address) []roleGrant {
			// Each authority may pause GRID transfers in an emergency. Minter and burner go to
			// OracleClient, the system role to Trading, in their own specs.
			out := make([]roleGrant, 0, len(d.authorities))
			for _, a := range d.authorities {
				out = append(out, roleGrant{manifest.GridToken, RolePauser, PauserRole, a})
			}
			return out
		},
	}
}

func oracleClientSpec() contractSpec {
	b := oracleclient.NewOracleClient()
	return contractSpec{
		name: manifest.OracleClient,
		deps: []string{manifest.Registry, manifest.GridToken},
		creation: func(d *Deployer, addrs map[string]common.Address) ([]byte, []byte) {
			return common.FromHex(oracleclient.OracleClientMetaData.Bin),
				b.PackConstructor(addrs[manifest.Registry], addrs[manifest.GridToken], d.deployer, DefaultRequestTimeoutBlocks)
		},
		ac: binding[*oracleclient.OracleClient]{b},
		grants: func(d *Deployer, addrs map[string]common.Address) []roleGrant {
			// OracleClient mints GRID for verified export and burns it for import; relayers
			// fulfil requests; keepers expire timed-out requests through performUpkeep. It is a
			// system contract of cTHB, which refuses to strand tokens pushed to one (GRID refuses
			// them already: OracleClient is not a campus user).
			out := []roleGrant{
				{manifest.GridToken, RoleMinter, MinterRole, addrs[manifest.OracleClient]},
				{manifest.GridToken, RoleBurner, BurnerRole, addrs[manifest.OracleClient]},
				{manifest.OracleClient, RoleOracleOperator, OracleOperatorRole, d.oracle},
			}
			if _, ok := addrs[manifest.SettlementToken]; ok {
				out = append(out, roleGrant{manifest.SettlementToken, RoleSystem, SystemRole, addrs[manifest.OracleClient]})
			}
			for _, k := range d.keepers {
				out = append(out, roleGrant{manifest.OracleClient, RoleMarketMaker, MarketMakerRole, k})
			}
			return out
		},
	}
}

func tradingSpec() contractSpec {
	b := trading.NewTrading()
	return contractSpec{
		name: manifest.Trading,
		deps: []string{manifest.Registry, manifest.GridToken, manifest.SettlementToken},
		creation: func(d *Deployer, addrs map[string]common.Address) ([]byte, []byte) {
			mk := d.cfg.Market
			return common.FromHex(trading.TradingMetaData.Bin), b.PackConstructor(
				addrs[manifest.Registry], addrs[manifest.GridToken], addrs[manifest.SettlementToken], d.deployer,
				trading.ITradingMarketConfig{
					EpochLength: mk.EpochLength, FirstEpochStart: 0, // the first epoch starts at deployment
					PriceFloor: mk.PriceFloor, PriceCeiling: mk.PriceCeiling, PriceTick: mk.PriceTick,
					AmountQuantum: mk.AmountQuantum, MinOrderAmount: mk.MinOrderAmount,
					MaxOrdersPerUser: mk.MaxOrdersPerUser, MaxOrdersPerEpoch: mk.MaxOrdersPerEpoch,
					WheelingFeePerKwh: mk.WheelingFeePerKwh, GridOperator: d.gridOperator,
					SettleBatchSize: mk.SettleBatchSize,
				})
		},
		ac: binding[*trading.Trading]{b},
		grants: func(d *Deployer, addrs map[string]common.Address) []roleGrant {
			// Trading escrows and pays out GRID (GridToken's system role) and cTHB (whose system
			// role makes it refuse tokens pushed to Trading instead of pulled by it), keepers clear
			// and settle epochs, any authority may pause the market.
			out := []roleGrant{
				{manifest.GridToken, RoleSystem, SystemRole, addrs[manifest.Trading]},
				{manifest.SettlementToken, RoleSystem, SystemRole, addrs[manifest.Trading]},
			}
			for _, k := range d.keepers {
				out = append(out, roleGrant{manifest.Trading, RoleMarketMaker, MarketMakerRole, k})
			}
			for _, a := range d.authorities {
				out = append(out, roleGrant{manifest.Trading, RolePauser, PauserRole, a})
			}
			return out
		},
	}
}
