package org.toolsmith.runtime.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server on loopback for tests (no library of the kind is available): EHLO/HELO,
 * AUTH PLAIN (when a user is required), MAIL, RCPT, DATA, RSET, NOOP, QUIT. Each queued
 * {@link #answerNextMailWith(String)} reply answers one MAIL command instead of 250 (e.g.
 * {@code "451 4.3.0 Try again later"}). Received messages and credentials are kept for assertions.
 */
public final class TinySmtpServer implements AutoCloseable {
    /** One message as received: envelope and the DATA text (headers and body). */
    public record Received(String from, List<String> to, String data) {
    }

    private final ServerSocket socket;
    private final String user;
    private final String password;
    private final ConcurrentLinkedQueue<String> mailAnswers = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> logins = new CopyOnWriteArrayList<>();

    /** {@code user} non-null: AUTH PLAIN is offered and required, with this password. */
    public TinySmtpServer(String user, String password) throws IOException {
        this.user = user;
        this.password = password;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("tiny-smtp").start(this::acceptAll);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public void answerNextMailWith(String reply) {
        mailAnswers.add(reply);
    }

    public List<Received> received() {
        return received;
    }

    /** "user:password" of each successful AUTH. */
    public List<String> logins() {
        return logins;
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = s.getOutputStream()) {
            send(out, "220 tiny.test ESMTP");
            boolean authed = user == null;
            String from = null;
            List<String> to = new CopyOnWriteArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    send(out, user == null ? "250-tiny.test\r\n250 8BITMIME" : "250-tiny.test\r\n250-AUTH PLAIN\r\n250 8BITMIME");
                } else if (upper.startsWith("HELO")) {
                    send(out, "250 tiny.test");
                } else if (upper.startsWith("AUTH PLAIN")) {
                    String arg = line.length() > 10 ? line.substring(10).strip() : "";
                    if (arg.isEmpty()) {
                        send(out, "334 ");
                        arg = in.readLine().strip();
                    }
                    String[] parts = new String(Base64.getDecoder().decode(arg), StandardCharsets.UTF_8).split("\0", -1);
                    if (parts.length == 3 && parts[1].equals(user) && parts[2].equals(password)) {
                        logins.add(parts[1] + ":" + parts[2]);
                        authed = true;
                        send(out, "235 2.7.0 Authentication successful");
                    } else {
                        send(out, "535 5.7.8 Authentication credentials invalid");
                    }
                } else if (upper.startsWith("MAIL FROM:")) {
                    String answer = mailAnswers.poll();
                    if (!authed) {
                        send(out, "530 5.7.0 Authentication required");
                    } else if (answer != null) {
                        send(out, answer);
                    } else {
                        from = line.substring(10).strip();
                        to.clear();
                        send(out, "250 2.1.0 Ok");
                    }
                } else if (upper.startsWith("RCPT TO:")) {
                    to.add(line.substring(8).strip());
                    send(out, "250 2.1.5 Ok");
                } else if (upper.equals("DATA")) {
                    send(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    String d;
                    while ((d = in.readLine()) != null && !d.equals(".")) {
                        data.append(d.startsWith("..") ? d.substring(1) : d).append('\n');
                    }
                    received.add(new Received(from, List.copyOf(to), data.toString()));
                    send(out, "250 2.0.0 Ok: queued");
                } else if (upper.equals("QUIT")) {
                    send(out, "221 2.0.0 Bye");
                    return;
                } else if (upper.startsWith("RSET") || upper.startsWith("NOOP")) {
                    send(out, "250 2.0.0 Ok");
                } else {
                    send(out, "502 5.5.2 Command not recognized");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
