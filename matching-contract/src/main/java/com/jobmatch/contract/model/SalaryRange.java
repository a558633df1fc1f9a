package com.jobmatch.contract.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/** {@code period} is YEAR, MONTH or HOUR; amounts are in {@code currency} (ISO 4217). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SalaryRange(BigDecimal min, BigDecimal max, String currency, String period) {
}
