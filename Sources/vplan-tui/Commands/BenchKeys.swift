import ArgumentParser
import Dashboard
import Fixtures
import Foundation
import PlannerCore

/// `bench keys`: what one key costs the dashboard on a large fleet, the way the event loop pays
/// it: the reducer's work for the action, then rendering the screen. Plans come from a canned
/// interactive-effort plan computed once (re-planning runs on the worker and is `bench interactive`).
struct BenchKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Time the dashboard's handling of one key (reduce + render) on a large fleet: +, a typed character, a paste.")

    @Option(help: "Instances in the fleet.") var instances = 1_000_000
    @Option(help: "Keys to time for each action.") var runs = 50
    @Option(help: "Characters in the pasted text (the event loop takes a paste as one insert).") var paste = 32_000
    @Flag(help: "Print JSON instead of a table.") var json = false

    /// One timed action: its name and the milliseconds of each run.
    struct Row: Codable {
        var action: String
        var runs: Int
        var medianMs: Double
        var p90Ms: Double
        var maxMs: Double
    }

    func run() throws {
        let scenario = SyntheticFleet.scenario(instances: instances)
        guard let plans = try? Planner(effort: .interactive).plans(for: scenario) else {
            throw ValidationError("the synthetic fleet of \(instances) instances does not plan")
        }
        var state = DashboardState(
            scenario: scenario, document: Document(path: nil, displayName: "bench", stem: "bench"),
            size: TerminalSize(width: 160, height: 48), capabilities: Capabilities(unicode: true, colour: true))
        _ = DashboardReducer.reduce(&state, .planFinished(revision: state.revision, result: .success(plans)))
        var rows: [Row] = []
        rows.append(
            time(
                "+ on replicas", &state,
                prepare: { state, run in
                    state.mode = .normal
                    state.focus = .workloads
                    state.workloadColumn = .replicas
                    state.workloadRow = (run * 37) % state.scenario.workloads.count
                }
            ) { state, run in .step(run % 2 == 0 ? 1 : -1) })
        rows.append(
            time(
                "type a character into a field", &state,
                prepare: { state, run in
                    if case .editing = state.mode { return }
                    state.mode = .normal
                    state.focus = .workloads
                    state.workloadColumn = .memory
                    _ = DashboardReducer.reduce(&state, .beginEdit)
                }
            ) { _, run in run % 2 == 0 ? .insert("5") : .deleteBackward })
        let text = String(repeating: "7", count: paste)
        rows.append(
            time(
                "paste \(paste) characters", &state,
                prepare: { state, _ in
                    state.mode = .normal
                    state.focus = .workloads
                    state.workloadColumn = .name
                    _ = DashboardReducer.reduce(&state, .beginEdit)
                }
            ) { _, _ in .insert(text) })
        if json {
            Console.out(try Report(instances: instances, rows: rows).json())
            return
        }
        Console.out("\(instances) instances, \(scenario.workloads.count) workloads, 160×48 screen")
        Console.out(
            BenchSupport.table(
                ["action", "keys", "median ms", "p90 ms", "max ms"],
                rows.map {
                    [
                        $0.action, "\($0.runs)", BenchSupport.fixed($0.medianMs, 2), BenchSupport.fixed($0.p90Ms, 2),
                        BenchSupport.fixed($0.maxMs, 2),
                    ]
                }))
    }

    struct Report: BenchReport {
        var benchmark = "keys"
        var instances: Int
        var rows: [Row]
    }

    /// Times `runs` keys: `prepare` sets the state up (untimed), then the action is reduced and the
    /// screen rendered (timed).
    private func time(
        _ name: String, _ state: inout DashboardState, prepare: (inout DashboardState, Int) -> Void,
        action: (DashboardState, Int) -> Action
    ) -> Row {
        var samples: [Double] = []
        for run in 0..<Swift.max(1, runs) {
            prepare(&state, run)
            let next = action(state, run)
            let start = DispatchTime.now().uptimeNanoseconds
            _ = DashboardReducer.reduce(&state, next)
            _ = DashboardRenderer.render(state)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return Row(
            action: name, runs: samples.count, medianMs: BenchSupport.median(samples),
            p90Ms: BenchSupport.quantile(samples, 0.9), maxMs: samples.max() ?? 0)
    }
}
