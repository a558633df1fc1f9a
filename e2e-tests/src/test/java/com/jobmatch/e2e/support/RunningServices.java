package com.jobmatch.e2e.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the four running services. They are started once for the whole test run (the root
 * store closes them at its end), so several journey classes share one boot of about a minute.
 */
public final class RunningServices implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ServiceProcesses.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(ServiceProcesses.class, key -> {
                    ServiceProcesses services = new ServiceProcesses();
                    try {
                        services.startAll();
                    } catch (RuntimeException e) {
                        services.close();
                        throw e;
                    }
                    return services;
                }, ServiceProcesses.class);
    }
}
