package com.jobmatch.user.preferences;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.model.Location;

/** Checks of the contract's Location, which carries no constraints of its own. */
public final class Places {

    private Places() {
    }

    public static void check(String field, Location location) {
        if (location == null) {
            return;
        }
        if (isBlank(location.city()) && isBlank(location.country())) {
            throw ProblemException.invalidField(field, "needs at least a city or a country");
        }
        if (location.country() != null && !location.country().matches("[A-Z]{2}")) {
            throw ProblemException.invalidField(field + ".country", "must be an ISO 3166 alpha-2 code such as DE");
        }
        if (tooLong(location.city()) || tooLong(location.region())) {
            throw ProblemException.invalidField(field, "city and region must be at most 120 characters");
        }
        if ((location.latitude() == null) != (location.longitude() == null)) {
            throw ProblemException.invalidField(field, "latitude and longitude go together");
        }
        if (location.latitude() != null && Math.abs(location.latitude()) > 90) {
            throw ProblemException.invalidField(field + ".latitude", "must be between -90 and 90");
        }
        if (location.longitude() != null && Math.abs(location.longitude()) > 180) {
            throw ProblemException.invalidField(field + ".longitude", "must be between -180 and 180");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean tooLong(String value) {
        return value != null && value.length() > 120;
    }
}
