package app.gaitway.exercises.transfer;

import java.util.Optional;

/**
 * The outline of a JSON text, read before the JSON reader sees it: how deep its lists and objects nest, and
 * whether anything but blanks follows the first value. The reader recurses once per level (a file nested a
 * million deep ends in a stack overflow) and stops after the first value (whatever follows was ignored).
 * Only brackets outside strings count; the reader still judges everything else.
 */
final class JsonShape {

    enum Problem { TOO_DEEP, TRAILING_CONTENT }

    private JsonShape() {
    }

    static Optional<Problem> check(byte[] json, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean valueSeen = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                    if (depth == 0) {
                        valueSeen = true;
                    }
                }
                continue;
            }
            boolean blank = b == ' ' || b == '\t' || b == '\n' || b == '\r';
            if (valueSeen && depth == 0 && !blank) {
                return Optional.of(Problem.TRAILING_CONTENT);
            }
            switch (b) {
                case '"' -> inString = true;
                case '[', '{' -> {
                    if (++depth > maxDepth) {
                        return Optional.of(Problem.TOO_DEEP);
                    }
                }
                case ']', '}' -> {
                    depth--;
                    if (depth <= 0) {
                        // a closing bracket too many is for the reader to call unreadable
                        depth = Math.max(depth, 0);
                        valueSeen = true;
                    }
                }
                default -> {
                    // a number, true, false or null at the top level: the reader refuses those files anyway
                }
            }
        }
        return Optional.empty();
    }
}
