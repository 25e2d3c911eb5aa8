package watch

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"

	"github.com/truce-project/truce"
)

// MaxRedirects is how many redirects a fetch follows.
const MaxRedirects = 3

// ClientOptions configures NewClient.
type ClientOptions struct {
	// Timeout bounds a whole request, body included; zero means 30 s.
	Timeout time.Duration
	// AllowPrivate lets requests reach loopback, private, link-local and
	// other non-public addresses. Only tests (and deliberate local setups)
	// set it.
	AllowPrivate bool
}

// ErrForbiddenAddress is wrapped by errors for requests refused because
// they would reach a non-public address.
var ErrForbiddenAddress = errors.New("address not allowed")

// NewClient returns an HTTP client for fetching outside input: it follows
// at most MaxRedirects redirects, times out, and unless o.AllowPrivate is
// set refuses to connect to any address that is not publicly routable. The
// check is made on the address actually dialled, after name resolution, so
// that neither a redirect nor a DNS name pointing inwards gets through.
func NewClient(o ClientOptions) *http.Client {
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !o.AllowPrivate {
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("dial %s: %w", address, ErrForbiddenAddress)
			}
			if !PublicAddr(ap.Addr()) {
				return fmt.Errorf("dial %s: %w", address, ErrForbiddenAddress)
			}
			return nil
		}
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide the address dialled
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          20,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
	}
	return &http.Client{
		Timeout:   timeout,
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return truce.Errorf(truce.EINVALID, "%s: more than %d redirects", via[0].URL, MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return truce.Errorf(truce.EINVALID, "%s: redirect to a %s URL", via[0].URL, req.URL.Scheme)
			}
			return nil
		},
	}
}

// PublicAddr reports whether a is a publicly routable unicast address:
// not loopback, private (RFC 1918, unique local), link-local, multicast,
// unspecified, carrier-grade NAT or otherwise reserved.
func PublicAddr(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() ||
		a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	for _, p := range reserved {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// reserved lists ranges that the netip predicates do not cover.
var reserved = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can reach IPv4 inside
	netip.MustParsePrefix("2001:db8::/32"),
}
