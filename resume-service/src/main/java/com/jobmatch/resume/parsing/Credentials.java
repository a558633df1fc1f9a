package com.jobmatch.resume.parsing;

import com.jobmatch.resume.resumes.ResumeData.CertificationItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certifications and licences: the items of a certifications section, and anywhere in the text the credentials
 * that hiring filters on and that people mention in passing ("Class A CDL", "forklift certified", "RN",
 * "OSHA 30", "Certified Public Accountant"), because flattened resumes often have no such section.
 */
final class Credentials {

    private static final Pattern BULLET = Pattern.compile("^\\s*[•●▪◦‣\\-*–·]\\s*");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    /** Licences and certifications named by a short, unambiguous form; matched with their case. */
    private static final Pattern NAMED = Pattern.compile(
            "(?:Class\\s+[ABC]\\s+)?\\bCDL\\b(?:[- ]Class\\s+[ABC])?|\\bOSHA[- ]?(?:10|30)\\b|\\bCPA\\b|\\bPMP\\b|\\bCNA\\b|\\bLPN\\b"
                    + "|\\bRN\\b(?=[,\\s)]|$)|\\bEMT(?:-[BP])?\\b|\\bCPR\\b|\\bBLS\\b|\\bACLS\\b|\\bPALS\\b|\\bServSafe\\b|\\bHACCP\\b"
                    + "|\\bCISSP\\b|\\bCISA\\b|\\bCCNA\\b|\\bCCNP\\b|\\bCompTIA\\s+\\w+\\+?|\\bITIL\\b|\\bCSM\\b|\\bCFA\\b|\\bSHRM-(?:CP|SCP)\\b"
                    + "|\\bSix Sigma(?:\\s+\\w+\\s+Belt)?|\\b(?:Lean\\s+)?Six Sigma|\\bHAZMAT\\b|\\bTWIC\\b|\\bNCLEX\\b|\\bAWS Certified[\\w -]{0,40}"
                    + "|(?i:forklift(?:\\s+(?:operator|driver))?\\s+(?:certified|certification|license|licensed))|(?i:certified\\s+forklift(?:\\s+operator)?)"
                    + "|(?i:first aid)(?:\\s+(?i:certified|certification))?|\\bCertified\\s+(?:[A-Z][\\w&-]*\\s+){0,4}[A-Z][\\w&-]*"
                    + "|\\b(?:[A-Z][\\w&-]*\\s+){1,4}(?:License|Licence|Certification|Certificate)\\b");

    private Credentials() {
    }

    static List<CertificationItem> find(List<String> sectionLines, String text) {
        Map<String, CertificationItem> found = new LinkedHashMap<>();
        for (String line : sectionLines) {
            String content = clean(BULLET.matcher(line).replaceFirst(""));
            if (content.isEmpty() || content.length() > 150) {
                continue;
            }
            Matcher year = YEAR.matcher(content);
            String[] parts = content.split("\\s+[|–—-]\\s+|,\\s+");
            String issuer = parts.length > 1 && !YEAR.matcher(parts[1]).find() ? clean(parts[1]) : null;
            found.putIfAbsent(key(parts[0]), new CertificationItem(clean(parts[0]), issuer, year.find() ? year.group(1) : null,
                    null, null, null));
        }
        Matcher m = NAMED.matcher(text == null ? "" : text);
        while (m.find()) {
            String name = clean(m.group());
            if (name.length() >= 2 && found.keySet().stream().noneMatch(k -> k.contains(key(name)))) {
                found.putIfAbsent(key(name), new CertificationItem(name, null, null, null, null, null));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").replaceAll("^[\\s,|:;–—-]+|[\\s,|:;–—-]+$", "").strip();
    }
}
