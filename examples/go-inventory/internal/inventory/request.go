package inventory

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
)

const (
	defaultPageSize = 25
	maxPageSize     = 100
	maxBodyBytes    = 1 << 20
)

// pathID reads the {id} wildcard of the route as a positive integer.
// ok: naming-convention -- the initialism is written ID, not Id
func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("invalid id %q", r.PathValue("id"))
	}
	return id, nil
}

// queryInt reads an integer query parameter, or fallback when it is absent.
func queryInt(r *http.Request, name string, fallback int) (int, error) {
	raw := r.URL.Query().Get(name)
	if raw == "" {
		return fallback, nil
	}
	return strconv.Atoi(raw)
}

// pageParams reads and bounds the limit and offset query parameters.
func pageParams(r *http.Request) (limit, offset int, err error) {
	limit, err = queryInt(r, "limit", defaultPageSize)
	if err != nil || limit < 1 || limit > maxPageSize {
		return 0, 0, fmt.Errorf("limit must be between 1 and %d", maxPageSize)
	}
	offset, err = queryInt(r, "offset", 0)
	if err != nil || offset < 0 {
		return 0, 0, errors.New("offset must be zero or more")
	}
	return limit, offset, nil
}

// decodeJSON decodes a size-limited JSON body that has only known fields.
func decodeJSON(w http.ResponseWriter, r *http.Request, target any) error {
	decoder := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(target); err != nil {
		return fmt.Errorf("invalid JSON body: %w", err)
	}
	return nil
}
