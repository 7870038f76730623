package io.saleslens.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seeded mutations of the bundled crm-erp sample: each case copies the sample into a folder and damages one of its
 * six CSV files in one way. The same seed gives the same cases, byte for byte.
 */
public final class SampleMutations {

    /** The ways a file is damaged. */
    public enum Kind {
        BYTE_FLIPS,
        TRUNCATED_MID_LINE,
        STRAY_QUOTE,
        UNTERMINATED_QUOTE,
        NUL_BYTES,
        FIVE_MB_LINE,
        EXTRA_FIELDS,
        MISSING_FIELDS,
        CR_ONLY_LINE_ENDS,
        MIXED_LINE_ENDS,
        UTF16_WITH_BOM,
        MIXED_ENCODINGS,
        REPEATED_HEADER,
        WIDE_HEADER,
        PNG_BYTES,
        EMPTY_FILE,
        HEADER_ONLY
    }

    /** The sample's files, relative to its folder. */
    public static final List<String> FILES = List.of(
            "source_crm/cust_info.csv",
            "source_crm/prd_info.csv",
            "source_crm/sales_details.csv",
            "source_erp/CUST_AZ12.csv",
            "source_erp/LOC_A101.csv",
            "source_erp/PX_CAT_G1V2.csv");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** One case: which kind, which file and the seed of its random choices. */
    public record Case(int index, Kind kind, String file, long seed) {}

    private SampleMutations() {}

