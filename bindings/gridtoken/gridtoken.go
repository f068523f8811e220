// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package gridtoken

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// GridTokenMetaData contains all meta data concerning the GridToken contract.
var GridTokenMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"contractIRegistry\"},{\"name\":\"governance\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BURNER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNANCE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MINTER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SYSTEM_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"burn\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"burnFrom\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"burnMetered\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permit\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnergyBurned\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"meterId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EnergyMinted\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"meterId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureS\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientAllowance\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSpender\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC2612ExpiredSignature\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC2612InvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GridToken__SystemContractRecipient\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GridToken__UnregisteredAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GridToken__UnverifiedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GridToken__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "GridToken",
	Bin: "0x61018060405234801561001157600080fd5b5060405161240a38038061240a8339810160408190526100309161032e565b6040518060400160405280601381526020017243616d70757320536f6c617220456e6572677960681b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280601381526020017243616d70757320536f6c617220456e6572677960681b8152506040518060400160405280600481526020016311d4925160e21b81525081600390816100cf9190610407565b5060046100dc8282610407565b506100ec915083905060056101ee565b610120526100fb8160066101ee565b61014052815160208084019190912060e052815190820120610100524660a05261018860e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b03821615806101af57506001600160a01b038116155b156101cd576040516344836ad760e01b815260040160405180910390fd5b6001600160a01b038216610160526101e6600082610221565b505050610537565b600060208351101561020a57610203836102cf565b905061021b565b816102158482610407565b5060ff90505b92915050565b60008281526008602090815260408083206001600160a01b038516845290915281205460ff166102c75760008381526008602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561027f3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161021b565b50600061021b565b600080829050601f81511115610303578260405163305a27a960e01b81526004016102fa91906104c5565b60405180910390fd5b805161030e82610513565b179392505050565b6001600160a01b038116811461032b57600080fd5b50565b6000806040838503121561034157600080fd5b825161034c81610316565b602084015190925061035d81610316565b809150509250929050565b634e487b7160e01b600052604160045260246000fd5b600181811c9082168061039257607f821691505b6020821081036103b257634e487b7160e01b600052602260045260246000fd5b50919050565b601f82111561040257806000526020600020601f840160051c810160208510156103df5750805b601f840160051c820191505b818110156103ff57600081556001016103eb565b50505b505050565b81516001600160401b0381111561042057610420610368565b6104348161042e845461037e565b846103b8565b6020601f82116001811461046857600083156104505750848201515b600019600385901b1c1916600184901b1784556103ff565b600084815260208120601f198516915b828110156104985787850151825560209485019460019092019101610478565b50848210156104b65786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b602081526000825180602084015260005b818110156104f357602081860181015160408684010152016104d6565b506000604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156103b25760001960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051611e526105b8600039600081816103ca015281816106bf01528181611324015281816113de01526114d90152600061101901526000610fec01526000610e4801526000610e2001526000610d7b01526000610da501526000610dcf0152611e526000f3fe608060405234801561001057600080fd5b506004361061020b5760003560e01c806370a082311161012a57806395d89b41116100bd578063d53913931161008c578063dd62ed3e11610071578063dd62ed3e146104d3578063e63ab1e91461050c578063f36c8f5c1461046b57600080fd5b8063d539139314610499578063d547741f146104c057600080fd5b806395d89b4114610463578063a217fddf1461046b578063a9059cbb14610473578063d505accf1461048657600080fd5b80637ecebe00116100f95780637ecebe00146103f45780638456cb591461040757806384b0196e1461040f57806391d148541461042a57600080fd5b806370a082311461035a57806375071d2a1461038357806379cc6790146103aa5780637b103999146103bd57600080fd5b80632f2ff15d116101a25780633f4ba83a116101715780633f4ba83a1461032157806342966c68146103295780635c975abb1461033c5780635cb2aaaf1461034757600080fd5b80632f2ff15d146102e4578063313ce567146102f75780633644e5151461030657806336568abe1461030e57600080fd5b80631e458bee116101de5780631e458bee1461027257806323b872dd14610287578063248a9ca31461029a578063282c51f3146102bd57600080fd5b806301ffc9a71461021057806306fdde0314610238578063095ea7b31461024d57806318160ddd14610260575b600080fd5b61022361021e366004611a80565b610533565b60405190151581526020015b60405180910390f35b6102406105cc565b60405161022f9190611b0f565b61022361025b366004611b3e565b61065e565b6002545b60405190815260200161022f565b610285610280366004611b68565b610676565b005b610223610295366004611b9b565b6107ab565b6102646102a8366004611bd8565b60009081526008602052604090206001015490565b6102647f3c11d16cbaffd01df69ce1c404f6340ee057498f5f00246190ea54220576a84881565b6102856102f2366004611bf1565b6107cf565b6040516012815260200161022f565b6102646107fa565b61028561031c366004611bf1565b610809565b61028561085a565b610285610337366004611bd8565b61088f565b60095460ff16610223565b610285610355366004611b68565b610899565b610264610368366004611c1d565b6001600160a01b031660009081526020819052604090205490565b6102647f5719df9ef2c4678b547f89e4f5ae410dbf400fc51cf3ded434c55f6adea2c43f81565b6102856103b8366004611b3e565b610909565b6040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016815260200161022f565b610264610402366004611c1d565b610922565b610285610940565b610417610972565b60405161022f9796959493929190611c38565b610223610438366004611bf1565b60009182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6102406109d4565b610264600081565b610223610481366004611b3e565b6109e3565b610285610494366004611cec565b6109f1565b6102647f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6102856104ce366004611bf1565b610b5d565b6102646104e1366004611d5f565b6001600160a01b03918216600090815260016020908152604080832093909416825291909152205490565b6102647f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b60007fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b0000000000000000000000000000000000000000000000000000000014806105c657507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b6060600380546105db90611d89565b80601f016020809104026020016040519081016040528092919081815260200182805461060790611d89565b80156106545780601f1061062957610100808354040283529160200191610654565b820191906000526020600020905b81548152906001019060200180831161063757829003601f168201915b5050505050905090565b60003361066c818585610b82565b5060019392505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66106a081610b8f565b60405163c3c5a54760e01b81526001600160a01b0385811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063c3c5a54790602401602060405180830381865afa158015610706573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061072a9190611dc3565b610757576040516365892dcb60e01b81526001600160a01b03851660048201526024015b60405180910390fd5b6107618484610b99565b81846001600160a01b03167f5f617ce0138310f7b9a0d0faf731cb9463dcb011a8b21d8664cff6a7d88bdd188560405161079d91815260200190565b60405180910390a350505050565b6000336107b9858285610bcf565b6107c4858585610c61565b506001949350505050565b6000828152600860205260409020600101546107ea81610b8f565b6107f48383610cc0565b50505050565b6000610804610d6e565b905090565b6001600160a01b038116331461084b576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108558282610e99565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61088481610b8f565b61088c610f20565b50565b61088c3382610f72565b7f3c11d16cbaffd01df69ce1c404f6340ee057498f5f00246190ea54220576a8486108c381610b8f565b6108cd8484610f72565b81846001600160a01b03167f1daf8c8b4edc35b29e493db59a00d34c136d99896c96e69f5dbfd52be987e84f8560405161079d91815260200190565b610914823383610bcf565b61091e8282610f72565b5050565b6001600160a01b0381166000908152600760205260408120546105c6565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61096a81610b8f565b61088c610fa8565b600060608060008060006060610986610fe5565b61098e611012565b604080516000808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6060600480546105db90611d89565b60003361066c818585610c61565b83421115610a2e576040517f627913020000000000000000000000000000000000000000000000000000000081526004810185905260240161074e565b60007f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9888888610a7b8c6001600160a01b0316600090815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090506000610ad68261103f565b90506000610ae682878787611087565b9050896001600160a01b0316816001600160a01b031614610b46576040517f4b800e460000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301528b16602482015260440161074e565b610b518a8a8a610b82565b50505050505050505050565b600082815260086020526040902060010154610b7881610b8f565b6107f48383610e99565b61085583838360016110b5565b61088c81336111ae565b6001600160a01b038216610bc35760405163ec442f0560e01b81526000600482015260240161074e565b61091e6000838361121c565b6001600160a01b038381166000908152600160209081526040808320938616835292905220546000198110156107f45781811015610c52576040517ffb8f41b20000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602481018290526044810183905260640161074e565b6107f4848484840360006110b5565b6001600160a01b038316610c8b57604051634b637e8f60e11b81526000600482015260240161074e565b6001600160a01b038216610cb55760405163ec442f0560e01b81526000600482015260240161074e565b61085583838361121c565b60008281526008602090815260408083206001600160a01b038516845290915281205460ff16610d665760008381526008602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610d1e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016105c6565b5060006105c6565b6000306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610dc757507f000000000000000000000000000000000000000000000000000000000000000046145b15610df157507f000000000000000000000000000000000000000000000000000000000000000090565b610804604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b60008281526008602090815260408083206001600160a01b038516845290915281205460ff1615610d665760008381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016105c6565b610f28611577565b6009805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6001600160a01b038216610f9c57604051634b637e8f60e11b81526000600482015260240161074e565b61091e8260008361121c565b610fb06115b5565b6009805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258610f553390565b60606108047f000000000000000000000000000000000000000000000000000000000000000060056115f2565b60606108047f000000000000000000000000000000000000000000000000000000000000000060066115f2565b60006105c661104c610d6e565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b6000806000806110998888888861169d565b9250925092506110a9828261176c565b50909695505050505050565b6001600160a01b0384166110f8576040517fe602df050000000000000000000000000000000000000000000000000000000081526000600482015260240161074e565b6001600160a01b03831661113b576040517f94280d620000000000000000000000000000000000000000000000000000000081526000600482015260240161074e565b6001600160a01b03808516600090815260016020908152604080832093871683529290522082905580156107f457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161079d91815260200190565b60008281526008602090815260408083206001600160a01b038516845290915290205460ff1661091e576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024810183905260440161074e565b6001600160a01b0383161561156c576001600160a01b03821661127c573360009081527fb75e3b8aba7d7d1102f90f87dc3f8c4ab976b6ccd21b261faad958be9048fb28602052604090205460ff16611277576112776115b5565b61156c565b6001600160a01b03831660009081527f745583f0a9bfe0992e4a472f4f8336ec9fa3824e4c6e2c407cb2bc3425d32b75602052604090205460ff16156113b7576001600160a01b03821660009081527f745583f0a9bfe0992e4a472f4f8336ec9fa3824e4c6e2c407cb2bc3425d32b75602052604090205460ff16156113055761127782611870565b60405163c3c5a54760e01b81526001600160a01b0383811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063c3c5a54790602401602060405180830381865afa15801561136b573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061138f9190611dc3565b611277576040516365892dcb60e01b81526001600160a01b038316600482015260240161074e565b6113bf6115b5565b60405163056720bf60e51b81526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063ace417e090602401602060405180830381865afa158015611425573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906114499190611dc3565b611471576040516342454ed760e01b81526001600160a01b038416600482015260240161074e565b6001600160a01b03821660009081527f745583f0a9bfe0992e4a472f4f8336ec9fa3824e4c6e2c407cb2bc3425d32b75602052604090205460ff16156114ba5761127782611870565b60405163056720bf60e51b81526001600160a01b0383811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063ace417e090602401602060405180830381865afa158015611520573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906115449190611dc3565b61156c576040516342454ed760e01b81526001600160a01b038316600482015260240161074e565b6108558383836118bd565b60095460ff166115b3576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b60095460ff16156115b3576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b606060ff831461160c5761160583611a00565b90506105c6565b81805461161890611d89565b80601f016020809104026020016040519081016040528092919081815260200182805461164490611d89565b80156116915780601f1061166657610100808354040283529160200191611691565b820191906000526020600020905b81548152906001019060200180831161167457829003601f168201915b505050505090506105c6565b600080807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156116d85750600091506003905082611762565b604080516000808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561172c573d6000803e3d6000fd5b5050604051601f1901519150506001600160a01b03811661175857506000925060019150829050611762565b9250600091508190505b9450945094915050565b600082600381111561178057611780611de5565b03611789575050565b600182600381111561179d5761179d611de5565b036117d4576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60028260038111156117e8576117e8611de5565b03611822576040517ffce698f70000000000000000000000000000000000000000000000000000000081526004810182905260240161074e565b600382600381111561183657611836611de5565b0361091e576040517fd78bce0c0000000000000000000000000000000000000000000000000000000081526004810182905260240161074e565b336001600160a01b0382161461088c576040517ff3ed7b700000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260240161074e565b6001600160a01b0383166118e85780600260008282546118dd9190611dfb565b909155506119739050565b6001600160a01b03831660009081526020819052604090205481811015611954576040517fe450d38c0000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602481018290526044810183905260640161074e565b6001600160a01b03841660009081526020819052604090209082900390555b6001600160a01b03821661198f576002805482900390556119ae565b6001600160a01b03821660009081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516119f391815260200190565b60405180910390a3505050565b60606000611a0d83611a3f565b604080516020808252818301909252919250600091906020820181803683375050509182525060208101929092525090565b600060ff8216601f8111156105c6576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600060208284031215611a9257600080fd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114611ac257600080fd5b9392505050565b6000815180845260005b81811015611aef57602081850181015186830182015201611ad3565b506000602082860101526020601f19601f83011685010191505092915050565b602081526000611ac26020830184611ac9565b80356001600160a01b0381168114611b3957600080fd5b919050565b60008060408385031215611b5157600080fd5b611b5a83611b22565b946020939093013593505050565b600080600060608486031215611b7d57600080fd5b611b8684611b22565b95602085013595506040909401359392505050565b600080600060608486031215611bb057600080fd5b611bb984611b22565b9250611bc760208501611b22565b929592945050506040919091013590565b600060208284031215611bea57600080fd5b5035919050565b60008060408385031215611c0457600080fd5b82359150611c1460208401611b22565b90509250929050565b600060208284031215611c2f57600080fd5b611ac282611b22565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201526000611c7360e0830189611ac9565b8281036040840152611c858189611ac9565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501528451808252602080870193509091019060005b81811015611cdb578351835260209384019390920191600101611cbd565b50909b9a5050505050505050505050565b600080600080600080600060e0888a031215611d0757600080fd5b611d1088611b22565b9650611d1e60208901611b22565b95506040880135945060608801359350608088013560ff81168114611d4257600080fd5b9699959850939692959460a0840135945060c09093013592915050565b60008060408385031215611d7257600080fd5b611d7b83611b22565b9150611c1460208401611b22565b600181811c90821680611d9d57607f821691505b602082108103611dbd57634e487b7160e01b600052602260045260246000fd5b50919050565b600060208284031215611dd557600080fd5b81518015158114611ac257600080fd5b634e487b7160e01b600052602160045260246000fd5b808201808211156105c657634e487b7160e01b600052601160045260246000fdfea264697066735822122069c4bb297db3a19f0e0158e6aa3171925f126d2d2dd9b5c5ea90bea6b60a203364736f6c634300081e0033",
}

