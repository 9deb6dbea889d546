import Dashboard
import Foundation
import PlannerCore
import Storage

/// The autosave files on disk: finding one newer than its scenario file, writing one atomically
/// (beside the file, falling back to the state directory), deleting them. Where they live is
/// `AutosaveLocation` (pure, in Dashboard); this is the I/O.
struct AutosaveStore: Sendable {
    var environment: [String: String]
    var currentDirectory: String

    static func live() -> AutosaveStore {
        AutosaveStore(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath)
    }

    func location(_ document: Document) -> AutosaveLocation {
        AutosaveLocation(document: document, currentDirectory: currentDirectory, environment: environment)
    }

    /// The newest autosave of `document` that is newer than the scenario file (any one for a
    /// bundled profile), read and validated; nil when there is none.
    func find(_ document: Document) -> AutosaveFound? {
        let location = location(document)
        let existing = location.candidates.compactMap { path in modified(path).map { (path, $0) } }
        guard let (path, date) = existing.max(by: { $0.1 < $1.1 }) else { return nil }
        if let file = location.scenarioPath, let fileDate = modified(file), fileDate >= date { return nil }
        do throws(LoadError) {
            return AutosaveFound(path: path, result: .success(try ScenarioFile.load(path)))
        } catch {
            return AutosaveFound(path: path, result: .failure(error))
        }
    }

    /// Writes the autosave; returns why it failed (nil on success), each place's reason then its
    /// path. Tries beside the scenario file first (when its directory is writable), then the state
    /// directory.
    func write(_ data: Data, for document: Document) -> String? {
        let location = location(document)
        let targets = location.writeTargets { access($0, W_OK) == 0 }
        guard !targets.isEmpty else { return "no place for it: set XDG_STATE_HOME or HOME" }
        var problems: [String] = []
        for target in targets {
            if target == location.statePath {
                let directory = URL(fileURLWithPath: target).deletingLastPathComponent().path
                try? FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            do throws(FileError) {
                try AtomicFile.write(data, to: target)
                for other in location.candidates where other != target { unlink(other) }
                return nil
            } catch {
                problems.append("\(error.reason): \(target)")
            }
        }
        return problems.joined(separator: "; ")
    }

    /// Deletes every autosave of `document`.
    func remove(_ document: Document) {
        for path in location(document).candidates { unlink(path) }
    }

    private func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}

/// Writes and deletes autosaves on a serial background queue, so typing never waits for the disk
/// and a deletion always comes after the writes asked for before it. Results wait in a mailbox the
/// event loop drains.
final class AutosaveWriter: @unchecked Sendable {
    let store: AutosaveStore
    private let lock = NSLock()
    private var finished: [Action] = []
    private let queue = DispatchQueue(label: "vplan.autosave")

    init(store: AutosaveStore) { self.store = store }

    func write(_ data: Data, for document: Document, revision: Int) {
        queue.async { [self] in
            let error = store.write(data, for: document)
            lock.withLock { finished.append(.autosaveFinished(revision: revision, error: error)) }
        }
    }

    func remove(_ document: Document) {
        queue.async { [self] in store.remove(document) }
    }

    /// Waits until every write and deletion asked for is done.
    func finish() { queue.sync {} }

    /// The writes finished since the last call.
    func drain() -> [Action] {
        lock.withLock {
            let out = finished
            finished.removeAll()
            return out
        }
    }
}
