// Command gridctl is the operator CLI of the campus solar market (see docs/operator.md).
package main

import "github.com/campus-grid/gridchain/gridctl"

func main() { gridctl.Main() }
