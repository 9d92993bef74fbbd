package app.gaitway.security.sessions;

import java.util.List;
import java.util.Locale;

/**
 * A short readable name for the device of a session, from its User-Agent header: "Chrome on Windows", "Safari on
 * iPhone". Only a fixed list of names can come out, never text from the header, so nothing a client sends is shown
 * or stored. The order of the checks matters, as browsers name their relatives: Edge and Opera say "Chrome", Chrome
 * says "Safari", and phones say "Linux" or "Mac OS X".
 */
public final class DeviceSummary {

    private record Name(String token, String name) {}

    private static final List<Name> BROWSERS = List.of(
            new Name("edg/", "Edge"),
            new Name("edga/", "Edge"),
            new Name("edgios/", "Edge"),
            new Name("opr/", "Opera"),
            new Name("samsungbrowser/", "Samsung Internet"),
            new Name("firefox/", "Firefox"),
            new Name("fxios/", "Firefox"),
            new Name("crios/", "Chrome"),
            new Name("chromium/", "Chromium"),
            new Name("chrome/", "Chrome"),
            new Name("safari/", "Safari"));

    private static final List<Name> SYSTEMS = List.of(
            new Name("iphone", "iPhone"),
            new Name("ipad", "iPad"),
            new Name("android", "Android"),
            new Name("windows", "Windows"),
            new Name("cros", "ChromeOS"),
            new Name("mac os x", "macOS"),
            new Name("macintosh", "macOS"),
            new Name("linux", "Linux"));

    static final String UNKNOWN = "Unknown device";

    private DeviceSummary() {}

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        // Only the first 512 characters are looked at: a header can be made long, and no real one needs more.
        String ua = userAgent.substring(0, Math.min(userAgent.length(), 512)).toLowerCase(Locale.ROOT);
        String browser = first(BROWSERS, ua);
        String system = first(SYSTEMS, ua);
        if (browser == null && system == null) {
            return UNKNOWN;
        }
        if (browser == null) {
            return "Browser on " + system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Name> names, String ua) {
        for (Name n : names) {
            if (ua.contains(n.token())) {
                return n.name();
            }
        }
        return null;
    }
}
