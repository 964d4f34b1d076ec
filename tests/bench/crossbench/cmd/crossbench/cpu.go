//go:build !js

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// cpuTicks is the CPU time (user + system, in clock ticks of 10 ms) of
// this process and of each of its descendants, keyed by "pid kind" where
// kind is Chromium's --type= (renderer, gpu-process, utility for the
// network service) or the command name.
func cpuTicks() map[string]uint64 {
	type proc struct {
		ppid  int
		ticks uint64
		kind  string
	}
	procs := map[int]proc{}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, p := range stats {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s := string(b)
		i := strings.LastIndexByte(s, ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(s[i+2:])
		if len(f) < 13 {
			continue
		}
		pid, _ := strconv.Atoi(strings.Split(p, "/")[2])
		ppid, _ := strconv.Atoi(f[1])
		ut, _ := strconv.ParseUint(f[11], 10, 64)
		st, _ := strconv.ParseUint(f[12], 10, 64)
		kind := s[strings.IndexByte(s, '(')+1 : i]
		if cmd, err := os.ReadFile(filepath.Join(filepath.Dir(p), "cmdline")); err == nil {
			for _, a := range strings.FieldsFunc(string(cmd), func(r rune) bool { return r == 0 || r == ' ' }) {
				if t, ok := strings.CutPrefix(a, "--type="); ok {
					kind += " " + t
				}
				if t, ok := strings.CutPrefix(a, "--utility-sub-type="); ok {
					kind += " " + t
				}
			}
		}
		procs[pid] = proc{ppid, ut + st, kind}
	}
	self := os.Getpid()
	out := map[string]uint64{}
	for pid, p := range procs {
		for a, hops := pid, 0; a > 1 && hops < 10; a, hops = procs[a].ppid, hops+1 {
			if a == self {
				out[fmt.Sprintf("%d %s", pid, p.kind)] = p.ticks
				break
			}
		}
	}
	return out
}

// cpuDeltas prints the CPU seconds each process used between two reads.
func cpuDeltas(before, after map[string]uint64) string {
	var b strings.Builder
	for k, v := range after {
		if d := v - before[k]; d > 0 {
			fmt.Fprintf(&b, "    %5.2f s CPU  %s\n", float64(d)/100, k)
		}
	}
	return b.String()
}
