package com.jobmatch.ai.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data with placeholders before a prompt leaves the service and puts it back in the answer:
 * the person's known names, emails, phone numbers and street addresses become [NAME_1], [EMAIL_1], ...
 */
public final class PiiMasker {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{7,}\\d");
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b\\d{1,5}\\s+(?:[A-Z][\\w'-]*\\s){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl)\\b\\.?"
                    + "|\\b[A-Z][\\w'-]*(?:straße|strasse|weg|gasse|platz|allee)\\s+\\d{1,4}[a-z]?\\b");

    private final Map<String, String> originals = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    private final List<String> names;

    /** {@code names}: the names of the people the text is about (full name and its parts). */
    public PiiMasker(List<String> names) {
        this.names = names.stream().filter(name -> name != null && name.strip().length() > 1).map(String::strip)
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    public String mask(String text) {
        String masked = text;
        for (String name : names) {
            masked = replace(masked, Pattern.compile("\\b" + Pattern.quote(name) + "\\b"), "NAME");
        }
        masked = replace(masked, EMAIL, "EMAIL");
        masked = replace(masked, ADDRESS, "ADDRESS");
        return replace(masked, PHONE, "PHONE");
    }

    public String restore(String text) {
        String restored = text;
        for (Map.Entry<String, String> entry : originals.entrySet()) {
            restored = restored.replace(entry.getKey(), entry.getValue());
        }
        return restored;
    }

    private String replace(String text, Pattern pattern, String kind) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(placeholderFor(matcher.group(), kind)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String placeholderFor(String original, String kind) {
        for (Map.Entry<String, String> entry : originals.entrySet()) {
            if (entry.getValue().equals(original)) {
                return entry.getKey();
            }
        }
        String placeholder = "[" + kind + "_" + counters.merge(kind, 1, Integer::sum) + "]";
        originals.put(placeholder, original);
        return placeholder;
    }
}
