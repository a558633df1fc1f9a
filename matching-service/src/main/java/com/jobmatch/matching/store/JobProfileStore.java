package com.jobmatch.matching.store;

import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.domain.Job;
import com.jobmatch.matching.domain.JobProfiles;
import com.jobmatch.matching.domain.JobSkill;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Catalogue jobs in the matching contract's shape, a whole batch in two queries. */
@ApplicationScoped
public class JobProfileStore {

    public Optional<JobProfile> find(UUID jobId) {
        return Optional.ofNullable(load(List.of(jobId)).get(jobId));
    }

    /** The profiles of the given jobs, in the given order; unknown ids are left out. */
    public Map<UUID, JobProfile> load(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = List.copyOf(jobIds);
        Map<UUID, Job> jobs = Job.<Job>list("id in ?1", ids).stream().collect(Collectors.toMap(j -> j.id, Function.identity()));
        Map<UUID, List<JobSkill>> skills = JobSkill.<JobSkill>list(
                        "from JobSkill s join fetch s.skill where s.jobId in ?1 order by s.importance desc, s.skill.slug", ids)
                .stream().collect(Collectors.groupingBy(s -> s.jobId));
        Map<UUID, JobProfile> ordered = new LinkedHashMap<>();
        for (UUID id : ids) {
            Job job = jobs.get(id);
            if (job != null) {
                ordered.put(id, JobProfiles.of(job, skills.getOrDefault(id, List.of())));
            }
        }
        return ordered;
    }
}
