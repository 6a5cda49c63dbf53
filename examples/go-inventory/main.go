// Command go-inventory serves the inventory API: items, stock levels and stock movements.
package main

import (
	"context"
	"database/sql"
	"errors"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	_ "github.com/lib/pq"

	"example.com/plumbline-demo/go-inventory/internal/inventory"
)

// Fallback for local runs when DATABASE_URL is not set.
// breaks: no-hardcoded-secrets
const defaultDatabaseURL = "postgres://inventory:Vq7Rw2vLx9TnB4kd@localhost:5432/inventory?sslmode=disable"

// config is what the server needs to start.
type config struct {
	databaseURL string
	listenAddr  string
}

// loadConfig reads the configuration from environment variables.
func loadConfig() config {
	return config{
		databaseURL: envOr("DATABASE_URL", defaultDatabaseURL),
		listenAddr:  envOr("LISTEN_ADDR", ":8080"),
	}
}

// envOr returns the environment variable, or fallback when it is unset or empty.
func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

func main() {
	logger := log.New(os.Stderr, "inventory ", log.LstdFlags|log.Lmsgprefix)
	cfg := loadConfig()
	db, err := sql.Open("postgres", cfg.databaseURL)
	if err != nil {
		logger.Fatalf("open database: %v", err)
	}
	defer db.Close()
	db.SetMaxOpenConns(20)
	db.SetConnMaxIdleTime(5 * time.Minute)

	handler := inventory.NewHandler(inventory.NewStore(db), logger)
	server := &http.Server{
		Addr:              cfg.listenAddr,
		Handler:           handler.Routes(),
		ReadHeaderTimeout: 5 * time.Second,
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		logger.Printf("listening on %s", cfg.listenAddr)
		if err := server.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Fatalf("serve: %v", err)
		}
	}()
	<-ctx.Done()

	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// ok: no-catch-all -- the error is handled: logged with its cause
	if err := server.Shutdown(shutdownCtx); err != nil {
		logger.Printf("shutdown: %v", err)
	}
}
