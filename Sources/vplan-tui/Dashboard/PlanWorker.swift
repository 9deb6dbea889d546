import Foundation
import PlannerCore
import Dashboard

/// Plans scenarios on a background queue, off the input path. A request superseded by a newer
/// revision before it starts is skipped; finished plans wait in a mailbox the event loop drains.
final class PlanWorker: @unchecked Sendable {
    private let lock = NSLock()
    private var latestRevision = -1
    private var finished: [Action] = []
    private let queue = DispatchQueue(label: "vplan.planner")

    func request(_ scenario: Scenario, revision: Int) {
        lock.withLock { latestRevision = revision }
        queue.async { [self] in
            if lock.withLock({ latestRevision != revision }) { return }
            let result: Result<[Plan], ScenarioError>
            do throws(ScenarioError) {
                result = .success(try Planner().plans(for: scenario))
            } catch {
                result = .failure(error)
            }
            lock.withLock { finished.append(.planFinished(revision: revision, result: result)) }
        }
    }

    /// The plans finished since the last call.
    func drain() -> [Action] {
        lock.withLock {
            let out = finished
            finished.removeAll()
            return out
        }
    }
}
