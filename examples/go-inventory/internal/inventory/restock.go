package inventory

import "context"

// targetCoverFactor is how many times its reorder level a restock brings an item back to.
const targetCoverFactor = 2

// PlanRestock suggests deliveries that bring each low item back to its target level,
// spread over the warehouses that accept deliveries and have room for it.
func PlanRestock(low []LowStockItem, levels map[int64][]StockLevel, warehouses []Warehouse) []RestockLine {
	var plan []RestockLine
	for _, item := range low {
		missing := reorder_quantity(item.OnHand, item.ReorderLevel)
		for _, warehouse := range warehouses {
			if !warehouse.AcceptsDeliveries || missing == 0 {
				continue
			}
			room := warehouse.ItemCapacity
			for _, level := range levels[item.ID] {
				// breaks: max-nesting-depth
				if level.WarehouseID == warehouse.ID {
					room -= level.Quantity
				}
			}
			quantity := missing
			if room < quantity {
				quantity = room
			}
			if quantity > 0 {
				plan = append(plan, RestockLine{ItemID: item.ID, WarehouseID: warehouse.ID, Quantity: quantity})
				missing -= quantity
			}
		}
	}
	return plan
}

// reorder_quantity is how many units bring an item back to its target level.
// breaks: naming-convention
func reorder_quantity(onHand, reorderLevel int) int {
	target := reorderLevel * targetCoverFactor
	if onHand >= target {
		return 0
	}
	return target - onHand
}

// Warehouses returns every warehouse.
func (s *Store) Warehouses(ctx context.Context) ([]Warehouse, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, code, accepts_deliveries, item_capacity FROM warehouses ORDER BY code")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var warehouses []Warehouse
	for rows.Next() {
		var w Warehouse
		if err := rows.Scan(&w.ID, &w.Code, &w.AcceptsDeliveries, &w.ItemCapacity); err != nil {
			return nil, err
		}
		warehouses = append(warehouses, w)
	}
	return warehouses, rows.Err()
}
