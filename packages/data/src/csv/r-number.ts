/**
 * R's text for a double, as write.csv() writes it (formatReal with 15 significant digits and
 * scipen 0), as a DuckDB macro: the fewest significant digits, up to 15, that give the value;
 * fixed notation unless scientific is narrower ("1e+05", "1.2e-05"), and no ".0" on whole
 * numbers. It is what makes a dyad-year CSV byte-identical to peacesciencer's.
 */

/** `r_num(x)`: R's text for x, NULL for NULL. Created per connection (TEMP: a read-only store takes it). */
export const R_NUMBER_MACRO = `CREATE OR REPLACE TEMP MACRO r_num(x) AS CASE WHEN x IS NULL THEN NULL ELSE (
  WITH p AS (SELECT printf('%.14e', x) AS s),
  q AS (
    SELECT rtrim(replace(replace(split_part(s, 'e', 1), '-', ''), '.', ''), '0') AS m,
      split_part(s, 'e', 2)::INTEGER AS e, x < 0 AS neg FROM p),
  r AS (SELECT m, e, neg, greatest(length(m), 1) AS nsig, greatest(0, greatest(length(m), 1) - e - 1) AS rgt FROM q),
  w AS (
    SELECT *,
      (CASE WHEN e >= 0 THEN e + 1 ELSE 1 END) + (CASE WHEN rgt > 0 THEN rgt + 1 ELSE 0 END) AS fixed_width,
      (CASE WHEN nsig > 1 THEN nsig + 1 ELSE 1 END) + (CASE WHEN abs(e) >= 100 THEN 5 ELSE 4 END) AS sci_width
    FROM r)
  SELECT CASE WHEN fixed_width <= sci_width THEN printf('%.' || rgt || 'f', x)
    ELSE (CASE WHEN neg THEN '-' ELSE '' END) || substr(m, 1, 1)
      || (CASE WHEN nsig > 1 THEN '.' || substr(m, 2) ELSE '' END)
      || 'e' || (CASE WHEN e < 0 THEN '-' ELSE '+' END)
      || (CASE WHEN abs(e) < 10 THEN '0' ELSE '' END) || abs(e)::VARCHAR END
  FROM w) END`;
