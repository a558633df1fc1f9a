package com.jobmatch.matching.recruiting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reading the values of native query rows of the recruiter tables (the stores' shared conversions). */
public final class RowValues {

    private RowValues() {
    }

    /** A timestamptz as the driver hands it over (OffsetDateTime, Instant or a java.util.Date subclass). */
    public static OffsetDateTime time(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime o -> o;
            case Instant i -> i.atOffset(ZoneOffset.UTC);
            case java.util.Date d -> d.toInstant().atOffset(ZoneOffset.UTC);
            default -> OffsetDateTime.parse(value.toString());
        };
    }

    public static Instant instant(Object value) {
        OffsetDateTime time = time(value);
        return time == null ? null : time.toInstant();
    }

    public static List<UUID> uuids(Object array) {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array).map(v -> v instanceof UUID u ? u : UUID.fromString(v.toString())).toList();
    }

    public static List<String> strings(Object array) {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array).map(Object::toString).toList();
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
