/** The most urgent first (P1 before P4), as an ORDER BY term on work_orders `w`. */
export const PRIORITY_ORDER = `CASE w.priority WHEN 'P1' THEN 1 WHEN 'P2' THEN 2 WHEN 'P3' THEN 3 ELSE 4 END`;
