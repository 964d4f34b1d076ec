//go:build !js

package tests

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// turnServer is coturn (Debian's package "coturn", command turnserver) on
// 127.0.0.1, with a long-term credential and a relay port range of its own.
type turnServer struct {
	e2e.TURN
	cmd  *exec.Cmd
	out  *outBuffer
	done chan struct{}
}

// startTURN starts coturn for the test and stops it when the test ends.
func startTURN(t *testing.T) *turnServer {
	t.Helper()
	bin, err := exec.LookPath("turnserver")
	if err != nil {
		t.Fatalf("coturn's turnserver is not on PATH (%v): apt-get install -y coturn (scripts/test does it as root)", err)
	}
	port := freeUDPPort(t)
	// A relay range of its own: 100 ports somewhere in 40000-59999, so
	// that a relay candidate is recognisably coturn's.
	n, err := rand.Int(rand.Reader, big.NewInt(200))
	if err != nil {
		t.Fatal(err)
	}
	minPort := 40000 + int(n.Int64())*100
	maxPort := minPort + 99
	dir := t.TempDir()
	s := &turnServer{
		TURN: e2e.TURN{
			URL:        fmt.Sprintf("turn:127.0.0.1:%d?transport=udp", port),
			Username:   "everyrtc",
			Credential: "e2e-secret",
			RelayIP:    "127.0.0.1",
			MinPort:    minPort,
			MaxPort:    maxPort,
		},
		out:  &outBuffer{},
		done: make(chan struct{}),
	}
	s.cmd = exec.Command(bin,
		"-n", // no configuration file: only these options
		"--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1",
		fmt.Sprintf("--listening-port=%d", port),
		fmt.Sprintf("--min-port=%d", minPort), fmt.Sprintf("--max-port=%d", maxPort),
		"--no-tls", "--no-dtls", "--no-tcp", "--no-tcp-relay",
		"--lt-cred-mech", "--user="+s.Username+":"+s.Credential, "--realm=everyrtc.test",
		// Both peers' relayed addresses are on 127.0.0.1.
		"--allow-loopback-peers",
		"--no-cli", "--no-rfc5780", "--no-software-attribute",
		// Verbose: each allocation, permission and channel binding, and
		// every few seconds each session's byte counts.
		"--verbose", "--log-file=stdout", "--simple-log",
		"--pidfile="+filepath.Join(dir, "turnserver.pid"),
		"--userdb="+filepath.Join(dir, "turndb"),
	)
	s.cmd.Stdout = s.out
	s.cmd.Stderr = s.out
	if err := s.cmd.Start(); err != nil {
		t.Fatalf("starting turnserver: %v", err)
	}
	go func() {
		_ = s.cmd.Wait()
		close(s.done)
	}()
	t.Cleanup(func() {
		s.stop()
		if t.Failed() {
			t.Logf("turnserver output:\n%s", s.out.since(0))
		}
	})
	s.waitReady(t, port)
	return s
}

// waitReady sends STUN binding requests until coturn answers one.
func (s *turnServer) waitReady(t *testing.T, port int) {
	t.Helper()
	conn, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	addr := &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: port}
	req := make([]byte, 20)
	binary.BigEndian.PutUint16(req[0:], 0x0001)     // Binding request
	binary.BigEndian.PutUint32(req[4:], 0x2112A442) // magic cookie
	if _, err := rand.Read(req[8:20]); err != nil { // transaction ID
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	buf := make([]byte, 1500)
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			t.Fatalf("turnserver exited at start:\n%s", s.out.since(0))
		default:
		}
		if _, err := conn.WriteTo(req, addr); err != nil {
			t.Fatal(err)
		}
		_ = conn.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		n, _, err := conn.ReadFrom(buf)
		if err == nil && n >= 20 && binary.BigEndian.Uint16(buf) == 0x0101 && bytes.Equal(buf[8:20], req[8:20]) {
			return
		}
	}
	t.Fatalf("turnserver did not answer a STUN binding request on 127.0.0.1:%d within 15s:\n%s", port, s.out.since(0))
}

// stop stops coturn (SIGINT, then SIGKILL after 5 s) and waits for it.
func (s *turnServer) stop() {
	select {
	case <-s.done:
		return
	default:
	}
	_ = s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
}

// logged counts coturn's successful requests of each kind (ALLOCATE,
// CREATE_PERMISSION, CHANNEL_BIND) and sums the bytes it relayed to peers
// as its periodic usage lines report them (not the last few seconds').
func (s *turnServer) logged() (requests map[string]int, relayed int) {
	requests = map[string]int{}
	s.out.mu.Lock()
	log := string(s.out.buf)
	s.out.mu.Unlock()
	for _, line := range strings.Split(log, "\n") {
		if _, after, ok := strings.Cut(line, "incoming packet "); ok {
			if req, ok := strings.CutSuffix(strings.TrimSpace(after), " processed, success"); ok {
				requests[req]++
			}
		}
		if _, after, ok := strings.Cut(line, ": peer usage: "); ok {
			for _, f := range strings.Split(after, ", ") {
				if v, ok := strings.CutPrefix(f, "sb="); ok {
					n, _ := strconv.Atoi(strings.TrimSpace(v))
					relayed += n
				}
			}
		}
	}
	return requests, relayed
}

// freeUDPPort returns a UDP port on 127.0.0.1 that was free a moment ago.
func freeUDPPort(t *testing.T) int {
	t.Helper()
	c, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).Port
}
