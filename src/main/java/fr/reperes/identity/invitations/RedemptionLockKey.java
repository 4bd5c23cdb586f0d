package fr.reperes.identity.invitations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What wrong invitation codes are counted against. Each key locks on its own, so that fresh identities from one
 * place, or many identities aiming at one account, cannot share the tries.
 */
public record RedemptionLockKey(Kind kind, String value) {

    /** What fits the lock_key column; a longer value (a forged forwarded header) is counted by its digest. */
    private static final int MAX_LENGTH = 255;

    public RedemptionLockKey {
        if (value.length() > MAX_LENGTH) {
            value = "sha256:" + digest(value);
        }
    }

    private static String digest(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    enum Kind {
        /** The OpenID Connect subject typing the code. */
        SUBJECT,
        /** The address the request came from (the client's, behind the TLS proxy: forwarded headers apply). */
        ADDRESS,
        /** The account an existing but unusable code (used, expired, revoked) points at. */
        TARGET
    }

    public static RedemptionLockKey subject(String subject) {
        return new RedemptionLockKey(Kind.SUBJECT, subject);
    }

    /**
     * The source address; an IPv6 address counts by its /64 network, since a single subscriber is usually given a
     * whole /64 and could otherwise draw a fresh address for every try.
     */
    public static RedemptionLockKey address(String address) {
        if (address == null || address.isBlank()) {
            return new RedemptionLockKey(Kind.ADDRESS, "unknown");
        }
        return new RedemptionLockKey(Kind.ADDRESS, ipv6Network(address.strip()));
    }

    private static String ipv6Network(String address) {
        // Only an IPv6 literal is parsed (no name lookup can happen); anything else is kept as it is.
        if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.]+")) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            byte[] bytes = parsed.getAddress();
            if (bytes.length != 16) {
                // An IPv4-mapped address (::ffff:192.0.2.1) counts as the IPv4 address it is.
                return parsed.getHostAddress();
            }
            HexFormat hex = HexFormat.of();
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(hex.toHexDigits(bytes[i]))
                        .append(hex.toHexDigits(bytes[i + 1]))
                        .append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }

    public static RedemptionLockKey target(long accountId) {
        return new RedemptionLockKey(Kind.TARGET, Long.toString(accountId));
    }
}
