package com.jobmatch.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/**
 * Every JSON string bound to a {@code String} (fields, list items, untyped map values) is checked by
 * {@link TextRules}; Jackson adds the JSON path to the exception, so the 400 names the field.
 */
public class StorableStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && TextRules.hasInvalidCharacter(value)) {
            throw new InvalidCharacterException(parser);
        }
        return value;
    }
}
