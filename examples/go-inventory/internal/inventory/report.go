package inventory

import (
	"context"
	"sort"
	"time"
)

const (
	// busiestItemCount is how many items the stock report lists as busiest.
	busiestItemCount = 10
	// defaultReportDays is the period of the stock report when the client gives none.
	defaultReportDays = 30
)

// ItemActivity is the movement totals of one item over a report period.
type ItemActivity struct {
	ItemID    int64 `json:"itemId"`
	Received  int   `json:"received"`
	Shipped   int   `json:"shipped"`
	Movements int   `json:"movements"`
}

// StockReport summarises the stock movements of a period.
type StockReport struct {
	From               time.Time      `json:"from"`
	To                 time.Time      `json:"to"`
	Movements          int            `json:"movements"`
	UnitsReceived      int            `json:"unitsReceived"`
	UnitsShipped       int            `json:"unitsShipped"`
	NetChange          int            `json:"netChange"`
	Adjustments        int            `json:"adjustments"`
	ItemsMoved         int            `json:"itemsMoved"`
	WarehousesInvolved int            `json:"warehousesInvolved"`
	AverageUnits       float64        `json:"averageUnitsPerMovement"`
	ByReason           map[string]int `json:"byReason"`
	ByWarehouse        map[int64]int  `json:"byWarehouse"`
	DailyNetChange     map[string]int `json:"dailyNetChange"`
	BusiestItems       []ItemActivity `json:"busiestItems"`
	LargestDelivery    *Movement      `json:"largestDelivery,omitempty"`
	LargestPick        *Movement      `json:"largestPick,omitempty"`
}

// Movements returns the stock movements in [from, to).
func (s *Store) Movements(ctx context.Context, from, to time.Time) ([]Movement, error) {
	rows, err := s.db.QueryContext(ctx,
		"SELECT id, item_id, warehouse_id, quantity, reason, created_at FROM stock_movements WHERE created_at >= $1 AND created_at < $2",
		from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var movements []Movement
	for rows.Next() {
		var m Movement
		if err := rows.Scan(&m.ID, &m.ItemID, &m.WarehouseID, &m.Quantity, &m.Reason, &m.CreatedAt); err != nil {
			return nil, err
		}
		movements = append(movements, m)
	}
	return movements, rows.Err()
}

// SummarizeMovements totals the movements of [from, to). It does all of its work in one
// body and has grown past the 50-line standard; see examples/README.md.
// breaks: max-function-lines
func SummarizeMovements(movements []Movement, from, to time.Time) StockReport {
	report := StockReport{
		From:           from,
		To:             to,
		Movements:      len(movements),
		ByReason:       make(map[string]int),
		ByWarehouse:    make(map[int64]int),
		DailyNetChange: make(map[string]int),
	}
	activity := make(map[int64]*ItemActivity)

	for i := range movements {
		m := &movements[i]
		report.ByReason[m.Reason]++
		report.ByWarehouse[m.WarehouseID] += m.Quantity
		report.DailyNetChange[m.CreatedAt.Format(time.DateOnly)] += m.Quantity
		report.NetChange += m.Quantity
		if m.Reason == "adjustment" {
			report.Adjustments++
		}

		item, ok := activity[m.ItemID]
		if !ok {
			item = &ItemActivity{ItemID: m.ItemID}
			activity[m.ItemID] = item
		}
		item.Movements++

		if m.Quantity > 0 {
			report.UnitsReceived += m.Quantity
			item.Received += m.Quantity
		} else {
			report.UnitsShipped -= m.Quantity
			item.Shipped -= m.Quantity
		}

		if m.Quantity > 0 && (report.LargestDelivery == nil || m.Quantity > report.LargestDelivery.Quantity) {
			report.LargestDelivery = m
		}
		if m.Quantity < 0 && (report.LargestPick == nil || m.Quantity < report.LargestPick.Quantity) {
			report.LargestPick = m
		}
	}

	busiest := make([]ItemActivity, 0, len(activity))
	for _, item := range activity {
		busiest = append(busiest, *item)
	}
	sort.Slice(busiest, func(a, b int) bool {
		if busiest[a].Movements != busiest[b].Movements {
			return busiest[a].Movements > busiest[b].Movements
		}
		return busiest[a].ItemID < busiest[b].ItemID
	})
	if len(busiest) > busiestItemCount {
		busiest = busiest[:busiestItemCount]
	}
	report.BusiestItems = busiest
	report.ItemsMoved = len(activity)
	report.WarehousesInvolved = len(report.ByWarehouse)
	if report.Movements > 0 {
		report.AverageUnits = float64(report.UnitsReceived+report.UnitsShipped) / float64(report.Movements)
	}

	return report
}
