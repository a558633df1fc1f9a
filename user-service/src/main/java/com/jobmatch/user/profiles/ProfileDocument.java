package com.jobmatch.user.profiles;

import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.Location;
import com.jobmatch.user.preferences.Places;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** The profile as read and written by its owner (PUT replaces it whole; {@code updatedAt} is ignored on input). */
public record ProfileDocument(
        @Size(max = 200) String headline,
        @Size(max = 5000) String summary,
        @Min(0) @Max(70) Integer yearsOfExperience,
        EducationLevel educationLevel,
        CollarType collarType,
        Location location,
        @Pattern(regexp = "\\+?[0-9 ()./-]{5,32}", message = "must be a phone number of digits, spaces and + ( ) - . /") String phone,
        @Size(max = 10) List<@NotNull @Valid ProfileLink> links,
        Instant updatedAt) {

    void check() {
        Places.check("location", location);
    }

    void applyTo(UserProfile profile) {
        profile.headline = headline;
        profile.summary = summary;
        profile.yearsOfExperience = yearsOfExperience;
        profile.educationLevel = educationLevel;
        profile.collarType = collarType;
        profile.city = location == null ? null : location.city();
        profile.region = location == null ? null : location.region();
        profile.country = location == null ? null : location.country();
        profile.latitude = location == null ? null : location.latitude();
        profile.longitude = location == null ? null : location.longitude();
        profile.phone = phone;
        profile.links = links == null ? List.of() : List.copyOf(links);
    }

    static ProfileDocument of(UserProfile profile) {
        boolean hasLocation = profile.city != null || profile.country != null;
        return new ProfileDocument(profile.headline, profile.summary, profile.yearsOfExperience,
                profile.educationLevel, profile.collarType,
                hasLocation ? new Location(profile.city, profile.region, profile.country, profile.latitude, profile.longitude) : null,
                profile.phone, profile.links, profile.updatedAt);
    }
}
