package app.gaitway.shared.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;

import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

/**
 * {@link jakarta.json.Json}'s factory methods over one JSON-P provider found once. {@code Json.createReader} and the
 * others look the provider up with a {@link java.util.ServiceLoader} on every call, which searched the class path
 * (every jar of the application) each time an assessment's values were read: 5 % of the patient page's time under
 * load in issue 14's profile.
 */
public final class Jsonp {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {}

    public static JsonReader createReader(Reader in) {
        return PROVIDER.createReader(in);
    }

    public static JsonReader createReader(InputStream in) {
        return PROVIDER.createReader(in);
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder createObjectBuilder(JsonObject start) {
        return PROVIDER.createObjectBuilder(start);
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReaderFactory createReaderFactory(Map<String, ?> config) {
        return PROVIDER.createReaderFactory(config);
    }

    public static JsonWriterFactory createWriterFactory(Map<String, ?> config) {
        return PROVIDER.createWriterFactory(config);
    }

    public static JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
        return PROVIDER.createBuilderFactory(config);
    }
}
