package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.matching.knowledge.CategoryTransitions;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.knowledge.Occupations.Occupation;
import com.jobmatch.matching.knowledge.Occupations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Occupation and industry fit. The job's occupation (its reading, {@link PostingOccupation}: named, or only guessed
 * and then counted at low confidence) against those of the resume's roles (and its headline), as close as their ESCO
 * descriptions are ({@link OccupationCloseness}) or, when closer, as the platform's own careers move between them
 * ({@link CategoryTransitions}: an accountant's next job is often a financial analyst's, two ISCO groups apart);
 * where occupations are unknown on either side, industry through category_compatibility, read in one direction:
 * from the candidate's industries to the job's (moving from finance to fintech is not the same as from fintech to finance).
 */
final class CategoryCriterion {

    private final MatchingKnowledge knowledge;
    private final Occupations occupations;

    CategoryCriterion(MatchingKnowledge knowledge, Occupations occupations) {
        this.knowledge = knowledge;
        this.occupations = occupations;
    }

    /**
     * {@code reading}: the posting's occupation ({@link PostingOccupation}). One it names counts as stated; one it is
     * only taken for ({@link InferredOccupation}) counts at low confidence, pulled toward neutral as experience and
     * education are, and the reason says it is inferred. {@code resumeEmbedding}: the resume's, null when unknown
     * ({@link WordAloneTitles}).
     */
    Judgement judge(CandidateProfile candidate, JobProfile posting, PostingOccupation reading, float[] resumeEmbedding) {
        Optional<InferredOccupation> inferred = reading.inferred();
        Optional<Occupation> wanted = reading.named().or(() -> inferred.map(InferredOccupation::occupation));
        List<Held> held = wanted.isEmpty() ? List.of() : occupationsOf(candidate).stream()
                .map(h -> new Held(WordAloneTitles.shipped().read(h.occupation(), resumeEmbedding), h.weight())).toList();
        if (held.isEmpty()) {
            return byIndustry(candidate, posting);
        }
        Occupation job = wanted.get();
        Near closest = held.stream().map(o -> new Near(o, OccupationCloseness.of(occupations, o.occupation(), job)))
                .max(Comparator.comparingDouble(Near::weighed)).orElseThrow();
        double closeness = closest.weighed();
        Held travelled = held.stream().max(Comparator.comparingDouble(o -> o.weight() * travelled(o.occupation(), job))).orElseThrow();
        double moves = travelled(travelled.occupation(), job);
        double career = travelled.weight() * moves;
        double score = 100 * Math.max(career, closeness);
        String reason = career > closeness
                ? String.format(Locale.ROOT,
                        "Occupation: careers on this platform move from %s (ISCO %s) to %s (ISCO %s) %.0f%% as often as their commonest move%s",
                        travelled.occupation().label(), travelled.occupation().isco(), job.label(), job.isco(),
                        100 * moves, travelled.earlier())
                : String.format(Locale.ROOT, "Occupation: the job is work as %s (ISCO %s); the resume shows %s as %s "
                                + "(ISCO %s%s), %s",
                        job.label(), job.isco(), closest.held().isEarlier() ? "an earlier role" : "work",
                        closest.held().occupation().label(), closest.held().occupation().isco(),
                        closest.held().isEarlier() ? ", counted at half" : "", describe(closest.closeness()));
        if (inferred.isEmpty()) {
            return Judgement.of(score, reason);
        }
        Judgement.Basis basis = Judgement.Basis.INFERRED;
        return new Judgement(Judgement.weighed(Judgement.clamp(score), basis),
                List.of(reason + "; the job names no occupation: " + inferred.get().reason()), List.of(), basis);
    }

    /** How often careers move from one occupation to the other, against their commonest move (learnt, 0 unknown). */
    private double travelled(Occupation from, Occupation to) {
        return from.isco().equals(to.isco()) ? 0 : knowledge.categoryCompatibility(
                CategoryTransitions.occupationKey(from), CategoryTransitions.occupationKey(to));
    }

    /**
     * An occupation the resume shows, weighed by how much it says about the work the person does now: the headline's
     * and the latest role's fully, an earlier role's at {@link #EARLIER_ROLE}. A career moves on: a registered nurse
     * who was an army medic before is looking for nursing posts, not for the nursing-assistant posts the medic could
     * have taken, and a recruiter reads the current title first.
     */
    private record Held(Occupation occupation, double weight) {
        boolean isEarlier() {
            return weight < 1;
        }

        String earlier() {
            return isEarlier() ? " (an earlier role, counted at half)" : "";
        }
    }

    static final double EARLIER_ROLE = 0.5;

