package fr.reperes.platform;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The accounts of one start of the embedded MariaDB: the portal's own account, limited to its schema, and a root
 * password nobody is told. Both are new at every start, so a password seen once (in a process list, a heap dump)
 * opens nothing the next time.
 */
record EmbeddedMariaDbCredentials(String user, String password, String rootPassword) {

    static final String USER = "reperes";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedMariaDbCredentials generate() {
        return new EmbeddedMariaDbCredentials(USER, secret(), secret());
    }

    /** 24 random bytes, URL-safe Base64: letters, digits, '-' and '_', nothing to escape in SQL. */
    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedMariaDbCredentials[user=" + user + "]";
    }
}
