package org.toolsmith.runtime.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void hashes_are_salted_pbkdf2_with_600000_iterations_and_verify_only_the_same_password() {
        String a = Passwords.hash("correct horse battery");
        String b = Passwords.hash("correct horse battery");
        assertNotEquals(a, b, "a salt per password");
        assertTrue(a.startsWith("pbkdf2-sha256$600000$"), a);
        assertTrue(Passwords.verify("correct horse battery", a));
        assertFalse(Passwords.verify("correct horse batterY", a));
        assertFalse(Passwords.verify("anything", null), "no stored hash: no match");
        assertFalse(Passwords.verify("anything", "md5$abc"), "an unknown scheme: no match");
    }

    @Test
    void tokens_are_random_and_stored_as_digests() {
        String t = Passwords.randomToken("tsm_");
        assertTrue(t.matches("tsm_[A-Za-z0-9_-]{43}"), t);
        assertNotEquals(t, Passwords.randomToken("tsm_"));
        assertEquals(64, Passwords.digest(t).length());
        assertFalse(Passwords.digest(t).contains(t.substring(4)));
    }

    @Test
    void the_throttle_opens_again_after_its_window() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertTrue(throttle.allows("ann", "10.0.0.1"));
            throttle.failed("ann", "10.0.0.1");
        }
        assertFalse(throttle.allows("ANN", "10.0.0.2"), "per login, whatever the address and case");
        assertTrue(throttle.allows("bo", "10.0.0.1"), "the address has room left");
        assertEquals(15, throttle.minutesLeft("ann", "10.0.0.2"));
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertTrue(throttle.allows("ann", "10.0.0.1"));
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertFalse(throttle.allows("someone-new", "10.0.0.9"), "per address, whatever the login");
        throttle.succeeded("ann");
        assertTrue(throttle.allows("ann", "10.0.0.1"));
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