// GridToken is an auto generated Go binding around an Ethereum contract.
type GridToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GridToken) GetABI() abi.ABI {
	return c.abi
}

// NewGridToken creates a new instance of GridToken.
func NewGridToken() *GridToken {
	parsed, err := GridTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GridToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GridToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address governance) returns()
func (gridToken *GridToken) PackConstructor(registry_ common.Address, governance common.Address) []byte {
	enc, err := gridToken.abi.Pack("", registry_, governance)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBURNERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x282c51f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURNER_ROLE() view returns(bytes32)
func (gridToken *GridToken) PackBURNERROLE() []byte {
	enc, err := gridToken.abi.Pack("BURNER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x282c51f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURNER_ROLE() view returns(bytes32)
func (gridToken *GridToken) TryPackBURNERROLE() ([]byte, error) {
	return gridToken.abi.Pack("BURNER_ROLE")
}

// UnpackBURNERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x282c51f3.
//
// Solidity: function BURNER_ROLE() view returns(bytes32)
func (gridToken *GridToken) UnpackBURNERROLE(data []byte) ([32]byte, error) {
	out, err := gridToken.abi.Unpack("BURNER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gridToken *GridToken) PackDEFAULTADMINROLE() []byte {
	enc, err := gridToken.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gridToken *GridToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return gridToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (gridToken *GridToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := gridToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (gridToken *GridToken) PackDOMAINSEPARATOR() []byte {
	enc, err := gridToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (gridToken *GridToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return gridToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (gridToken *GridToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := gridToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGOVERNANCEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf36c8f5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (gridToken *GridToken) PackGOVERNANCEROLE() []byte {
	enc, err := gridToken.abi.Pack("GOVERNANCE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOVERNANCEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf36c8f5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (gridToken *GridToken) TryPackGOVERNANCEROLE() ([]byte, error) {
	return gridToken.abi.Pack("GOVERNANCE_ROLE")
}

// UnpackGOVERNANCEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf36c8f5c.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (gridToken *GridToken) UnpackGOVERNANCEROLE(data []byte) ([32]byte, error) {
	out, err := gridToken.abi.Unpack("GOVERNANCE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (gridToken *GridToken) PackMINTERROLE() []byte {
	enc, err := gridToken.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (gridToken *GridToken) TryPackMINTERROLE() ([]byte, error) {
	return gridToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (gridToken *GridToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := gridToken.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (gridToken *GridToken) PackPAUSERROLE() []byte {
	enc, err := gridToken.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (gridToken *GridToken) TryPackPAUSERROLE() ([]byte, error) {
	return gridToken.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (gridToken *GridToken) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := gridToken.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSYSTEMROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75071d2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SYSTEM_ROLE() view returns(bytes32)
func (gridToken *GridToken) PackSYSTEMROLE() []byte {
	enc, err := gridToken.abi.Pack("SYSTEM_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSYSTEMROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75071d2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SYSTEM_ROLE() view returns(bytes32)
func (gridToken *GridToken) TryPackSYSTEMROLE() ([]byte, error) {
	return gridToken.abi.Pack("SYSTEM_ROLE")
}

// UnpackSYSTEMROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75071d2a.
//
// Solidity: function SYSTEM_ROLE() view returns(bytes32)
func (gridToken *GridToken) UnpackSYSTEMROLE(data []byte) ([32]byte, error) {
	out, err := gridToken.abi.Unpack("SYSTEM_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (gridToken *GridToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := gridToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (gridToken *GridToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return gridToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (gridToken *GridToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := gridToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (gridToken *GridToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := gridToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (gridToken *GridToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return gridToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (gridToken *GridToken) UnpackApprove(data []byte) (bool, error) {
	out, err := gridToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (gridToken *GridToken) PackBalanceOf(account common.Address) []byte {
	enc, err := gridToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (gridToken *GridToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return gridToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (gridToken *GridToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := gridToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 amount) returns()
func (gridToken *GridToken) PackBurn(amount *big.Int) []byte {
	enc, err := gridToken.abi.Pack("burn", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 amount) returns()
func (gridToken *GridToken) TryPackBurn(amount *big.Int) ([]byte, error) {
	return gridToken.abi.Pack("burn", amount)
}

// PackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (gridToken *GridToken) PackBurnFrom(account common.Address, amount *big.Int) []byte {
	enc, err := gridToken.abi.Pack("burnFrom", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnFrom(address account, uint256 amount) returns()
func (gridToken *GridToken) TryPackBurnFrom(account common.Address, amount *big.Int) ([]byte, error) {
	return gridToken.abi.Pack("burnFrom", account, amount)
}

// PackBurnMetered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cb2aaaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnMetered(address from, uint256 amount, bytes32 meterId) returns()
func (gridToken *GridToken) PackBurnMetered(from common.Address, amount *big.Int, meterId [32]byte) []byte {
	enc, err := gridToken.abi.Pack("burnMetered", from, amount, meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnMetered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cb2aaaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnMetered(address from, uint256 amount, bytes32 meterId) returns()
func (gridToken *GridToken) TryPackBurnMetered(from common.Address, amount *big.Int, meterId [32]byte) ([]byte, error) {
	return gridToken.abi.Pack("burnMetered", from, amount, meterId)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (gridToken *GridToken) PackDecimals() []byte {
	enc, err := gridToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (gridToken *GridToken) TryPackDecimals() ([]byte, error) {
	return gridToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (gridToken *GridToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := gridToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (gridToken *GridToken) PackEip712Domain() []byte {
	enc, err := gridToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (gridToken *GridToken) TryPackEip712Domain() ([]byte, error) {
	return gridToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (gridToken *GridToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := gridToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gridToken *GridToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := gridToken.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gridToken *GridToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return gridToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (gridToken *GridToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := gridToken.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (gridToken *GridToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := gridToken.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (gridToken *GridToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return gridToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gridToken *GridToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := gridToken.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gridToken *GridToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return gridToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (gridToken *GridToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := gridToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e458bee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount, bytes32 meterId) returns()
func (gridToken *GridToken) PackMint(to common.Address, amount *big.Int, meterId [32]byte) []byte {
	enc, err := gridToken.abi.Pack("mint", to, amount, meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e458bee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount, bytes32 meterId) returns()
func (gridToken *GridToken) TryPackMint(to common.Address, amount *big.Int, meterId [32]byte) ([]byte, error) {
	return gridToken.abi.Pack("mint", to, amount, meterId)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (gridToken *GridToken) PackName() []byte {
	enc, err := gridToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (gridToken *GridToken) TryPackName() ([]byte, error) {
	return gridToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (gridToken *GridToken) UnpackName(data []byte) (string, error) {
	out, err := gridToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (gridToken *GridToken) PackNonces(owner common.Address) []byte {
	enc, err := gridToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (gridToken *GridToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return gridToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (gridToken *GridToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := gridToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (gridToken *GridToken) PackPause() []byte {
	enc, err := gridToken.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (gridToken *GridToken) TryPackPause() ([]byte, error) {
	return gridToken.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (gridToken *GridToken) PackPaused() []byte {
	enc, err := gridToken.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (gridToken *GridToken) TryPackPaused() ([]byte, error) {
	return gridToken.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (gridToken *GridToken) UnpackPaused(data []byte) (bool, error) {
	out, err := gridToken.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (gridToken *GridToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := gridToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (gridToken *GridToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return gridToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (gridToken *GridToken) PackRegistry() []byte {
	enc, err := gridToken.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (gridToken *GridToken) TryPackRegistry() ([]byte, error) {
	return gridToken.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (gridToken *GridToken) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := gridToken.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (gridToken *GridToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := gridToken.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (gridToken *GridToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return gridToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (gridToken *GridToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := gridToken.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (gridToken *GridToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return gridToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gridToken *GridToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := gridToken.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gridToken *GridToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return gridToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (gridToken *GridToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := gridToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (gridToken *GridToken) PackSymbol() []byte {
	enc, err := gridToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (gridToken *GridToken) TryPackSymbol() ([]byte, error) {
	return gridToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (gridToken *GridToken) UnpackSymbol(data []byte) (string, error) {
	out, err := gridToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (gridToken *GridToken) PackTotalSupply() []byte {
	enc, err := gridToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (gridToken *GridToken) TryPackTotalSupply() ([]byte, error) {
	return gridToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (gridToken *GridToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := gridToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (gridToken *GridToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := gridToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (gridToken *GridToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return gridToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (gridToken *GridToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := gridToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (gridToken *GridToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := gridToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (gridToken *GridToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return gridToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (gridToken *GridToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := gridToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (gridToken *GridToken) PackUnpause() []byte {
	enc, err := gridToken.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (gridToken *GridToken) TryPackUnpause() ([]byte, error) {
	return gridToken.abi.Pack("unpause")
}

// GridTokenApproval represents a Approval event raised by the GridToken contract.
type GridTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const GridTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (GridTokenApproval) ContractEventName() string {
	return GridTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (gridToken *GridToken) UnpackApprovalEvent(log *types.Log) (*GridTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenApproval)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GridTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the GridToken contract.
type GridTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const GridTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (GridTokenEIP712DomainChanged) ContractEventName() string {
	return GridTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (gridToken *GridToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*GridTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GridTokenEnergyBurned represents a EnergyBurned event raised by the GridToken contract.
type GridTokenEnergyBurned struct {
	From    common.Address
	Amount  *big.Int
	MeterId [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const GridTokenEnergyBurnedEventName = "EnergyBurned"

// ContractEventName returns the user-defined event name.
func (GridTokenEnergyBurned) ContractEventName() string {
	return GridTokenEnergyBurnedEventName
}

// UnpackEnergyBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnergyBurned(address indexed from, uint256 amount, bytes32 indexed meterId)
func (gridToken *GridToken) UnpackEnergyBurnedEvent(log *types.Log) (*GridTokenEnergyBurned, error) {
	event := "EnergyBurned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenEnergyBurned)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GridTokenEnergyMinted represents a EnergyMinted event raised by the GridToken contract.
type GridTokenEnergyMinted struct {
	To      common.Address
	Amount  *big.Int
	MeterId [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const GridTokenEnergyMintedEventName = "EnergyMinted"

// ContractEventName returns the user-defined event name.
func (GridTokenEnergyMinted) ContractEventName() string {
	return GridTokenEnergyMintedEventName
}

// UnpackEnergyMintedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnergyMinted(address indexed to, uint256 amount, bytes32 indexed meterId)
func (gridToken *GridToken) UnpackEnergyMintedEvent(log *types.Log) (*GridTokenEnergyMinted, error) {
	event := "EnergyMinted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenEnergyMinted)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GridTokenPaused represents a Paused event raised by the GridToken contract.
type GridTokenPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GridTokenPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (GridTokenPaused) ContractEventName() string {
	return GridTokenPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (gridToken *GridToken) UnpackPausedEvent(log *types.Log) (*GridTokenPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenPaused)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GridTokenRoleAdminChanged represents a RoleAdminChanged event raised by the GridToken contract.
type GridTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const GridTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (GridTokenRoleAdminChanged) ContractEventName() string {
	return GridTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (gridToken *GridToken) UnpackRoleAdminChangedEvent(log *types.Log) (*GridTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GridTokenRoleGranted represents a RoleGranted event raised by the GridToken contract.
type GridTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GridTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (GridTokenRoleGranted) ContractEventName() string {
	return GridTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (gridToken *GridToken) UnpackRoleGrantedEvent(log *types.Log) (*GridTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GridTokenRoleRevoked represents a RoleRevoked event raised by the GridToken contract.
type GridTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GridTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (GridTokenRoleRevoked) ContractEventName() string {
	return GridTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (gridToken *GridToken) UnpackRoleRevokedEvent(log *types.Log) (*GridTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GridTokenTransfer represents a Transfer event raised by the GridToken contract.
type GridTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const GridTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (GridTokenTransfer) ContractEventName() string {
	return GridTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (gridToken *GridToken) UnpackTransferEvent(log *types.Log) (*GridTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenTransfer)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// GridTokenUnpaused represents a Unpaused event raised by the GridToken contract.
type GridTokenUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GridTokenUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (GridTokenUnpaused) ContractEventName() string {
	return GridTokenUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (gridToken *GridToken) UnpackUnpausedEvent(log *types.Log) (*GridTokenUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gridToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GridTokenUnpaused)
	if len(log.Data) > 0 {
		if err := gridToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gridToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gridToken *GridToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gridToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return gridToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return gridToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return gridToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return gridToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return gridToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return gridToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return gridToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return gridToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return gridToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return gridToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return gridToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return gridToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return gridToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return gridToken.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return gridToken.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["GridToken__SystemContractRecipient"].ID.Bytes()[:4]) {
		return gridToken.UnpackGridTokenSystemContractRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["GridToken__UnregisteredAccount"].ID.Bytes()[:4]) {
		return gridToken.UnpackGridTokenUnregisteredAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["GridToken__UnverifiedAccount"].ID.Bytes()[:4]) {
		return gridToken.UnpackGridTokenUnverifiedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["GridToken__ZeroAddress"].ID.Bytes()[:4]) {
		return gridToken.UnpackGridTokenZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return gridToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return gridToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], gridToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return gridToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GridTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the GridToken contract.
type GridTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func GridTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (gridToken *GridToken) UnpackAccessControlBadConfirmationError(raw []byte) (*GridTokenAccessControlBadConfirmation, error) {
	out := new(GridTokenAccessControlBadConfirmation)
	if err := gridToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the GridToken contract.
type GridTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func GridTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (gridToken *GridToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*GridTokenAccessControlUnauthorizedAccount, error) {
	out := new(GridTokenAccessControlUnauthorizedAccount)
	if err := gridToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the GridToken contract.
type GridTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func GridTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (gridToken *GridToken) UnpackECDSAInvalidSignatureError(raw []byte) (*GridTokenECDSAInvalidSignature, error) {
	out := new(GridTokenECDSAInvalidSignature)
	if err := gridToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the GridToken contract.
type GridTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func GridTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (gridToken *GridToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*GridTokenECDSAInvalidSignatureLength, error) {
	out := new(GridTokenECDSAInvalidSignatureLength)
	if err := gridToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the GridToken contract.
type GridTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func GridTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (gridToken *GridToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*GridTokenECDSAInvalidSignatureS, error) {
	out := new(GridTokenECDSAInvalidSignatureS)
	if err := gridToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the GridToken contract.
type GridTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func GridTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (gridToken *GridToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*GridTokenERC20InsufficientAllowance, error) {
	out := new(GridTokenERC20InsufficientAllowance)
	if err := gridToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the GridToken contract.
type GridTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func GridTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (gridToken *GridToken) UnpackERC20InsufficientBalanceError(raw []byte) (*GridTokenERC20InsufficientBalance, error) {
	out := new(GridTokenERC20InsufficientBalance)
	if err := gridToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the GridToken contract.
type GridTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func GridTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (gridToken *GridToken) UnpackERC20InvalidApproverError(raw []byte) (*GridTokenERC20InvalidApprover, error) {
	out := new(GridTokenERC20InvalidApprover)
	if err := gridToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the GridToken contract.
type GridTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func GridTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (gridToken *GridToken) UnpackERC20InvalidReceiverError(raw []byte) (*GridTokenERC20InvalidReceiver, error) {
	out := new(GridTokenERC20InvalidReceiver)
	if err := gridToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the GridToken contract.
type GridTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func GridTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (gridToken *GridToken) UnpackERC20InvalidSenderError(raw []byte) (*GridTokenERC20InvalidSender, error) {
	out := new(GridTokenERC20InvalidSender)
	if err := gridToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the GridToken contract.
type GridTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func GridTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (gridToken *GridToken) UnpackERC20InvalidSpenderError(raw []byte) (*GridTokenERC20InvalidSpender, error) {
	out := new(GridTokenERC20InvalidSpender)
	if err := gridToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the GridToken contract.
type GridTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func GridTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (gridToken *GridToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*GridTokenERC2612ExpiredSignature, error) {
	out := new(GridTokenERC2612ExpiredSignature)
	if err := gridToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the GridToken contract.
type GridTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func GridTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (gridToken *GridToken) UnpackERC2612InvalidSignerError(raw []byte) (*GridTokenERC2612InvalidSigner, error) {
	out := new(GridTokenERC2612InvalidSigner)
	if err := gridToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenEnforcedPause represents a EnforcedPause error raised by the GridToken contract.
type GridTokenEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func GridTokenEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (gridToken *GridToken) UnpackEnforcedPauseError(raw []byte) (*GridTokenEnforcedPause, error) {
	out := new(GridTokenEnforcedPause)
	if err := gridToken.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenExpectedPause represents a ExpectedPause error raised by the GridToken contract.
type GridTokenExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func GridTokenExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (gridToken *GridToken) UnpackExpectedPauseError(raw []byte) (*GridTokenExpectedPause, error) {
	out := new(GridTokenExpectedPause)
	if err := gridToken.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenGridTokenSystemContractRecipient represents a GridToken__SystemContractRecipient error raised by the GridToken contract.
type GridTokenGridTokenSystemContractRecipient struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GridToken__SystemContractRecipient(address account)
func GridTokenGridTokenSystemContractRecipientErrorID() common.Hash {
	return common.HexToHash("0xf3ed7b709771c732871d0caa770c7a612c40276fca40b7b073cf40b260810b14")
}

// UnpackGridTokenSystemContractRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GridToken__SystemContractRecipient(address account)
func (gridToken *GridToken) UnpackGridTokenSystemContractRecipientError(raw []byte) (*GridTokenGridTokenSystemContractRecipient, error) {
	out := new(GridTokenGridTokenSystemContractRecipient)
	if err := gridToken.abi.UnpackIntoInterface(out, "GridToken__SystemContractRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenGridTokenUnregisteredAccount represents a GridToken__UnregisteredAccount error raised by the GridToken contract.
type GridTokenGridTokenUnregisteredAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GridToken__UnregisteredAccount(address account)
func GridTokenGridTokenUnregisteredAccountErrorID() common.Hash {
	return common.HexToHash("0x65892dcbe41c29db45894dc0c11e2509a738bcdd3f176ff9c80f366fc9e46f54")
}

// UnpackGridTokenUnregisteredAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GridToken__UnregisteredAccount(address account)
func (gridToken *GridToken) UnpackGridTokenUnregisteredAccountError(raw []byte) (*GridTokenGridTokenUnregisteredAccount, error) {
	out := new(GridTokenGridTokenUnregisteredAccount)
	if err := gridToken.abi.UnpackIntoInterface(out, "GridToken__UnregisteredAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenGridTokenUnverifiedAccount represents a GridToken__UnverifiedAccount error raised by the GridToken contract.
type GridTokenGridTokenUnverifiedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GridToken__UnverifiedAccount(address account)
func GridTokenGridTokenUnverifiedAccountErrorID() common.Hash {
	return common.HexToHash("0x42454ed787d926e657fc0f1b8521b9370453458aa4c433de25348deaca4cf1f4")
}

// UnpackGridTokenUnverifiedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GridToken__UnverifiedAccount(address account)
func (gridToken *GridToken) UnpackGridTokenUnverifiedAccountError(raw []byte) (*GridTokenGridTokenUnverifiedAccount, error) {
	out := new(GridTokenGridTokenUnverifiedAccount)
	if err := gridToken.abi.UnpackIntoInterface(out, "GridToken__UnverifiedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenGridTokenZeroAddress represents a GridToken__ZeroAddress error raised by the GridToken contract.
type GridTokenGridTokenZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GridToken__ZeroAddress()
func GridTokenGridTokenZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x44836ad7fefcb9471b68c3bdcc7a1b0a97f49e1f303ffc4f0bbde29908cb0b5c")
}

// UnpackGridTokenZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GridToken__ZeroAddress()
func (gridToken *GridToken) UnpackGridTokenZeroAddressError(raw []byte) (*GridTokenGridTokenZeroAddress, error) {
	out := new(GridTokenGridTokenZeroAddress)
	if err := gridToken.abi.UnpackIntoInterface(out, "GridToken__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the GridToken contract.
type GridTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func GridTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (gridToken *GridToken) UnpackInvalidAccountNonceError(raw []byte) (*GridTokenInvalidAccountNonce, error) {
	out := new(GridTokenInvalidAccountNonce)
	if err := gridToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenInvalidShortString represents a InvalidShortString error raised by the GridToken contract.
type GridTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func GridTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (gridToken *GridToken) UnpackInvalidShortStringError(raw []byte) (*GridTokenInvalidShortString, error) {
	out := new(GridTokenInvalidShortString)
	if err := gridToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GridTokenStringTooLong represents a StringTooLong error raised by the GridToken contract.
type GridTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func GridTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (gridToken *GridToken) UnpackStringTooLongError(raw []byte) (*GridTokenStringTooLong, error) {
	out := new(GridTokenStringTooLong)
	if err := gridToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
