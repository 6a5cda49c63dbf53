package inventory

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"
	"time"
)

// Every endpoint of the API was added to this file, which has grown past the
// 150-line standard; see examples/README.md.

// Handler serves the inventory HTTP API.
type Handler struct {
	store  *Store
	logger *log.Logger
}

// NewHandler returns a Handler over a store.
func NewHandler(store *Store, logger *log.Logger) *Handler {
	return &Handler{store: store, logger: logger}
}

// Routes returns the API's routes, with Go 1.22 method and wildcard patterns.
func (h *Handler) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", h.listItems)
	mux.HandleFunc("POST /items", h.createItem)
	mux.HandleFunc("GET /items/search", h.searchItems)
	mux.HandleFunc("GET /items/{id}", h.getItem)
	mux.HandleFunc("GET /stock/low", h.lowStock)
	mux.HandleFunc("POST /stock/movements", h.recordMovement)
	mux.HandleFunc("GET /stock/restock-plan", h.restockPlan)
	mux.HandleFunc("GET /reports/stock", h.stockReport)
	mux.HandleFunc("GET /healthz", h.health)
	return mux
}

func (h *Handler) listItems(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := pageParams(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	items, err := h.store.Items(r.Context(), limit, offset)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, items)
}

func (h *Handler) getItem(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	item, err := h.store.Item(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, item)
}

func (h *Handler) createItem(w http.ResponseWriter, r *http.Request) {
	var item Item
	if err := decodeJSON(w, r, &item); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if problem := item.Validate(); problem != "" {
		writeError(w, http.StatusUnprocessableEntity, problem)
		return
	}
	created, err := h.store.CreateItem(r.Context(), item)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, created)
}

func (h *Handler) searchItems(w http.ResponseWriter, r *http.Request) {
	text := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(text) < 2 {
		writeError(w, http.StatusBadRequest, "q must have at least 2 characters")
		return
	}
	items, err := h.store.SearchItems(r.Context(), text)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, items)
}

func (h *Handler) lowStock(w http.ResponseWriter, r *http.Request) {
	low, err := h.store.LowStock(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, low)
}

func (h *Handler) recordMovement(w http.ResponseWriter, r *http.Request) {
	var movement Movement
	if err := decodeJSON(w, r, &movement); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if problem := movement.Validate(); problem != "" {
		writeError(w, http.StatusUnprocessableEntity, problem)
		return
	}
	recorded, err := h.store.RecordMovement(r.Context(), movement)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, recorded)
}

func (h *Handler) restockPlan(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	low, err := h.store.LowStock(ctx)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	ids := make([]int64, 0, len(low))
	for _, item := range low {
		ids = append(ids, item.ID)
	}
	levels, err := h.store.StockLevels(ctx, ids)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	warehouses, err := h.store.Warehouses(ctx)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, PlanRestock(low, levels, warehouses))
}

func (h *Handler) stockReport(w http.ResponseWriter, r *http.Request) {
	days, err := queryInt(r, "days", defaultReportDays)
	if err != nil || days < 1 || days > 366 {
		writeError(w, http.StatusBadRequest, "days must be between 1 and 366")
		return
	}
	to := time.Now().UTC()
	from := to.AddDate(0, 0, -days)
	movements, err := h.store.Movements(r.Context(), from, to)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "private, max-age=300")
	writeJSON(w, http.StatusOK, SummarizeMovements(movements, from, to))
}

// fail maps a store error to a response; unexpected errors are logged, not shown to the client.
// (Code line 151 of this file: from here on, the file is past the limit.)
// breaks: max-file-lines
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case errors.Is(err, ErrInsufficientStock):
		writeError(w, http.StatusConflict, "not enough stock for this movement")
	case errors.Is(err, context.Canceled):
		return // the client went away; nobody is left to answer
	default:
		h.logger.Printf("%s %s: %v", r.Method, r.URL.Path, err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

func (h *Handler) health(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	// breaks: no-catch-all
	if err := json.NewEncoder(w).Encode(body); err != nil {
	}
}

func writeError(w http.ResponseWriter, status int, message string) {
	writeJSON(w, status, map[string]string{"error": message})
}
