//go:build js && wasm

package main

import (
	"fmt"
	"slices"
	"sync"
	"syscall/js"

	"github.com/everyrtc/rtc/examples/internal/browser"
)

// ui is the page: the connection state, a status line and a chart of the
// last minute of bytes/s each way and round trip time.
type ui struct {
	stateEl, statusEl, chartEl, figuresEl js.Value
	ctx                                   js.Value // the chart's 2D context

	mu            sync.Mutex
	out, in, rtts []float64 // one sample per half second
}

const chartSamples = 120

func newUI() *ui {
	app := browser.App()
	el := func(tag, text string) js.Value { return browser.Element(app, tag, text) }
	u := &ui{}
	u.stateEl = el("p", "connection: new")
	u.statusEl = el("p", "")
	u.chartEl = el("canvas", "")
	u.chartEl.Set("width", 720)
	u.chartEl.Set("height", 260)
	u.chartEl.Get("style").Set("border", "1px solid #ccc")
	u.figuresEl = el("p", "")
	u.ctx = u.chartEl.Call("getContext", "2d")
	return u
}

func (u *ui) state(s string)  { u.stateEl.Set("textContent", "connection: "+s) }
func (u *ui) status(s string) { u.statusEl.Set("textContent", s) }

// sample adds one point to the chart: MB/s sent and received on the
// selected candidate pair, and its round trip time in ms.
func (u *ui) sample(out, in, rtt float64) {
	u.mu.Lock()
	defer u.mu.Unlock()
	keep := func(s []float64, v float64) []float64 {
		s = append(s, v)
		return s[max(0, len(s)-chartSamples):]
	}
	u.out, u.in, u.rtts = keep(u.out, out), keep(u.in, in), keep(u.rtts, rtt)
	u.figuresEl.Set("textContent", fmt.Sprintf("sent %.1f MB/s · received %.1f MB/s · round trip %.2f ms", out, in, rtt))
	u.draw()
}

// draw plots throughput on the upper 70% of the canvas and round trip time
// below it, each scaled to its own maximum.
func (u *ui) draw() {
	w, h := u.chartEl.Get("width").Float(), u.chartEl.Get("height").Float()
	c := u.ctx
	c.Call("clearRect", 0, 0, w, h)
	top := h * 0.7
	mbps := max(1, slices.Max(u.out), slices.Max(u.in))
	line := func(vals []float64, scale, y0, height float64, color string) {
		c.Set("strokeStyle", color)
		c.Call("beginPath")
		for i, v := range vals {
			x := w * float64(i) / (chartSamples - 1)
			y := y0 + height - v/scale*height
			if i == 0 {
				c.Call("moveTo", x, y)
			} else {
				c.Call("lineTo", x, y)
			}
		}
		c.Call("stroke")
	}
	line(u.out, mbps, 10, top-20, "#1f77b4")
	line(u.in, mbps, 10, top-20, "#ff7f0e")
	line(u.rtts, max(1, slices.Max(u.rtts)), top, h-top-10, "#2ca02c")
	c.Set("fillStyle", "#333")
	c.Call("fillText", fmt.Sprintf("MB/s (max %.1f): sent blue, received orange", mbps), 6, 12)
	c.Call("fillText", fmt.Sprintf("round trip ms (max %.2f)", slices.Max(u.rtts)), 6, top+10)
}
