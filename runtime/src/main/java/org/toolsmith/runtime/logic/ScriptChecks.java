package org.toolsmith.runtime.logic;

import java.util.ArrayList;
import java.util.List;
import org.toolsmith.sandbox.ScriptPool;
import org.toolsmith.sandbox.ScriptResult;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.SpecException;

/** Parses every script of a spec (runs none of them): a script that does not parse never reaches an app. */
final class ScriptChecks {
    private final ScriptPool pool;

    ScriptChecks(ScriptPool pool) {
        this.pool = pool;
    }

    void check(AppSpec spec) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < spec.rules().size(); i++) {
            check("rule", spec.rules().get(i).name(), spec.rules().get(i).script(), "$.rules[" + i + "].script", problems);
        }
        for (int i = 0; i < spec.computed().size(); i++) {
            check("computed field", spec.computed().get(i).label(), spec.computed().get(i).script(), "$.computed[" + i + "].script", problems);
        }
        for (int i = 0; i < spec.actions().size(); i++) {
            check("button", spec.actions().get(i).label(), spec.actions().get(i).script(), "$.actions[" + i + "].script", problems);
        }
        for (int i = 0; i < spec.automations().size(); i++) {
            check("automation", spec.automations().get(i).name(), spec.automations().get(i).script(),
                    "$.automations[" + i + "].script", problems);
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems);
        }
    }

    private void check(String what, String name, String script, String path, List<Problem> problems) {
        if (script == null || script.isBlank()) {
            return;
        }
        ScriptResult r = pool.check(script);
        if (!r.ok()) {
            problems.add(new Problem(path, "The " + what + " “" + name + "” has a script that does not parse: " + r.message()
                    + (r.line() == null ? "" : " (line " + r.line() + ")") + ". Fix it before saving."));
        }
    }
}
