package kg

import (
	"errors"
	"fmt"
)

// Code classifies an error for callers: the API maps it to
// extensions.code, the CLI to its one-line reason.
type Code string

const (
	CodeNotFound        Code = "NOT_FOUND"
	CodeAmbiguous       Code = "AMBIGUOUS"
	CodeInvalidArgument Code = "INVALID_ARGUMENT"
	CodeLimitExceeded   Code = "LIMIT_EXCEEDED"
	CodeUnauthenticated Code = "UNAUTHENTICATED"
	CodeUnavailable     Code = "UNAVAILABLE"
	CodeBadInput        Code = "BAD_INPUT" // an input file or record that is not an article
	CodeConflict        Code = "CONFLICT"
	CodeInternal        Code = "INTERNAL"

	// Codes of the API's refusals that do not come from the store.
	CodeTimeout              Code = "TIMEOUT"                // the request ran out of time and was stopped
	CodeBadRequest           Code = "BAD_REQUEST"            // the HTTP request could not be read as GraphQL
	CodeIntrospectionOff     Code = "INTROSPECTION_DISABLED" // __schema/__type on a server that refuses them
	CodeOverloaded           Code = "OVERLOADED"             // too many expensive queries at once: retry later
	CodePersistedQueryAbsent Code = "PERSISTED_QUERY_NOT_FOUND"
)

// Error is the one error type of the domain. Message is safe to show to a
// user; Err (the cause) may hold internals and is never shown by the API.
type Error struct {
	Code       Code
	Message    string
	Candidates []Actor // for AMBIGUOUS: the actors a name could mean
	Err        error
}

func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf makes an *Error with a user-facing message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError gives err a code and a user-facing message, keeping it as the cause.
func WrapError(code Code, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, or
// CodeInternal when there is none (nil gives "").
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// ErrorMessage returns the user-facing message of the first *Error in err's
// chain; internal errors get a generic text so nothing leaks.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return "internal error"
}

// IsNotFound reports whether err carries CodeNotFound.
func IsNotFound(err error) bool { return ErrorCode(err) == CodeNotFound }
