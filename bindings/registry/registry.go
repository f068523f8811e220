// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package registry

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

// IRegistryAssignment is an auto generated low-level Go binding around an user-defined struct.
type IRegistryAssignment struct {
	Number       uint32
	Owner        common.Address
	Signer       common.Address
	AssignedAt   uint64
	UnassignedAt uint64
}

// IRegistryMeter is an auto generated low-level Go binding around an user-defined struct.
type IRegistryMeter struct {
	Owner      common.Address
	Signer     common.Address
	AssignedAt uint64
	Assignment uint32
}

// IRegistryUser is an auto generated low-level Go binding around an user-defined struct.
type IRegistryUser struct {
	UserType     uint8
	Status       uint8
	RegisteredAt uint64
	MeterCount   uint8
	Location     string
}

// RegistryMetaData contains all meta data concerning the Registry contract.
var RegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"governance\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNANCE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_METERS_PER_USER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REGISTRAR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"assignMeter\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"meterSigner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"assignmentAt\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"timestamp\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIRegistry.Assignment\",\"components\":[{\"name\":\"number\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assignedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"unassignedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getMeter\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIRegistry.Meter\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"assignedAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assignment\",\"type\":\"uint32\",\"internalType\":\"uint32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getUser\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIRegistry.User\",\"components\":[{\"name\":\"userType\",\"type\":\"uint8\",\"internalType\":\"enumIRegistry.UserType\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIRegistry.UserStatus\"},{\"name\":\"registeredAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"meterCount\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"location\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isUserVerified\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"metersOf\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reactivateUser\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registerUser\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"userType\",\"type\":\"uint8\",\"internalType\":\"enumIRegistry.UserType\"},{\"name\":\"location\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rotateMeterSigner\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"newSigner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"suspendUser\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unassignMeter\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"userCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"MeterAssigned\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"signer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"assignment\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MeterSignerRotated\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"oldSigner\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"newSigner\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MeterUnassigned\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserReactivated\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"userType\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumIRegistry.UserType\"},{\"name\":\"location\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"registeredAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UserSuspended\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Registry__InvalidMeterId\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__InvalidUserType\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__MeterAlreadyAssigned\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Registry__MeterNotAssigned\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Registry__SameSigner\",\"inputs\":[{\"name\":\"meterId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Registry__TooManyMeters\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Registry__UserAlreadyRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Registry__UserAlreadySuspended\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Registry__UserNotRegistered\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Registry__UserNotSuspended\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Registry__ZeroAddress\",\"inputs\":[]}]",
	ID:  "Registry",
	Bin: "0x608060405234801561001057600080fd5b50604051611f86380380611f8683398101604081905261002f91610114565b6001600160a01b03811661005657604051639067ef9160e01b815260040160405180910390fd5b610061600082610068565b5050610144565b6000828152602081815260408083206001600160a01b038516845290915281205460ff1661010a576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100c23390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161010e565b5060005b92915050565b60006020828403121561012657600080fd5b81516001600160a01b038116811461013d57600080fd5b9392505050565b611e33806101536000396000f3fe608060405234801561001057600080fd5b506004361061018d5760003560e01c806391d14854116100e3578063c3c5a5471161008c578063f68e955311610066578063f68e95531461043c578063fa0901ae14610463578063fd155765146104e457600080fd5b8063c3c5a54714610416578063d547741f14610429578063f36c8f5c146102f457600080fd5b8063a4bc68ac116100bd578063a4bc68ac146102fc578063ace417e0146103f0578063be1336631461040357600080fd5b806391d14854146102aa578063998d087b146102e1578063a217fddf146102f457600080fd5b80632f2ff15d116101455780636f77926b1161011f5780636f77926b146102645780637ae90ef51461028457806381a294571461029757600080fd5b80632f2ff15d1461022457806336568abe146102375780636b0b13561461024a57600080fd5b80631e153acb116101765780631e153acb146101cc5780632014c1dd146101e1578063248a9ca31461020157600080fd5b806301ffc9a71461019257806307973ccf146101ba575b600080fd5b6101a56101a0366004611877565b6104f7565b60405190151581526020015b60405180910390f35b6005545b6040519081526020016101b1565b6101df6101da3660046118bf565b610560565b005b6101f46101ef3660046118bf565b610641565b6040516101b191906118da565b6101be61020f36600461191d565b60009081526020819052604090206001015490565b6101df610232366004611936565b6106ad565b6101df610245366004611936565b6106d8565b610252600a81565b60405160ff90911681526020016101b1565b6102776102723660046118bf565b610729565b6040516101b19190611996565b6101df610292366004611a38565b6108a7565b6101df6102a53660046118bf565b610b4f565b6101a56102b8366004611936565b6000918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6101df6102ef36600461191d565b610c2b565b6101be600081565b61039661030a36600461191d565b60408051608081018252600080825260208201819052918101829052606081019190915250600090815260026020908152604091829020825160808101845281546001600160a01b03908116825260019092015491821692810192909252600160a01b810467ffffffffffffffff1692820192909252600160e01b90910463ffffffff16606082015290565b6040516101b1919060006080820190506001600160a01b0383511682526001600160a01b03602084015116602083015267ffffffffffffffff604084015116604083015263ffffffff606084015116606083015292915050565b6101a56103fe3660046118bf565b610fef565b6101df610411366004611a74565b61102c565b6101a56104243660046118bf565b6111fd565b6101df610437366004611936565b61123a565b6101be7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923881565b610476610471366004611b0b565b61125f565b6040516101b19190600060a08201905063ffffffff83511682526001600160a01b0360208401511660208301526001600160a01b03604084015116604083015267ffffffffffffffff606084015116606083015267ffffffffffffffff608084015116608083015292915050565b6101df6104f2366004611936565b611507565b60006001600160e01b031982167f7965db0b00000000000000000000000000000000000000000000000000000000148061055a57507f01ffc9a7000000000000000000000000000000000000000000000000000000006001600160e01b03198316145b92915050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861058a81611652565b60006105958361165f565b905060028154610100900460ff1660028111156105b4576105b4611962565b036105fb576040517fb48a41b20000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024015b60405180910390fd5b805461ff0019166102001781556040516001600160a01b038416907f904d1985d199946aad94a6990736c4602adcc5b717b04d0436ed05446b07169d90600090a2505050565b6001600160a01b0381166000908152600360209081526040918290208054835181840281018401909452808452606093928301828280156106a157602002820191906000526020600020905b81548152602001906001019080831161068d575b50505050509050919050565b6000828152602081905260409020600101546106c881611652565b6106d283836116da565b50505050565b6001600160a01b038116331461071a576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107248282611784565b505050565b61075a6040805160a08101909152806000815260200160008152600060208201819052604082015260609081015290565b6001600160a01b03821660009081526001602052604090819020815160a081019092528054829060ff16600281111561079557610795611962565b60028111156107a6576107a6611962565b81528154602090910190610100900460ff1660028111156107c9576107c9611962565b60028111156107da576107da611962565b8152815462010000810467ffffffffffffffff1660208301526a0100000000000000000000900460ff16604082015260018201805460609092019161081e90611b48565b80601f016020809104026020016040519081016040528092919081815260200182805461084a90611b48565b80156108975780601f1061086c57610100808354040283529160200191610897565b820191906000526020600020905b81548152906001019060200180831161087a57829003601f168201915b5050505050815250509050919050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c3092386108d181611652565b83610908576040517fb9738ef700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b03821661092f57604051639067ef9160e01b815260040160405180910390fd5b600061093a8461165f565b60008681526002602052604090208054919250906001600160a01b031615610991576040517f0dd42d6f000000000000000000000000000000000000000000000000000000008152600481018790526024016105f2565b8154600a6a010000000000000000000090910460ff16106109e9576040517fe8f6aa300000000000000000000000000000000000000000000000000000000081526001600160a01b03861660048201526024016105f2565b805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03868116919091178255600180830180549287166001600160e01b031990931692909217600160a01b4267ffffffffffffffff16021791829055600091610a5e91600160e01b90910463ffffffff1690611b98565b600183810180547bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16600160e01b63ffffffff85169081029190911790915585546aff000000000000000000001981166a01000000000000000000009182900460ff9081168501169091021786556001600160a01b038981166000818152600360209081526040808320805497880181558084528284209097018f905595548e83526004825291869020919091558451928b1683528201929092529293509189917f20c9f7053c2b47090c415cce9d5ecbc5118a3f9f607ab8bee41be029b17a0dac910160405180910390a350505050505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610b7981611652565b6000610b848361165f565b905060028154610100900460ff166002811115610ba357610ba3611962565b14610be5576040517f1bf19c610000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016105f2565b805461ff0019166101001781556040516001600160a01b038416907f0b9963d19fe6bc6a312a0e8d1dc85d6bb765437adba6d149462e95c5c3a6e5d590600090a2505050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238610c5581611652565b600082815260026020526040902080546001600160a01b031680610c8f5760405163870ce51b60e01b8152600481018590526024016105f2565b6001600160a01b03811660009081526003602090815260408083208784526004909252909120548154808214610d2957600083610ccd600184611bb4565b81548110610cdd57610cdd611bc7565b906000526020600020015490508084600185610cf99190611bb4565b81548110610d0957610d09611bc7565b600091825260208083209091019290925591825260049052604090208290555b82805480610d3957610d39611bdd565b60019003818190600052602060002001600090559055600460008881526020019081526020016000206000905560016000856001600160a01b03166001600160a01b03168152602001908152602001600020600001600a81819054906101000a900460ff166001900391906101000a81548160ff021916908360ff1602179055506040518060800160405280856001600160a01b031681526020018660010160149054906101000a900467ffffffffffffffff1667ffffffffffffffff1681526020018660010160009054906101000a90046001600160a01b03166001600160a01b031681526020014267ffffffffffffffff1681525060066000898152602001908152602001600020600087600101601c9054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200190815260200160002060008201518160000160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060208201518160000160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555060408201518160010160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060608201518160010160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555090505060008560000160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060008560010160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060008560010160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550836001600160a01b0316877f8cb2ed2a5eeddd6d250e3baa002a01e4c6c730fe761d863d8e9371ab5f8dd39860405160405180910390a350505050505050565b600060016001600160a01b038316600090815260016020526040902054610100900460ff16600281111561102557611025611962565b1492915050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861105681611652565b6001600160a01b03851661107d57604051639067ef9160e01b815260040160405180910390fd5b600084600281111561109157611091611962565b036110c8576040517ffc2bbbed00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0385166000908152600160205260408120908154610100900460ff1660028111156110fc576110fc611962565b1461113e576040517fc9fff5400000000000000000000000000000000000000000000000000000000081526001600160a01b03871660048201526024016105f2565b80548590829060ff1916600183600281111561115c5761115c611962565b0217905550805467ffffffffffffffff4216620100000269ffffffffffffffffff00199091161761010017815560018101611198848683611c57565b506005600081546111a890611d17565b909155506040516001600160a01b038716907f727f451911f4375795928dfb4e9fd3fc6c827827df2d174d12853d40f1810fc6906111ed908890889088904290611d30565b60405180910390a2505050505050565b6000806001600160a01b038316600090815260016020526040902054610100900460ff16600281111561123257611232611962565b141592915050565b60008281526020819052604090206001015461125581611652565b6106d28383611784565b6040805160a081018252600080825260208201819052918101829052606081018290526080810191909152600083815260026020526040902060018101548154600160e01b820463ffffffff1691600160a01b900467ffffffffffffffff16906001600160a01b031615611345578067ffffffffffffffff168567ffffffffffffffff161061133d576040805160a08101825263ffffffff909316835283546001600160a01b0390811660208501526001909401549093169282019290925267ffffffffffffffff909116606082015260006080820152905061055a565b600019909101905b600086815260066020526040812060019184915b8263ffffffff168463ffffffff16116113e9576000600261138363ffffffff808716908816611d83565b61138d9190611da3565b63ffffffff811660009081526020849052604090205490915067ffffffffffffffff808c16600160a01b90920416116113d5579150816113ce816001611b98565b94506113e3565b6113e0600182611de1565b93505b50611359565b8163ffffffff166000036114315750506040805160a081018252600080825260208201819052918101829052606081018290526080810191909152955061055a945050505050565b63ffffffff82166000908152602082905260409020600181015467ffffffffffffffff600160a01b9091048116908b1611156114a25750506040805160a081018252600080825260208201819052918101829052606081018290526080810191909152965061055a95505050505050565b6040805160a08101825263ffffffff909416845281546001600160a01b0380821660208701526001909301549283169185019190915267ffffffffffffffff600160a01b91829004811660608601529104166080830152509550505050505092915050565b7fedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c30923861153181611652565b6001600160a01b03821661155857604051639067ef9160e01b815260040160405180910390fd5b600083815260026020526040902080546001600160a01b03166115915760405163870ce51b60e01b8152600481018590526024016105f2565b60018101546001600160a01b0390811690841681036115df576040517f69e67c33000000000000000000000000000000000000000000000000000000008152600481018690526024016105f2565b60018201805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03868116918217909255604080519284168352602083019190915286917f423935a8df657ceab70e270b65826f0eee65c1da8b2935e46adb6b54b1abe471910160405180910390a25050505050565b61165c8133611807565b50565b6001600160a01b0381166000908152600160205260408120908154610100900460ff16600281111561169357611693611962565b036116d5576040517faa69dc8a0000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016105f2565b919050565b6000828152602081815260408083206001600160a01b038516845290915281205460ff1661177c576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556117343390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161055a565b50600061055a565b6000828152602081815260408083206001600160a01b038516845290915281205460ff161561177c576000838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161055a565b6000828152602081815260408083206001600160a01b038516845290915290205460ff16611873576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602481018390526044016105f2565b5050565b60006020828403121561188957600080fd5b81356001600160e01b0319811681146118a157600080fd5b9392505050565b80356001600160a01b03811681146116d557600080fd5b6000602082840312156118d157600080fd5b6118a1826118a8565b602080825282518282018190526000918401906040840190835b818110156119125783518352602093840193909201916001016118f4565b509095945050505050565b60006020828403121561192f57600080fd5b5035919050565b6000806040838503121561194957600080fd5b82359150611959602084016118a8565b90509250929050565b634e487b7160e01b600052602160045260246000fd5b6003811061165c57634e487b7160e01b600052602160045260246000fd5b60208152600082516119a781611978565b8060208401525060208301516119bc81611978565b8060408401525067ffffffffffffffff604084015116606083015260ff6060840151166080830152608083015160a08084015280518060c085015260005b81811015611a1757602081840181015160e08784010152016119fa565b50600060e0828601015260e0601f19601f8301168501019250505092915050565b600080600060608486031215611a4d57600080fd5b83359250611a5d602085016118a8565b9150611a6b604085016118a8565b90509250925092565b60008060008060608587031215611a8a57600080fd5b611a93856118a8565b9350602085013560038110611aa757600080fd5b9250604085013567ffffffffffffffff811115611ac357600080fd5b8501601f81018713611ad457600080fd5b803567ffffffffffffffff811115611aeb57600080fd5b876020828401011115611afd57600080fd5b949793965060200194505050565b60008060408385031215611b1e57600080fd5b82359150602083013567ffffffffffffffff81168114611b3d57600080fd5b809150509250929050565b600181811c90821680611b5c57607f821691505b602082108103611b7c57634e487b7160e01b600052602260045260246000fd5b50919050565b634e487b7160e01b600052601160045260246000fd5b63ffffffff818116838216019081111561055a5761055a611b82565b8181038181111561055a5761055a611b82565b634e487b7160e01b600052603260045260246000fd5b634e487b7160e01b600052603160045260246000fd5b634e487b7160e01b600052604160045260246000fd5b601f82111561072457806000526020600020601f840160051c81016020851015611c305750805b601f840160051c820191505b81811015611c505760008155600101611c3c565b5050505050565b67ffffffffffffffff831115611c6f57611c6f611bf3565b611c8383611c7d8354611b48565b83611c09565b6000601f841160018114611cb75760008515611c9f5750838201355b600019600387901b1c1916600186901b178355611c50565b600083815260209020601f19861690835b82811015611ce85786850135825560209485019460019092019101611cc8565b5086821015611d055760001960f88860031b161c19848701351681555b505060018560011b0183555050505050565b600060018201611d2957611d29611b82565b5060010190565b611d3985611978565b848152606060208201528260608201528284608083013760006080848301015260006080601f19601f860116830101905067ffffffffffffffff8316604083015295945050505050565b67ffffffffffffffff818116838216019081111561055a5761055a611b82565b600067ffffffffffffffff831680611dcb57634e487b7160e01b600052601260045260246000fd5b8067ffffffffffffffff84160491505092915050565b63ffffffff828116828216039081111561055a5761055a611b8256fea2646970667358221220a57cfe1379c9254532210e24a6dae3104bef83e6a77a247e5fb9e9d432404fed64736f6c634300081e0033",
}

