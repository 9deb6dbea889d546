import Dashboard
import Foundation
import PlannerCore
import Storage

/// The event loop: draw the state, read a key (or time out), feed actions to the reducer, run the
/// effects it returns. Planning happens on the `PlanWorker`, files on the `FileWorker` and the
/// `AutosaveWriter`: nothing on this thread waits for a plan or a file, so keys and signals are
/// always handled within one poll.
enum DashboardApp {
    /// How long one wait for a key lasts, so finished plans show up promptly, in milliseconds.
    static let pollMilliseconds = 30

    /// At most this many keys already waiting are read before the screen is drawn again.
    static let maximumBatch = 65_536

    static func run(
        source: ScenarioSource, commandLineFiles: [String], catalog: HostCatalog? = nil
    ) throws(NcursesTerminal.Unusable) {
        let terminal = try NcursesTerminal()
        defer { terminal.end() }
        let overlay = CatalogOverlay(catalog: catalog)
        let workers = Workers(
            plans: PlanWorker(overlay: overlay), files: FileWorker(overlay: overlay), autosave: AutosaveWriter(store: .live()),
            whatIf: WhatIfWorker(overlay: overlay))
        var state = DashboardState(
            scenario: source.scenario,
            document: Document(source.location),
            size: terminal.size, capabilities: terminal.capabilities, commandLineFiles: commandLineFiles)
        state.catalogName = catalog?.name
        var pending = workers.perform(DashboardReducer.start(&state))
        var needsDraw = true
        var lastTick = ProcessInfo.processInfo.systemUptime
        while !state.quitting {
            if let signal = terminal.pendingSignal { end(&state, workers, terminal, signal: signal) }
            if needsDraw {
                terminal.draw(DashboardRenderer.render(state))
                needsDraw = false
            }
            if pending.isEmpty, let first = terminal.read(timeout: pollMilliseconds) {
                pending += handle(batch(startingWith: first, from: terminal), &state, workers, terminal)
                needsDraw = true
            }
            pending += workers.drain()
            let now = ProcessInfo.processInfo.systemUptime
            if now - lastTick >= AutosavePolicy.tickInterval {
                lastTick = now
                // A tick changes nothing on screen; it may ask for an autosave write.
                pending += workers.perform(DashboardReducer.reduce(&state, .tick(now: now)))
            }
            while !pending.isEmpty && !state.quitting {
                let action = pending.removeFirst()
                pending += workers.perform(DashboardReducer.reduce(&state, action))
                needsDraw = true
            }
        }
        workers.autosave.finish()
    }

    /// Everything already typed after `first` (a paste arrives as thousands of keys), taken at
    /// once: up to `maximumBatch` events.
    private static func batch(
        startingWith first: NcursesTerminal.Event, from terminal: NcursesTerminal
    ) -> [NcursesTerminal.Event] {
        var events = [first]
        while events.count < maximumBatch, let next = terminal.read(timeout: 0) { events.append(next) }
        return events
    }

    /// Feeds a batch of events to the reducer, until the batch ends or the dashboard quits: keys
    /// (characters typed into a field, one after another, as one insert: one validation, not one a
    /// key), resizes, and a terminal that hung up. Returns what the started effects answer with.
    private static func handle(
        _ events: [NcursesTerminal.Event], _ state: inout DashboardState, _ workers: Workers, _ terminal: NcursesTerminal
    ) -> [Action] {
        var answers: [Action] = []
        var index = 0
        while index < events.count && !state.quitting {
            switch events[index] {
            case .key(let key):
                guard var action = KeyMap.action(for: key, in: state) else { break }
                if case .insert(var text) = action {
                    while index + 1 < events.count, case .key(let next) = events[index + 1],
                        case .insert(let more)? = KeyMap.action(for: next, in: state)
                    {
                        text += more
                        index += 1
                    }
                    action = .insert(text)
                }
                answers += workers.perform(DashboardReducer.reduce(&state, action))
            case .resize(let size):
                answers += workers.perform(DashboardReducer.reduce(&state, .resize(size)))
            case .gone:
                // The terminal hung up: end as SIGHUP would, after the autosave.
                end(&state, workers, terminal, signal: SIGHUP)
            }
            index += 1
        }
        return answers
    }

    /// An ending signal or a lost terminal: bring the autosave up to date, restore the terminal and
    /// end the way the signal says (exit status 128 + signal).
    private static func end(
        _ state: inout DashboardState, _ workers: Workers, _ terminal: NcursesTerminal, signal: Int32
    ) -> Never {
        _ = workers.perform(DashboardReducer.reduce(&state, .terminating))
        workers.autosave.finish()
        terminal.reraise(signal)
    }
}

/// The workers the event loop hands effects to.
struct Workers {
    let plans: PlanWorker
    let files: FileWorker
    let autosave: AutosaveWriter
    let whatIf: WhatIfWorker

    /// The answers of the workers' finished work: plans, then files, then what-if rows and
    /// baselines, then autosave writes.
    func drain() -> [Action] {
        let answers = plans.drain() + files.drain() + whatIf.drain()
        let autosaved = autosave.drain()
        #if DEBUG
            DebugCrash.afterAutosave(autosaved)
        #endif
        return answers + autosaved
    }

    /// Starts effects; the ones that finish at once answer with actions.
    func perform(_ effects: [Effect]) -> [Action] {
        var answers: [Action] = []
        for effect in effects {
            switch effect {
            case .plan(let scenario, let revision):
                plans.request(scenario, revision: revision)
            case .save(let path, let data):
                files.save(data, to: path)
            case .export(let path, let scenario):
                files.export(scenario, to: path)
            case .open(let target):
                files.open(target)
            case .cancelOpen(let target):
                files.cancelOpen(target)
            case .checkPath(let path, let purpose, let document):
                let isDocument = document.path.map { PathIdentity.sameFile($0, path) } ?? false
                answers.append(
                    .pathChecked(
                        PathCheck(path: path, purpose: purpose, exists: PathIdentity.exists(path), isDocument: isDocument)))
            case .findAutosave(let document):
                if let found = autosave.store.find(document) { answers.append(.autosaveFound(found)) }
            case .writeAutosave(let document, let data, let revision):
                autosave.write(data, for: document, revision: revision)
            case .removeAutosave(let document):
                autosave.remove(document)
            case .planBaseline(let scenario, let revision):
                whatIf.planBaseline(scenario, revision: revision)
            case .whatIf(let scenario, let variants, let revision):
                whatIf.request(scenario, variants: variants, revision: revision)
            case .quit:
                break
            }
        }
        return answers
    }
}
