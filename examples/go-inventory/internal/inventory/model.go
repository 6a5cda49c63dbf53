// Package inventory holds the inventory service: storage, HTTP handlers and reports.
package inventory

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// maxSKULength is the longest SKU the warehouse scanners accept.
const maxSKULength = 40

// ErrNotFound is returned when the row the caller asked for does not exist.
var ErrNotFound = errors.New("not found")

// ErrInsufficientStock is returned when a movement would take stock below zero.
var ErrInsufficientStock = errors.New("insufficient stock")

// Item is something we keep in stock.
type Item struct {
	ID           int64     `json:"id"`
	SKU          string    `json:"sku"`
	Name         string    `json:"name"`
	ReorderLevel int       `json:"reorderLevel"`
	UpdatedAt    time.Time `json:"updatedAt"`
}

// Warehouse is a place that holds stock.
type Warehouse struct {
	ID                int64  `json:"id"`
	Code              string `json:"code"`
	AcceptsDeliveries bool   `json:"acceptsDeliveries"`
	ItemCapacity      int    `json:"itemCapacity"` // units of any one item it can hold
}

// StockLevel is how many units of an item one warehouse holds.
type StockLevel struct {
	ItemID      int64 `json:"itemId"`
	WarehouseID int64 `json:"warehouseId"`
	Quantity    int   `json:"quantity"`
}

// Movement is a change of stock: positive for deliveries, negative for picks.
type Movement struct {
	ID          int64     `json:"id"`
	ItemID      int64     `json:"itemId"`
	WarehouseID int64     `json:"warehouseId"`
	Quantity    int       `json:"quantity"`
	Reason      string    `json:"reason"`
	CreatedAt   time.Time `json:"createdAt"`
}

// LowStockItem is an item at or below its reorder level.
type LowStockItem struct {
	Item
	OnHand        int          `json:"onHand"`
	LastRestocked sql.NullTime `json:"-"`
}

// RestockLine is a suggested delivery of one item to one warehouse.
type RestockLine struct {
	ItemID      int64 `json:"itemId"`
	WarehouseID int64 `json:"warehouseId"`
	Quantity    int   `json:"quantity"`
}

// Validate returns what is wrong with an item sent by a client, or "" when nothing is.
func (item Item) Validate() string {
	switch {
	case item.SKU == "" || len(item.SKU) > maxSKULength:
		return fmt.Sprintf("sku must have 1 to %d characters", maxSKULength)
	case strings.TrimSpace(item.Name) == "":
		return "name is required"
	case item.ReorderLevel < 0:
		return "reorderLevel cannot be negative"
	}
	return ""
}

// Validate returns what is wrong with a movement sent by a client, or "" when nothing is.
func (m Movement) Validate() string {
	switch {
	case m.ItemID <= 0 || m.WarehouseID <= 0:
		return "itemId and warehouseId are required"
	case m.Quantity == 0:
		return "quantity cannot be zero"
	case strings.TrimSpace(m.Reason) == "":
		return "reason is required"
	}
	return ""
}
