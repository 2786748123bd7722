package org.toolsmith.runtime.screens;

import io.vertx.ext.web.Router;
import org.toolsmith.runtime.Services;

/** CONTRACT (helper P implements): mounts its routes on the router. */
public final class AppScreens {
    private final Services services;

    public AppScreens(Services services) {
        this.services = services;
    }

    public void mount(Router router) {
    }
}
