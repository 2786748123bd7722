package org.toolsmith.runtime.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #PER_ACCOUNT} failed sign-ins for one login, or
 * {@link #PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts for that login
 * or from that address are refused (429) until the window has passed. A success clears the
 * login's count. Counts live in memory (a restart clears them) and are capped in number.
 */
public final class LoginThrottle {
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Window(Instant start, int count) {
    }

    /** Whether another attempt for {@code login} from {@code address} may be checked now. */
    public boolean allows(String login, String address) {
        return below(accountKey(login), PER_ACCOUNT) && below("ip:" + address, PER_ADDRESS);
    }

    public void failed(String login, String address) {
        if (failures.size() > MAX_KEYS) {
            Instant now = clock.instant();
            failures.values().removeIf(w -> w.start().plus(WINDOW).isBefore(now));
            if (failures.size() > MAX_KEYS) {
                failures.clear();
            }
        }
        bump(accountKey(login));
        bump("ip:" + address);
    }

    public void succeeded(String login) {
        failures.remove(accountKey(login));
    }

    /** Minutes until attempts are taken again, rounded up, for the message. */
    public long minutesLeft(String login, String address) {
        Instant now = clock.instant();
        long seconds = 0;
        for (String key : new String[] {accountKey(login), "ip:" + address}) {
            Window w = failures.get(key);
            if (w != null) {
                seconds = Math.max(seconds, Duration.between(now, w.start().plus(WINDOW)).toSeconds());
            }
        }
        return Math.max(1, (seconds + 59) / 60);
    }

    private boolean below(String key, int max) {
        Window w = failures.get(key);
        return w == null || w.start().plus(WINDOW).isBefore(clock.instant()) || w.count() < max;
    }

    private void bump(String key) {
        Instant now = clock.instant();
        failures.compute(key, (k, w) -> w == null || w.start().plus(WINDOW).isBefore(now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    }

    private static String accountKey(String login) {
        return "login:" + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }
}
