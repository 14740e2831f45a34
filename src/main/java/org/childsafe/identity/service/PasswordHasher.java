package org.childsafe.identity.service;

import org.childsafe.kernel.Text;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id password hashes (password4j): memory-hard, salted, parameters stored in the hash so they
 * can be raised later without breaking existing passwords. Parameters: 19 MiB, 2 passes, 1 lane
 * (the OWASP minimum recommendation for Argon2id).
 */
@Singleton
public class PasswordHasher {

    public static final int MIN_LENGTH = 10;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    private volatile String decoy;

    /** A hash of a random password, checked against when there is no account, so refusals take as long. */
    public String decoy() {
        String d = decoy;
        if (d == null) {
            d = hash(java.util.UUID.randomUUID().toString());
            decoy = d;
        }
        return d;
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /**
     * The least estimated entropy (bits) of an acceptable password, by nbvcxz's estimator: it knows common
     * passwords, English words, names, keyboard patterns, repeats, sequences and dates.
     */
    public static final double MIN_ENTROPY = 35;

    /** One estimator for the process: loading its dictionaries takes a moment; estimating is thread-safe. */
    private static final class Estimator {
        static final me.gosimple.nbvcxz.Nbvcxz INSTANCE = new me.gosimple.nbvcxz.Nbvcxz();
    }

    /** A problem with a new password, or null when it is acceptable. */
    public static Text problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Text.of("error.password.short", MIN_LENGTH);
        }
        if (password.length() > 200) {
            return Text.of("error.password.long", 200);
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Text.of("error.password.username");
        }
        if (guessable(password, username)) {
            return Text.of("error.password.weak");
        }
        return null;
    }

    /** Too easy to guess: low estimated entropy, or built around the username or the name of the application. */
    static boolean guessable(String password, String username) {
        String lower = password.toLowerCase(java.util.Locale.ROOT);
        String rest = lower;
        for (String own : new String[]{username, "childsafe"}) {
            if (own != null && own.length() >= 3) {
                rest = rest.replace(own.toLowerCase(java.util.Locale.ROOT), "");
            }
        }
        if (rest.length() < MIN_LENGTH / 2) {
            return true;
        }
        return Estimator.INSTANCE.estimate(password).getEntropy() < MIN_ENTROPY;
    }
}
