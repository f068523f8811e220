// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package settlementtoken

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

// SettlementTokenMetaData contains all meta data concerning the SettlementToken contract.
var SettlementTokenMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"governance\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNANCE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SETTLEMENT_OPERATOR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SYSTEM_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permit\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"redeem\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"ref\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"topUp\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"ref\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Redeemed\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"ref\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ToppedUp\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"ref\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureS\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientAllowance\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSpender\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC2612ExpiredSignature\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC2612InvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SettlementToken__SystemContractRecipient\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SettlementToken__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SettlementToken__ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "SettlementToken",
	Bin: "0x61016060405234801561001157600080fd5b50604051611da0380380611da0833981016040819052610030916102ed565b6040518060400160405280601081526020016f10d85b5c1d5cc8151a185a4810985a1d60821b81525080604051806040016040528060018152602001603160f81b8152506040518060400160405280601081526020016f10d85b5c1d5cc8151a185a4810985a1d60821b8152506040518060400160405280600481526020016331aa242160e11b81525081600390816100c991906103bc565b5060046100d682826103bc565b506100e6915083905060056101c5565b610120526100f58160066101c5565b61014052815160208084019190912060e052815190820120610100524660a05261018260e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b0381166101b35760405163102f9b3560e11b815260040160405180910390fd5b6101be6000826101f8565b50506104ec565b60006020835110156101e1576101da836102a6565b90506101f2565b816101ec84826103bc565b5060ff90505b92915050565b60008281526008602090815260408083206001600160a01b038516845290915281205460ff1661029e5760008381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102563390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101f2565b5060006101f2565b600080829050601f815111156102da578260405163305a27a960e01b81526004016102d1919061047a565b60405180910390fd5b80516102e5826104c8565b179392505050565b6000602082840312156102ff57600080fd5b81516001600160a01b038116811461031657600080fd5b9392505050565b634e487b7160e01b600052604160045260246000fd5b600181811c9082168061034757607f821691505b60208210810361036757634e487b7160e01b600052602260045260246000fd5b50919050565b601f8211156103b757806000526020600020601f840160051c810160208510156103945750805b601f840160051c820191505b818110156103b457600081556001016103a0565b50505b505050565b81516001600160401b038111156103d5576103d561031d565b6103e9816103e38454610333565b8461036d565b6020601f82116001811461041d57600083156104055750848201515b600019600385901b1c1916600184901b1784556103b4565b600084815260208120601f198516915b8281101561044d578785015182556020948501946001909201910161042d565b508482101561046b5786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b602081526000825180602084015260005b818110156104a8576020818601810151604086840101520161048b565b506000604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156103675760001960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161185a6105466000396000610d7e01526000610d5101526000610c7201526000610c4a01526000610ba501526000610bcf01526000610bf9015261185a6000f3fe608060405234801561001057600080fd5b50600436106101a35760003560e01c806370a08231116100ee57806395d89b4111610097578063d505accf11610071578063d505accf146103a6578063d547741f146103b9578063dd62ed3e146103cc578063f36c8f5c1461038b57600080fd5b806395d89b4114610383578063a217fddf1461038b578063a9059cbb1461039357600080fd5b806384b0196e116100c857806384b0196e1461030857806389674f9f1461032357806391d148541461034a57600080fd5b806370a08231146102a557806375071d2a146102ce5780637ecebe00146102f557600080fd5b8063248a9ca311610150578063323aeeff1161012a578063323aeeff146102775780633644e5151461028a57806336568abe1461029257600080fd5b8063248a9ca3146102325780632f2ff15d14610255578063313ce5671461026857600080fd5b806318160ddd1161018157806318160ddd146101f857806322e4e61d1461020a57806323b872dd1461021f57600080fd5b806301ffc9a7146101a857806306fdde03146101d0578063095ea7b3146101e5575b600080fd5b6101bb6101b6366004611488565b610405565b60405190151581526020015b60405180910390f35b6101d861049e565b6040516101c79190611517565b6101bb6101f3366004611546565b610530565b6002545b6040519081526020016101c7565b61021d610218366004611570565b610548565b005b6101bb61022d366004611592565b6105ae565b6101fc6102403660046115cf565b60009081526008602052604090206001015490565b61021d6102633660046115e8565b6105d2565b604051601281526020016101c7565b61021d610285366004611614565b6105fd565b6101fc6106dc565b61021d6102a03660046115e8565b6106eb565b6101fc6102b3366004611647565b6001600160a01b031660009081526020819052604090205490565b6101fc7f5719df9ef2c4678b547f89e4f5ae410dbf400fc51cf3ded434c55f6adea2c43f81565b6101fc610303366004611647565b61073c565b61031061075a565b6040516101c79796959493929190611662565b6101fc7fe5f3d29fbf8cd4b379b5a8ec1437261892bf01e7d129556690f84cf7a11d2c4d81565b6101bb6103583660046115e8565b60009182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6101d86107bc565b6101fc600081565b6101bb6103a1366004611546565b6107cb565b61021d6103b4366004611716565b6107d9565b61021d6103c73660046115e8565b61094a565b6101fc6103da366004611789565b6001600160a01b03918216600090815260016020908152604080832093909416825291909152205490565b60007fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061049857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b6060600380546104ad906117b3565b80601f01602080910402602001604051908101604052809291908181526020018280546104d9906117b3565b80156105265780601f106104fb57610100808354040283529160200191610526565b820191906000526020600020905b81548152906001019060200180831161050957829003601f168201915b5050505050905090565b60003361053e81858561096f565b5060019392505050565b8160000361056957604051632b123cdb60e01b815260040160405180910390fd5b610573338361097c565b604051828152819033907f3be2edea458ae9d9dd885a96aa23c988b15277ec0f613d273e6fcc4a27e610ff9060200160405180910390a35050565b6000336105bc8582856109b6565b6105c7858585610a48565b506001949350505050565b6000828152600860205260409020600101546105ed81610aa7565b6105f78383610ab4565b50505050565b7fe5f3d29fbf8cd4b379b5a8ec1437261892bf01e7d129556690f84cf7a11d2c4d61062781610aa7565b6001600160a01b038416610667576040517f205f366a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8260000361068857604051632b123cdb60e01b815260040160405180910390fd5b6106928484610b62565b81846001600160a01b03167fff55620eb8ac9af0533991c2638b47b5520815aa187c33cb25f0889867453b49856040516106ce91815260200190565b60405180910390a350505050565b60006106e6610b98565b905090565b6001600160a01b038116331461072d576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107378282610cc3565b505050565b6001600160a01b038116600090815260076020526040812054610498565b60006060806000806000606061076e610d4a565b610776610d77565b604080516000808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6060600480546104ad906117b3565b60003361053e818585610a48565b8342111561081b576040517f62791302000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b60007f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886108688c6001600160a01b0316600090815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e00160405160208183030381529060405280519060200120905060006108c382610da4565b905060006108d382878787610dec565b9050896001600160a01b0316816001600160a01b031614610933576040517f4b800e460000000000000000000000000000000000000000000000000000000081526001600160a01b0380831660048301528b166024820152604401610812565b61093e8a8a8a61096f565b50505050505050505050565b60008281526008602052604090206001015461096581610aa7565b6105f78383610cc3565b6107378383836001610e1a565b6001600160a01b0382166109a657604051634b637e8f60e11b815260006004820152602401610812565b6109b282600083610f13565b5050565b6001600160a01b038381166000908152600160209081526040808320938616835292905220546000198110156105f75781811015610a39576040517ffb8f41b20000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810182905260448101839052606401610812565b6105f784848484036000610e1a565b6001600160a01b038316610a7257604051634b637e8f60e11b815260006004820152602401610812565b6001600160a01b038216610a9c5760405163ec442f0560e01b815260006004820152602401610812565b610737838383610f13565b610ab18133610fd9565b50565b60008281526008602090815260408083206001600160a01b038516845290915281205460ff16610b5a5760008381526008602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610b123390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610498565b506000610498565b6001600160a01b038216610b8c5760405163ec442f0560e01b815260006004820152602401610812565b6109b260008383610f13565b6000306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610bf157507f000000000000000000000000000000000000000000000000000000000000000046145b15610c1b57507f000000000000000000000000000000000000000000000000000000000000000090565b6106e6604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b60008281526008602090815260408083206001600160a01b038516845290915281205460ff1615610b5a5760008381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610498565b60606106e67f00000000000000000000000000000000000000000000000000000000000000006005611047565b60606106e67f00000000000000000000000000000000000000000000000000000000000000006006611047565b6000610498610db1610b98565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b600080600080610dfe888888886110f2565b925092509250610e0e82826111c1565b50909695505050505050565b6001600160a01b038416610e5d576040517fe602df0500000000000000000000000000000000000000000000000000000000815260006004820152602401610812565b6001600160a01b038316610ea0576040517f94280d6200000000000000000000000000000000000000000000000000000000815260006004820152602401610812565b6001600160a01b03808516600090815260016020908152604080832093871683529290522082905580156105f757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516106ce91815260200190565b6001600160a01b0382163314801590610f3457506001600160a01b03821615155b8015610f4957506001600160a01b0382163b15155b8015610f8c57506001600160a01b03821660009081527f745583f0a9bfe0992e4a472f4f8336ec9fa3824e4c6e2c407cb2bc3425d32b75602052604090205460ff165b15610fce576040517fdf9ea6500000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610812565b6107378383836112c5565b60008281526008602090815260408083206001600160a01b038516845290915290205460ff166109b2576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610812565b606060ff83146110615761105a83611408565b9050610498565b81805461106d906117b3565b80601f0160208091040260200160405190810160405280929190818152602001828054611099906117b3565b80156110e65780601f106110bb576101008083540402835291602001916110e6565b820191906000526020600020905b8154815290600101906020018083116110c957829003601f168201915b50505050509050610498565b600080807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561112d57506000915060039050826111b7565b604080516000808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611181573d6000803e3d6000fd5b5050604051601f1901519150506001600160a01b0381166111ad575060009250600191508290506111b7565b9250600091508190505b9450945094915050565b60008260038111156111d5576111d56117ed565b036111de575050565b60018260038111156111f2576111f26117ed565b03611229576040517ff645eedf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600282600381111561123d5761123d6117ed565b03611277576040517ffce698f700000000000000000000000000000000000000000000000000000000815260048101829052602401610812565b600382600381111561128b5761128b6117ed565b036109b2576040517fd78bce0c00000000000000000000000000000000000000000000000000000000815260048101829052602401610812565b6001600160a01b0383166112f05780600260008282546112e59190611803565b9091555061137b9050565b6001600160a01b0383166000908152602081905260409020548181101561135c576040517fe450d38c0000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810182905260448101839052606401610812565b6001600160a01b03841660009081526020819052604090209082900390555b6001600160a01b038216611397576002805482900390556113b6565b6001600160a01b03821660009081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516113fb91815260200190565b60405180910390a3505050565b6060600061141583611447565b604080516020808252818301909252919250600091906020820181803683375050509182525060208101929092525090565b600060ff8216601f811115610498576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60006020828403121561149a57600080fd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146114ca57600080fd5b9392505050565b6000815180845260005b818110156114f7576020818501810151868301820152016114db565b506000602082860101526020601f19601f83011685010191505092915050565b6020815260006114ca60208301846114d1565b80356001600160a01b038116811461154157600080fd5b919050565b6000806040838503121561155957600080fd5b6115628361152a565b946020939093013593505050565b6000806040838503121561158357600080fd5b50508035926020909101359150565b6000806000606084860312156115a757600080fd5b6115b08461152a565b92506115be6020850161152a565b929592945050506040919091013590565b6000602082840312156115e157600080fd5b5035919050565b600080604083850312156115fb57600080fd5b8235915061160b6020840161152a565b90509250929050565b60008060006060848603121561162957600080fd5b6116328461152a565b95602085013595506040909401359392505050565b60006020828403121561165957600080fd5b6114ca8261152a565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e06020820152600061169d60e08301896114d1565b82810360408401526116af81896114d1565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501528451808252602080870193509091019060005b818110156117055783518352602093840193909201916001016116e7565b50909b9a5050505050505050505050565b600080600080600080600060e0888a03121561173157600080fd5b61173a8861152a565b96506117486020890161152a565b95506040880135945060608801359350608088013560ff8116811461176c57600080fd5b9699959850939692959460a0840135945060c09093013592915050565b6000806040838503121561179c57600080fd5b6117a58361152a565b915061160b6020840161152a565b600181811c908216806117c757607f821691505b6020821081036117e757634e487b7160e01b600052602260045260246000fd5b50919050565b634e487b7160e01b600052602160045260246000fd5b8082018082111561049857634e487b7160e01b600052601160045260246000fdfea2646970667358221220963e090fe0fdbd11bc6181753c6e506b3824c7f6866436f9385408a74237351064736f6c634300081e0033",
}

