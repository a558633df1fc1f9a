package com.jobmatch.user.preferences;

import com.jobmatch.contract.model.CandidatePreferences;
import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.PreferredLocation;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.UnknownJobData;
import com.jobmatch.contract.model.WorkArrangement;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Job-search preferences: the hard filters and preference-fit inputs of matching, plus notification settings. */
@Entity
@Table(name = "user_preferences")
public class UserPreferences extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public UUID userId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> desiredTitles = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> industries = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PreferredLocation> locations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Set<WorkArrangement> workArrangements = new HashSet<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Set<EmploymentType> employmentTypes = new HashSet<>();

    public BigDecimal salaryMin;

    public BigDecimal salaryMax;

    public String salaryCurrency;

    public String salaryPeriod;

    public boolean willingToRelocate;

    public boolean needsVisaSponsorship;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> skillsToUse = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> skillsToAvoid = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> excludedCompanies = new ArrayList<>();

    public Integer minMatchScore;

    public boolean notifyByEmail = true;

    @Enumerated(EnumType.STRING)
    public NotificationFrequency notificationFrequency = NotificationFrequency.WEEKLY;

    /** What the hard filters do with a job that does not state a filtered field. */
    @Enumerated(EnumType.STRING)
    public UnknownJobData unknownJobData = UnknownJobData.RANK_BELOW;

    @Generated
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    public Instant updatedAt;

    public SalaryRange salary() {
        if (salaryMin == null && salaryMax == null) {
            return null;
        }
        return new SalaryRange(salaryMin, salaryMax, salaryCurrency, salaryPeriod);
    }

    /** The shape matching-service reads. */
    public CandidatePreferences toContract() {
        return new CandidatePreferences(userId, desiredTitles, industries, locations, workArrangements,
                employmentTypes, salary(), willingToRelocate, needsVisaSponsorship, skillsToUse, skillsToAvoid,
                excludedCompanies, minMatchScore, unknownJobData);
    }

    /** Preferences of someone who has saved none yet: no filters. */
    public static UserPreferences defaultsFor(UUID userId) {
        UserPreferences preferences = new UserPreferences();
        preferences.userId = userId;
        return preferences;
    }
}
