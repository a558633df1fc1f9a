package com.jobmatch.matching.catalogue;

import com.jobmatch.contract.model.CollarType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assigns every job a collar from words in its title, then its industries, then its skills; the first collar
 * whose vocabulary matches wins, in the order below (green and grey are checked before the broad blue and
 * pink lists, so "solar installer" is green and "lab technician" grey). White is the default for office and
 * professional work.
 */
public final class CollarClassifier {

    public record Collar(CollarType type, String reason) {
    }

    private static final Map<CollarType, Pattern> VOCABULARY = new LinkedHashMap<>();

    static {
        VOCABULARY.put(CollarType.GREEN, words("solar", "photovoltaic", "wind turbine", "renewable", "sustainability",
                "environmental", "recycling", "conservation", "climate", "ecolog\\w*", "energy efficiency", "forestry"));
        VOCABULARY.put(CollarType.GREY, words("lab(oratory)? technician", "it support", "help ?desk", "paramedic",
                "firefighter", "police", "radiologic\\w*", "sonographer", "dental hygienist", "field service",
                "technologist", "pharmacy technician", "network technician", "surgical technician"));
        VOCABULARY.put(CollarType.PINK, words("nurs(e|es|ing)", "caregiver", "care assistant", "care worker",
                "support worker", "teacher", "childcare",
                "nanny", "receptionist", "hairdresser", "social worker", "customer service", "cashier", "waiter",
                "waitress", "hospitality", "retail", "therapist", "home health", "secretary", "administrative assistant"));
        VOCABULARY.put(CollarType.BLUE, words("electrician", "plumber", "welder", "mechanic", "driver", "warehouse",
                "construction", "carpenter", "machine operator", "forklift", "assembler", "factory", "labou?rer",
                "technician", "installer", "maintenance", "truck", "logistics worker", "production worker", "cleaner",
                "janitor", "cook", "butcher", "mason", "roofer", "painter", "manufacturing"));
    }

    private CollarClassifier() {
    }

    public static Collar classify(String title, List<String> industries, List<String> skills) {
        return match("title", List.of(title == null ? "" : title))
                .or(() -> match("industry", industries))
                .or(() -> match("skill", skills))
                .orElse(new Collar(CollarType.WHITE,
                        "no blue, pink, grey or green signal in title, industries or skills: office/professional work"));
    }

    private static Optional<Collar> match(String where, List<String> texts) {
        for (Map.Entry<CollarType, Pattern> collar : VOCABULARY.entrySet()) {
            for (String text : texts) {
                Matcher m = collar.getValue().matcher(text.toLowerCase(Locale.ROOT));
                if (m.find()) {
                    return Optional.of(new Collar(collar.getKey(), where + " mentions '" + m.group() + "'"));
                }
            }
        }
        return Optional.empty();
    }

    private static Pattern words(String... terms) {
        return Pattern.compile("\\b(" + String.join("|", terms) + ")\\b");
    }
}
