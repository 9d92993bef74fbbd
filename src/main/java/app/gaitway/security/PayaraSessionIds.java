package app.gaitway.security;

import jakarta.servlet.ServletContext;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts {@link SessionIds} into Payara's session manager for this application. Payara creates every session id (new
 * sessions, and the new id at sign-in) through the manager's {@code com.sun.enterprise.util.uuid.UuidGenerator}.
 * Its documented way to replace that generator is a class named in the server's configuration
 * ({@code web-container/session-config/session-manager/manager-properties}, "Session ID Generator Classname"), loaded
 * from the server's common class loader, so it would have to ship as a jar of its own outside the application. Set
 * here instead, from the application, on the manager of its own context: {@code ServletContext} (Payara's
 * {@code ApplicationContextFacade}) to its {@code ApplicationContext}, then {@code getStandardContext().getManager()},
 * then {@code setUuidGenerator}, with the interface taken from the manager's own class loader (the application cannot
 * see it). Checked against Payara Micro 6.2025.10; a Payara that no longer has this shape makes the start fail
 * (see {@link SessionStartup}) rather than run on the weak ids, and {@code SessionIdsIT} fails with it.
 */
final class PayaraSessionIds {

    private static final String GENERATOR = "com.sun.enterprise.util.uuid.UuidGenerator";

    private PayaraSessionIds() {}

    /** Installs the generator; empty when done, otherwise what went wrong. */
    static Optional<String> install(ServletContext servletContext, Supplier<String> ids) {
        try {
            Object applicationContext = field(servletContext, "context");
            Object standardContext = applicationContext
                    .getClass()
                    .getMethod("getStandardContext")
                    .invoke(applicationContext);
            Object manager = standardContext.getClass().getMethod("getManager").invoke(standardContext);
            if (manager == null) {
                return Optional.of("the application's session manager is not there yet");
            }
            Class<?> generatorType =
                    Class.forName(GENERATOR, false, manager.getClass().getClassLoader());
            Object generator = Proxy.newProxyInstance(
                    generatorType.getClassLoader(), new Class<?>[] {generatorType}, new Generator(ids));
            Method set = manager.getClass().getMethod("setUuidGenerator", generatorType);
            set.invoke(manager, generator);
            Object installed = manager.getClass().getMethod("getUuidGenerator").invoke(manager);
            return installed == generator
                    ? Optional.empty()
                    : Optional.of("the session manager kept its own generator (" + installed + ")");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(target);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(target.getClass().getName() + "." + name);
    }

    /** The UuidGenerator: both its methods ({@code generateUuid()} and {@code generateUuid(Object session)}). */
    private record Generator(Supplier<String> ids) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            return switch (method.getName()) {
                case "generateUuid" -> ids.get();
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "Gaitway's session ids (" + SessionIds.LENGTH + " characters)";
                default -> throw new UnsupportedOperationException(method.getName());
            };
        }
    }
}
