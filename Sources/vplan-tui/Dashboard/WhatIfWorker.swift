import Dashboard
import Foundation
import PlannerCore

/// Plans what the dashboard compares against, off the input path and below the re-plan of an edit
/// (a `.utility` queue; the `PlanWorker`'s runs at the default priority): the what-if rows and the
/// pinned baseline. A what-if request superseded by a newer revision stops before its next
/// variant; finished rows wait in a mailbox the event loop drains.
final class WhatIfWorker: @unchecked Sendable {
    private let lock = NSLock()
    private var latestRevision = -1
    private var finished: [Action] = []
    private let queue = DispatchQueue(label: "vplan.whatif", qos: .utility)
    private let baselineQueue = DispatchQueue(label: "vplan.baseline", qos: .utility)
    private let overlay: CatalogOverlay

    init(overlay: CatalogOverlay = CatalogOverlay()) { self.overlay = overlay }

    /// Plans every variant at interactive effort (the pane fills within moments), then at the
    /// standard effort of `vplan-tui plan`, whose rows replace the first. Variants that come out as
    /// the same scenario (`traffic ×1` and the scenario's own N+k) are planned once a pass.
    func request(_ scenario: Scenario, variants: [WhatIfVariant], revision: Int) {
        lock.withLock { latestRevision = revision }
        queue.async { [self] in
            for effort in [PackingEffort.interactive, .standard] {
                var planned: [(Scenario, Result<[WhatIfFigures], PlanningError>)] = []
                for (index, variant) in variants.enumerated() {
                    if lock.withLock({ latestRevision != revision }) { return }
                    let edited = variant.apply(to: scenario)
                    let result =
                        planned.first { $0.0 == edited }?.1 ?? plan(edited, effort: effort)
                    planned.append((edited, result))
                    lock.withLock { finished.append(.whatIfFinished(revision: revision, index: index, result: result)) }
                }
            }
        }
    }

    /// Plans the pinned scenario at the standard effort.
    func planBaseline(_ scenario: Scenario, revision: Int) {
        baselineQueue.async { [self] in
            let result: Result<[Plan], PlanningError>
            do throws(PlanningError) {
                result = .success(try overlay.plans(for: scenario, planner: Planner()))
            } catch {
                result = .failure(error)
            }
            lock.withLock { finished.append(.baselinePlanned(revision: revision, result: result)) }
        }
    }

    /// The rows and baselines finished since the last call.
    func drain() -> [Action] {
        lock.withLock {
            let out = finished
            finished.removeAll()
            return out
        }
    }

    private func plan(_ scenario: Scenario, effort: PackingEffort) -> Result<[WhatIfFigures], PlanningError> {
        do throws(PlanningError) {
            return .success(try overlay.plans(for: scenario, planner: Planner(effort: effort)).map(WhatIfFigures.init))
        } catch {
            return .failure(error)
        }
    }
}