// SettlementToken is an auto generated Go binding around an Ethereum contract.
type SettlementToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SettlementToken) GetABI() abi.ABI {
	return c.abi
}

// NewSettlementToken creates a new instance of SettlementToken.
func NewSettlementToken() *SettlementToken {
	parsed, err := SettlementTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SettlementToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SettlementToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address governance) returns()
func (settlementToken *SettlementToken) PackConstructor(governance common.Address) []byte {
	enc, err := settlementToken.abi.Pack("", governance)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) PackDEFAULTADMINROLE() []byte {
	enc, err := settlementToken.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (settlementToken *SettlementToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return settlementToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (settlementToken *SettlementToken) PackDOMAINSEPARATOR() []byte {
	enc, err := settlementToken.abi.Pack("DOMAIN_SEPARATOR")
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
func (settlementToken *SettlementToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return settlementToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (settlementToken *SettlementToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (settlementToken *SettlementToken) PackGOVERNANCEROLE() []byte {
	enc, err := settlementToken.abi.Pack("GOVERNANCE_ROLE")
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
func (settlementToken *SettlementToken) TryPackGOVERNANCEROLE() ([]byte, error) {
	return settlementToken.abi.Pack("GOVERNANCE_ROLE")
}

// UnpackGOVERNANCEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf36c8f5c.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) UnpackGOVERNANCEROLE(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("GOVERNANCE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSETTLEMENTOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89674f9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLEMENT_OPERATOR_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) PackSETTLEMENTOPERATORROLE() []byte {
	enc, err := settlementToken.abi.Pack("SETTLEMENT_OPERATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLEMENTOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89674f9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLEMENT_OPERATOR_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) TryPackSETTLEMENTOPERATORROLE() ([]byte, error) {
	return settlementToken.abi.Pack("SETTLEMENT_OPERATOR_ROLE")
}

// UnpackSETTLEMENTOPERATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89674f9f.
//
// Solidity: function SETTLEMENT_OPERATOR_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) UnpackSETTLEMENTOPERATORROLE(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("SETTLEMENT_OPERATOR_ROLE", data)
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
func (settlementToken *SettlementToken) PackSYSTEMROLE() []byte {
	enc, err := settlementToken.abi.Pack("SYSTEM_ROLE")
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
func (settlementToken *SettlementToken) TryPackSYSTEMROLE() ([]byte, error) {
	return settlementToken.abi.Pack("SYSTEM_ROLE")
}

// UnpackSYSTEMROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75071d2a.
//
// Solidity: function SYSTEM_ROLE() view returns(bytes32)
func (settlementToken *SettlementToken) UnpackSYSTEMROLE(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("SYSTEM_ROLE", data)
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
func (settlementToken *SettlementToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := settlementToken.abi.Pack("allowance", owner, spender)
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
func (settlementToken *SettlementToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (settlementToken *SettlementToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := settlementToken.abi.Unpack("allowance", data)
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
func (settlementToken *SettlementToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := settlementToken.abi.Pack("approve", spender, value)
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
func (settlementToken *SettlementToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return settlementToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (settlementToken *SettlementToken) UnpackApprove(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("approve", data)
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
func (settlementToken *SettlementToken) PackBalanceOf(account common.Address) []byte {
	enc, err := settlementToken.abi.Pack("balanceOf", account)
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
func (settlementToken *SettlementToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (settlementToken *SettlementToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := settlementToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (settlementToken *SettlementToken) PackDecimals() []byte {
	enc, err := settlementToken.abi.Pack("decimals")
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
func (settlementToken *SettlementToken) TryPackDecimals() ([]byte, error) {
	return settlementToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (settlementToken *SettlementToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := settlementToken.abi.Unpack("decimals", data)
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
func (settlementToken *SettlementToken) PackEip712Domain() []byte {
	enc, err := settlementToken.abi.Pack("eip712Domain")
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
func (settlementToken *SettlementToken) TryPackEip712Domain() ([]byte, error) {
	return settlementToken.abi.Pack("eip712Domain")
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
func (settlementToken *SettlementToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := settlementToken.abi.Unpack("eip712Domain", data)
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
func (settlementToken *SettlementToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := settlementToken.abi.Pack("getRoleAdmin", role)
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
func (settlementToken *SettlementToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return settlementToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (settlementToken *SettlementToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := settlementToken.abi.Unpack("getRoleAdmin", data)
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
func (settlementToken *SettlementToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := settlementToken.abi.Pack("grantRole", role, account)
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
func (settlementToken *SettlementToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (settlementToken *SettlementToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := settlementToken.abi.Pack("hasRole", role, account)
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
func (settlementToken *SettlementToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (settlementToken *SettlementToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (settlementToken *SettlementToken) PackName() []byte {
	enc, err := settlementToken.abi.Pack("name")
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
func (settlementToken *SettlementToken) TryPackName() ([]byte, error) {
	return settlementToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (settlementToken *SettlementToken) UnpackName(data []byte) (string, error) {
	out, err := settlementToken.abi.Unpack("name", data)
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
func (settlementToken *SettlementToken) PackNonces(owner common.Address) []byte {
	enc, err := settlementToken.abi.Pack("nonces", owner)
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
func (settlementToken *SettlementToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (settlementToken *SettlementToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := settlementToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (settlementToken *SettlementToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := settlementToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (settlementToken *SettlementToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return settlementToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22e4e61d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function redeem(uint256 amount, bytes32 ref) returns()
func (settlementToken *SettlementToken) PackRedeem(amount *big.Int, ref [32]byte) []byte {
	enc, err := settlementToken.abi.Pack("redeem", amount, ref)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRedeem is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22e4e61d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function redeem(uint256 amount, bytes32 ref) returns()
func (settlementToken *SettlementToken) TryPackRedeem(amount *big.Int, ref [32]byte) ([]byte, error) {
	return settlementToken.abi.Pack("redeem", amount, ref)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (settlementToken *SettlementToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := settlementToken.abi.Pack("renounceRole", role, callerConfirmation)
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
func (settlementToken *SettlementToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (settlementToken *SettlementToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := settlementToken.abi.Pack("revokeRole", role, account)
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
func (settlementToken *SettlementToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return settlementToken.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (settlementToken *SettlementToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := settlementToken.abi.Pack("supportsInterface", interfaceId)
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
func (settlementToken *SettlementToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return settlementToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (settlementToken *SettlementToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("supportsInterface", data)
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
func (settlementToken *SettlementToken) PackSymbol() []byte {
	enc, err := settlementToken.abi.Pack("symbol")
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
func (settlementToken *SettlementToken) TryPackSymbol() ([]byte, error) {
	return settlementToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (settlementToken *SettlementToken) UnpackSymbol(data []byte) (string, error) {
	out, err := settlementToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x323aeeff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topUp(address to, uint256 amount, bytes32 ref) returns()
func (settlementToken *SettlementToken) PackTopUp(to common.Address, amount *big.Int, ref [32]byte) []byte {
	enc, err := settlementToken.abi.Pack("topUp", to, amount, ref)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x323aeeff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topUp(address to, uint256 amount, bytes32 ref) returns()
func (settlementToken *SettlementToken) TryPackTopUp(to common.Address, amount *big.Int, ref [32]byte) ([]byte, error) {
	return settlementToken.abi.Pack("topUp", to, amount, ref)
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (settlementToken *SettlementToken) PackTotalSupply() []byte {
	enc, err := settlementToken.abi.Pack("totalSupply")
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
func (settlementToken *SettlementToken) TryPackTotalSupply() ([]byte, error) {
	return settlementToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (settlementToken *SettlementToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := settlementToken.abi.Unpack("totalSupply", data)
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
func (settlementToken *SettlementToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := settlementToken.abi.Pack("transfer", to, value)
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
func (settlementToken *SettlementToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return settlementToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (settlementToken *SettlementToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("transfer", data)
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
func (settlementToken *SettlementToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := settlementToken.abi.Pack("transferFrom", from, to, value)
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
func (settlementToken *SettlementToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return settlementToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (settlementToken *SettlementToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := settlementToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// SettlementTokenApproval represents a Approval event raised by the SettlementToken contract.
type SettlementTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (SettlementTokenApproval) ContractEventName() string {
	return SettlementTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (settlementToken *SettlementToken) UnpackApprovalEvent(log *types.Log) (*SettlementTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenApproval)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the SettlementToken contract.
type SettlementTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const SettlementTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (SettlementTokenEIP712DomainChanged) ContractEventName() string {
	return SettlementTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (settlementToken *SettlementToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*SettlementTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenRedeemed represents a Redeemed event raised by the SettlementToken contract.
type SettlementTokenRedeemed struct {
	From   common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const SettlementTokenRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (SettlementTokenRedeemed) ContractEventName() string {
	return SettlementTokenRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(address indexed from, uint256 amount, bytes32 indexed ref)
func (settlementToken *SettlementToken) UnpackRedeemedEvent(log *types.Log) (*SettlementTokenRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenRedeemed)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenRoleAdminChanged represents a RoleAdminChanged event raised by the SettlementToken contract.
type SettlementTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const SettlementTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (SettlementTokenRoleAdminChanged) ContractEventName() string {
	return SettlementTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (settlementToken *SettlementToken) UnpackRoleAdminChangedEvent(log *types.Log) (*SettlementTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenRoleGranted represents a RoleGranted event raised by the SettlementToken contract.
type SettlementTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (SettlementTokenRoleGranted) ContractEventName() string {
	return SettlementTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (settlementToken *SettlementToken) UnpackRoleGrantedEvent(log *types.Log) (*SettlementTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenRoleRevoked represents a RoleRevoked event raised by the SettlementToken contract.
type SettlementTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SettlementTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (SettlementTokenRoleRevoked) ContractEventName() string {
	return SettlementTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (settlementToken *SettlementToken) UnpackRoleRevokedEvent(log *types.Log) (*SettlementTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenToppedUp represents a ToppedUp event raised by the SettlementToken contract.
type SettlementTokenToppedUp struct {
	To     common.Address
	Amount *big.Int
	Ref    [32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const SettlementTokenToppedUpEventName = "ToppedUp"

// ContractEventName returns the user-defined event name.
func (SettlementTokenToppedUp) ContractEventName() string {
	return SettlementTokenToppedUpEventName
}

// UnpackToppedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ToppedUp(address indexed to, uint256 amount, bytes32 indexed ref)
func (settlementToken *SettlementToken) UnpackToppedUpEvent(log *types.Log) (*SettlementTokenToppedUp, error) {
	event := "ToppedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenToppedUp)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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

// SettlementTokenTransfer represents a Transfer event raised by the SettlementToken contract.
type SettlementTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const SettlementTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (SettlementTokenTransfer) ContractEventName() string {
	return SettlementTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (settlementToken *SettlementToken) UnpackTransferEvent(log *types.Log) (*SettlementTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settlementToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettlementTokenTransfer)
	if len(log.Data) > 0 {
		if err := settlementToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementToken.abi.Events[event].Inputs {
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
func (settlementToken *SettlementToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return settlementToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return settlementToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return settlementToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return settlementToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return settlementToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return settlementToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return settlementToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return settlementToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["SettlementToken__SystemContractRecipient"].ID.Bytes()[:4]) {
		return settlementToken.UnpackSettlementTokenSystemContractRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["SettlementToken__ZeroAddress"].ID.Bytes()[:4]) {
		return settlementToken.UnpackSettlementTokenZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["SettlementToken__ZeroAmount"].ID.Bytes()[:4]) {
		return settlementToken.UnpackSettlementTokenZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], settlementToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return settlementToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SettlementTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the SettlementToken contract.
type SettlementTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func SettlementTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (settlementToken *SettlementToken) UnpackAccessControlBadConfirmationError(raw []byte) (*SettlementTokenAccessControlBadConfirmation, error) {
	out := new(SettlementTokenAccessControlBadConfirmation)
	if err := settlementToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the SettlementToken contract.
type SettlementTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func SettlementTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (settlementToken *SettlementToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*SettlementTokenAccessControlUnauthorizedAccount, error) {
	out := new(SettlementTokenAccessControlUnauthorizedAccount)
	if err := settlementToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the SettlementToken contract.
type SettlementTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func SettlementTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (settlementToken *SettlementToken) UnpackECDSAInvalidSignatureError(raw []byte) (*SettlementTokenECDSAInvalidSignature, error) {
	out := new(SettlementTokenECDSAInvalidSignature)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the SettlementToken contract.
type SettlementTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func SettlementTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (settlementToken *SettlementToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*SettlementTokenECDSAInvalidSignatureLength, error) {
	out := new(SettlementTokenECDSAInvalidSignatureLength)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the SettlementToken contract.
type SettlementTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func SettlementTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (settlementToken *SettlementToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*SettlementTokenECDSAInvalidSignatureS, error) {
	out := new(SettlementTokenECDSAInvalidSignatureS)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the SettlementToken contract.
type SettlementTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func SettlementTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (settlementToken *SettlementToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*SettlementTokenERC20InsufficientAllowance, error) {
	out := new(SettlementTokenERC20InsufficientAllowance)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the SettlementToken contract.
type SettlementTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func SettlementTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (settlementToken *SettlementToken) UnpackERC20InsufficientBalanceError(raw []byte) (*SettlementTokenERC20InsufficientBalance, error) {
	out := new(SettlementTokenERC20InsufficientBalance)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the SettlementToken contract.
type SettlementTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func SettlementTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (settlementToken *SettlementToken) UnpackERC20InvalidApproverError(raw []byte) (*SettlementTokenERC20InvalidApprover, error) {
	out := new(SettlementTokenERC20InvalidApprover)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the SettlementToken contract.
type SettlementTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func SettlementTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (settlementToken *SettlementToken) UnpackERC20InvalidReceiverError(raw []byte) (*SettlementTokenERC20InvalidReceiver, error) {
	out := new(SettlementTokenERC20InvalidReceiver)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the SettlementToken contract.
type SettlementTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func SettlementTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (settlementToken *SettlementToken) UnpackERC20InvalidSenderError(raw []byte) (*SettlementTokenERC20InvalidSender, error) {
	out := new(SettlementTokenERC20InvalidSender)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the SettlementToken contract.
type SettlementTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func SettlementTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (settlementToken *SettlementToken) UnpackERC20InvalidSpenderError(raw []byte) (*SettlementTokenERC20InvalidSpender, error) {
	out := new(SettlementTokenERC20InvalidSpender)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the SettlementToken contract.
type SettlementTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func SettlementTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (settlementToken *SettlementToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*SettlementTokenERC2612ExpiredSignature, error) {
	out := new(SettlementTokenERC2612ExpiredSignature)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the SettlementToken contract.
type SettlementTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func SettlementTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (settlementToken *SettlementToken) UnpackERC2612InvalidSignerError(raw []byte) (*SettlementTokenERC2612InvalidSigner, error) {
	out := new(SettlementTokenERC2612InvalidSigner)
	if err := settlementToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the SettlementToken contract.
type SettlementTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func SettlementTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (settlementToken *SettlementToken) UnpackInvalidAccountNonceError(raw []byte) (*SettlementTokenInvalidAccountNonce, error) {
	out := new(SettlementTokenInvalidAccountNonce)
	if err := settlementToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenInvalidShortString represents a InvalidShortString error raised by the SettlementToken contract.
type SettlementTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func SettlementTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (settlementToken *SettlementToken) UnpackInvalidShortStringError(raw []byte) (*SettlementTokenInvalidShortString, error) {
	out := new(SettlementTokenInvalidShortString)
	if err := settlementToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenSettlementTokenSystemContractRecipient represents a SettlementToken__SystemContractRecipient error raised by the SettlementToken contract.
type SettlementTokenSettlementTokenSystemContractRecipient struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementToken__SystemContractRecipient(address account)
func SettlementTokenSettlementTokenSystemContractRecipientErrorID() common.Hash {
	return common.HexToHash("0xdf9ea650a72e21cc3f639cc9d942716d984a1c8f367916280bc2e3118b07d425")
}

// UnpackSettlementTokenSystemContractRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementToken__SystemContractRecipient(address account)
func (settlementToken *SettlementToken) UnpackSettlementTokenSystemContractRecipientError(raw []byte) (*SettlementTokenSettlementTokenSystemContractRecipient, error) {
	out := new(SettlementTokenSettlementTokenSystemContractRecipient)
	if err := settlementToken.abi.UnpackIntoInterface(out, "SettlementToken__SystemContractRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenSettlementTokenZeroAddress represents a SettlementToken__ZeroAddress error raised by the SettlementToken contract.
type SettlementTokenSettlementTokenZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementToken__ZeroAddress()
func SettlementTokenSettlementTokenZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x205f366aae3082e69e0bccdcfdb1e1ef8d90f0e85f367676bf5c63271a9497ae")
}

// UnpackSettlementTokenZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementToken__ZeroAddress()
func (settlementToken *SettlementToken) UnpackSettlementTokenZeroAddressError(raw []byte) (*SettlementTokenSettlementTokenZeroAddress, error) {
	out := new(SettlementTokenSettlementTokenZeroAddress)
	if err := settlementToken.abi.UnpackIntoInterface(out, "SettlementToken__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenSettlementTokenZeroAmount represents a SettlementToken__ZeroAmount error raised by the SettlementToken contract.
type SettlementTokenSettlementTokenZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementToken__ZeroAmount()
func SettlementTokenSettlementTokenZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x2b123cdb4c9051a2a52a38f53c4d41e5370bf840d7ce983db15d8ee5f94ca14b")
}

// UnpackSettlementTokenZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementToken__ZeroAmount()
func (settlementToken *SettlementToken) UnpackSettlementTokenZeroAmountError(raw []byte) (*SettlementTokenSettlementTokenZeroAmount, error) {
	out := new(SettlementTokenSettlementTokenZeroAmount)
	if err := settlementToken.abi.UnpackIntoInterface(out, "SettlementToken__ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementTokenStringTooLong represents a StringTooLong error raised by the SettlementToken contract.
type SettlementTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func SettlementTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (settlementToken *SettlementToken) UnpackStringTooLongError(raw []byte) (*SettlementTokenStringTooLong, error) {
	out := new(SettlementTokenStringTooLong)
	if err := settlementToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
