package inventory

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/lib/pq"
)

const itemColumns = "id, sku, name, reorder_level, updated_at"

// Store reads and writes inventory rows.
type Store struct {
	db *sql.DB
}

// NewStore returns a Store over an open database handle.
func NewStore(db *sql.DB) *Store {
	return &Store{db: db}
}

// scanItems reads every row of an item query.
func scanItems(rows *sql.Rows) ([]Item, error) {
	defer rows.Close()
	var items []Item
	for rows.Next() {
		var item Item
		if err := rows.Scan(&item.ID, &item.SKU, &item.Name, &item.ReorderLevel, &item.UpdatedAt); err != nil {
			return nil, err
		}
		items = append(items, item)
	}
	return items, rows.Err()
}

// Items returns one page of items ordered by SKU.
func (s *Store) Items(ctx context.Context, limit, offset int) ([]Item, error) {
	// ok: parameterized-sql -- built only from a constant; values are bound as $1 and $2
	rows, err := s.db.QueryContext(ctx, "SELECT "+itemColumns+" FROM items ORDER BY sku LIMIT $1 OFFSET $2", limit, offset)
	if err != nil {
		return nil, err
	}
	return scanItems(rows)
}

// Item returns one item by id.
func (s *Store) Item(ctx context.Context, id int64) (Item, error) {
	var item Item
	// ok: parameterized-sql -- $1 is a bound parameter
	row := s.db.QueryRowContext(ctx, "SELECT "+itemColumns+" FROM items WHERE id = $1", id)
	err := row.Scan(&item.ID, &item.SKU, &item.Name, &item.ReorderLevel, &item.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return Item{}, ErrNotFound
	}
	return item, err
}

// CreateItem inserts an item and returns it with its id.
func (s *Store) CreateItem(ctx context.Context, item Item) (Item, error) {
	row := s.db.QueryRowContext(ctx,
		"INSERT INTO items (sku, name, reorder_level) VALUES ($1, $2, $3) RETURNING id, updated_at",
		item.SKU, item.Name, item.ReorderLevel)
	err := row.Scan(&item.ID, &item.UpdatedAt)
	return item, err
}

// SearchItems returns the items whose name contains text.
func (s *Store) SearchItems(ctx context.Context, text string) ([]Item, error) {
	query := fmt.Sprintf("SELECT %s FROM items WHERE name ILIKE '%%%s%%' ORDER BY name", itemColumns, text)
	// breaks: parameterized-sql
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return scanItems(rows)
}

// StockLevels returns the stock of several items in every warehouse, keyed by item id.
func (s *Store) StockLevels(ctx context.Context, itemIDs []int64) (map[int64][]StockLevel, error) {
	// ok: no-query-in-loop -- one query with = ANY($1) for all the items
	rows, err := s.db.QueryContext(ctx,
		"SELECT item_id, warehouse_id, quantity FROM stock_levels WHERE item_id = ANY($1) ORDER BY warehouse_id",
		pq.Array(itemIDs))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	levels := make(map[int64][]StockLevel, len(itemIDs))
	for rows.Next() {
		var level StockLevel
		if err := rows.Scan(&level.ItemID, &level.WarehouseID, &level.Quantity); err != nil {
			return nil, err
		}
		levels[level.ItemID] = append(levels[level.ItemID], level)
	}
	return levels, rows.Err()
}

// LowStock returns the items at or below their reorder level, with the date of their last delivery.
func (s *Store) LowStock(ctx context.Context) ([]LowStockItem, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT i.id, i.sku, i.name, i.reorder_level, COALESCE(SUM(l.quantity), 0)
		FROM items i LEFT JOIN stock_levels l ON l.item_id = i.id
		GROUP BY i.id HAVING COALESCE(SUM(l.quantity), 0) <= i.reorder_level`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var low []LowStockItem
	for rows.Next() {
		var item LowStockItem
		if err := rows.Scan(&item.ID, &item.SKU, &item.Name, &item.ReorderLevel, &item.OnHand); err != nil {
			return nil, err
		}
		// breaks: no-query-in-loop
		row := s.db.QueryRowContext(ctx, "SELECT max(created_at) FROM stock_movements WHERE item_id = $1 AND quantity > 0", item.ID)
		if err := row.Scan(&item.LastRestocked); err != nil {
			return nil, err
		}
		low = append(low, item)
	}
	return low, rows.Err()
}

// RecordMovement stores a movement and applies it to an existing stock level, in one transaction.
func (s *Store) RecordMovement(ctx context.Context, m Movement) (Movement, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Movement{}, err
	}
	defer tx.Rollback() // a no-op once the transaction is committed
	result, err := tx.ExecContext(ctx,
		"UPDATE stock_levels SET quantity = quantity + $1 WHERE item_id = $2 AND warehouse_id = $3 AND quantity + $1 >= 0",
		m.Quantity, m.ItemID, m.WarehouseID)
	if err != nil {
		return Movement{}, err
	}
	changed, err := result.RowsAffected()
	if err != nil {
		return Movement{}, err
	}
	if changed == 0 {
		return Movement{}, ErrInsufficientStock
	}
	row := tx.QueryRowContext(ctx,
		"INSERT INTO stock_movements (item_id, warehouse_id, quantity, reason) VALUES ($1, $2, $3, $4) RETURNING id, created_at",
		m.ItemID, m.WarehouseID, m.Quantity, m.Reason)
	if err := row.Scan(&m.ID, &m.CreatedAt); err != nil {
		return Movement{}, err
	}
	return m, tx.Commit()
}
