// Command broken does not compile: the tests of package web check that
// Build reports the compiler's message.
package main

var n int = "not a number"

func main() {}
