//go:build !js

package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/pion/webrtc/v4"
)

// parseSettings makes a SettingEngine from "key=value,...": rtomax (a
// duration), mincwnd, castep, fastrtx, rwnd (bytes), zerochecksum (0/1).
// An empty spec is nil: the library's own defaults.
func parseSettings(spec string) (*webrtc.SettingEngine, error) {
	if spec == "" {
		return nil, nil
	}
	var s webrtc.SettingEngine
	for _, kv := range strings.Split(spec, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return nil, fmt.Errorf("setting %q: want key=value", kv)
		}
		if k == "rtomax" {
			d, err := time.ParseDuration(v)
			if err != nil {
				return nil, err
			}
			s.SetSCTPRTOMax(d)
			continue
		}
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("setting %q: %w", kv, err)
		}
		switch k {
		case "mincwnd":
			s.SetSCTPMinCwnd(uint32(n))
		case "castep":
			s.SetSCTPCwndCAStep(uint32(n))
		case "fastrtx":
			s.SetSCTPFastRtxWnd(uint32(n))
		case "rwnd":
			s.SetSCTPMaxReceiveBufferSize(uint32(n))
		case "zerochecksum":
			s.EnableSCTPZeroChecksum(n == 1)
		default:
			return nil, fmt.Errorf("unknown setting %q", k)
		}
	}
	return &s, nil
}