    /** The first {@code count} cases for {@code seed}: the kinds in turn, each on a file the seed picks. */
    public static List<Case> cases(long seed, int count, List<Kind> kinds) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind kind = kinds.get(i % kinds.size());
            cases.add(new Case(i, kind, FILES.get(random.nextInt(FILES.size())), random.nextLong()));
        }
        return cases;
    }

    /** Copies {@code sample} to {@code target} and applies the case to its file; returns a description of the damage. */
    public static String apply(Case mutation, Path sample, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(sample.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path file = target.resolve(mutation.file());
        byte[] original = Files.readAllBytes(file);
        Random random = new Random(mutation.seed());
        StringBuilder description = new StringBuilder();
        byte[] mutated = mutate(mutation.kind(), original, random, description);
        Files.write(file, mutated);
        return description.toString();
    }

    static byte[] mutate(Kind kind, byte[] content, Random random, StringBuilder description) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
        String header = lines.get(0);
        int fields = header.split(",", -1).length;
        switch (kind) {
            case BYTE_FLIPS -> {
                byte[] copy = content.clone();
                int flips = 1 + random.nextInt(20);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(copy.length);
                    copy[at] ^= (byte) (1 + random.nextInt(255));
                }
                description.append(flips).append(" bytes flipped");
                return copy;
            }
            case TRUNCATED_MID_LINE -> {
                int at = content.length / 4 + random.nextInt(content.length * 3 / 4);
                while (at > 1 && (content[at - 1] == '\n' || content[at - 1] == '\r')) {
                    at--;
                }
                description.append("cut at byte ").append(at).append(" of ").append(content.length);
                return Arrays.copyOf(content, at);
            }
            case STRAY_QUOTE -> {
                int count = 1 + random.nextInt(5);
                for (int i = 0; i < count; i++) {
                    int line = 1 + random.nextInt(lines.size() - 1);
                    String value = lines.get(line);
                    int at = random.nextInt(value.length() + 1);
                    lines.set(line, value.substring(0, at) + '"' + value.substring(at));
                }
                description.append(count).append(" quotes inside fields");
            }
            case UNTERMINATED_QUOTE -> {
                int line = 1 + random.nextInt(lines.size() - 1);
                String[] cells = lines.get(line).split(",", -1);
                int cell = random.nextInt(cells.length);
                cells[cell] = '"' + cells[cell];
                lines.set(line, String.join(",", cells));
                description
                        .append("quote opened at line ")
                        .append(line + 1)
                        .append(" field ")
                        .append(cell + 1);
            }
            case NUL_BYTES -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 16);
                int count = 1 + random.nextInt(8);
                int[] positions = random.ints(count, 0, content.length).sorted().toArray();
                int from = 0;
                for (int at : positions) {
                    out.write(content, from, at - from);
                    out.write(0);
                    from = at;
                }
                out.write(content, from, content.length - from);
                description.append(count).append(" NUL bytes");
                return out.toByteArray();
            }
            case FIVE_MB_LINE -> {
                int line = 1 + random.nextInt(lines.size());
                String[] cells = lines.get(Math.min(line, lines.size() - 1)).split(",", -1);
                int cell = random.nextInt(cells.length);
                cells[cell] = cells[cell] + "x".repeat(5 * 1024 * 1024);
                lines.add(line, String.join(",", cells));
                description.append("5 MB line at line ").append(line + 1);
            }
            case EXTRA_FIELDS, MISSING_FIELDS -> {
                int count = 1 + random.nextInt(10);
                for (int i = 0; i < count; i++) {
                    int line = 1 + random.nextInt(lines.size() - 1);
                    String value = lines.get(line);
                    int change = 1 + random.nextInt(3);
                    if (kind == Kind.EXTRA_FIELDS) {
                        lines.set(line, value + ",extra".repeat(change));
                    } else {
                        String[] cells = value.split(",", -1);
                        int keep = Math.max(1, cells.length - change);
                        lines.set(line, String.join(",", Arrays.copyOf(cells, keep)));
                    }
                }
                description
                        .append(count)
                        .append(kind == Kind.EXTRA_FIELDS ? " lines with extra fields" : " lines missing fields");
            }
            case CR_ONLY_LINE_ENDS -> {
                description.append("every line ends in CR");
                return (String.join("\r", lines) + "\r").getBytes(StandardCharsets.UTF_8);
            }
            case MIXED_LINE_ENDS -> {
                String[] ends = {"\r\n", "\n", "\r"};
                StringBuilder out = new StringBuilder(text.length());
                int from = random.nextInt(lines.size());
                for (int i = 0; i < lines.size(); i++) {
                    out.append(lines.get(i)).append(i < from ? lineEnd : ends[random.nextInt(ends.length)]);
                }
                description.append("line ends vary from line ").append(from + 1);
                return out.toString().getBytes(StandardCharsets.UTF_8);
            }
            case UTF16_WITH_BOM -> {
                boolean little = random.nextBoolean();
                description.append(little ? "UTF-16LE" : "UTF-16BE").append(" with byte order mark");
                byte[] body = text.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
                byte[] bom = little ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
                return concat(bom, body);
            }
            case MIXED_ENCODINGS -> {
                String[] names = {"Müller", "Gómez", "Françoise", "Øster", "Ñandú", "Zoë"};
                ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 1024);
                int count = 0;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    Charset charset = StandardCharsets.UTF_8;
                    if (i > 0 && random.nextInt(50) == 0) {
                        String[] cells = line.split(",", -1);
                        cells[cells.length > 2 ? 2 : cells.length - 1] = names[random.nextInt(names.length)];
                        line = String.join(",", cells);
                        charset = random.nextBoolean() ? WINDOWS_1252 : StandardCharsets.UTF_8;
                        count++;
                    }
                    out.writeBytes((line + lineEnd).getBytes(charset));
                }
                description.append(count).append(" lines with accented names, some in Windows-1252");
                return out.toByteArray();
            }
            case REPEATED_HEADER -> {
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    lines.add(1 + random.nextInt(lines.size()), header);
                }
                description.append("header repeated ").append(count).append(" times");
            }
            case WIDE_HEADER -> {
                StringBuilder wide = new StringBuilder(header);
                for (int i = fields; i < 2000; i++) {
                    wide.append(",extra_").append(i + 1);
                }
                lines.set(0, wide.toString());
                // Padding every line gives a 2,000-column table; on the files of thousands of lines its column profiles
                // take the engine most of a minute, too long for a suite of hundreds of cases, so only small files get
                // it.
                boolean padLines = lines.size() < 1000 && random.nextBoolean();
                if (padLines) {
                    String padding = ",".repeat(2000 - fields);
                    for (int i = 1; i < lines.size(); i++) {
                        lines.set(i, lines.get(i) + padding);
                    }
                }
                description.append("2,000 names in the header").append(padLines ? ", every line padded" : "");
            }
            case PNG_BYTES -> {
                byte[] body = new byte[64 + random.nextInt(4096)];
                random.nextBytes(body);
                description
                        .append("PNG image, ")
                        .append(body.length + PNG_SIGNATURE.length)
                        .append(" bytes");
                return concat(PNG_SIGNATURE, body);
            }
            case EMPTY_FILE -> {
                description.append("0 bytes");
                return new byte[0];
            }
            case HEADER_ONLY -> {
                boolean withEnd = random.nextBoolean();
                description.append("header only").append(withEnd ? "" : ", no line end");
                return (header + (withEnd ? lineEnd : "")).getBytes(StandardCharsets.UTF_8);
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return (String.join(lineEnd, lines) + lineEnd).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
