//go:build !js

package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"reflect"
	"runtime/pprof"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/everyrtc/rtc"
	"github.com/pion/sctp"
)

// sctpCounters are pion/sctp's association statistics (an unexported
// struct of uint64 counters, read by field name).
type sctpCounters map[string]uint64

// association digs the SCTP association out of pc's pion SCTPTransport.
func association(pc *rtc.PeerConnection) *sctp.Association {
	t := pc.Pion().SCTP()
	f := reflect.ValueOf(t).Elem().FieldByName("sctpAssociation")
	if !f.IsValid() {
		return nil
	}
	return *(**sctp.Association)(unsafe.Pointer(f.UnsafeAddr()))
}

// read copies the association's counters.
func read(a *sctp.Association) sctpCounters {
	out := sctpCounters{"bytesSent": a.BytesSent(), "bytesReceived": a.BytesReceived()}
	st := reflect.ValueOf(a).Elem().FieldByName("stats")
	if !st.IsValid() || st.IsNil() {
		return out
	}
	v := st.Elem()
	for i := range v.NumField() {
		p := (*uint64)(unsafe.Pointer(v.Field(i).UnsafeAddr()))
		out[v.Type().Field(i).Name] = *p
	}
	return out
}

// around logs the counters' changes over one transfer and samples cwnd,
// rwnd and SRTT every 50 ms during it.
func around(impl string, pc *rtc.PeerConnection) func() {
	a := association(pc)
	if a == nil {
		log.Print("counters: no SCTP association")
		return func() {}
	}
	before := read(a)
	drops := udpSockets()
	cpu := cpuTicks()
	stopProfile := startProfile(impl)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var cw, rw, srtt []float64
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				cw = append(cw, float64(a.CWND())/1024)
				rw = append(rw, float64(a.RWND())/1024)
				srtt = append(srtt, a.SRTT())
			}
		}
	}()
	return func() {
		close(stop)
		wg.Wait()
		stopProfile()
		after := read(a)
		line := impl + ":"
		for _, k := range []string{"bytesSent", "bytesReceived", "nPacketsSent", "nPacketsReceived", "nDATAs", "nSACKsSent", "nSACKsReceived", "nT3Timeouts", "nAckTimeouts", "nFastRetrans"} {
			line += fmt.Sprintf(" %s=%d", k, after[k]-before[k])
		}
		log.Print(line)
		log.Printf("  cwnd KiB %s", summary(cw))
		log.Printf("  rwnd KiB %s", summary(rw))
		log.Printf("  srtt ms  %s", summary(srtt))
		log.Printf("  UDP drops:\n%s", dropDeltas(drops, udpSockets()))
		log.Printf("  CPU:\n%s", cpuDeltas(cpu, cpuTicks()))
	}
}

// profileDir, when set, receives a CPU profile per transfer.
var profileDir string

// profiles counts the profiles written, for their file names.
var profiles int

// startProfile starts a CPU profile of this process for one transfer.
func startProfile(impl string) func() {
	if profileDir == "" {
		return func() {}
	}
	profiles++
	dir := "n2b"
	if strings.Contains(impl, "browser →") {
		dir = "b2n"
	}
	name := filepath.Join(profileDir, fmt.Sprintf("%02d-%s.pprof", profiles, dir))
	f, err := os.Create(name)
	if err != nil {
		log.Print(err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		log.Print(err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// summary prints min / median / max of samples.
func summary(v []float64) string {
	if len(v) == 0 {
		return "no samples"
	}
	s := append([]float64(nil), v...)
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
	return fmt.Sprintf("min %.0f median %.0f max %.0f (%d samples)", s[0], s[len(s)/2], s[len(s)-1], len(s))
}
