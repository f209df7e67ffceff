package model

import (
	"errors"
	"fmt"
)

// Error codes shared by the store, the command line and the screens.
const (
	ENOTFOUND = "not_found" // the thing asked for does not exist
	EINVALID  = "invalid"   // the input is malformed or out of range
	ECONFLICT = "conflict"  // the input contradicts what is stored
	EINTERNAL = "internal"  // something unexpected; a bug or a broken file
)

// Error is a domain error whose Message is a sentence fit to show a user.
type Error struct {
	// Code is one of the E… constants.
	Code string
	// Message says what went wrong and, where it can, how to fix it.
	Message string
}

// Error returns the user-facing message.
func (e *Error) Error() string { return e.Message }

// Errorf builds an *Error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of err if it is (or wraps) an *Error, and
// EINTERNAL otherwise. A nil error has no code.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}
