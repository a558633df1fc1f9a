package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.Weights;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** The six CAMSS weights of one collar and variant ("default" or an A/B variant). */
@Entity
@Table(name = "collar_weights_config", schema = "matching_metadata")
public class CollarWeightsConfig extends PanacheEntityBase {

    public static final String DEFAULT_VARIANT = "default";

    @Id
    @GeneratedValue
    public UUID id;

    /** Lower case in the table (seed 000). */
    @Column(name = "collar_type", nullable = false)
    public String collarType;

    @Column(nullable = false)
    public String variant;

    @Column(name = "weight_qualification", nullable = false)
    public BigDecimal qualification;

    @Column(name = "weight_experience", nullable = false)
    public BigDecimal experience;

    @Column(name = "weight_skills", nullable = false)
    public BigDecimal skills;

    @Column(name = "weight_location", nullable = false)
    public BigDecimal location;

    @Column(name = "weight_category", nullable = false)
    public BigDecimal category;

    @Column(name = "weight_personalization", nullable = false)
    public BigDecimal personalization;

    @Column(name = "is_active", nullable = false)
    public boolean active;

    public String description;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    public static String column(CollarType collar) {
        return collar.name().toLowerCase(Locale.ROOT);
    }

    public CollarType collar() {
        return CollarType.valueOf(collarType.toUpperCase(Locale.ROOT));
    }

    public Weights weights() {
        return new Weights(qualification.doubleValue(), experience.doubleValue(), skills.doubleValue(),
                location.doubleValue(), category.doubleValue(), personalization.doubleValue());
    }

    public void apply(Weights weights) {
        qualification = twoDecimals(weights.qualification());
        experience = twoDecimals(weights.experience());
        skills = twoDecimals(weights.skills());
        location = twoDecimals(weights.location());
        category = twoDecimals(weights.category());
        personalization = twoDecimals(weights.personalization());
    }

    private static BigDecimal twoDecimals(double weight) {
        return BigDecimal.valueOf(weight).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
