import Foundation

/// `sweep: 12/40 points` on standard error, never on standard output, and only once the sweep has
/// run a second: short sweeps stay quiet. On a terminal the line is rewritten in place (`\r`, at
/// most ten times a second) and ended with a newline when done; otherwise (a log file, a batch
/// job's output) a plain line is written as each quarter of the points is reached, so a log gets
/// at most four lines.
final class SweepProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let terminal: Bool
    private let start = Date()
    private var lastWritten: Date?
    private var quartersWritten = 0
    private var rewrote = false

    /// How long a sweep runs before its progress is shown.
    static let quietSeconds = 1.0

    init(total: Int, terminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.terminal = terminal
    }

    /// Called after each point: writes a line when one is due.
    func update(done: Int) {
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(start) >= Self.quietSeconds else { return }
            let line = "sweep: \(done)/\(total) points"
            if terminal {
                guard done == total || lastWritten.map({ now.timeIntervalSince($0) >= 0.1 }) ?? true else { return }
                lastWritten = now
                rewrote = true
                Console.write(Array("\r\(line)\u{1B}[K".utf8), to: STDERR_FILENO)
                return
            }
            let quarter = done * 4 / max(1, total)
            guard quarter > quartersWritten else { return }
            quartersWritten = quarter
            Console.error(line)
        }
    }

    /// Ends a rewritten line with a newline, so what follows starts on a line of its own.
    func finish() {
        lock.withLock {
            if rewrote { Console.write(Array("\n".utf8), to: STDERR_FILENO) }
            rewrote = false
        }
    }
}
