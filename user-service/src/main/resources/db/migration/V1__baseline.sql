-- Baseline; the service's tables follow in later migrations.
SELECT 1;
