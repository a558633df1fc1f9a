package com.jobmatch.common.input;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The JSON every service reads: strings checked for characters that cannot be stored, and nesting bounded
 * (no request of ours nests deeper than a handful of levels; a deep document only costs stack and time).
 */
@Singleton
public class JsonInputCustomizer implements ObjectMapperCustomizer {

    public static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
        mapper.registerModule(new SimpleModule("jobmatch-storable-strings")
                .addDeserializer(String.class, new StorableStringDeserializer()));
    }
}
