// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package automation

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

// AutomationCompatibleInterfaceMetaData contains all meta data concerning the AutomationCompatibleInterface contract.
var AutomationCompatibleInterfaceMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"checkUpkeep\",\"inputs\":[{\"name\":\"checkData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"upkeepNeeded\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"performData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"performUpkeep\",\"inputs\":[{\"name\":\"performData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"}]",
	ID:  "AutomationCompatibleInterface",
}

// AutomationCompatibleInterface is an auto generated Go binding around an Ethereum contract.
type AutomationCompatibleInterface struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AutomationCompatibleInterface) GetABI() abi.ABI {
	return c.abi
}

// NewAutomationCompatibleInterface creates a new instance of AutomationCompatibleInterface.
func NewAutomationCompatibleInterface() *AutomationCompatibleInterface {
	parsed, err := AutomationCompatibleInterfaceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AutomationCompatibleInterface{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AutomationCompatibleInterface) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCheckUpkeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e04ff0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkUpkeep(bytes checkData) returns(bool upkeepNeeded, bytes performData)
func (automationCompatibleInterface *AutomationCompatibleInterface) PackCheckUpkeep(checkData []byte) []byte {
	enc, err := automationCompatibleInterface.abi.Pack("checkUpkeep", checkData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckUpkeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e04ff0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkUpkeep(bytes checkData) returns(bool upkeepNeeded, bytes performData)
func (automationCompatibleInterface *AutomationCompatibleInterface) TryPackCheckUpkeep(checkData []byte) ([]byte, error) {
	return automationCompatibleInterface.abi.Pack("checkUpkeep", checkData)
}

// CheckUpkeepOutput serves as a container for the return parameters of contract
// method CheckUpkeep.
type CheckUpkeepOutput struct {
	UpkeepNeeded bool
	PerformData  []byte
}

// UnpackCheckUpkeep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e04ff0d.
//
// Solidity: function checkUpkeep(bytes checkData) returns(bool upkeepNeeded, bytes performData)
func (automationCompatibleInterface *AutomationCompatibleInterface) UnpackCheckUpkeep(data []byte) (CheckUpkeepOutput, error) {
	out, err := automationCompatibleInterface.abi.Unpack("checkUpkeep", data)
	outstruct := new(CheckUpkeepOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.UpkeepNeeded = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.PerformData = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackPerformUpkeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4585e33b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function performUpkeep(bytes performData) returns()
func (automationCompatibleInterface *AutomationCompatibleInterface) PackPerformUpkeep(performData []byte) []byte {
	enc, err := automationCompatibleInterface.abi.Pack("performUpkeep", performData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPerformUpkeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4585e33b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function performUpkeep(bytes performData) returns()
func (automationCompatibleInterface *AutomationCompatibleInterface) TryPackPerformUpkeep(performData []byte) ([]byte, error) {
	return automationCompatibleInterface.abi.Pack("performUpkeep", performData)
}
