package svcconfig

import (
	"net"
	"strings"
)

// LoopbackOnly reports whether the listen address addr ("host:port") binds the loopback interface
// only: an IP address in 127.0.0.0/8 or ::1, or the name localhost. An empty host (":8080") binds
// every interface and any other name may resolve to anything, so neither counts. Services use it
// to refuse what must never be reachable from another host (the dapp's demo keys) and to require
// TLS on what is (meterbridge).
func LoopbackOnly(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
