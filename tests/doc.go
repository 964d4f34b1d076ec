// Package tests is a separate module for what does not belong in the
// library's own go.mod: cross-environment end-to-end tests (a native peer
// talking to a wasm peer in headless Chromium), benchmarks, and the pinned
// wasmbrowsertest tool that scripts/test builds to run the GOOS=js suite in
// the browser.
//
// The library itself comes from the work tree through a replace directive;
// the blank import keeps that requirement when go.mod is tidied.
package tests

import _ "github.com/everyrtc/rtc"
