package org.toolsmith.runtime.people;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** The first start makes an admin, so that someone can sign in and add the others. */
public final class FirstAdmin {
    private FirstAdmin() {
    }

    /**
     * If nobody exists yet, creates the {@code admin} account with {@code password}, or with a
     * generated one that is printed once to {@code err} (never stored in clear, never logged again).
     */
    public static void ensure(Accounts accounts, String password, PrintStream err) {
        if (accounts.any()) {
            return;
        }
        String chosen = password;
        if (chosen == null) {
            chosen = Passwords.randomToken("").substring(0, 20);
        }
        accounts.create(new Accounts.NewUser(Authentication.ADMIN_LOGIN, "Administrator", null, chosen,
                Set.of(User.ADMIN, User.BUILDER, User.REVIEWER), List.of()));
        if (password == null) {
            err.println("toolsmith: created the account \"admin\" with the password " + chosen
                    + " (shown only this once; set TOOLSMITH_ADMIN_PASSWORD before the first start to choose it)");
        } else {
            err.println("toolsmith: created the account \"admin\" with the password from TOOLSMITH_ADMIN_PASSWORD");
        }
    }
}
