import Foundation
import PlannerCore

/// Changing the workload table: adding, copying and deleting a workload, flipping stateful, cycling
/// the model.
extension DashboardReducer {
    // MARK: - Workload edits

    static func workloadEdits(_ state: inout DashboardState, _ action: Action) -> [Effect] {
        let row = state.workloadRow
        switch action {
        case .addWorkload:
            return addWorkload(&state)
        case .duplicateWorkload:
            return duplicateWorkload(&state)
        case .deleteWorkload:
            return deleteWorkload(&state)
        case .toggleStateful:
            return apply(&state, ScenarioEdits.toggleStateful(row: row, in: state.scenario)) {
                let w = $0.workloads[row]
                return "\(w.name) is now \(w.stateful ? "stateful" : "stateless") (model \(w.model.rawValue))"
            }
        case .cycleModel:
            return apply(&state, ScenarioEdits.cycleModel(row: row, in: state.scenario)) {
                "\($0.workloads[row].name) runs as \($0.workloads[row].model.rawValue) in the mixed plan"
            }
        case .cycleTrafficShape:
            return apply(&state, ScenarioEdits.cycleTrafficShape(row: row, in: state.scenario)) {
                "\(trafficText($0.workloads[row])) (p: next shape, u undoes)"
            }
        case .scaleTraffic(let steps):
            return apply(&state, ScenarioEdits.scaleTraffic(row: row, by: steps, in: state.scenario)) {
                "\(steps > 0 ? "×" : "÷")\(QuantityUnit.exact(ScenarioEdits.trafficScaleStep)): \(trafficText($0.workloads[row]))"
            }
        default:
            keepSelectionVisible(&state)
            return []
        }
    }

    /// `checkout: business hours, 20 req/s on average, peak 39 req/s` (the shape only for a profile).
    static func trafficText(_ w: Workload) -> String {
        let average = WorkloadColumn.requestsPerSecond.number(w).map(Readable.quantity) ?? "-"
        let peak = WorkloadColumn.peakRequestsPerSecond.number(w).map(Readable.quantity) ?? average
        let shape = w.hourlyRequestsPerSecond.map { TrafficShape.matching($0)?.title ?? "own hourly profile" }
        return "\(w.name): \(shape.map { "\($0), " } ?? "")\(average) req/s on average, peak \(peak) req/s"
    }

    /// A new workload after the cursor's, with the cursor on its name.
    static func addWorkload(_ state: inout DashboardState) -> [Effect] {
        let (scenario, index) = ScenarioEdits.addWorkload(after: state.workloadRow, in: state.scenario)
        let effects = apply(&state, .success(scenario)) { "added \($0.workloads[index].name): Enter on a cell edits it" }
        state.focus = .workloads
        state.workloadRow = index
        state.workloadColumn = .name
        keepSelectionVisible(&state)
        return effects
    }

    /// A copy of the cursor's workload right after it, with the cursor on the copy.
    static func duplicateWorkload(_ state: inout DashboardState) -> [Effect] {
        let row = state.workloadRow
        switch ScenarioEdits.duplicateWorkload(row: row, in: state.scenario) {
        case .success(let (scenario, index)):
            let original = state.scenario.workloads[row].name
            let effects = apply(&state, .success(scenario)) { "duplicated \(original) as \($0.workloads[index].name)" }
            state.focus = .workloads
            state.workloadRow = index
            keepSelectionVisible(&state)
            return effects
        case .failure(let problem):
            state.status = .edit(problem.reason, kind: .error)
            keepSelectionVisible(&state)
            return []
        }
    }

    /// Deletes the cursor's workload; the cursor stays on the row (the last row when it was the last).
    static func deleteWorkload(_ state: inout DashboardState) -> [Effect] {
        let name = state.selectedWorkload?.name
        let effects = apply(&state, ScenarioEdits.deleteWorkload(row: state.workloadRow, in: state.scenario)) { _ in
            "deleted \(name ?? "workload") (u undoes)"
        }
        state.workloadRow = min(state.workloadRow, max(0, state.scenario.workloads.count - 1))
        keepSelectionVisible(&state)
        return effects
    }
}
