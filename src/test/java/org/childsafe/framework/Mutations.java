package org.childsafe.framework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random damage to a framework file, for tests that import many broken files: each mutation is a
 * typical mistake (a line lost or doubled, a duplicate code, a bad number, an unknown key, a cut-off or
 * garbled file, a missing English text, a wrong indentation). Deterministic for a given {@link Random}.
 */
final class Mutations {

    private static final Pattern CODE = Pattern.compile("code: ([A-Za-z0-9_.-]+)");
    private static final Pattern NUMBER = Pattern.compile("(weight|min|value|timeframeDays): [0-9.]+");
    private static final String[] BAD_NUMBERS = {"-1", "0", "abc", "2", "\"1\"", "1e999", ""};
    private static final String[] NOISE = {"\t", "{", ":", "\"", "- ", "\uFFFD", "&a ", "*b", "!!binary "};

    private Mutations() {
    }

    /** Applies one to three random mutations to the text, then sometimes garbles the bytes. */
    static byte[] mutate(String yaml, Random random) {
        String text = yaml;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            text = once(text, random);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0) {
            bytes = Arrays.copyOf(bytes, bytes.length + 2);
            int at = random.nextInt(bytes.length - 1);
            System.arraycopy(bytes, at, bytes, at + 2, bytes.length - at - 2);
            bytes[at] = (byte) 0xC3;
            bytes[at + 1] = (byte) 0x28;
        }
        return bytes;
    }

    static String once(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(Math.max(1, lines.size() - 1));
        switch (random.nextInt(9)) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> {
                List<String> codes = CODE.matcher(text).results().map(m -> m.group(1)).toList();
                Matcher m = CODE.matcher(lines.get(line));
                if (!codes.isEmpty() && m.find()) {
                    lines.set(line, m.replaceFirst("code: " + codes.get(random.nextInt(codes.size()))));
                } else {
                    lines.set(line, lines.get(line) + " code: X");
                }
            }
            case 3 -> {
                List<Integer> numbered = indexesMatching(lines, NUMBER);
                int target = numbered.isEmpty() ? line : numbered.get(random.nextInt(numbered.size()));
                lines.set(target, NUMBER.matcher(lines.get(target))
                        .replaceFirst("$1: " + BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)]));
            }
            case 4 -> {
                String indent = lines.get(line).replaceAll("^( *)(- )?.*$", "$1$2").replace("- ", "  ");
                lines.add(line + 1, indent + "colour: blue");
            }
            case 5 -> {
                return text.substring(0, random.nextInt(text.length()));
            }
            case 6 -> {
                int at = random.nextInt(text.length());
                return text.substring(0, at) + NOISE[random.nextInt(NOISE.length)] + text.substring(at);
            }
            case 7 -> {
                List<Integer> english = indexesMatching(lines, Pattern.compile("\\ben: "));
                int target = english.isEmpty() ? line : english.get(random.nextInt(english.size()));
                lines.set(target, lines.get(target).replaceFirst("\\ben: ", "fr: "));
            }
            default -> lines.set(line, (random.nextBoolean() ? " " : "   ") + lines.get(line));
        }
        return String.join("\n", lines);
    }

    private static List<Integer> indexesMatching(List<String> lines, Pattern pattern) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                indexes.add(i);
            }
        }
        return indexes;
    }
}
