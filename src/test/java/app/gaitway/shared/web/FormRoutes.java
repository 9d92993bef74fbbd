package app.gaitway.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MultivaluedMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every route that takes a form, read from the application itself so that a new form is fuzzed without anyone
 * listing it: the compiled classes' {@code @POST} methods on {@code @Path} classes (class path + method path,
 * {@code @FormParam} names, also those of {@code @BeanParam} form beans), and the servlets that take POSTs, whose
 * addresses come from the forms in the templates that post under theirs (their fields, read by name, from the
 * rendered form: {@link PageForms}).
 */
final class FormRoutes {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w+)\\s*(?::(?:[^{}]|\\{[^}]*})*)?}");
    private static final Pattern TEMPLATE_FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern TEMPLATE_ACTION = Pattern.compile("th:action=\"@\\{([^{}(\"]*(?:\\{\\w+}[^{}(\"]*)*)");

    /**
     * One form route: its path with parameters as {name}, the field names the code names, whether it reads fields
     * by name from the whole posted map (then the page's own form tells which), and whether it is multipart.
     */
    record Route(String path, Set<String> fields, boolean openForm, boolean multipart, String origin) {

        List<String> parameters() {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    private FormRoutes() {}

    static List<Route> scan(java.nio.file.Path classes, java.nio.file.Path templates) {
        TreeMap<String, Route> routes = new TreeMap<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                boolean resource = bytes.contains("Ljakarta/ws/rs/Path;");
                boolean servlet = bytes.contains("Ljakarta/servlet/annotation/WebServlet;");
                if (!resource && !servlet) {
                    continue;
                }
                String name = classes.relativize(file)
                        .toString()
                        .replace(java.io.File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, FormRoutes.class.getClassLoader());
                if (resource) {
                    resourceRoutes(type, formRecordFields(bytes)).forEach(r -> routes.put(r.path(), r));
                }
                if (servlet) {
                    servletRoutes(type, templates).forEach(r -> routes.put(r.path(), r));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(routes.values());
    }

    private static List<Route> resourceRoutes(Class<?> type, Set<String> formRecordFields) {
        Path classPath = type.getAnnotation(Path.class);
        if (classPath == null) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isAnnotationPresent(POST.class)) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String path = normalise("/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value()));
            Set<String> fields = new LinkedHashSet<>();
            boolean open = false;
            for (Parameter p : method.getParameters()) {
                FormParam form = p.getAnnotation(FormParam.class);
                if (form != null) {
                    fields.add(form.value());
                } else if (p.isAnnotationPresent(BeanParam.class)) {
                    fields.addAll(beanFields(p.getType()));
                } else if (MultivaluedMap.class.isAssignableFrom(p.getType())
                        || Form.class.isAssignableFrom(p.getType())) {
                    open = true;
                }
            }
            if (open) {
                fields.addAll(formRecordFields);
            }
            routes.add(new Route(path, fields, open, false, type.getSimpleName() + "." + method.getName()));
        }
        return routes;
    }

    /**
     * The fields of the form records a resource class uses (records of the app with a static
     * {@code from(MultivaluedMap)}, named in the class's constant pool): the names its whole-map routes read, also
     * where no page shows the form (the setup page once the installation is set up). A class with two forms gives
     * both forms' fields to each of its whole-map routes: more fields fuzzed, none missed.
     */
    private static Set<String> formRecordFields(String classBytes) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("app/gaitway/[\\w/$]+").matcher(classBytes);
        while (m.find()) {
            try {
                Class<?> used = Class.forName(m.group().replace('/', '.'), false, FormRoutes.class.getClassLoader());
                if (used.isRecord() && hasFromBody(used)) {
                    for (RecordComponent component : used.getRecordComponents()) {
                        names.add(component.getName());
                    }
                }
            } catch (ClassNotFoundException | LinkageError notAClass) {
                // a package or member name that only looks like a class: nothing to read
            }
        }
        return names;
    }

    private static boolean hasFromBody(Class<?> type) {
        try {
            return Modifier.isStatic(
                    type.getDeclaredMethod("from", MultivaluedMap.class).getModifiers());
        } catch (NoSuchMethodException none) {
            return false;
        }
    }

    private static Set<String> beanFields(Class<?> bean) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                FormParam form = f.getAnnotation(FormParam.class);
                if (form != null) {
                    names.add(form.value());
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                FormParam form = m.getAnnotation(FormParam.class);
                if (form != null) {
                    names.add(form.value());
                }
            }
        }
        return names;
    }

    /** A servlet's form routes: the addresses of the template forms that post under its own. */
    private static List<Route> servletRoutes(Class<?> type, java.nio.file.Path templates) throws IOException {
        WebServlet servlet = type.getAnnotation(WebServlet.class);
        if (servlet == null || !declaresDoPost(type)) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        for (String pattern : Stream.concat(Stream.of(servlet.value()), Stream.of(servlet.urlPatterns()))
                .toList()) {
            String prefix = pattern.replaceAll("/\\*$", "");
            try (Stream<java.nio.file.Path> files = Files.walk(templates)) {
                for (java.nio.file.Path file :
                        files.filter(f -> f.toString().endsWith(".html")).toList()) {
                    Matcher form = TEMPLATE_FORM.matcher(Files.readString(file));
                    while (form.find()) {
                        Matcher action = TEMPLATE_ACTION.matcher(form.group(1));
                        if (action.find() && action.group(1).startsWith(prefix)) {
                            routes.add(new Route(
                                    action.group(1),
                                    Set.of(),
                                    true,
                                    form.group(1).contains("multipart/form-data"),
                                    type.getSimpleName() + " (" + file.getFileName() + ")"));
                        }
                    }
                }
            }
        }
        return routes;
    }

    private static boolean declaresDoPost(Class<?> type) {
        if (!HttpServlet.class.isAssignableFrom(type)) {
            return false;
        }
        return Stream.of(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals("doPost"));
    }

    /** "/patients/{id: [0-9]{1,18}}//edit" becomes "/patients/{id}/edit". */
    static String normalise(String path) {
        String plain = PARAMETER.matcher(path).replaceAll("{$1}");
        plain = plain.replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
