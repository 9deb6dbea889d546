import Dashboard
import Foundation
import PlannerCore
import Storage

/// Saves, exports and opens off the input loop, so a slow disk, a FIFO nobody writes to or a plan of
/// a million instances never holds up a key or a signal. Saves run one after another (the last one
/// asked for is the last one written); each export and each open has a thread of its own (an open
/// on a FIFO may never finish: Esc drops its result, and the blocked read ends with the process).
/// Results wait in a mailbox the event loop drains.
final class FileWorker: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [Action] = []
    private let saves = DispatchQueue(label: "vplan.save")
    private let overlay: CatalogOverlay

    init(overlay: CatalogOverlay = CatalogOverlay()) { self.overlay = overlay }

    func save(_ data: Data, to path: String) {
        saves.async { [self] in
            deliver(.saveFinished(path: path, error: Self.write(data, to: path)))
        }
    }

    /// Plans at the standard effort (what `vplan-tui plan` prints) and streams the document to the
    /// file, piece by piece, as `plan --output` does.
    func export(_ scenario: Scenario, to path: String) {
        Thread.detachNewThread { [self] in
            var failure: String?
            do {
                let planned = try overlay.scenario(scenario)
                let plans = try Planner().plans(for: planned)
                try AtomicFile.write(to: Self.expanded(path)) { (emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) in
                    try PlanDocument.stream(scenario: planned, plans: plans, to: emit)
                }
            } catch let error as CustomStringConvertible {
                failure = error.description
            } catch {
                failure = "\(error)"
            }
            deliver(.exportFinished(path: path, error: failure))
        }
    }

    /// Opens under way, by a number of their own, so a cancelled one never delivers.
    private var opening: [Int: ScenarioLocation] = [:]
    private var nextOpen = 0

    func open(_ target: ScenarioLocation) {
        let number = lock.withLock {
            nextOpen += 1
            opening[nextOpen] = target
            return nextOpen
        }
        Thread.detachNewThread { [self] in
            let result = Self.load(target)
            lock.withLock {
                guard opening.removeValue(forKey: number) != nil else { return }  // cancelled
                finished.append(.openFinished(target: target, result: result))
            }
        }
    }

    /// Drops the opens of `target` under way. A thread blocked opening a FIFO that has no writer is
    /// released by opening the FIFO for writing (without blocking) and closing it at once: its
    /// read then ends, and its result is dropped.
    func cancelOpen(_ target: ScenarioLocation) {
        lock.withLock { opening = opening.filter { $0.value != target } }
        guard case .file(let path) = target else { return }
        var status = stat()
        guard stat(Self.expanded(path), &status) == 0, status.st_mode & S_IFMT == S_IFIFO else { return }
        let descriptor = Foundation.open(Self.expanded(path), O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        if descriptor >= 0 { close(descriptor) }
    }

    /// The results finished since the last call.
    func drain() -> [Action] {
        lock.withLock {
            let out = finished
            finished.removeAll()
            return out
        }
    }

    private func deliver(_ action: Action) {
        lock.withLock { finished.append(action) }
    }

    private static func write(_ data: Data, to path: String) -> String? {
        do throws(FileError) {
            try AtomicFile.write(data, to: expanded(path))
            return nil
        } catch {
            return error.description
        }
    }

    private static func load(_ target: ScenarioLocation) -> Result<Scenario, LoadError> {
        let location = target.path.map { ScenarioLocation.file(expanded($0)) } ?? target
        return Result { () throws(LoadError) in try location.load() }
    }

    /// `~/x` → `$HOME/x`.
    static func expanded(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst(1)
    }
}
