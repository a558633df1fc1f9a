package com.jobmatch.ai.analysis;

import com.jobmatch.contract.api.AnalysisFinding;
import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.Skill;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ATS readiness and quality of a resume from its parsed profile and plain text. Every point lost is a finding
 * with the concrete fix, so the score explains itself. ATS findings (sections, contact, dates, length) lower
 * both scores; writing findings (quantified achievements, action verbs, evidenced skills) only the overall one.
 */
@ApplicationScoped
public class ResumeAnalyzer {

    /** The numbers without their findings, for the caller to store. */
    public record Result(double overallScore, double atsScore, int wordCount, List<String> sectionsPresent,
                         List<String> sectionsMissing, List<AnalysisFinding> findings) {
    }

    private static final Map<String, Pattern> SECTION_HEADINGS = new LinkedHashMap<>();

    static {
        SECTION_HEADINGS.put("contact", Pattern.compile("(?im)^\\s*(contact|contact details|personal details)\\s*:?\\s*$"));
        SECTION_HEADINGS.put("summary", Pattern.compile("(?im)^\\s*(summary|profile|professional summary|objective|about me)\\s*:?\\s*$"));
        SECTION_HEADINGS.put("experience", Pattern.compile("(?im)^\\s*(experience|work experience|professional experience|employment( history)?|work history)\\s*:?\\s*$"));
        SECTION_HEADINGS.put("education", Pattern.compile("(?im)^\\s*(education|qualifications|academic background)\\s*:?\\s*$"));
        SECTION_HEADINGS.put("skills", Pattern.compile("(?im)^\\s*(skills|technical skills|key skills|core competencies|competencies)\\s*:?\\s*$"));
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{7,}\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern WEAK_OPENER = Pattern.compile(
            "(?i)^(responsible for|duties included|worked on|helped( with)?|tasked with|in charge of|involved in)\\b");
    private static final List<String> ACTION_VERBS = List.of(
            "led", "managed", "built", "developed", "designed", "implemented", "created", "delivered", "improved",
            "increased", "reduced", "launched", "owned", "drove", "coordinated", "analyzed", "analysed", "automated",
            "migrated", "mentored", "trained", "negotiated", "achieved", "established", "optimized", "optimised",
            "streamlined", "resolved", "organized", "organised", "planned", "supervised", "administered", "treated",
            "assessed", "monitored", "maintained", "prepared", "wrote", "presented", "sold", "supported",
            "configured", "deployed", "tested", "architected", "oversaw", "generated", "grew", "saved", "taught",
            "cared", "handled", "processed", "served", "introduced", "ran", "cut", "won", "shipped", "scaled");

    static final int MIN_WORDS = 250;
    static final int MAX_WORDS = 1100;

    public Result analyze(CandidateProfile candidate, String text) {
        String body = text == null ? "" : text;
        List<AnalysisFinding> findings = new ArrayList<>();
        double atsLost = 0;
        double writingLost = 0;

        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String section : SECTION_HEADINGS.keySet()) {
            (hasSection(section, candidate, body) ? present : missing).add(section);
        }
        for (String section : missing) {
            double points = section.equals("experience") ? 15 : 6;
            atsLost += points;
            findings.add(new AnalysisFinding("MISSING_SECTION_" + section.toUpperCase(Locale.ROOT),
                    section.equals("experience") ? "CRITICAL" : "WARNING",
                    "No " + section + " section was found.",
                    "Add a section headed \"" + capitalize(section) + "\" on its own line; ATS parsers look for standard headings.",
                    points));
        }
        if (!EMAIL.matcher(body).find()) {
            atsLost += 10;
            findings.add(new AnalysisFinding("NO_EMAIL", "CRITICAL", "No email address was found in the text.",
                    "Put your email address in plain text at the top (not in an image, header or footer).", 10));
        }
        if (!PHONE.matcher(body).find()) {
            atsLost += 4;
            findings.add(new AnalysisFinding("NO_PHONE", "WARNING", "No phone number was found in the text.",
                    "Add a phone number with country code next to your email.", 4));
        }
        long undated = candidate.experience().stream().filter(entry -> entry.startDate() == null).count();
        if (undated > 0) {
            double points = Math.min(9, 3 * undated);
            atsLost += points;
            findings.add(new AnalysisFinding("UNPARSEABLE_DATES", "WARNING",
                    undated + " of " + candidate.experience().size() + " roles have no start date that could be read.",
                    "Write dates as \"MM/YYYY - MM/YYYY\" or \"Jan 2020 - Mar 2023\" next to each role.", points));
        }
        int words = body.isBlank() ? 0 : body.strip().split("\\s+").length;
        if (words < MIN_WORDS) {
            atsLost += 8;
            findings.add(new AnalysisFinding("TOO_SHORT", "WARNING", "The resume has " + words + " words.",
                    "Describe each role with 3-5 bullets of what you did and achieved; aim for at least " + MIN_WORDS + " words.", 8));
        } else if (words > MAX_WORDS) {
            atsLost += 5;
            findings.add(new AnalysisFinding("TOO_LONG", "INFO", "The resume has " + words + " words (more than two pages).",
                    "Cut older or less relevant roles to one line each; keep it under " + MAX_WORDS + " words.", 5));
        }

        List<String> bullets = bullets(candidate, body);
        if (!bullets.isEmpty()) {
            long quantified = bullets.stream().filter(bullet -> NUMBER.matcher(bullet).find()).count();
            if (quantified * 100 < bullets.size() * 30L) {
                writingLost += 8;
                findings.add(new AnalysisFinding("FEW_QUANTIFIED_ACHIEVEMENTS", "WARNING",
                        quantified + " of " + bullets.size() + " bullets contain a number.",
                        "Add the scale or result where you know it (team size, budget, % improvement, patients per shift).", 8));
            }
            long weak = bullets.stream().filter(bullet -> WEAK_OPENER.matcher(bullet).find()).count();
            long active = bullets.stream().filter(ResumeAnalyzer::startsWithActionVerb).count();
            if (weak > 0 || active * 2 < bullets.size()) {
                double points = Math.min(8, 2 + 2 * weak);
                writingLost += points;
                findings.add(new AnalysisFinding("WEAK_BULLET_OPENINGS", "WARNING",
                        active + " of " + bullets.size() + " bullets start with an action verb; " + weak
                                + " start with phrases like \"Responsible for\".",
                        "Start each bullet with what you did: \"Led\", \"Built\", \"Reduced\" instead of \"Responsible for\".", points));
            }
        }
        List<String> unevidenced = unevidencedSkills(candidate);
        if (!unevidenced.isEmpty()) {
            double points = Math.min(6, unevidenced.size());
            writingLost += points;
            findings.add(new AnalysisFinding("SKILLS_NOT_EVIDENCED", "INFO",
                    "Listed but not shown in any role: " + String.join(", ", unevidenced) + ".",
                    "Mention in a role's bullets where you used each of these skills, or drop it from the list.", points));
        }

        double ats = Math.max(0, 100 - atsLost);
        double overall = Math.max(0, 100 - atsLost - writingLost);
        return new Result(overall, ats, words, present, missing, findings);
    }

