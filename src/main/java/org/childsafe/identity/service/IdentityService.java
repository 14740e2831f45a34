package org.childsafe.identity.service;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.audit.service.SecurityLog;
import org.childsafe.identity.persistence.AccountStore;
import org.childsafe.kernel.OrganisationStatusChanged;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.persistence.UserRepository;
import org.childsafe.identity.persistence.UserRow;
import org.childsafe.kernel.ConflictException;
import org.childsafe.kernel.ForbiddenException;
import org.childsafe.kernel.InvalidInputException;
import org.childsafe.kernel.NotFoundException;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.Text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Accounts: sign-in (UI and API), users and their organisations, passwords. */
@Singleton
public class IdentityService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** Verified API credentials are remembered briefly so HTTP Basic does not pay Argon2 on every call. */
    private static final Duration CREDENTIAL_CACHE = Duration.ofMinutes(2);

    /** At most this many remembered API credentials per instance (bounded memory). */
    private static final int CREDENTIAL_CACHE_SIZE = 1000;

    private final UserRepository users;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final SecurityLog security;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final boolean demoEnabled;
    private final Map<String, CachedCredential> verified = new ConcurrentHashMap<>();

    /** A remembered credential: valid only while the stored password hash is the one it was checked against. */
    private record CachedCredential(String digest, String passwordHash, Instant until) {
    }

    public IdentityService(UserRepository users, AccountStore accounts, PasswordHasher hasher, AuditLog audit,
                           SecurityLog security, SignInThrottle throttle, Clock clock,
                           @Value("${app.demo:false}") boolean demoEnabled) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.security = security;
        this.throttle = throttle;
        this.clock = clock;
        this.demoEnabled = demoEnabled;
    }

    /** Where a sign-in comes from, as recorded with security events. */
    public static final String UI = "ui";
    public static final String API = "api";

    /** A user as shown to administrators. */
    public record User(long id, String username, String displayName, Role role, String language, boolean active,
                       Set<Long> organisationIds) {
    }

    /** What an administrator types to create or change a user; password only on creation or reset. */
    public record UserForm(String username, String displayName, String password, String role, String language,
                           List<Long> organisationIds) {
    }

    /**
     * Checks a username and password from the UI. Refuses (without checking the password) while the
     * username or address is blocked after repeated failures.
     */
    public Actor authenticate(String username, String password, String address) {
        return authenticate(username, password, address, UI);
    }

    /**
     * Checks a username and password. Refuses (without checking the password) while the username or
     * address is blocked after repeated failures; demo accounts only while {@code app.demo} is on. Not one
     * transaction: the failure count and the security event must stay when the sign-in is refused.
     */
    public Actor authenticate(String username, String password, String address, String channel) {
        String name = org.childsafe.identity.domain.LoginThrottle.normal(username);
        String where = address == null ? null : address.length() > 100 ? address.substring(0, 100) : address;
        throttle.blockedUntil(name, where).ifPresent(until -> {
            throw new AuthenticationFailure(AuthenticationFailure.Reason.LOCKED, until);
        });
        UserRow row = signInAccount(name);
        boolean ok;
        boolean remembered = false;
        String digest = digest(name, password);
        CachedCredential cached = verified.get(name);
        if (row != null && cached != null && cached.digest().equals(digest)
                && cached.passwordHash().equals(row.passwordHash()) && clock.instant().isBefore(cached.until())) {
            ok = true;
            remembered = true;
        } else if (row != null) {
            ok = hasher.matches(password, row.passwordHash());
        } else {
            // pay the same Argon2 cost for an unknown or inactive username, so timing does not tell which exist
            hasher.matches(password, hasher.decoy());
            ok = false;
        }
        if (!ok) {
            verified.remove(name);
            java.util.Optional<SignInThrottle.Block> block = throttle.failed(name, where);
            security.signInFailed(row == null ? "unknown" : name, channel, where,
                    block.map(SignInThrottle.Block::until).orElse(null),
                    block.map(b -> b.scope().name().toLowerCase(Locale.ROOT)).orElse(null));
            throw new AuthenticationFailure(AuthenticationFailure.Reason.BAD_CREDENTIALS, null);
        }
        throttle.succeeded(name, where);
        if (!remembered && verified.size() >= CREDENTIAL_CACHE_SIZE) {
            verified.clear();
        }
        verified.put(name, new CachedCredential(digest, row.passwordHash(), clock.instant().plus(CREDENTIAL_CACHE)));
        Actor actor = actor(row.id()).orElseThrow(() ->
                new AuthenticationFailure(AuthenticationFailure.Reason.BAD_CREDENTIALS, null));
        if (UI.equals(channel) || !remembered) {
            security.signedIn(actor, channel, where);
        }
        return actor;
    }

    /** The account that may sign in with this name: active, and a demo account only while the demo is on. */
    @Transactional(readOnly = true)
    UserRow signInAccount(String name) {
        return users.findByUsername(name).filter(UserRow::active)
                .filter(r -> demoEnabled || !accounts.demo(r.id())).orElse(null);
    }

    /** The current actor for a signed-in username (active users only). */
    @Transactional(readOnly = true)
    public java.util.Optional<Actor> actor(String username) {
        return users.findByUsername(username).filter(UserRow::active)
                .filter(r -> demoEnabled || !accounts.demo(r.id())).map(this::toActor);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Actor> actor(long userId) {
        return users.findById(userId).filter(UserRow::active)
                .filter(r -> demoEnabled || !accounts.demo(r.id())).map(this::toActor);
    }

    /**
     * The session version of an account that may still be signed in (active; demo accounts only while the
     * demo is on): one primary-key read. A UI session whose version differs has ended.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> sessionVersion(long userId) {
        return accounts.sessionVersion(userId, demoEnabled);
    }

    /** The person signed out of the UI. */
    public void signedOut(Actor actor) {
        security.signedOut(actor);
    }

    /** An organisation was deactivated or activated: its people start again with what they may now do. */
    @EventListener
    public void on(OrganisationStatusChanged change) {
        accounts.endSessionsOfOrganisation(change.organisationId());
    }

    /** How many demo accounts (published password) are active. */
    @Transactional(readOnly = true)
    public long countDemoAccounts() {
        return accounts.countActiveDemo();
    }

    /**
     * Creates a demo account ({@code app.demo} seeding only): the published demo password is exempt from
     * the strength check, and the account is marked so that it cannot sign in once the demo is off.
     */
    @Transactional
    public User createDemo(UserForm form) {
        Valid v = validate(form, true, null, false);
        if (form.password() == null || form.password().length() < PasswordHasher.MIN_LENGTH) {
            throw InvalidInputException.field("password", "error.password.short", PasswordHasher.MIN_LENGTH);
        }
        UserRow row = users.save(new UserRow(null, v.username, v.displayName, hasher.hash(form.password()),
                v.role.code(), v.language, true, clock.instant()));
        v.organisationIds.forEach(org -> users.link(row.id(), org));
        accounts.markDemo(row.id());
        User created = toUser(row);
        audit.record(Actor.SYSTEM, null, "user", row.id(), "create", null, describe(created));
        return created;
    }

    @Transactional
    public User create(Actor actor, UserForm form) {
        requireAdmin(actor);
        Valid v = validate(form, true, null);
        if (users.findByUsername(v.username).isPresent()) {
            throw new ConflictException("error.user.taken", v.username);
        }
        UserRow row = users.save(new UserRow(null, v.username, v.displayName, hasher.hash(form.password()),
                v.role.code(), v.language, true, clock.instant()));
        v.organisationIds.forEach(org -> users.link(row.id(), org));
        User created = toUser(row);
        audit.record(actor, null, "user", row.id(), "create", null, describe(created));
        return created;
    }

    @Transactional
    public User update(Actor actor, long userId, UserForm form) {
        requireAdmin(actor);
        UserRow existing = users.findById(userId).orElseThrow(() -> new NotFoundException("error.user.notFound", userId));
        User before = toUser(existing);
        Valid v = validate(form, false, existing.username());
        if (existing.id() == actor.userId() && v.role != before.role()) {
            // an administrator demoting themselves could leave ChildSafe without any administrator
            throw new ConflictException("error.user.ownRole");
        }
        UserRow row = users.update(new UserRow(existing.id(), existing.username(), v.displayName,
                existing.passwordHash(), v.role.code(), v.language, existing.active(), existing.createdAt()));
        users.unlinkAll(userId);
        v.organisationIds.forEach(org -> users.link(userId, org));
        User after = toUser(row);
        if (after.role() != before.role() || !after.organisationIds().equals(before.organisationIds())) {
            accounts.endSessions(userId);
        }
        audit.record(actor, null, "user", userId, "update", describe(before), describe(after));
        return after;
    }

    @Transactional
    public User setActive(Actor actor, long userId, boolean active) {
        requireAdmin(actor);
        UserRow r = users.findById(userId).orElseThrow(() -> new NotFoundException("error.user.notFound", userId));
        if (!active && r.id() == actor.userId()) {
            throw new ConflictException("error.user.ownAccount");
        }
        UserRow row = users.update(new UserRow(r.id(), r.username(), r.displayName(), r.passwordHash(), r.role(),
                r.language(), active, r.createdAt()));
        verified.remove(r.username());
        accounts.endSessions(userId);
        audit.record(actor, null, "user", userId, active ? "activate" : "deactivate",
                Map.of("active", r.active()), Map.of("active", active));
        return toUser(row);
    }

    @Transactional
    public void resetPassword(Actor actor, long userId, String newPassword) {
        // refuse before looking the id up, so that non-administrators cannot probe which user ids exist
        if (!actor.isAdmin() && actor.userId() != userId) {
            throw new ForbiddenException("error.user.resetOthers");
        }
        UserRow r = users.findById(userId).orElseThrow(() -> new NotFoundException("error.user.notFound", userId));
        Text problem = PasswordHasher.problem(newPassword, r.username());
        if (problem != null) {
            throw new InvalidInputException(problem, List.of(Detail.of("password", problem)));
        }
        users.update(new UserRow(r.id(), r.username(), r.displayName(), hasher.hash(newPassword), r.role(),
                r.language(), r.active(), r.createdAt()));
        verified.remove(r.username());
        accounts.endSessions(userId);
        audit.record(actor, null, "user", userId, "password_reset", null, Map.of("username", r.username()));
    }

    /** A person changes their own language; kept for their next sign-in. */
    @Transactional
    public void setLanguage(Actor actor, String language) {
        users.findById(actor.userId()).ifPresent(r -> users.update(new UserRow(r.id(), r.username(),
                r.displayName(), r.passwordHash(), r.role(), "th".equals(language) ? "th" : "en", r.active(),
                r.createdAt())));
    }

    @Transactional(readOnly = true)
    public List<User> list(Actor actor) {
        requireAdmin(actor);
        return users.listOrderByUsername().stream().map(this::toUser).toList();
    }

    /** Users linked to an organisation with a role (e.g. the auditors assigned to it). */
    @Transactional(readOnly = true)
    public List<User> linked(long organisationId, Role role) {
        return users.findLinked(organisationId, role.code()).stream().map(this::toUser).toList();
    }

    @Transactional(readOnly = true)
    public long countAdmins() {
        return users.countByRole(Role.ADMIN.code());
    }

    /** Creates the first administrator (start-up, empty database); no actor, recorded as "system". */
    @Transactional
    public User createFirstAdmin(String username, String password) {
        UserRow row = users.save(new UserRow(null, username.strip().toLowerCase(Locale.ROOT), "Administrator",
                hasher.hash(password), Role.ADMIN.code(), "en", true, clock.instant()));
        User created = toUser(row);
        audit.record(Actor.SYSTEM, null, "user", row.id(), "create", null, describe(created));
        return created;
    }

    private record Valid(String username, String displayName, Role role, String language, Set<Long> organisationIds) {
    }

    private Valid validate(UserForm form, boolean creating, String existingUsername) {
        return validate(form, creating, existingUsername, creating);
    }

    private Valid validate(UserForm form, boolean creating, String existingUsername, boolean checkPassword) {
        List<Detail> problems = new ArrayList<>();
        String username = existingUsername != null ? existingUsername
                : form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        if (creating && !USERNAME.matcher(username).matches()) {
            problems.add(Detail.of("username", "error.user.username"));
        }
        String displayName = form.displayName() == null || form.displayName().isBlank() ? username
                : form.displayName().strip();
        if (displayName.length() > 200) {
            problems.add(Detail.of("displayName", "error.user.displayName", 200));
        }
        Role role = form.role() == null ? null : Role.fromCode(form.role()).orElse(null);
        if (role == null) {
            problems.add(Detail.of("role", "error.user.role"));
        }
        if (checkPassword) {
            Text problem = PasswordHasher.problem(form.password(), username);
            if (problem != null) {
                problems.add(Detail.of("password", problem));
            }
        }
        String language = form.language() == null || form.language().isBlank() ? "en" : form.language();
        if (!language.equals("en") && !language.equals("th")) {
            problems.add(Detail.of("language", "error.user.language"));
        }
        Set<Long> orgs = new LinkedHashSet<>(form.organisationIds() == null ? List.of() : form.organisationIds());
        for (Long org : orgs) {
            if (org == null || users.countOrganisations(org) == 0) {
                problems.add(Detail.of("organisationIds", "error.user.noOrganisation", String.valueOf(org)));
            }
        }
        if (role == Role.ADMIN && !orgs.isEmpty()) {
            problems.add(Detail.of("organisationIds", "error.user.adminLinked"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems, "error.user.invalid");
        }
        return new Valid(username, displayName, role, language, orgs);
    }

    private static void requireAdmin(Actor actor) {
        if (!Access.canAdminister(actor)) {
            throw new ForbiddenException("error.user.adminOnly");
        }
    }

    private Actor toActor(UserRow row) {
        return new Actor(row.id(), row.username(), row.displayName(), Role.fromCode(row.role()).orElseThrow(),
                users.findOrganisationIds(row.id()), row.language(), accounts.inactiveOrganisations(row.id()));
    }

    private User toUser(UserRow row) {
        return new User(row.id(), row.username(), row.displayName(), Role.fromCode(row.role()).orElseThrow(),
                row.language(), row.active(), users.findOrganisationIds(row.id()));
    }

    private static Map<String, Object> describe(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("role", u.role().code());
        m.put("language", u.language());
        m.put("active", u.active());
        m.put("organisationIds", u.organisationIds().stream().sorted().toList());
        return m;
    }

    private static String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(password).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