// Registry is an auto generated Go binding around an Ethereum contract.
type Registry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Registry) GetABI() abi.ABI {
	return c.abi
}

// NewRegistry creates a new instance of Registry.
func NewRegistry() *Registry {
	parsed, err := RegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Registry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Registry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address governance) returns()
func (registry *Registry) PackConstructor(governance common.Address) []byte {
	enc, err := registry.abi.Pack("", governance)
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
func (registry *Registry) PackDEFAULTADMINROLE() []byte {
	enc, err := registry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (registry *Registry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return registry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (registry *Registry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (registry *Registry) PackGOVERNANCEROLE() []byte {
	enc, err := registry.abi.Pack("GOVERNANCE_ROLE")
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
func (registry *Registry) TryPackGOVERNANCEROLE() ([]byte, error) {
	return registry.abi.Pack("GOVERNANCE_ROLE")
}

// UnpackGOVERNANCEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf36c8f5c.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (registry *Registry) UnpackGOVERNANCEROLE(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("GOVERNANCE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXMETERSPERUSER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0b1356.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_METERS_PER_USER() view returns(uint8)
func (registry *Registry) PackMAXMETERSPERUSER() []byte {
	enc, err := registry.abi.Pack("MAX_METERS_PER_USER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMETERSPERUSER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0b1356.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_METERS_PER_USER() view returns(uint8)
func (registry *Registry) TryPackMAXMETERSPERUSER() ([]byte, error) {
	return registry.abi.Pack("MAX_METERS_PER_USER")
}

// UnpackMAXMETERSPERUSER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0b1356.
//
// Solidity: function MAX_METERS_PER_USER() view returns(uint8)
func (registry *Registry) UnpackMAXMETERSPERUSER(data []byte) (uint8, error) {
	out, err := registry.abi.Unpack("MAX_METERS_PER_USER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (registry *Registry) PackREGISTRARROLE() []byte {
	enc, err := registry.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (registry *Registry) TryPackREGISTRARROLE() ([]byte, error) {
	return registry.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (registry *Registry) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAssignMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ae90ef5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assignMeter(bytes32 meterId, address owner, address meterSigner) returns()
func (registry *Registry) PackAssignMeter(meterId [32]byte, owner common.Address, meterSigner common.Address) []byte {
	enc, err := registry.abi.Pack("assignMeter", meterId, owner, meterSigner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssignMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ae90ef5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assignMeter(bytes32 meterId, address owner, address meterSigner) returns()
func (registry *Registry) TryPackAssignMeter(meterId [32]byte, owner common.Address, meterSigner common.Address) ([]byte, error) {
	return registry.abi.Pack("assignMeter", meterId, owner, meterSigner)
}

// PackAssignmentAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa0901ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assignmentAt(bytes32 meterId, uint64 timestamp) view returns((uint32,address,address,uint64,uint64))
func (registry *Registry) PackAssignmentAt(meterId [32]byte, timestamp uint64) []byte {
	enc, err := registry.abi.Pack("assignmentAt", meterId, timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssignmentAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa0901ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assignmentAt(bytes32 meterId, uint64 timestamp) view returns((uint32,address,address,uint64,uint64))
func (registry *Registry) TryPackAssignmentAt(meterId [32]byte, timestamp uint64) ([]byte, error) {
	return registry.abi.Pack("assignmentAt", meterId, timestamp)
}

// UnpackAssignmentAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa0901ae.
//
// Solidity: function assignmentAt(bytes32 meterId, uint64 timestamp) view returns((uint32,address,address,uint64,uint64))
func (registry *Registry) UnpackAssignmentAt(data []byte) (IRegistryAssignment, error) {
	out, err := registry.abi.Unpack("assignmentAt", data)
	if err != nil {
		return *new(IRegistryAssignment), err
	}
	out0 := *abi.ConvertType(out[0], new(IRegistryAssignment)).(*IRegistryAssignment)
	return out0, nil
}

// PackGetMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4bc68ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMeter(bytes32 meterId) view returns((address,address,uint64,uint32))
func (registry *Registry) PackGetMeter(meterId [32]byte) []byte {
	enc, err := registry.abi.Pack("getMeter", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4bc68ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMeter(bytes32 meterId) view returns((address,address,uint64,uint32))
func (registry *Registry) TryPackGetMeter(meterId [32]byte) ([]byte, error) {
	return registry.abi.Pack("getMeter", meterId)
}

// UnpackGetMeter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4bc68ac.
//
// Solidity: function getMeter(bytes32 meterId) view returns((address,address,uint64,uint32))
func (registry *Registry) UnpackGetMeter(data []byte) (IRegistryMeter, error) {
	out, err := registry.abi.Unpack("getMeter", data)
	if err != nil {
		return *new(IRegistryMeter), err
	}
	out0 := *abi.ConvertType(out[0], new(IRegistryMeter)).(*IRegistryMeter)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (registry *Registry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := registry.abi.Pack("getRoleAdmin", role)
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
func (registry *Registry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return registry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (registry *Registry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := registry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f77926b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getUser(address account) view returns((uint8,uint8,uint64,uint8,string))
func (registry *Registry) PackGetUser(account common.Address) []byte {
	enc, err := registry.abi.Pack("getUser", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f77926b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getUser(address account) view returns((uint8,uint8,uint64,uint8,string))
func (registry *Registry) TryPackGetUser(account common.Address) ([]byte, error) {
	return registry.abi.Pack("getUser", account)
}

// UnpackGetUser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f77926b.
//
// Solidity: function getUser(address account) view returns((uint8,uint8,uint64,uint8,string))
func (registry *Registry) UnpackGetUser(data []byte) (IRegistryUser, error) {
	out, err := registry.abi.Unpack("getUser", data)
	if err != nil {
		return *new(IRegistryUser), err
	}
	out0 := *abi.ConvertType(out[0], new(IRegistryUser)).(*IRegistryUser)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (registry *Registry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := registry.abi.Pack("grantRole", role, account)
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
func (registry *Registry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return registry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (registry *Registry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := registry.abi.Pack("hasRole", role, account)
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
func (registry *Registry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return registry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (registry *Registry) UnpackHasRole(data []byte) (bool, error) {
	out, err := registry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c5a547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRegistered(address account) view returns(bool)
func (registry *Registry) PackIsRegistered(account common.Address) []byte {
	enc, err := registry.abi.Pack("isRegistered", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRegistered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3c5a547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRegistered(address account) view returns(bool)
func (registry *Registry) TryPackIsRegistered(account common.Address) ([]byte, error) {
	return registry.abi.Pack("isRegistered", account)
}

// UnpackIsRegistered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3c5a547.
//
// Solidity: function isRegistered(address account) view returns(bool)
func (registry *Registry) UnpackIsRegistered(data []byte) (bool, error) {
	out, err := registry.abi.Unpack("isRegistered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsUserVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xace417e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isUserVerified(address account) view returns(bool)
func (registry *Registry) PackIsUserVerified(account common.Address) []byte {
	enc, err := registry.abi.Pack("isUserVerified", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsUserVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xace417e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isUserVerified(address account) view returns(bool)
func (registry *Registry) TryPackIsUserVerified(account common.Address) ([]byte, error) {
	return registry.abi.Pack("isUserVerified", account)
}

// UnpackIsUserVerified is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xace417e0.
//
// Solidity: function isUserVerified(address account) view returns(bool)
func (registry *Registry) UnpackIsUserVerified(data []byte) (bool, error) {
	out, err := registry.abi.Unpack("isUserVerified", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMetersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2014c1dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function metersOf(address owner) view returns(bytes32[])
func (registry *Registry) PackMetersOf(owner common.Address) []byte {
	enc, err := registry.abi.Pack("metersOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMetersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2014c1dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function metersOf(address owner) view returns(bytes32[])
func (registry *Registry) TryPackMetersOf(owner common.Address) ([]byte, error) {
	return registry.abi.Pack("metersOf", owner)
}

// UnpackMetersOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2014c1dd.
//
// Solidity: function metersOf(address owner) view returns(bytes32[])
func (registry *Registry) UnpackMetersOf(data []byte) ([][32]byte, error) {
	out, err := registry.abi.Unpack("metersOf", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackReactivateUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81a29457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reactivateUser(address account) returns()
func (registry *Registry) PackReactivateUser(account common.Address) []byte {
	enc, err := registry.abi.Pack("reactivateUser", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReactivateUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81a29457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reactivateUser(address account) returns()
func (registry *Registry) TryPackReactivateUser(account common.Address) ([]byte, error) {
	return registry.abi.Pack("reactivateUser", account)
}

// PackRegisterUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe133663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerUser(address account, uint8 userType, string location) returns()
func (registry *Registry) PackRegisterUser(account common.Address, userType uint8, location string) []byte {
	enc, err := registry.abi.Pack("registerUser", account, userType, location)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe133663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerUser(address account, uint8 userType, string location) returns()
func (registry *Registry) TryPackRegisterUser(account common.Address, userType uint8, location string) ([]byte, error) {
	return registry.abi.Pack("registerUser", account, userType, location)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (registry *Registry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := registry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (registry *Registry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return registry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (registry *Registry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := registry.abi.Pack("revokeRole", role, account)
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
func (registry *Registry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return registry.abi.Pack("revokeRole", role, account)
}

// PackRotateMeterSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd155765.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rotateMeterSigner(bytes32 meterId, address newSigner) returns()
func (registry *Registry) PackRotateMeterSigner(meterId [32]byte, newSigner common.Address) []byte {
	enc, err := registry.abi.Pack("rotateMeterSigner", meterId, newSigner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRotateMeterSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd155765.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rotateMeterSigner(bytes32 meterId, address newSigner) returns()
func (registry *Registry) TryPackRotateMeterSigner(meterId [32]byte, newSigner common.Address) ([]byte, error) {
	return registry.abi.Pack("rotateMeterSigner", meterId, newSigner)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (registry *Registry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := registry.abi.Pack("supportsInterface", interfaceId)
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
func (registry *Registry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return registry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (registry *Registry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := registry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSuspendUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e153acb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function suspendUser(address account) returns()
func (registry *Registry) PackSuspendUser(account common.Address) []byte {
	enc, err := registry.abi.Pack("suspendUser", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSuspendUser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e153acb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function suspendUser(address account) returns()
func (registry *Registry) TryPackSuspendUser(account common.Address) ([]byte, error) {
	return registry.abi.Pack("suspendUser", account)
}

// PackUnassignMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x998d087b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unassignMeter(bytes32 meterId) returns()
func (registry *Registry) PackUnassignMeter(meterId [32]byte) []byte {
	enc, err := registry.abi.Pack("unassignMeter", meterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnassignMeter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x998d087b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unassignMeter(bytes32 meterId) returns()
func (registry *Registry) TryPackUnassignMeter(meterId [32]byte) ([]byte, error) {
	return registry.abi.Pack("unassignMeter", meterId)
}

// PackUserCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07973ccf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userCount() view returns(uint256)
func (registry *Registry) PackUserCount() []byte {
	enc, err := registry.abi.Pack("userCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07973ccf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userCount() view returns(uint256)
func (registry *Registry) TryPackUserCount() ([]byte, error) {
	return registry.abi.Pack("userCount")
}

// UnpackUserCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07973ccf.
//
// Solidity: function userCount() view returns(uint256)
func (registry *Registry) UnpackUserCount(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("userCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// RegistryMeterAssigned represents a MeterAssigned event raised by the Registry contract.
type RegistryMeterAssigned struct {
	MeterId    [32]byte
	Owner      common.Address
	Signer     common.Address
	Assignment uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const RegistryMeterAssignedEventName = "MeterAssigned"

// ContractEventName returns the user-defined event name.
func (RegistryMeterAssigned) ContractEventName() string {
	return RegistryMeterAssignedEventName
}

// UnpackMeterAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeterAssigned(bytes32 indexed meterId, address indexed owner, address signer, uint32 assignment)
func (registry *Registry) UnpackMeterAssignedEvent(log *types.Log) (*RegistryMeterAssigned, error) {
	event := "MeterAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryMeterAssigned)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryMeterSignerRotated represents a MeterSignerRotated event raised by the Registry contract.
type RegistryMeterSignerRotated struct {
	MeterId   [32]byte
	OldSigner common.Address
	NewSigner common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const RegistryMeterSignerRotatedEventName = "MeterSignerRotated"

// ContractEventName returns the user-defined event name.
func (RegistryMeterSignerRotated) ContractEventName() string {
	return RegistryMeterSignerRotatedEventName
}

// UnpackMeterSignerRotatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeterSignerRotated(bytes32 indexed meterId, address oldSigner, address newSigner)
func (registry *Registry) UnpackMeterSignerRotatedEvent(log *types.Log) (*RegistryMeterSignerRotated, error) {
	event := "MeterSignerRotated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryMeterSignerRotated)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryMeterUnassigned represents a MeterUnassigned event raised by the Registry contract.
type RegistryMeterUnassigned struct {
	MeterId [32]byte
	Owner   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RegistryMeterUnassignedEventName = "MeterUnassigned"

// ContractEventName returns the user-defined event name.
func (RegistryMeterUnassigned) ContractEventName() string {
	return RegistryMeterUnassignedEventName
}

// UnpackMeterUnassignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MeterUnassigned(bytes32 indexed meterId, address indexed owner)
func (registry *Registry) UnpackMeterUnassignedEvent(log *types.Log) (*RegistryMeterUnassigned, error) {
	event := "MeterUnassigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryMeterUnassigned)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryRoleAdminChanged represents a RoleAdminChanged event raised by the Registry contract.
type RegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const RegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (RegistryRoleAdminChanged) ContractEventName() string {
	return RegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (registry *Registry) UnpackRoleAdminChangedEvent(log *types.Log) (*RegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryRoleGranted represents a RoleGranted event raised by the Registry contract.
type RegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (RegistryRoleGranted) ContractEventName() string {
	return RegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (registry *Registry) UnpackRoleGrantedEvent(log *types.Log) (*RegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryRoleRevoked represents a RoleRevoked event raised by the Registry contract.
type RegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (RegistryRoleRevoked) ContractEventName() string {
	return RegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (registry *Registry) UnpackRoleRevokedEvent(log *types.Log) (*RegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryUserReactivated represents a UserReactivated event raised by the Registry contract.
type RegistryUserReactivated struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RegistryUserReactivatedEventName = "UserReactivated"

// ContractEventName returns the user-defined event name.
func (RegistryUserReactivated) ContractEventName() string {
	return RegistryUserReactivatedEventName
}

// UnpackUserReactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UserReactivated(address indexed account)
func (registry *Registry) UnpackUserReactivatedEvent(log *types.Log) (*RegistryUserReactivated, error) {
	event := "UserReactivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryUserReactivated)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryUserRegistered represents a UserRegistered event raised by the Registry contract.
type RegistryUserRegistered struct {
	Account      common.Address
	UserType     uint8
	Location     string
	RegisteredAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const RegistryUserRegisteredEventName = "UserRegistered"

// ContractEventName returns the user-defined event name.
func (RegistryUserRegistered) ContractEventName() string {
	return RegistryUserRegisteredEventName
}

// UnpackUserRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UserRegistered(address indexed account, uint8 userType, string location, uint64 registeredAt)
func (registry *Registry) UnpackUserRegisteredEvent(log *types.Log) (*RegistryUserRegistered, error) {
	event := "UserRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryUserRegistered)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryUserSuspended represents a UserSuspended event raised by the Registry contract.
type RegistryUserSuspended struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RegistryUserSuspendedEventName = "UserSuspended"

// ContractEventName returns the user-defined event name.
func (RegistryUserSuspended) ContractEventName() string {
	return RegistryUserSuspendedEventName
}

// UnpackUserSuspendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UserSuspended(address indexed account)
func (registry *Registry) UnpackUserSuspendedEvent(log *types.Log) (*RegistryUserSuspended, error) {
	event := "UserSuspended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryUserSuspended)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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
func (registry *Registry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], registry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return registry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return registry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__InvalidMeterId"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryInvalidMeterIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__InvalidUserType"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryInvalidUserTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__MeterAlreadyAssigned"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryMeterAlreadyAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__MeterNotAssigned"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryMeterNotAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__SameSigner"].ID.Bytes()[:4]) {
		return registry.UnpackRegistrySameSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__TooManyMeters"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryTooManyMetersError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__UserAlreadyRegistered"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryUserAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__UserAlreadySuspended"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryUserAlreadySuspendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__UserNotRegistered"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryUserNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__UserNotSuspended"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryUserNotSuspendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__ZeroAddress"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Registry contract.
type RegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func RegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (registry *Registry) UnpackAccessControlBadConfirmationError(raw []byte) (*RegistryAccessControlBadConfirmation, error) {
	out := new(RegistryAccessControlBadConfirmation)
	if err := registry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Registry contract.
type RegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func RegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (registry *Registry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*RegistryAccessControlUnauthorizedAccount, error) {
	out := new(RegistryAccessControlUnauthorizedAccount)
	if err := registry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryInvalidMeterId represents a Registry__InvalidMeterId error raised by the Registry contract.
type RegistryRegistryInvalidMeterId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__InvalidMeterId()
func RegistryRegistryInvalidMeterIdErrorID() common.Hash {
	return common.HexToHash("0xb9738ef7d7dfa3713675b8a596b2b80dfac355b3202187c555df3e1ac40ce6d5")
}

// UnpackRegistryInvalidMeterIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__InvalidMeterId()
func (registry *Registry) UnpackRegistryInvalidMeterIdError(raw []byte) (*RegistryRegistryInvalidMeterId, error) {
	out := new(RegistryRegistryInvalidMeterId)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__InvalidMeterId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryInvalidUserType represents a Registry__InvalidUserType error raised by the Registry contract.
type RegistryRegistryInvalidUserType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__InvalidUserType()
func RegistryRegistryInvalidUserTypeErrorID() common.Hash {
	return common.HexToHash("0xfc2bbbed8b73c9f3b310530b6ee93b8cd1500504c573ada5fabf20ff8a8e6746")
}

// UnpackRegistryInvalidUserTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__InvalidUserType()
func (registry *Registry) UnpackRegistryInvalidUserTypeError(raw []byte) (*RegistryRegistryInvalidUserType, error) {
	out := new(RegistryRegistryInvalidUserType)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__InvalidUserType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryMeterAlreadyAssigned represents a Registry__MeterAlreadyAssigned error raised by the Registry contract.
type RegistryRegistryMeterAlreadyAssigned struct {
	MeterId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__MeterAlreadyAssigned(bytes32 meterId)
func RegistryRegistryMeterAlreadyAssignedErrorID() common.Hash {
	return common.HexToHash("0x0dd42d6f37c1bd93bcb6098d4c00a69c566c590c030e7a1bcb24ef6c853a561c")
}

// UnpackRegistryMeterAlreadyAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__MeterAlreadyAssigned(bytes32 meterId)
func (registry *Registry) UnpackRegistryMeterAlreadyAssignedError(raw []byte) (*RegistryRegistryMeterAlreadyAssigned, error) {
	out := new(RegistryRegistryMeterAlreadyAssigned)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__MeterAlreadyAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryMeterNotAssigned represents a Registry__MeterNotAssigned error raised by the Registry contract.
type RegistryRegistryMeterNotAssigned struct {
	MeterId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__MeterNotAssigned(bytes32 meterId)
func RegistryRegistryMeterNotAssignedErrorID() common.Hash {
	return common.HexToHash("0x870ce51b25265cce1a08fbe51bb1e3638a233eb446630e8976a12017afd1a8b7")
}

// UnpackRegistryMeterNotAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__MeterNotAssigned(bytes32 meterId)
func (registry *Registry) UnpackRegistryMeterNotAssignedError(raw []byte) (*RegistryRegistryMeterNotAssigned, error) {
	out := new(RegistryRegistryMeterNotAssigned)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__MeterNotAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistrySameSigner represents a Registry__SameSigner error raised by the Registry contract.
type RegistryRegistrySameSigner struct {
	MeterId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__SameSigner(bytes32 meterId)
func RegistryRegistrySameSignerErrorID() common.Hash {
	return common.HexToHash("0x69e67c339d23085b6b23adcdc063ace4c93051e1c103dbd1d1aec34223bbf3f8")
}

// UnpackRegistrySameSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__SameSigner(bytes32 meterId)
func (registry *Registry) UnpackRegistrySameSignerError(raw []byte) (*RegistryRegistrySameSigner, error) {
	out := new(RegistryRegistrySameSigner)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__SameSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryTooManyMeters represents a Registry__TooManyMeters error raised by the Registry contract.
type RegistryRegistryTooManyMeters struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__TooManyMeters(address owner)
func RegistryRegistryTooManyMetersErrorID() common.Hash {
	return common.HexToHash("0xe8f6aa302b73579844e846a3ef3ff530d0e0056c8522fdca86b751fa2e3d5350")
}

// UnpackRegistryTooManyMetersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__TooManyMeters(address owner)
func (registry *Registry) UnpackRegistryTooManyMetersError(raw []byte) (*RegistryRegistryTooManyMeters, error) {
	out := new(RegistryRegistryTooManyMeters)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__TooManyMeters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryUserAlreadyRegistered represents a Registry__UserAlreadyRegistered error raised by the Registry contract.
type RegistryRegistryUserAlreadyRegistered struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__UserAlreadyRegistered(address account)
func RegistryRegistryUserAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0xc9fff540d437c92d39d036109a0cb1fb6d109a0de515fc7605026dec1f088eb0")
}

// UnpackRegistryUserAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__UserAlreadyRegistered(address account)
func (registry *Registry) UnpackRegistryUserAlreadyRegisteredError(raw []byte) (*RegistryRegistryUserAlreadyRegistered, error) {
	out := new(RegistryRegistryUserAlreadyRegistered)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__UserAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryUserAlreadySuspended represents a Registry__UserAlreadySuspended error raised by the Registry contract.
type RegistryRegistryUserAlreadySuspended struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__UserAlreadySuspended(address account)
func RegistryRegistryUserAlreadySuspendedErrorID() common.Hash {
	return common.HexToHash("0xb48a41b2f180bf42e8d700000ebf89dffdfeb37112ce140674a17f60da6a90f3")
}

// UnpackRegistryUserAlreadySuspendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__UserAlreadySuspended(address account)
func (registry *Registry) UnpackRegistryUserAlreadySuspendedError(raw []byte) (*RegistryRegistryUserAlreadySuspended, error) {
	out := new(RegistryRegistryUserAlreadySuspended)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__UserAlreadySuspended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryUserNotRegistered represents a Registry__UserNotRegistered error raised by the Registry contract.
type RegistryRegistryUserNotRegistered struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__UserNotRegistered(address account)
func RegistryRegistryUserNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xaa69dc8a873f117cfe2fdccce27d561c0c5f1a144ecaa02b76531ba23ec34a53")
}

// UnpackRegistryUserNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__UserNotRegistered(address account)
func (registry *Registry) UnpackRegistryUserNotRegisteredError(raw []byte) (*RegistryRegistryUserNotRegistered, error) {
	out := new(RegistryRegistryUserNotRegistered)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__UserNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryUserNotSuspended represents a Registry__UserNotSuspended error raised by the Registry contract.
type RegistryRegistryUserNotSuspended struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__UserNotSuspended(address account)
func RegistryRegistryUserNotSuspendedErrorID() common.Hash {
	return common.HexToHash("0x1bf19c61f7f4f36b72399eddf670e7b179acb72e8d75cf4d71d00b1313ef6b02")
}

// UnpackRegistryUserNotSuspendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__UserNotSuspended(address account)
func (registry *Registry) UnpackRegistryUserNotSuspendedError(raw []byte) (*RegistryRegistryUserNotSuspended, error) {
	out := new(RegistryRegistryUserNotSuspended)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__UserNotSuspended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryZeroAddress represents a Registry__ZeroAddress error raised by the Registry contract.
type RegistryRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__ZeroAddress()
func RegistryRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x9067ef917dd10ff106b02f10f1e117737ef19e2de2fa182da1fad05c2889307a")
}

// UnpackRegistryZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__ZeroAddress()
func (registry *Registry) UnpackRegistryZeroAddressError(raw []byte) (*RegistryRegistryZeroAddress, error) {
	out := new(RegistryRegistryZeroAddress)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
