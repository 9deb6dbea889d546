import Dashboard
import Foundation
import PlannerCore

/// The event loop: draw the state, read a key (or time out), feed actions to the reducer, run the
/// effects it returns. Planning happens on the `PlanWorker`; files are written with `AtomicFile`.
enum DashboardApp {
    /// How long one wait for a key lasts, so finished plans show up promptly, in milliseconds.
    static let pollMilliseconds = 30

    static func run(source: ScenarioSource, commandLineFiles: [String]) {
        let terminal = NcursesTerminal()
        defer { terminal.end() }
        let worker = PlanWorker()
        let autosaver = AutosaveWriter(store: .live())
        var state = DashboardState(
            scenario: source.scenario,
            document: Document(
                path: source.path, displayName: source.displayName,
                stem: DashboardReducer.stem(of: source.path ?? source.displayName)),
            size: terminal.size, capabilities: terminal.capabilities, commandLineFiles: commandLineFiles)
        var pending = perform(DashboardReducer.start(&state), worker: worker, autosaver: autosaver)
        var needsDraw = true
        var lastTick = ProcessInfo.processInfo.systemUptime
        while !state.quitting {
            if let signal = terminal.pendingSignal {
                // SIGTERM, SIGHUP, SIGINT: bring the autosave up to date, restore the terminal, end.
                _ = perform(DashboardReducer.reduce(&state, .terminating), worker: worker, autosaver: autosaver)
                autosaver.finish()
                terminal.reraise(signal)
            }
            if needsDraw {
                terminal.draw(DashboardRenderer.render(state))
                needsDraw = false
            }
            if pending.isEmpty {
                switch terminal.read(timeout: pollMilliseconds) {
                case .key(let key)?:
                    if let action = KeyMap.action(for: key, in: state) { pending.append(action) }
                    needsDraw = true
                case .resize(let size)?:
                    pending.append(.resize(size))
                case nil:
                    break
                }
            }
            pending += worker.drain()
            let autosaved = autosaver.drain()
            #if DEBUG
            DebugCrash.afterAutosave(autosaved)
            #endif
            pending += autosaved
            let now = ProcessInfo.processInfo.systemUptime
            if now - lastTick >= AutosavePolicy.tickInterval {
                lastTick = now
                // A tick changes nothing on screen; it may ask for an autosave write.
                pending += perform(DashboardReducer.reduce(&state, .tick(now: now)), worker: worker, autosaver: autosaver)
            }
            while !pending.isEmpty && !state.quitting {
                let action = pending.removeFirst()
                pending += perform(DashboardReducer.reduce(&state, action), worker: worker, autosaver: autosaver)
                needsDraw = true
            }
        }
        autosaver.finish()
    }

    /// Runs effects; the ones that finish at once answer with actions.
    private static func perform(_ effects: [Effect], worker: PlanWorker, autosaver: AutosaveWriter) -> [Action] {
        var answers: [Action] = []
        for effect in effects {
            switch effect {
            case .plan(let scenario, let revision):
                worker.request(scenario, revision: revision)
            case .save(let path, let data):
                answers.append(.saveFinished(path: path, error: write(data, to: path)))
            case .export(let path, let data):
                answers.append(.exportFinished(path: path, error: write(data, to: path)))
            case .open(let target):
                answers.append(.openFinished(target: target, result: load(target)))
            case .findAutosave(let document):
                if let found = autosaver.store.find(document) { answers.append(.autosaveFound(found)) }
            case .writeAutosave(let document, let data, let revision):
                autosaver.write(data, for: document, revision: revision)
            case .removeAutosave(let document):
                autosaver.remove(document)
            case .quit:
                break
            }
        }
        return answers
    }

    private static func write(_ data: Data, to path: String) -> String? {
        do throws(ScenarioError) {
            try AtomicFile.write(data, to: expanded(path))
            return nil
        } catch {
            return error.description
        }
    }

    private static func load(_ target: OpenTarget) -> Result<Scenario, ScenarioError> {
        do throws(ScenarioError) {
            switch target {
            case .bundled(let name): return .success(try BundledProfiles.scenario(named: name))
            case .file(let path): return .success(try ScenarioFile.load(expanded(path)))
            }
        } catch {
            return .failure(error)
        }
    }

    /// `~/x` → `$HOME/x`.
    private static func expanded(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst(1)
    }
}
