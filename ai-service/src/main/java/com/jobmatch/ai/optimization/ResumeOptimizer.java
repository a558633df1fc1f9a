package com.jobmatch.ai.optimization;

import com.jobmatch.ai.analysis.GroundingCheck;
import com.jobmatch.contract.api.OptimizationSuggestion;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.Skill;
import com.jobmatch.contract.model.SkillRequirement;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Suggestions that present what is already in a resume better for one job: list skills the roles already show,
 * start weak bullets with the action they describe, and put the skills section first when the job is
 * skills-heavy. Every suggestion passes a grounding check against the resume before it is offered.
 */
@ApplicationScoped
public class ResumeOptimizer {

    public static final String SURFACE_SKILL = "SURFACE_SKILL";
    public static final String REWRITE_BULLET = "REWRITE_BULLET";
    public static final String REORDER_SECTIONS = "REORDER_SECTIONS";

    /** Suggestions offered, the number the grounding check threw away, and whether a chat model worded any. */
    public record Outcome(List<OptimizationSuggestion> suggestions, int rejected, boolean usedLlm) {
    }

    /** The seeded "why" wording per suggestion type (optimization_templates). */
    public record Templates(Map<String, String> whyByType) {
        String why(String type, Map<String, String> values) {
            String text = whyByType.getOrDefault(type, "");
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", value.getValue());
            }
            return text;
        }
    }

    private static final Pattern WEAK_OPENER = Pattern.compile(
            "(?i)^(responsible for|duties included|worked on|helped( with)?|tasked with|in charge of|involved in)\\s+(\\p{L}+ing)\\b");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("leading", "led"), Map.entry("building", "built"), Map.entry("running", "ran"),
            Map.entry("writing", "wrote"), Map.entry("making", "made"), Map.entry("teaching", "taught"),
            Map.entry("selling", "sold"), Map.entry("buying", "bought"), Map.entry("keeping", "kept"),
            Map.entry("overseeing", "oversaw"), Map.entry("setting", "set"), Map.entry("cutting", "cut"),
            Map.entry("giving", "gave"), Map.entry("bringing", "brought"), Map.entry("drawing", "drew"),
            Map.entry("driving", "drove"), Map.entry("holding", "held"), Map.entry("meeting", "met"));
    private static final Pattern HEADING = Pattern.compile(
            "(?im)^\\s*(summary|profile|experience|work experience|professional experience|employment history|education|skills|technical skills|key skills|certifications)\\s*:?\\s*$");

    public Outcome suggest(CandidateProfile candidate, String resumeText, JobProfile job, Templates templates,
                           Set<String> enabledTypes, List<String> preferredOrder, int maxSuggestions) {
        String text = resumeTextOf(candidate, resumeText);
        List<OptimizationSuggestion> proposed = new ArrayList<>();
        if (enabledTypes.contains(SURFACE_SKILL)) {
            proposed.addAll(surfaceSkills(candidate, job, templates));
        }
        if (enabledTypes.contains(REWRITE_BULLET)) {
            proposed.addAll(rewriteBullets(candidate, templates));
        }
        if (enabledTypes.contains(REORDER_SECTIONS)) {
            proposed.addAll(reorderSections(text, job, templates, preferredOrder));
        }
        String source = sourceOf(candidate, text, job);
        List<String> skillNames = skillNames(job);
        List<OptimizationSuggestion> kept = new ArrayList<>();
        int rejected = 0;
        for (OptimizationSuggestion suggestion : proposed) {
            if (invents(suggestion, source, skillNames)) {
                rejected++;
            } else if (kept.size() < maxSuggestions) {
                kept.add(suggestion);
            }
        }
        return new Outcome(kept, rejected, false);
    }

    public static String resumeTextOf(CandidateProfile candidate, String resumeText) {
        return resumeText != null ? resumeText : candidate.text() == null ? "" : candidate.text();
    }

    /** True when the suggestion's new text states a skill, name, date or number the resume does not contain. */
    static boolean invents(OptimizationSuggestion suggestion, String resumeSource, List<String> skillNames) {
        return !GroundingCheck.unsupported(suggestion.after(), resumeSource, skillNames).isEmpty();
    }

    /** The job's skill names, the skills a suggestion must not add unless the resume states them. */
    public static List<String> skillNames(JobProfile job) {
        return allSkills(job).stream().map(SkillRequirement::name).filter(name -> name != null).toList();
    }

    /**
     * Everything the resume states: its text and the parsed profile. A skill counts as stated when a role's
     * parsed skill ids include it, so its name (from the job's requirement) joins the source.
     */
    public static String sourceOf(CandidateProfile candidate, String text, JobProfile job) {
        StringBuilder source = new StringBuilder(text).append('\n');
        append(source, candidate.name(), candidate.headline(), candidate.summary());
        candidate.skills().forEach(skill -> append(source, skill.name()));
        Set<String> usedIds = new LinkedHashSet<>();
        for (ExperienceEntry entry : candidate.experience()) {
            append(source, entry.title(), entry.company(), entry.industry(), entry.location(), entry.description(),
                    String.valueOf(entry.startDate()), String.valueOf(entry.endDate()));
            usedIds.addAll(entry.skillIds());
        }
        for (EducationEntry entry : candidate.education()) {
            append(source, entry.institution(), entry.degree(), entry.field());
        }
        for (SkillRequirement requirement : allSkills(job)) {
            if (requirement.skillId() != null && usedIds.contains(requirement.skillId())) {
                append(source, requirement.name());
            }
        }
        return source.toString();
    }

    private List<OptimizationSuggestion> surfaceSkills(CandidateProfile candidate, JobProfile job, Templates templates) {
        Set<String> listed = candidate.skills().stream()
                .flatMap(skill -> java.util.stream.Stream.of(skill.skillId(), lower(skill.name())))
                .filter(key -> key != null).collect(Collectors.toSet());
        List<String> current = candidate.skills().stream().map(Skill::name).filter(name -> name != null).toList();
        List<OptimizationSuggestion> suggestions = new ArrayList<>();
        List<String> after = new ArrayList<>(current);
        for (SkillRequirement requirement : allSkills(job)) {
            if (requirement.name() == null || listed.contains(requirement.skillId()) || listed.contains(lower(requirement.name()))) {
                continue;
            }
            for (ExperienceEntry entry : candidate.experience()) {
                boolean shown = (requirement.skillId() != null && entry.skillIds().contains(requirement.skillId()))
                        || (entry.description() != null && lower(entry.description()).contains(lower(requirement.name())));
                if (shown) {
                    after.add(requirement.name());
                    String employer = entry.company() == null ? "one of your roles" : entry.company();
                    suggestions.add(new OptimizationSuggestion("surface-" + slug(requirement.name()), SURFACE_SKILL,
                            "skills", "skills", String.join(", ", current), String.join(", ", after),
                            templates.why(SURFACE_SKILL, Map.of("skill", requirement.name(), "employer", employer))));
                    break;
                }
            }
        }
        return suggestions;
    }

    private List<OptimizationSuggestion> rewriteBullets(CandidateProfile candidate, Templates templates) {
        List<OptimizationSuggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < candidate.experience().size(); i++) {
            String description = candidate.experience().get(i).description();
            if (description == null) {
                continue;
            }
            String[] lines = description.split("\\R");
            for (int line = 0; line < lines.length; line++) {
                String bullet = lines[line].replaceFirst("^\\s*[-•*▪◦]\\s*", "").strip();
                Matcher weak = WEAK_OPENER.matcher(bullet);
                if (!weak.find()) {
                    continue;
                }
                String verb = pastTense(weak.group(3).toLowerCase(Locale.ROOT));
                String rewritten = Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + bullet.substring(weak.end());
                suggestions.add(new OptimizationSuggestion("rewrite-" + i + "-" + line, REWRITE_BULLET, "experience",
                        "work_experience[" + i + "].description", bullet, rewritten,
                        templates.why(REWRITE_BULLET, Map.of("opening", weak.group(1)))));
            }
        }
        return suggestions;
    }

    private List<OptimizationSuggestion> reorderSections(String text, JobProfile job, Templates templates,
                                                         List<String> preferredOrder) {
        List<String> headings = new ArrayList<>();
        Matcher matcher = HEADING.matcher(text);
        while (matcher.find()) {
            headings.add(matcher.group(1).strip());
        }
        int skills = indexOf(headings, "skills");
        if (skills <= 0 || job.requiredSkills().size() < 3) {
            return List.of();
        }
        List<String> reordered = new ArrayList<>(headings);
        String skillsHeading = reordered.remove(skills);
        int target = 0;
        for (int i = 0; i < reordered.size(); i++) {
            String lower = lower(reordered.get(i));
            if (lower.contains("summary") || lower.contains("profile")) {
                target = i + 1;
            }
        }
        if (!preferredOrder.isEmpty()) {
            reordered.add(skillsHeading);
            reordered.sort(java.util.Comparator.comparingInt(h -> rank(preferredOrder, h)));
        } else {
            reordered.add(target, skillsHeading);
        }
        if (reordered.equals(headings)) {
            return List.of();
        }
        int moved = reordered.indexOf(skillsHeading);
        String displaced = moved + 1 < reordered.size() ? reordered.get(moved + 1) : headings.getFirst();
        return List.of(new OptimizationSuggestion("reorder-sections", REORDER_SECTIONS, "layout", "sections",
                String.join(", ", headings), String.join(", ", reordered),
                templates.why(REORDER_SECTIONS, Map.of("count", String.valueOf(job.requiredSkills().size()),
                        "section", displaced))));
    }

    private static int rank(List<String> order, String heading) {
        String lower = lower(heading);
        for (int i = 0; i < order.size(); i++) {
            if (lower.contains(lower(order.get(i)))) {
                return i;
            }
        }
        return order.size();
    }

    private static int indexOf(List<String> headings, String word) {
        for (int i = 0; i < headings.size(); i++) {
            if (lower(headings.get(i)).contains(word)) {
                return i;
            }
        }
        return -1;
    }

    static String pastTense(String gerund) {
        String known = IRREGULAR.get(gerund);
        if (known != null) {
            return known;
        }
        return gerund.substring(0, gerund.length() - 3) + "ed";
    }

    private static List<SkillRequirement> allSkills(JobProfile job) {
        List<SkillRequirement> all = new ArrayList<>(job.requiredSkills());
        all.addAll(job.preferredSkills());
        return all;
    }

    private static void append(StringBuilder source, String... values) {
        for (String value : values) {
            if (value != null) {
                source.append(value).append('\n');
            }
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#+]+", "-");
    }
}
