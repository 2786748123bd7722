package org.toolsmith.runtime.studio;

import io.vertx.ext.web.Router;
import org.toolsmith.runtime.Services;

/** CONTRACT (helper P implements): mounts its routes on the router. */
public final class StudioRoutes {
    private final Services services;

    public StudioRoutes(Services services) {
        this.services = services;
    }

    public void mount(Router router) {
    }
}
