package app.gaitway.shared.web;

import app.gaitway.testing.WebClient;
import app.gaitway.testing.WebClient.Page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms on the app's pages as a browser finds them, by the address they post to: their fields with the
 * values the page filled in (as a browser would send them), every control's name (also unchecked boxes and the
 * buttons), and which are file inputs. Gathered by following the links of a few pages, like a visitor clicking
 * around, so that a form reached from a page the test did not name is found too.
 */
final class PageForms {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(
            "<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>|<button\\b([^>]*)>",
            Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)\"");

    /** One form: what a browser sends when its first button is pressed, every name it can send, its file inputs. */
    record FoundForm(List<Map.Entry<String, String>> sent, Set<String> names, Set<String> files) {}

    private final Map<String, FoundForm> byAction = new LinkedHashMap<>();

    static PageForms crawl(WebClient client, List<String> seeds, int maxPages) {
        PageForms forms = new PageForms();
        Set<String> seen = new LinkedHashSet<>(seeds);
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty() && seen.size() <= maxPages + seeds.size()) {
            String path = queue.removeFirst();
            Page page = client.get(path);
            if (page.status() != 200 || !page.header("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            forms.read(page.body());
            Matcher link = LINK.matcher(page.body());
            while (link.find()) {
                String next = WebClient.unescape(link.group(1));
                if (!next.startsWith("/static/") && !next.equals("/logout") && seen.add(next)) {
                    queue.addLast(next);
                }
            }
        }
        return forms;
    }

    /** Adds the forms another visitor found (e.g. one not signed in). */
    PageForms include(PageForms other) {
        other.byAction.forEach(byAction::putIfAbsent);
        return this;
    }

    /** The form posting to this path (its query ignored), or none. */
    FoundForm at(String path) {
        return byAction.getOrDefault(path, new FoundForm(List.of(), Set.of(), Set.of()));
    }

    Set<String> actions() {
        return byAction.keySet();
    }

    private void read(String html) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
                continue;
            }
            String action = attributes.getOrDefault("action", "").replaceFirst("[?#].*$", "");
            byAction.putIfAbsent(action, controls(form.group(2)));
        }
    }

    private static FoundForm controls(String html) {
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> files = new LinkedHashSet<>();
        Matcher m = CONTROL.matcher(html);
        while (m.find()) {
            String tag = m.group(1) != null
                    ? m.group(1)
                    : m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(6);
            Map<String, String> a = attributes(tag);
            String name = a.get("name");
            if (name == null || a.containsKey("disabled")) {
                continue;
            }
            names.add(name);
            if (m.group(1) != null) {
                String type = a.getOrDefault("type", "text").toLowerCase();
                if (type.equals("file")) {
                    files.add(name);
                } else if ((!type.equals("checkbox") && !type.equals("radio") || a.containsKey("checked"))
                        && !List.of("submit", "button", "image", "reset").contains(type)) {
                    sent.add(Map.entry(
                            name,
                            a.getOrDefault("value", type.equals("checkbox") || type.equals("radio") ? "on" : "")));
                }
            } else if (m.group(2) != null) {
                String text = WebClient.unescape(m.group(3));
                sent.add(Map.entry(name, text.startsWith("\n") ? text.substring(1) : text));
            } else if (m.group(6) != null) {
                if (a.containsKey("value")
                        && sent.stream().noneMatch(e -> e.getKey().equals(name))) {
                    sent.add(Map.entry(name, a.get("value")));
                }
            } else if (m.group(4) != null) {
                String chosen = null;
                Matcher option = OPTION.matcher(m.group(5));
                while (option.find()) {
                    Map<String, String> o = attributes(option.group(1));
                    if (chosen == null || o.containsKey("selected")) {
                        chosen = o.getOrDefault("value", "");
                    }
                }
                if (chosen != null) {
                    sent.add(Map.entry(name, chosen));
                }
            }
        }
        return new FoundForm(sent, names, files);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.putIfAbsent(m.group(1).toLowerCase(), m.group(2) == null ? "" : WebClient.unescape(m.group(2)));
        }
        return a;
    }
}
