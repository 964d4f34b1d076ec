//go:build !js

// Package web serves a Go program compiled to WebAssembly to a browser: the
// program itself, the wasm_exec.js of the toolchain that built it, a small
// loader and an index page to run it in.
//
// [Build] compiles a main package for GOOS=js GOARCH=wasm with the go command
// on PATH and takes wasm_exec.js from that same toolchain, so the two always
// match. [App.Handler] serves the result with the right MIME types,
// brotli or gzip compression and ETags:
//
//	app, err := web.Build(ctx, ".", "./cmd/client", "-trimpath", "-ldflags=-s -w")
//	if err != nil {
//		log.Fatal(err) // carries go build's output
//	}
//	app.Title = "Chat"
//	app.Env = map[string]string{"SIGNAL_URL": "ws://127.0.0.1:8080/ws"}
//	log.Fatal(http.ListenAndServe("127.0.0.1:8080", app.Handler()))
//
// The page runs the program at once. The program sees App.Env through
// os.Getenv and App.Args as os.Args[1:], may draw into the page's
// <div id="app">, and the page's <pre id="log"> shows loading errors and the
// program's exit code (its standard output and error go to the browser's
// console).
//
// The package itself is native only: it is the server side of a wasm app.
package web
