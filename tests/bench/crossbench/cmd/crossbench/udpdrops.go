//go:build !js

package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// udpSocket is one line of /proc/net/udp{,6}: a socket's kernel receive
// buffer drops, by inode.
type udpSocket struct {
	local string
	drops uint64
	rxq   uint64 // bytes waiting in the receive queue now
}

// udpSockets reads the drops of every UDP socket on the host, by inode.
func udpSockets() map[string]udpSocket {
	out := map[string]udpSocket{}
	for _, name := range []string{"/proc/net/udp", "/proc/net/udp6"} {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Scan() // header
		for sc.Scan() {
			fl := strings.Fields(sc.Text())
			if len(fl) < 13 {
				continue
			}
			drops, _ := strconv.ParseUint(fl[12], 10, 64)
			q := strings.SplitN(fl[4], ":", 2)
			var rxq uint64
			if len(q) == 2 {
				rxq, _ = strconv.ParseUint(q[1], 16, 64)
			}
			out[fl[9]] = udpSocket{local: fl[1], drops: drops, rxq: rxq}
		}
		f.Close()
	}
	return out
}

// socketOwners maps socket inodes to "pid command" of the processes
// holding them.
func socketOwners() map[string]string {
	out := map[string]string{}
	fds, _ := filepath.Glob("/proc/[0-9]*/fd/*")
	for _, fd := range fds {
		l, err := os.Readlink(fd)
		if err != nil || !strings.HasPrefix(l, "socket:[") {
			continue
		}
		inode := strings.TrimSuffix(strings.TrimPrefix(l, "socket:["), "]")
		pid := strings.Split(fd, "/")[2]
		comm, _ := os.ReadFile("/proc/" + pid + "/comm")
		out[inode] = pid + " " + strings.TrimSpace(string(comm))
	}
	return out
}

// dropDeltas prints the sockets whose drops grew between before and after.
func dropDeltas(before, after map[string]udpSocket) string {
	owners := socketOwners()
	var b strings.Builder
	for inode, s := range after {
		if d := s.drops - before[inode].drops; d > 0 {
			fmt.Fprintf(&b, "    UDP socket %s (%s): %d datagrams dropped (receive buffer full)\n", s.local, owners[inode], d)
		}
	}
	if b.Len() == 0 {
		return "    no UDP receive drops on the host\n"
	}
	return b.String()
}
