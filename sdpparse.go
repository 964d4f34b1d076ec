package rtc

import (
	"errors"
	"strconv"
	"strings"
)

// errSDPSyntax is the cause of the error for SDP text that does not parse.
var errSDPSyntax = errors.New("sdp: invalid syntax")

// sdpSyntaxError is errSDPSyntax for one line (1-based) of the text.
type sdpSyntaxError struct {
	line int
	why  string
}

func (e *sdpSyntaxError) Error() string {
	return errSDPSyntax.Error() + ": line " + strconv.Itoa(e.line) + ": " + e.why
}

func (e *sdpSyntaxError) Unwrap() error { return errSDPSyntax }

// sdpText is what the package's SDP checks read of a session description:
// the attribute lines (text after "a=") of the session and of each media
// section. readSDP builds it: with pion/sdp natively, with parseSDP in the
// browser, where pion/sdp would link fmt and net/url.
type sdpText struct {
	session []string
	media   [][]string
}

// sessionKeys and mediaKeys are the line types RFC 8866 allows after
// v=, o= and s=, and inside a media section.
const (
	sessionKeys = "iuepcbtrzka"
	mediaKeys   = "icbka"
)

// parseSDP checks the grammar of an SDP text (RFC 8866 line types and
// order, version 0, the o= and m= fields) as strictly as pion/sdp does for
// the lines the checks read, and collects its attributes.
func parseSDP(text string) (*sdpText, error) {
	var s sdpText
	n := 0 // lines read
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimRight(line, "\r\n")
		if line == "" && n > 3 {
			continue // a blank line, as the trailing CRLF leaves
		}
		if len(line) < 2 || line[1] != '=' {
			return nil, &sdpSyntaxError{n, "not a <type>=<value> line"}
		}
		key, value := line[0], line[2:]
		switch {
		case n == 1:
			if key != 'v' || value != "0" {
				return nil, &sdpSyntaxError{n, "the first line is not v=0"}
			}
		case n == 2:
			if key != 'o' || !validOrigin(value) {
				return nil, &sdpSyntaxError{n, "the second line is not a valid o= line"}
			}
		case n == 3:
			if key != 's' {
				return nil, &sdpSyntaxError{n, "the third line is not s="}
			}
		case key == 'm':
			if !validMedia(value) {
				return nil, &sdpSyntaxError{n, "invalid m= line"}
			}
			s.media = append(s.media, nil)
		case len(s.media) == 0 && strings.IndexByte(sessionKeys, key) < 0,
			len(s.media) > 0 && strings.IndexByte(mediaKeys, key) < 0:
			return nil, &sdpSyntaxError{n, "unexpected " + string(key) + "= line"}
		case key == 'a' && len(s.media) == 0:
			s.session = append(s.session, value)
		case key == 'a':
			s.media[len(s.media)-1] = append(s.media[len(s.media)-1], value)
		}
	}
	if n < 3 {
		return nil, &sdpSyntaxError{n, "missing v=, o= or s= line"}
	}
	return &s, nil
}

// validOrigin checks "<username> <sess-id> <sess-version> <nettype>
// <addrtype> <unicast-address>" with numeric id and version.
func validOrigin(v string) bool {
	f := strings.Fields(v)
	return len(f) == 6 && isDigits(f[1]) && isDigits(f[2])
}

// validMedia checks "<media> <port>[/<count>] <proto> <fmt> ...".
func validMedia(v string) bool {
	f := strings.Fields(v)
	if len(f) < 4 {
		return false
	}
	switch f[0] {
	case "audio", "video", "text", "application", "message":
	default:
		return false
	}
	port, count, hasCount := strings.Cut(f[1], "/")
	return isDigits(port) && len(port) <= 5 && (!hasCount || isDigits(count))
}

// isDigits tells whether s is a non-empty string of ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// decimal is s as an unsigned decimal of at most bits bits, or 0 when it
// is not one. (strconv.ParseUint's *NumError would keep strconv.Quote's
// tables in the browser build.)
func decimal(s string, bits int) uint64 {
	if !isDigits(s) {
		return 0
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d := uint64(s[i] - '0')
		if n > (1<<bits-1-d)/10 {
			return 0
		}
		n = n*10 + d
	}
	return n
}

// sdpAttribute is the value of the first attribute key in attrs
// ("a=key:value" or the flag "a=key"), and whether there is one.
func sdpAttribute(attrs []string, key string) (string, bool) {
	for _, a := range attrs {
		k, v, _ := strings.Cut(a, ":")
		if k == key {
			return v, true
		}
	}
	return "", false
}
