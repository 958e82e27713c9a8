-- The indicators of Appendix 4 (shared/spec/indicators.md), defined over
-- the tables `esep export --parquet DIR` writes: cases, complaints,
-- surveys, services (findings are not needed here).
--
-- ${from} and ${to} are the first and the last day of the period,
-- YYYY-MM-DD; the runner puts them in (Spark SQL does it itself after
-- `SET from=…; SET to=…;`). Written in the SQL that polars, Spark and
-- Trino share (a day as DATE('…'), the function: polars reads the
-- literal DATE '…' as a deprecated cast of a string, and warns for every
-- batch); tested with polars against `esep indicators`
-- (tests/testsuite/export.rs), run on Spark as docs/scale.md says.
--
-- One row per level ('republic' KZ, 'department' RRRR, 'office'
-- RRRR-DDD) × service ('all' or one) × month (NULL year and month: the
-- whole period), wherever there is an event, with the numerator nXY and the
-- denominator dXY of indicator X.Y and its value vXY: 100·n/d rounded half
-- away from zero to one decimal (by whole numbers of tenths, then ROUND to
-- one decimal only to drop the binary noise of the division), NULL where
-- d = 0.

WITH served AS (
  -- A case is served in the period when granted or refused and decided in it.
  -- Appendix 4 counts the standard's own services: identity documents, under
  -- the Rules of the formular, are counted apart.
  SELECT office, service, CAST(decided_at AS DATE) AS day, deadline,
         queue_arrived_at, queue_called_at, service_ended_at
  FROM cases
  WHERE service <> 'id-document'
    AND result IN ('granted', 'refused')
    AND decided_at IS NOT NULL
    AND CAST(decided_at AS DATE) >= DATE('${from}')
    AND CAST(decided_at AS DATE) <= DATE('${to}')
),
events AS (
  -- Each served case, justified complaint and survey counts 0 or 1 towards
  -- each numerator and denominator, in the month of its day.
  SELECT office, service, day,
    -- 1.1: decided on or before the deadline (the fifth working day after
    -- submission, item 7.1: judged by esep on its calendar); services
    -- without a deadline are not counted.
    CASE WHEN day <= deadline THEN 1 ELSE 0 END AS n11,
    CASE WHEN deadline IS NOT NULL THEN 1 ELSE 0 END AS d11,
    -- 1.2: called at most 15 minutes after arriving (item 7.2).
    CASE WHEN queue_called_at <= queue_arrived_at + INTERVAL '15 minutes' THEN 1 ELSE 0 END AS n12,
    CASE WHEN queue_arrived_at IS NOT NULL AND queue_called_at IS NOT NULL THEN 1 ELSE 0 END AS d12,
    -- 1.3: served in at most 15 minutes once called (item 7.3).
    CASE WHEN service_ended_at <= queue_called_at + INTERVAL '15 minutes' THEN 1 ELSE 0 END AS n13,
    CASE WHEN queue_called_at IS NOT NULL AND service_ended_at IS NOT NULL THEN 1 ELSE 0 END AS d13,
    0 AS n21, 0 AS d21, 0 AS n31, 0 AS d31,
    -- 4.1: every served case is a consumer served.
    0 AS n41, 1 AS d41,
    0 AS n51, 0 AS d51
  FROM served
  UNION ALL
  -- 4.1: a justified complaint received in the period; its service is that
  -- of the accepted case it names, if any (not an identity document's).
  SELECT c.office, s.service, CAST(c.received_at AS DATE) AS day,
    0 AS n11, 0 AS d11, 0 AS n12, 0 AS d12, 0 AS n13, 0 AS d13,
    0 AS n21, 0 AS d21, 0 AS n31, 0 AS d31,
    1 AS n41, 0 AS d41,
    0 AS n51, 0 AS d51
  FROM complaints c
  LEFT JOIN cases s ON c.case_id = s.case_id
  WHERE c.justified = TRUE
    AND (s.service IS NULL OR s.service <> 'id-document')
    AND CAST(c.received_at AS DATE) >= DATE('${from}')
    AND CAST(c.received_at AS DATE) <= DATE('${to}')
  UNION ALL
  -- 2.1, 3.1, 5.1: a survey of the period; `yes` or a score of 4 or 5 is
  -- satisfied. Surveys carry no service.
  SELECT office, CAST(NULL AS STRING) AS service, answered_on AS day,
    0 AS n11, 0 AS d11, 0 AS n12, 0 AS d12, 0 AS n13, 0 AS d13,
    CASE WHEN quality IN ('yes', '4', '5') THEN 1 ELSE 0 END AS n21,
    CASE WHEN quality IS NOT NULL THEN 1 ELSE 0 END AS d21,
    CASE WHEN information IN ('yes', '4', '5') THEN 1 ELSE 0 END AS n31,
    CASE WHEN information IS NOT NULL THEN 1 ELSE 0 END AS d31,
    0 AS n41, 0 AS d41,
    CASE WHEN politeness IN ('yes', '4', '5') THEN 1 ELSE 0 END AS n51,
    CASE WHEN politeness IS NOT NULL THEN 1 ELSE 0 END AS d51
  FROM surveys
  WHERE answered_on >= DATE('${from}')
    AND answered_on <= DATE('${to}')
),
finest AS (
  -- Summed per office, service and month first: every level below is
  -- rolled up from these few rows, never from the events again.
  SELECT office, service, year, month,
    SUM(n11) AS n11, SUM(d11) AS d11, SUM(n12) AS n12, SUM(d12) AS d12,
    SUM(n13) AS n13, SUM(d13) AS d13, SUM(n21) AS n21, SUM(d21) AS d21,
    SUM(n31) AS n31, SUM(d31) AS d31, SUM(n41) AS n41, SUM(d41) AS d41,
    SUM(n51) AS n51, SUM(d51) AS d51
  FROM (
    SELECT *, EXTRACT(YEAR FROM day) AS year, EXTRACT(MONTH FROM day) AS month
    FROM events
  ) dated
  GROUP BY office, service, year, month
),
keyed AS (
  -- At the three levels.
  SELECT 'republic' AS level, 'KZ' AS key, service, year, month,
    n11, d11, n12, d12, n13, d13, n21, d21, n31, d31, n41, d41, n51, d51
  FROM finest
  UNION ALL
  SELECT 'department' AS level, SUBSTR(office, 1, 4) AS key, service, year, month,
    n11, d11, n12, d12, n13, d13, n21, d21, n31, d31, n41, d41, n51, d51
  FROM finest
  UNION ALL
  SELECT 'office' AS level, office AS key, service, year, month,
    n11, d11, n12, d12, n13, d13, n21, d21, n31, d31, n41, d41, n51, d51
  FROM finest
),
rolled AS (
  -- All services and each, the whole period and each month.
  SELECT level, key, 'all' AS service,
    CAST(NULL AS INT) AS year, CAST(NULL AS INT) AS month,
    SUM(n11) AS n11, SUM(d11) AS d11, SUM(n12) AS n12, SUM(d12) AS d12,
    SUM(n13) AS n13, SUM(d13) AS d13, SUM(n21) AS n21, SUM(d21) AS d21,
    SUM(n31) AS n31, SUM(d31) AS d31, SUM(n41) AS n41, SUM(d41) AS d41,
    SUM(n51) AS n51, SUM(d51) AS d51
  FROM keyed
  GROUP BY level, key
  UNION ALL
  SELECT level, key, service, CAST(NULL AS INT) AS year, CAST(NULL AS INT) AS month,
    SUM(n11) AS n11, SUM(d11) AS d11, SUM(n12) AS n12, SUM(d12) AS d12,
    SUM(n13) AS n13, SUM(d13) AS d13, SUM(n21) AS n21, SUM(d21) AS d21,
    SUM(n31) AS n31, SUM(d31) AS d31, SUM(n41) AS n41, SUM(d41) AS d41,
    SUM(n51) AS n51, SUM(d51) AS d51
  FROM keyed
  WHERE service IS NOT NULL
  GROUP BY level, key, service
  UNION ALL
  SELECT level, key, 'all' AS service, CAST(year AS INT) AS year, CAST(month AS INT) AS month,
    SUM(n11) AS n11, SUM(d11) AS d11, SUM(n12) AS n12, SUM(d12) AS d12,
    SUM(n13) AS n13, SUM(d13) AS d13, SUM(n21) AS n21, SUM(d21) AS d21,
    SUM(n31) AS n31, SUM(d31) AS d31, SUM(n41) AS n41, SUM(d41) AS d41,
    SUM(n51) AS n51, SUM(d51) AS d51
  FROM keyed
  GROUP BY level, key, year, month
  UNION ALL
  SELECT level, key, service, CAST(year AS INT) AS year, CAST(month AS INT) AS month,
    SUM(n11) AS n11, SUM(d11) AS d11, SUM(n12) AS n12, SUM(d12) AS d12,
    SUM(n13) AS n13, SUM(d13) AS d13, SUM(n21) AS n21, SUM(d21) AS d21,
    SUM(n31) AS n31, SUM(d31) AS d31, SUM(n41) AS n41, SUM(d41) AS d41,
    SUM(n51) AS n51, SUM(d51) AS d51
  FROM keyed
  WHERE service IS NOT NULL
  GROUP BY level, key, service, year, month
),
electronic AS (
  -- 3.2 comes from the configuration: the standard's services marked
  -- electronic.
  SELECT 1 AS one,
    SUM(CASE WHEN electronic THEN 1 ELSE 0 END) AS marked,
    COUNT(*) AS services
  FROM services
  WHERE service <> 'id-document'
),
counted AS (
  SELECT r.level, r.key, r.service, r.year, r.month,
    r.n11, r.d11, r.n12, r.d12, r.n13, r.d13, r.n21, r.d21, r.n31, r.d31,
    CASE WHEN r.service = 'all' THEN e.marked WHEN s.electronic THEN 1 ELSE 0 END AS n32,
    CASE WHEN r.service = 'all' THEN e.services ELSE 1 END AS d32,
    r.n41, r.d41, r.n51, r.d51
  FROM (SELECT 1 AS one, * FROM rolled) r
  JOIN electronic e ON r.one = e.one
  LEFT JOIN services s ON r.service = s.service
)
SELECT *,
  CASE WHEN d11 > 0 THEN ROUND(FLOOR((2000.0 * n11 + d11) / (2.0 * d11)) / 10, 1) END AS v11,
  CASE WHEN d12 > 0 THEN ROUND(FLOOR((2000.0 * n12 + d12) / (2.0 * d12)) / 10, 1) END AS v12,
  CASE WHEN d13 > 0 THEN ROUND(FLOOR((2000.0 * n13 + d13) / (2.0 * d13)) / 10, 1) END AS v13,
  CASE WHEN d21 > 0 THEN ROUND(FLOOR((2000.0 * n21 + d21) / (2.0 * d21)) / 10, 1) END AS v21,
  CASE WHEN d31 > 0 THEN ROUND(FLOOR((2000.0 * n31 + d31) / (2.0 * d31)) / 10, 1) END AS v31,
  CASE WHEN d32 > 0 THEN ROUND(FLOOR((2000.0 * n32 + d32) / (2.0 * d32)) / 10, 1) END AS v32,
  CASE WHEN d41 > 0 THEN ROUND(FLOOR((2000.0 * n41 + d41) / (2.0 * d41)) / 10, 1) END AS v41,
  CASE WHEN d51 > 0 THEN ROUND(FLOOR((2000.0 * n51 + d51) / (2.0 * d51)) / 10, 1) END AS v51
FROM counted
ORDER BY level, key, service, year, month
