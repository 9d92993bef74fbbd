package app.gaitway.shared.web;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record's component in a template ({@code ${form.email}}) through its accessor, found once per record type.
 * OGNL, Thymeleaf's expression language outside Spring, knows JavaBean getters only: for a record's {@code email()}
 * it searched every public method of the class on every read, a fifth of the patient page's time under load
 * (issue 14's profile, {@code OgnlRuntime.getReadMethod}). Anything but a component is left to OGNL as before.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    Method accessor = component.getAccessor();
                    // a record declared inside a class the template cannot see is still read, as OGNL read it
                    if (accessor.trySetAccessible()) {
                        accessors.put(component.getName(), accessor);
                    }
                }
            }
            return Map.copyOf(accessors);
        }
    };

    /** For every record: OGNL finds accessors by the class's supertypes, and every record extends Record. */
    static void register() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    }

    @Override
    @SuppressWarnings("rawtypes") // OGNL's own signature
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (target != null && name instanceof String property) {
            Method accessor = COMPONENTS.get(target.getClass()).get(property);
            if (accessor != null) {
                try {
                    return accessor.invoke(target);
                } catch (IllegalAccessException e) {
                    throw new OgnlException(property, e);
                } catch (InvocationTargetException e) {
                    throw new OgnlException(property, e.getCause() instanceof Exception cause ? cause : e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }
}
