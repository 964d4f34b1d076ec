package rtc

// The package's enums are int32 types whose values equal pion's, so the
// native backend converts them with a plain cast. Each one keeps its W3C
// strings in a slice indexed by value; the helpers below implement String,
// MarshalText and UnmarshalText on top of that slice.

// unknownEnumString is what String returns for a value that has no name.
const unknownEnumString = "unknown"

// enumString returns names[v], or "unknown" when v is out of range or has no
// name. For enums whose zero value is Unknown, names[0] is "unknown".
func enumString[T ~int32](names []string, v T) string {
	if v >= 0 && int64(v) < int64(len(names)) && names[v] != "" {
		return names[v]
	}
	return unknownEnumString
}

// enumIndex returns the value whose name is s.
func enumIndex[T ~int32](names []string, s string) (T, bool) {
	if s == "" {
		return 0, false
	}
	for i, n := range names {
		if n == s {
			return T(i), true
		}
	}
	return 0, false
}

// enumParse returns the value whose name is s, or an error matching ErrType
// for a string that names no value.
func enumParse[T ~int32](typeName string, names []string, s string) (T, error) {
	if v, ok := enumIndex[T](names, s); ok {
		return v, nil
	}
	return 0, newError(ErrType, "Unmarshal"+typeName, "unknown value %q", s)
}

// enumUnmarshal is UnmarshalText for an enum: *p is left unchanged on error.
func enumUnmarshal[T ~int32](typeName string, names []string, p *T, b []byte) error {
	v, err := enumParse[T](typeName, names, string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
