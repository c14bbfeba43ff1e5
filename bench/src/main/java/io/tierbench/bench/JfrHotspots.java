package io.tierbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Sums up the execution samples of a flight recording: by thread, by the method on top of the stack (self time),
 * by its package, and by every method on the stack (inclusive time, each method counted once per sample). Inclusive
 * counts of the importer's and the repository's methods tell which step of an import the time goes to; frames that
 * only pass a call on (reflection, proxies, lambdas) are left out of them.
 *
 * <p>Arguments: RECORDING [TOP [FROM_EPOCH_MILLIS TO_EPOCH_MILLIS]], default top 25 over the whole recording.
 */
final class JfrHotspots {

    private final Map<String, Integer> byThread = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> selfByPackage = new HashMap<>();
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> nativeSelf = new HashMap<>();
    private final Instant from;
    private final Instant to;
    private int samples;
    private int nativeSamples;

    private JfrHotspots(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Instant from = args.length > 3 ? Instant.ofEpochMilli(Long.parseLong(args[2])) : Instant.MIN;
        Instant to = args.length > 3 ? Instant.ofEpochMilli(Long.parseLong(args[3])) : Instant.MAX;
        System.out.print(summarise(Paths.get(args[0]), top, from, to));
    }

    /** Sums up the samples taken from {@code from} to {@code to}. */
    static String summarise(Path recording, int top, Instant from, Instant to) throws IOException {
        JfrHotspots hotspots = new JfrHotspots(from, to);
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                hotspots.add(file.readEvent());
            }
        }
        return hotspots.report(top);
    }

    private void add(RecordedEvent event) {
        String type = event.getEventType().getName();
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty() || event.getStartTime().isBefore(from)
                || event.getStartTime().isAfter(to)) {
            return;
        }
        List<RecordedFrame> frames = stack.getFrames();
        if (type.equals("jdk.NativeMethodSample")) {
            nativeSamples++;
            nativeSelf.merge(name(frames.get(0)), 1, Integer::sum);
        } else if (type.equals("jdk.ExecutionSample")) {
            samples++;
            RecordedThread thread = event.getThread("sampledThread");
            byThread.merge(thread == null ? "?" : thread.getJavaName(), 1, Integer::sum);
            RecordedMethod method = frames.get(0).getMethod();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            selfByPackage.merge(packageOf(method.getType().getName()), 1, Integer::sum);
            Set<String> onStack = new HashSet<>();
            for (RecordedFrame frame : frames) {
                if (!isPlumbing(name(frame)) && onStack.add(name(frame))) {
                    inclusive.merge(name(frame), 1, Integer::sum);
                }
            }
        }
    }

    private String report(int top) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d execution samples, %d native-method samples%n", samples, nativeSamples));
        section(out, "by thread", byThread, samples, top);
        section(out, "self, by method", self, samples, top);
        section(out, "self, by package", selfByPackage, samples, top);
        section(out, "inclusive, by method", inclusive, samples, top * 2);
        section(out, "native-method samples, by method", nativeSelf, nativeSamples, top);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Map<String, Integer> counts, int total, int top) {
        out.append(String.format("%n## %s%n", title));
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(entry -> out.append(String.format("%6.1f %%  %7d  %s%n",
                        100.0 * entry.getValue() / Math.max(1, total), entry.getValue(), entry.getKey())));
    }

    /** Reflection, proxies and lambdas (the benchmark's call timer among them) only pass a call on. */
    private static boolean isPlumbing(String method) {
        return method.startsWith("jdk.internal.reflect.") || method.startsWith("java.lang.reflect.")
                || method.startsWith("jdk.proxy") || method.startsWith(CallTimer.class.getName())
                || method.contains("$$Lambda$") || method.contains(".lambda$");
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "" : type.substring(0, dot);
    }
}
