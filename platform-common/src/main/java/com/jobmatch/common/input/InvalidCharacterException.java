package com.jobmatch.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string with a character {@link TextRules} refuses; its path names the field. */
public class InvalidCharacterException extends MismatchedInputException {

    public InvalidCharacterException(JsonParser parser) {
        super(parser, TextRules.INVALID_CHARACTER_MESSAGE, parser.currentLocation());
    }
}
