package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.Certification;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.KnockOut;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.knowledge.Occupations.Occupation;
import com.jobmatch.matching.knowledge.Terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Education level against the job's minimum (met by everyone when the posting says no formal education is needed; when
 * the posting states no level, against what work of its occupation usually asks, see {@link UsualRequirements}, at half
 * the penalty), and the job's certifications, each weighted by its relevance in the certification catalogue. A
 * required licence or permit that the resume does not show is a knock-out.
 */
final class QualificationCriterion {

    static final double POINTS_PER_MISSING_LEVEL = 30;
    /** Below what such work usually asks (the posting states no level) costs half as much as below a stated level. */
    static final double POINTS_PER_MISSING_USUAL_LEVEL = POINTS_PER_MISSING_LEVEL / 2;
    private static final Pattern LICENCE = Pattern.compile("\\b(licen[cs]e[ds]?|permit|cdl|registered)\\b");

    private final MatchingKnowledge knowledge;

    QualificationCriterion(MatchingKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** {@code reading}: the posting's occupation, named or guessed ({@link PostingOccupation}). */
    Judgement judge(CandidateProfile candidate, JobProfile job, PostingOccupation reading) {
        List<Double> parts = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<KnockOut> knockOuts = new ArrayList<>();
        EducationLevel highest = candidate.education().stream().map(EducationEntry::level).filter(Objects::nonNull)
                .max(Enum::compareTo).orElse(null);
        EducationLevel stated = job.minimumEducation();
        Judgement.Basis educationBasis = Judgement.Basis.STATED;
        if (stated == EducationLevel.NONE) {
            // A posting that says no formal education is needed states a requirement every candidate meets; read as
            // unknown it sat at the neutral prior, below any degree a posting asks and the resume holds, so entry-level
            // jobs that say so ranked under jobs of a level the candidate never held.
            parts.add(100.0);
            reasons.add("Education: the job asks for no formal education, met");
        } else if (stated != null && highest != null) {
            int gap = stated.ordinal() - highest.ordinal();
            parts.add(Math.max(0, 100 - POINTS_PER_MISSING_LEVEL * Math.max(0, gap)));
            reasons.add("Education: %s against %s required%s".formatted(PlainWords.education(highest),
                    PlainWords.education(stated), gap <= 0 ? ", met"
                            : ", %d level%s short: %d points off".formatted(gap, gap == 1 ? "" : "s",
                                    Math.round(Math.min(100, POINTS_PER_MISSING_LEVEL * gap)))));
        } else if (stated == null && highest != null) {
            Optional<Occupation> named = reading.named();
            Optional<InferredOccupation> inferred = reading.inferred();
            // A posting that names no occupation is taken for the one it is guessed to be about, a guess that counts
            // at low confidence and near neutral.
            Optional<Occupation> occupation = named.or(() -> inferred.map(InferredOccupation::occupation));
            Optional<EducationLevel> typical = occupation.flatMap(UsualRequirements::education);
            if (typical.isPresent()) {
                educationBasis = named.isPresent() ? Judgement.Basis.USUAL : Judgement.Basis.INFERRED;
                int gap = typical.get().ordinal() - highest.ordinal();
                double score = Math.max(0, 100 - POINTS_PER_MISSING_USUAL_LEVEL * Math.max(0, gap));
                parts.add(Judgement.weighed(score, educationBasis));
                reasons.add(named.isPresent()
                        ? "Education: %s; the job states no level, and work as %s usually asks %s"
                                .formatted(PlainWords.education(highest), occupation.get().label(),
                                        PlainWords.education(typical.get())) + Judgement.ASSUMED
                        : "Education: %s; the job states no level and names no occupation; %s, which usually asks %s"
                                .formatted(PlainWords.education(highest), inferred.orElseThrow().reason(),
                                        PlainWords.education(typical.get())));
            }
        }
        if (!job.requiredCertifications().isEmpty()) {
            double earned = 0;
            double possible = 0;
            for (String required : job.requiredCertifications()) {
                double weight = knowledge.certificationWeight(required);
                possible += weight;
                if (holds(candidate, required)) {
                    earned += weight;
                } else if (LICENCE.matcher(Terms.normalize(required)).find()) {
                    knockOuts.add(new KnockOut("LICENCE", required, "no such licence in the resume"));
                }
            }
            if (!candidate.certifications().isEmpty() || earned > 0) {
                parts.add(possible == 0 ? 100 : 100 * earned / possible);
                reasons.add(String.format(Locale.ROOT, "Certifications: %.0f%% of the weighted requirements held",
                        100 * earned / possible));
            }
        }
        if (parts.isEmpty()) {
            return new Judgement(null, List.of("No education or certification requirement to compare"), knockOuts);
        }
        double score = parts.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new Judgement(Judgement.clamp(score), reasons, knockOuts,
                parts.size() == 1 ? educationBasis : Judgement.Basis.STATED);
    }

    static boolean holds(CandidateProfile candidate, String required) {
        var wantedWords = Terms.words(required);
        for (Certification held : candidate.certifications()) {
            String name = Terms.normalize(held.name());
            String wanted = Terms.normalize(required);
            if (name.contains(wanted) || wanted.contains(name) && !name.isEmpty()
                    || Terms.coverage(wantedWords, Terms.words(held.name())) >= 0.75) {
                return true;
            }
        }
        return false;
    }
}
