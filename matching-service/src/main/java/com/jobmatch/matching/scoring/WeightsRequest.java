package com.jobmatch.matching.scoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Six CAMSS weights, each in [0, 1] with at most two decimals; together they must sum to exactly 1.00. */
public record WeightsRequest(@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2) BigDecimal qualification,
                             @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2) BigDecimal experience,
                             @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2) BigDecimal skills,
                             @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2) BigDecimal location,
                             @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2) BigDecimal category,
                             @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 2) BigDecimal personalization,
                             Boolean active, @Size(max = 500) String description) {

    public BigDecimal sum() {
        return qualification.add(experience).add(skills).add(location).add(category).add(personalization);
    }
}