    /** A bullet starting with an action verb ("Led ...", "Reduced ..."). */
    static boolean startsWithActionVerb(String bullet) {
        String first = bullet.strip().split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
        return ACTION_VERBS.contains(first);
    }

    private static boolean hasSection(String section, CandidateProfile candidate, String text) {
        if (SECTION_HEADINGS.get(section).matcher(text).find()) {
            return true;
        }
        return switch (section) {
            case "summary" -> candidate.summary() != null && !candidate.summary().isBlank();
            case "experience" -> !candidate.experience().isEmpty();
            case "education" -> !candidate.education().isEmpty();
            case "skills" -> !candidate.skills().isEmpty();
            default -> EMAIL.matcher(text).find() || PHONE.matcher(text).find();
        };
    }

    /** The bullet lines of the roles: each line of each role's description. */
    static List<String> bullets(CandidateProfile candidate, String text) {
        List<String> bullets = new ArrayList<>();
        for (ExperienceEntry entry : candidate.experience()) {
            if (entry.description() != null) {
                for (String line : entry.description().split("\\R")) {
                    String cleaned = line.replaceFirst("^\\s*[-•*▪◦]\\s*", "").strip();
                    if (!cleaned.isEmpty()) {
                        bullets.add(cleaned);
                    }
                }
            }
        }
        if (bullets.isEmpty()) {
            for (String line : text.split("\\R")) {
                if (line.matches("^\\s*[-•*▪◦]\\s+.*")) {
                    bullets.add(line.replaceFirst("^\\s*[-•*▪◦]\\s*", "").strip());
                }
            }
        }
        return bullets;
    }

    private static List<String> unevidencedSkills(CandidateProfile candidate) {
        StringBuilder roles = new StringBuilder();
        List<String> usedIds = new ArrayList<>();
        for (ExperienceEntry entry : candidate.experience()) {
            roles.append(' ').append(entry.title()).append(' ').append(entry.description());
            usedIds.addAll(entry.skillIds());
        }
        String rolesText = roles.toString().toLowerCase(Locale.ROOT);
        List<String> unevidenced = new ArrayList<>();
        for (Skill skill : candidate.skills()) {
            boolean byId = skill.skillId() != null && usedIds.contains(skill.skillId());
            boolean byName = skill.name() != null && rolesText.contains(skill.name().toLowerCase(Locale.ROOT));
            if (!byId && !byName && skill.name() != null) {
                unevidenced.add(skill.name());
            }
        }
        return unevidenced;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
