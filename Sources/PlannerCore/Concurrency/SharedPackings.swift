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
/// Only the last `kept` packings are kept, so a day packed hour by hour does not hold every hour's
/// packing at once (at 1,000,000 instances one packing is tens of MiB).
final class SharedPackings: @unchecked Sendable {
    /// Packings kept. Not tuned: the repeats seen are one model's packing taken by another.
    static let kept = 8

    private let condition = NSCondition()
    private var packed: [PackingProblem: PackingSolution] = [:]
    private var order: [PackingProblem] = []
    private var packing: Set<PackingProblem> = []

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
        order.append(problem)
        if order.count > Self.kept { packed[order.removeFirst()] = nil }
        condition.broadcast()
        condition.unlock()
        return solution
    }
}
