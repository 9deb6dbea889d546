/// `--shard I/N`: the I-th (from 1) of N contiguous slices of a sweep's points, for a batch engine
/// (a Kubernetes Indexed Job, a Slurm array) to plan each slice on its own machine. Slice I holds
/// points ⌊P·(I−1)/N⌋ up to ⌊P·I/N⌋ (exclusive) of P: the slices differ in size by at most one,
/// cover every point once, and in order; a slice may be empty when N > P.
public struct SweepShard: Sendable, Equatable {
    /// From 1 to `count`.
    public let index: Int
    public let count: Int

    /// The whole sweep as one slice.
    public static let whole = SweepShard(uncheckedIndex: 1, count: 1)

    private init(uncheckedIndex index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Reads `I/N`: whole numbers with N at least 1 and I from 1 to N.
    public init(parsing text: String) throws(SweepError) {
        let subject = "--shard \(text)"
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else {
            throw SweepError(subject: subject, reason: "expected I/N, whole numbers with I from 1 to N (for example 2/8)")
        }
        guard count >= 1 else { throw SweepError(subject: subject, reason: "N must be at least 1") }
        guard index >= 1, index <= count else {
            throw SweepError(subject: subject, reason: "I runs from 1 to N (\(count)), not \(index)")
        }
        self.init(uncheckedIndex: index, count: count)
    }

    /// Whether this is the first slice: it alone writes the CSV header.
    public var isFirst: Bool { index == 1 }

    /// The points of this slice, out of `points`.
    public func points(of points: Int) -> Range<Int> {
        bound(index - 1, points)..<bound(index, points)
    }

    /// ⌊P·k/N⌋ without overflow (P and N are at most `Sweep.maximumPoints` and `Int.max`).
    private func bound(_ k: Int, _ points: Int) -> Int {
        let (high, low) = points.multipliedFullWidth(by: k)
        return count.dividingFullWidth((high, low)).quotient
    }
}
