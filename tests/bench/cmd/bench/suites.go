//go:build !js

package main

import "github.com/everyrtc/rtc/tests/bench"

// suites run in this order: the deterministic ones first.
var suites = []suite{}

// bars are the targets, as ratios of medians from the same run.
var bars = []bench.Bar{}
