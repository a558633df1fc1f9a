package com.jobmatch.matching.catalogue;

import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.SkillRequirement;
import com.jobmatch.contract.model.WorkArrangement;
import com.jobmatch.matching.enrichment.StatedFact;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One job with everything the catalogue knows about it, including its collar (with the reason) and its cluster; a
 * closed job says when and why (GONE_FROM_SOURCE, EXPIRED). {@code statedFacts} are what the posting's own words state
 * (employment type, work arrangement, pay, experience, education), each with the words and where they are;
 * {@code unreadSkills} the skills it lists that no taxonomy skill reads.
 */
public record JobView(UUID id, String externalId, String title, String company, String location, String description,
                      String url, String source, OffsetDateTime postedAt, OffsetDateTime discoveredAt,
                      List<String> employmentTypes, WorkArrangement workArrangement, String experienceLevel,
                      List<String> keySkills, List<String> keywords, List<String> benefits, SalaryRange salary,
                      List<String> industries, List<String> cities, Boolean visaSponsorship, CollarType collarType,
                      String collarReason, List<SkillRequirement> requiredSkills, List<SkillRequirement> preferredSkills,
                      UUID clusterId, boolean canonical, OffsetDateTime enrichedAt, OffsetDateTime validThrough,
                      OffsetDateTime closedAt, String closedReason, List<StatedFact> statedFacts,
                      List<String> unreadSkills) {

    static JobView of(Job j, JobProfile profile, boolean canonical) {
        return new JobView(j.id, j.externalId, j.title, j.company, j.location, j.description, j.url, j.source,
                j.postedAt, j.discoveredAt, j.employmentTypes, j.workArrangement, j.experienceLevel, j.keySkills,
                j.keywords, j.benefits, profile.salary(), j.industries, j.citiesDerived, j.visaSponsorship,
                j.collarType, j.collarReason, profile.requiredSkills(), profile.preferredSkills(), j.clusterId,
                canonical, j.enrichedAt, j.validThrough, j.closedAt, j.closedReason,
                j.statedFacts == null ? List.of() : j.statedFacts, profile.unreadSkills());
    }
}
