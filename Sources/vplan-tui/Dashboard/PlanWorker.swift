import Dashboard
import Foundation
import PlannerCore

/// Plans scenarios on a background queue, off the input path. A request superseded by a newer
/// revision before it starts is skipped; finished plans wait in a mailbox the event loop drains.
final class PlanWorker: @unchecked Sendable {
    private let lock = NSLock()
    private var latestRevision = -1
    private var finished: [Action] = []
    private let queue = DispatchQueue(label: "vplan.planner")
    private let overlay: CatalogOverlay

    init(overlay: CatalogOverlay = CatalogOverlay()) { self.overlay = overlay }

    /// Plans in two passes: first at interactive effort, so the screen follows every keystroke
    /// within a frame (docs/performance.md), then, unless a newer revision arrived meanwhile, at the
    /// standard effort of `vplan-tui plan`, whose result replaces the first.
    func request(_ scenario: Scenario, revision: Int) {
        lock.withLock { latestRevision = revision }
        queue.async { [self] in
            for effort in [PackingEffort.interactive, .standard] {
                if lock.withLock({ latestRevision != revision }) { return }
                let result: Result<[Plan], PlanningError>
                do throws(PlanningError) {
                    result = .success(
                        try overlay.plans(
                            for: scenario,
                            planner: Planner(effort: effort, parallelism: ProcessInfo.processInfo.activeProcessorCount)))
                } catch {
                    result = .failure(error)
                }
                lock.withLock { finished.append(.planFinished(revision: revision, result: result)) }
                if case .failure = result { return }
            }
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
