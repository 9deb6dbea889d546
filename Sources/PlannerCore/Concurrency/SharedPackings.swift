import Foundation

/// Packings shared by the plans of one scenario. The models often pack the very same problem: the
/// mixed plan puts every workload in a container when none is better off as a VM or function, and
/// then packs exactly what the container plan packs. The packer is deterministic (same problem,
/// same packing), so the second plan may take the first one's packing: when the problem has been
/// packed, it is returned at once; when another thread is packing it, the caller waits for that
/// packing instead of repeating it. The plans are the same as without it.
///
/// Measured with `bench scale` (memory-bound shape, 1,000,000 instances, one thread): the mixed
/// plan took 1.19 s, nearly all of it packing what the container plan had packed.
///
/// The packings are kept, oldest let go first, while they hold at most `keptEntries` (host,
/// type, count) entries in all: a day packed hour by hour keeps every hour's packing for the next
/// model on fleets of ordinary size, and a few at most at 1,000,000 instances, where one packing
/// is about a million entries (tens of MiB).
final class SharedPackings: @unchecked Sendable {
    private let limit: Int
    private let condition = NSCondition()
    private var packed: [PackingProblem: PackingSolution] = [:]
    private var order: [(problem: PackingProblem, entries: Int)] = []
    private var entries = 0
    private var packing: Set<PackingProblem> = []

    init(keptEntries: Int = SharedPackings.keptEntries) {
        limit = keptEntries
    }

    /// `packer`, through these shared packings.
    func sharing(_ packer: @escaping Packer) -> Packer {
        { problem in self.solution(problem, packer) }
    }

    private func solution(_ problem: PackingProblem, _ packer: Packer) -> PackingSolution {
        condition.lock()
        while packing.contains(problem) { condition.wait() }
        if let known = packed[problem] {
            condition.unlock()
            return known
        }
        packing.insert(problem)
        condition.unlock()
        let solution = packer(problem)
        condition.lock()
        packing.remove(problem)
        packed[problem] = solution
        let size = solution.bins.reduce(0) { $0 + $1.count }
        order.append((problem, size))
        entries += size
        while entries > limit && order.count > 1 {
            let oldest = order.removeFirst()
            packed[oldest.problem] = nil
            entries -= oldest.entries
        }
        condition.broadcast()
        condition.unlock()
        return solution
    }
}
