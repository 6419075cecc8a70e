package ingest

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// blockedRange is an address range that user-supplied URLs may not reach.
type blockedRange struct {
	prefix netip.Prefix
	reason string
}

var blockedRanges = func() []blockedRange {
	list := []struct{ cidr, reason string }{
		{"0.0.0.0/8", "unspecified"},
		{"10.0.0.0/8", "private"},
		{"100.64.0.0/10", "carrier-grade NAT"},
		{"127.0.0.0/8", "loopback"},
		{"169.254.169.254/32", "cloud metadata"},
		{"169.254.0.0/16", "link-local"},
		{"172.16.0.0/12", "private"},
		{"192.0.0.0/24", "reserved"},
		{"192.168.0.0/16", "private"},
		{"198.18.0.0/15", "reserved"},
		{"224.0.0.0/4", "multicast"},
		{"240.0.0.0/4", "reserved"},
		{"::/128", "unspecified"},
		{"::1/128", "loopback"},
		{"fd00:ec2::254/128", "cloud metadata"},
		{"fc00::/7", "private"},
		{"fe80::/10", "link-local"},
		{"ff00::/8", "multicast"},
	}
	out := make([]blockedRange, len(list))
	for i, r := range list {
		out[i] = blockedRange{netip.MustParsePrefix(r.cidr), r.reason}
	}
	return out
}()

// nat64 is the well-known NAT64 prefix; the IPv4 address embedded in its low
// 32 bits is checked like a plain IPv4 address.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// BlockedError reports a connection refused by the address policy.
type BlockedError struct {
	// Addr is the resolved address that was refused.
	Addr netip.Addr
	// Reason names the range ("loopback", "private", "cloud metadata", ...).
	Reason string
}

// Error implements error.
func (e *BlockedError) Error() string {
	return fmt.Sprintf("address %s is not allowed (%s)", e.Addr, e.Reason)
}

// addrPolicy decides which resolved addresses may be dialled.
type addrPolicy struct {
	allowPrivate bool
	allowed      []netip.Prefix
}

// check returns a *BlockedError when ip may not be reached.
func (p addrPolicy) check(ip netip.Addr) error {
	if p.allowPrivate {
		return nil
	}
	ip = ip.Unmap().WithZone("")
	for _, a := range p.allowed {
		if a.Contains(ip) {
			return nil
		}
	}
	probe := ip
	if nat64.Contains(ip) {
		b := ip.As16()
		probe = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	for _, r := range blockedRanges {
		if r.prefix.Contains(probe) {
			return &BlockedError{Addr: ip, Reason: r.reason}
		}
	}
	return nil
}

// control is a net.Dialer Control function: it runs after name resolution,
// just before connect(2), with the literal address being dialled, so DNS
// rebinding cannot slip a private address past the check.
func (p addrPolicy) control(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("ingest: dial %s: %w", address, err)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("ingest: dial %s: not an IP address", address)
	}
	return p.check(ip)
}
