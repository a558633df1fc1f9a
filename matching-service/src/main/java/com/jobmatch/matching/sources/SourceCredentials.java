package com.jobmatch.matching.sources;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * A source's API key, looked up by the name its configuration gives ({@code api-key-env}). The environment is a config
 * source, so in production this reads the environment variable (a Kubernetes Secret); tests hand the value in as a
 * test-resource property of the same name. The value is never logged, stored or shown: runs say only whether it is set.
 */
@ApplicationScoped
public class SourceCredentials {

    public Optional<String> lookup(String variable) {
        return ConfigProvider.getConfig().getOptionalValue(variable, String.class).filter(v -> !v.isBlank()).map(String::strip);
    }
}