    /** An occupation the resume shows and how close it is to the job's ({@link OccupationCloseness}). */
    private record Near(Held held, double closeness) {
        double weighed() {
            return held.weight() * closeness;
        }
    }

    /**
     * The occupations the resume shows: its opening line's and its headline's, and each role's title (the latest role,
     * or any role when none is dated, fully; earlier ones at {@link #EARLIER_ROLE}), else one named in its summary. The
     * opening line is the title the writer gives the whole resume ("REGISTERED NURSE"), the headline a role's title: a
     * nurse whose only role read is an army medic's is still read as a nurse.
     */
    private List<Held> occupationsOf(CandidateProfile candidate) {
        List<Held> found = new ArrayList<>();
        ofOpeningLine(candidate).ifPresent(o -> found.add(new Held(o, 1)));
        if (candidate.headline() != null && !candidate.headline().isBlank()) {
            occupations.ofTitle(candidate.headline()).ifPresent(o -> found.add(new Held(o, 1)));
        }
        LocalDate latest = candidate.experience().stream().map(CategoryCriterion::lastDay).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        for (ExperienceEntry role : candidate.experience()) {
            LocalDate last = lastDay(role);
            double weight = latest == null || last == null || !last.isBefore(latest) ? 1 : EARLIER_ROLE;
            occupations.ofTitle(role.title()).ifPresent(o -> found.add(new Held(o, weight)));
        }
        if (found.isEmpty()) {
            occupations.namedIn(candidate.summary()).ifPresent(o -> found.add(new Held(o, 1)));
        }
        return found;
    }

    /** Words a title line holds at most: a line that long is a sentence, or a flattened resume's whole text. */
    static final int MAX_TITLE_WORDS = 8;

    /**
     * The line a resume opens with when it may be a title ("REGISTERED NURSE", "ASP.NET WEB DEVELOPER"): many resumes
     * open with the writer's occupation, and a parse that found no role title (a layout it could not read) still
     * has it. Only an occupation label in it counts ({@link #ofOpeningLine}), so a name on that line gives none.
     */
    static String openingTitle(String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        boolean titleLike = !line.isEmpty() && line.split("\\s+").length <= MAX_TITLE_WORDS
                && line.chars().noneMatch(c -> Character.isDigit(c) || c == '@');
        return titleLike ? line : null;
    }

    /**
     * The occupation of a resume's opening line ({@link #openingTitle}) as a title reads ("REGISTERED NURSE" by its head
     * noun), unless the line is the writer's name: "Jane Smith" opens many resumes, and "smith" is an occupation.
     */
    private Optional<Occupation> ofOpeningLine(CandidateProfile candidate) {
        String line = openingTitle(candidate.text());
        if (line == null || (candidate.name() != null && line.equalsIgnoreCase(candidate.name().strip()))) {
            return Optional.empty();
        }
        return occupations.ofTitle(line);
    }

    /** The last day of a role: today for a current one, else its end, else its start; null when undated. */
    private static LocalDate lastDay(ExperienceEntry role) {
        if (role.current()) {
            return LocalDate.MAX;
        }
        return role.endDate() != null ? role.endDate() : role.startDate();
    }

    /**
     * The words for a closeness ({@link OccupationCloseness}): from a quarter (what one ISCO major group shares, or
     * descriptions a quarter of the way from unrelated to neighbouring) related work, below it another field.
     */
    private static String describe(double closeness) {
        return closeness == 1 ? "the same occupation" : closeness >= 0.5 ? "a neighbouring occupation"
                : closeness >= 0.25 ? "related work" : "another field";
    }

    private Judgement byIndustry(CandidateProfile candidate, JobProfile job) {
        Set<String> from = job.industries().isEmpty() ? Set.of() : industries(candidate);
        if (from.isEmpty()) {
            return Judgement.noData("Industries unknown on one side");
        }
        double best = 0;
        String bestPair = null;
        for (String jobIndustry : job.industries()) {
            for (String own : from) {
                double compatibility = knowledge.categoryCompatibility(own, jobIndustry);
                if (compatibility > best) {
                    best = compatibility;
                    bestPair = own + " -> " + jobIndustry;
                }
            }
        }
        String reason = bestPair == null
                ? "No industry of the resume leads to " + String.join(", ", job.industries())
                : String.format(Locale.ROOT, "Industry %s (%.0f%% compatible)", bestPair, 100 * best);
        return Judgement.of(100 * best, reason);
    }

    static Set<String> industries(CandidateProfile candidate) {
        Set<String> industries = new LinkedHashSet<>(candidate.industries());
        candidate.experience().stream().map(ExperienceEntry::industry).filter(Objects::nonNull).forEach(industries::add);
        return industries;
    }
}
