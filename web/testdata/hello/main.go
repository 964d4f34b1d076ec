// Command hello is the test program of package web: it writes its
// environment and arguments into the page's #app and exits.
package main

import (
	"os"
	"strings"
	"syscall/js"
)

func main() {
	msg := "hello " + os.Getenv("GREETING") + " " + strings.Join(os.Args[1:], "|")
	js.Global().Get("document").Call("getElementById", "app").Set("textContent", msg)
	println(msg)
}
