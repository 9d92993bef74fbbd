package app.gaitway.exercises.transfer;

import java.util.Optional;

/**
 * The outline of a JSON text, read before the JSON reader sees it: how deep its lists and objects nest, and
 * whether anything but blanks follows the first list or object. The reader recurses once per level (a file
 * nested a million deep ends in a stack overflow) and stops after the first value (whatever followed was
 * ignored). Only brackets outside strings count; a text that does not start with a list or an object, and
 * everything else, is left to the reader to judge.
 */
final class JsonShape {

    enum Problem {
        TOO_DEEP,
        TRAILING_CONTENT
    }

    private JsonShape() {}

    static Optional<Problem> check(byte[] json, int maxDepth) {
        int start = skipBlanks(json, 0);
        if (start == json.length || (json[start] != '{' && json[start] != '[')) {
            return Optional.empty();
        }
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = start; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > maxDepth) {
                    return Optional.of(Problem.TOO_DEEP);
                }
            } else if ((b == '}' || b == ']') && --depth == 0) {
                return skipBlanks(json, i + 1) == json.length
                        ? Optional.empty()
                        : Optional.of(Problem.TRAILING_CONTENT);
            }
        }
        return Optional.empty(); // never closed: the reader says it is not readable
    }

    private static int skipBlanks(byte[] json, int from) {
        int i = from;
        while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r')) {
            i++;
        }
        return i;
    }
}
