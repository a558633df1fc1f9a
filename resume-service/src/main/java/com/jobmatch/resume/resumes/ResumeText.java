package com.jobmatch.resume.resumes;

import com.jobmatch.resume.resumes.ResumeData.CertificationItem;
import com.jobmatch.resume.resumes.ResumeData.Education;
import com.jobmatch.resume.resumes.ResumeData.WorkExperience;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Plain text of structured resume data, for resumes that arrive structured (JSON Resume, legacy import). */
public final class ResumeText {

    private ResumeText() {
    }

    public static String of(ResumeData data) {
        List<String> lines = new ArrayList<>();
        add(lines, data.contactInfo().fullName());
        add(lines, data.contactInfo().email());
        add(lines, data.contactInfo().phone());
        if (data.summary() != null) {
            lines.add("");
            lines.add("Summary");
            lines.add(data.summary());
        }
        if (!data.workExperience().isEmpty()) {
            lines.add("");
            lines.add("Experience");
            for (WorkExperience role : data.workExperience()) {
                lines.add(join(" - ", role.position(), role.company()));
                add(lines, join(" - ", role.startDate(), Boolean.TRUE.equals(role.isCurrent()) ? "Present" : role.endDate()));
                add(lines, role.description());
                role.responsibilities().forEach(r -> lines.add("• " + r));
            }
        }
        if (!data.education().isEmpty()) {
            lines.add("");
            lines.add("Education");
            for (Education edu : data.education()) {
                lines.add(join(", ", edu.degree(), edu.fieldOfStudy(), edu.institution(), edu.graduationDate()));
            }
        }
        if (!data.certifications().isEmpty()) {
            lines.add("");
            lines.add("Certifications");
            for (CertificationItem cert : data.certifications()) {
                lines.add(join(", ", cert.name(), cert.issuer(), cert.dateObtained()));
            }
        }
        if (!data.skills().isEmpty()) {
            lines.add("");
            lines.add("Skills");
            lines.add(String.join(", ", data.skills()));
        }
        if (!data.languages().isEmpty()) {
            lines.add("");
            lines.add("Languages");
            data.languages().forEach(l -> lines.add(join(" - ", l.language(), l.fluency())));
        }
        return String.join("\n", lines).strip();
    }

    private static void add(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value);
        }
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, java.util.Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).toList());
    }
}
