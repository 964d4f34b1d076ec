// Package jsbridge holds the syscall/js helpers of everyrtc's browser
// backend: awaiting a promise with a context, JS exceptions as Go errors,
// event listeners that release their js.Func, byte copies, globalThis
// lookups, and a live count of js.Func values for leak tests.
//
// Every file but this one is built only with GOOS=js GOARCH=wasm.
package jsbridge
